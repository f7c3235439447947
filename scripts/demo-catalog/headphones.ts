import { colourPlan, flag, list, makeSpec, priceCell, table, weight, when } from './table.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'price',
  'type',
  'bt',
  'hours',
  'grams',
  'anc',
  'ip',
  'colours',
  'mode',
  'hook',
];

// type: over-ear | on-ear | earbuds | neckband | open-ear | in-ear; bt "wired" means a cable.
const ROWS = `
Sony | WH-CH520 | Sony WH-CH520 Wireless On-Ear Headphones | 59.99 | on-ear | 5.2 | 50 | 147 | n | - | Black,White,Blue,Beige | split | The cups swivel flat, so they slip into a jacket pocket or a laptop sleeve.
Sony | WH-CH720N | Sony WH-CH720N Wireless Noise Cancelling Headphones | 99.99/149.99 | over-ear | 5.2 | 35 | 192 | y | - | Black,White,Blue | split | Adaptive sound control changes the settings as you go from a busy street to a quiet office.
Sony | WH-1000XM5 | Sony WH-1000XM5 Wireless Noise Cancelling Headphones | 399.99 | over-ear | 5.2 | 30 | 250 | y | - | Black,Silver,Midnight Blue | var | Eight microphones listen to the room and retune the cancelling as the noise around you changes.
Sony | WH-1000XM4 | Sony WH-1000XM4 Wireless Noise Cancelling Headphones | 279.99/349.99 | over-ear | 5.0 | 30 | 254 | y | - | Black,Silver | var | Start talking and the music pauses by itself, then resumes when the conversation ends.
Sony | WF-C500 | Sony WF-C500 Truly Wireless Earbuds | 59.99/99.99 | earbuds | 5.0 | 20 | 35 | n | IPX4 | Black,White,Coral Orange,Ice Green | var | The round case is small enough for a coin pocket.
Sony | WF-C700N | Sony WF-C700N Noise Cancelling Truly Wireless Earbuds | 119.99 | earbuds | 5.2 | 15 | 36 | y | IPX4 | Black,White,Lavender,Sage Green | var | Small, rounded shells sit flush in the ear, which helps if you like to lie on your side.
Sony | WF-1000XM5 | Sony WF-1000XM5 Noise Cancelling Wireless Earbuds | 299.99 | earbuds | 5.3 | 24 | 41 | y | IPX4 | Black,Silver | var | Foam tips seal well and add a good deal of passive isolation on top of the electronic cancelling.
Sony | MDR-7506 | Sony MDR-7506 Professional Studio Headphones | 99.99 | over-ear | wired | - | 230 | n | - | Black | - | A coiled cable and a screw-on 6.3 mm adapter come attached, ready for a mixing desk.
Sony | MDR-EX15AP | Sony MDR-EX15AP Wired Earbuds with Microphone | 9.99 | in-ear | wired | - | 10 | n | - | Black,White,Blue,Pink | var | An inline microphone handles calls on any phone with a headphone socket.
Bose | QuietComfort Ultra | Bose QuietComfort Ultra Wireless Noise Cancelling Headphones | 429.00 | over-ear | 5.3 | 24 | 250 | y | - | Black,White Smoke,Sandstone | var | Immersive audio mode spreads the sound around you instead of leaving it inside your head.
Bose | QuietComfort | Bose QuietComfort Wireless Noise Cancelling Headphones | 299.00/349.00 | over-ear | 5.1 | 24 | 240 | y | - | Black,White Smoke,Cypress Green | var | Plush cushions and a light clamp make it an easy pair to forget you are wearing.
Bose | QuietComfort Ultra Earbuds | Bose QuietComfort Ultra Earbuds | 299.00 | earbuds | 5.3 | 24 | 60 | y | IPX4 | Black,White Smoke | var | Stability bands in three sizes hold each bud in place during a brisk walk.
Bose | QuietComfort Earbuds | Bose QuietComfort Earbuds (2024) | 179.00 | earbuds | 5.3 | 24 | 59 | y | IPX4 | Black,White Smoke,Chilled Lilac | var | The case has a wireless charging option, so it can sit on the same pad as your phone.
Bose | Ultra Open Earbuds | Bose Ultra Open Earbuds | 299.00 | open-ear | 5.3 | 19 | 54 | n | IPX4 | Black,White Smoke | var | They clip onto the edge of the ear like a cuff and leave the ear canal open.
JBL | Tune 510BT | JBL Tune 510BT Wireless On-Ear Headphones | 49.95 | on-ear | 5.0 | 40 | 160 | n | - | Black,Blue,White,Rose | split | Five minutes on the charger is enough for about two more hours of music.
JBL | Tune 520BT | JBL Tune 520BT Wireless On-Ear Headphones | 49.95 | on-ear | 5.3 | 57 | 157 | n | - | Black,Blue,White,Purple | var | A single charge comfortably covers a week of commuting.
JBL | Tune 720BT | JBL Tune 720BT Wireless Over-Ear Headphones | 59.95/89.95 | over-ear | 5.3 | 76 | 220 | n | - | Black,Blue,White | var | The cushions fully surround the ear, which helps on long listening sessions.
JBL | Tune 770NC | JBL Tune 770NC Adaptive Noise Cancelling Wireless Headphones | 99.95/129.95 | over-ear | 5.3 | 70 | 232 | y | - | Black,Blue,White,Purple | var | Noise cancelling and a seventy hour battery rarely come together at this price.
JBL | Live 660NC | JBL Live 660NC Wireless Noise Cancelling Headphones | 149.95 | over-ear | 5.0 | 50 | 263 | y | - | Black,Blue,White | var | The fabric headband does not trap heat the way leatherette can.
JBL | Vibe Beam | JBL Vibe Beam True Wireless Earbuds | 49.95 | earbuds | 5.2 | 32 | 50 | n | IP54 | Black,Beige,Blue | var | Short stems keep the buds stable and easy to pinch for controls.
JBL | Tune Buds | JBL Tune Buds Noise Cancelling Earbuds | 99.95 | earbuds | 5.3 | 48 | 50 | y | IP54 | Black,White,Blue | var | Four microphones pick up your voice cleanly on calls from a busy street.
JBL | Endurance Peak 3 | JBL Endurance Peak 3 True Wireless Sport Earbuds | 79.95/99.95 | earbuds | 5.2 | 50 | 70 | n | IP68 | Black,Blue,White | var | Flexible ear hooks keep them in place through sprints and burpees.
Anker | Soundcore Life Q20 | Anker Soundcore Life Q20 Hybrid Active Noise Cancelling Headphones | 59.99 | over-ear | 5.0 | 40 | 263 | y | - | Black,Blue,White | var | Memory-foam cushions and a padded band make it a comfortable budget pick.
Anker | Soundcore Life Q30 | Anker Soundcore Life Q30 Hybrid Active Noise Cancelling Headphones | 79.99 | over-ear | 5.0 | 40 | 260 | y | - | Black,Blue,Pink | var | Three cancelling modes are tuned for planes, city streets and indoor spaces.
Anker | Soundcore Space One | Anker Soundcore Space One Active Noise Cancelling Headphones | 99.99 | over-ear | 5.3 | 40 | 265 | y | - | Black,Cream,Blue | var | The cancelling steps up by itself when you walk from a quiet room onto a loud street.
Anker | Soundcore Space Q45 | Anker Soundcore Space Q45 Adaptive Noise Cancelling Headphones | 129.99/149.99 | over-ear | 5.3 | 50 | 295 | y | - | Black,White,Blue | var | Two devices can stay connected at once, so calls reach you from laptop or phone.
Anker | Soundcore Liberty 4 NC | Anker Soundcore Liberty 4 NC Wireless Noise Cancelling Earbuds | 79.99/99.99 | earbuds | 5.3 | 50 | 55 | y | IPX4 | Black,White,Blue,Pink | var | Six ear tip sizes are in the box, and the app runs a fit test to pick the right one.
Anker | Soundcore P40i | Anker Soundcore P40i Noise Cancelling Wireless Earbuds | 59.99 | earbuds | 5.3 | 60 | 58 | y | IPX5 | Black,White,Blue | var | The case lid folds out into a phone stand for watching videos.
Anker | Soundcore R50i | Anker Soundcore R50i True Wireless Earbuds | 19.99 | earbuds | 5.3 | 30 | 45 | n | IPX5 | Black,White,Green | var | Twenty-two EQ presets in the app let you lift the bass or soften it.
Anker | Soundcore Sport X20 | Anker Soundcore Sport X20 Wireless Sport Earbuds with Ear Hooks | 79.99 | earbuds | 5.3 | 48 | 60 | y | IP68 | Black,White,Blue | var | Rotating ear hooks adjust to the shape of your ear.
Sennheiser | Momentum 4 Wireless | Sennheiser Momentum 4 Wireless Headphones | 299.95/379.95 | over-ear | 5.2 | 60 | 293 | y | - | Black,White,Graphite,Denim | var | Sixty hours between charges is among the longest you will find in a flagship pair.
Sennheiser | Accentum Wireless | Sennheiser Accentum Wireless Noise Cancelling Headphones | 129.95/179.95 | over-ear | 5.2 | 50 | 222 | y | - | Black,White | var | Tuned by the same team as the Momentum line, at a friendlier price.
Sennheiser | HD 450BT | Sennheiser HD 450BT Wireless Noise Cancelling Headphones | 99.95/149.95 | over-ear | 5.0 | 30 | 238 | y | - | Black,White | var | It supports AAC and aptX Low Latency, which keeps video and sound in step.
Sennheiser | HD 560S | Sennheiser HD 560S Open-Back Wired Headphones | 199.95 | over-ear | wired | - | 240 | n | - | Black | - | The open-back design gives a wide, airy stage that suits acoustic and orchestral music.
Sennheiser | HD 599 | Sennheiser HD 599 Open-Back Wired Headphones | 149.95 | over-ear | wired | - | 250 | n | - | Ivory | - | Velour pads stay cool and soft during an evening of records.
Sennheiser | Momentum True Wireless 4 | Sennheiser Momentum True Wireless 4 Earbuds | 299.95 | earbuds | 5.4 | 30 | 60 | y | IP54 | Black Graphite,Metallic Silver | var | A fabric-wrapped case and metal trim give it a premium feel.
Sennheiser | CX Plus True Wireless | Sennheiser CX Plus True Wireless Earbuds | 89.95/129.95 | earbuds | 5.2 | 24 | 50 | y | IPX4 | Black,White | var | Touch controls can be remapped in the app.
Audio-Technica | ATH-M50x | Audio-Technica ATH-M50x Professional Studio Monitor Headphones | 149.00 | over-ear | wired | - | 285 | n | - | Black,White | var | Three detachable cables come with it: coiled, long straight and short straight.
Audio-Technica | ATH-M50xBT2 | Audio-Technica ATH-M50xBT2 Wireless Over-Ear Headphones | 199.00 | over-ear | 5.0 | 50 | 307 | n | - | Black | - | It keeps the studio tuning of the wired M50x and adds Bluetooth with LDAC.
Audio-Technica | ATH-M40x | Audio-Technica ATH-M40x Professional Monitor Headphones | 99.00 | over-ear | wired | - | 240 | n | - | Black | - | A flat, honest response makes it a trusted reference for home recording.
Audio-Technica | ATH-M20x | Audio-Technica ATH-M20x Professional Monitor Headphones | 49.00 | over-ear | wired | - | 190 | n | - | Black | - | A simple, sturdy pair for students, podcasters and first home studios.
Audio-Technica | ATH-S220BT | Audio-Technica ATH-S220BT Wireless On-Ear Headphones | 59.00 | on-ear | 5.0 | 60 | 175 | n | - | Black,White,Navy,Khaki | var | Ten minutes of charging gives around three hours of playback.
Audio-Technica | ATH-SQ1TW | Audio-Technica ATH-SQ1TW True Wireless Earbuds | 59.00 | earbuds | 5.0 | 19 | 45 | n | IPX4 | Black,Blue,Pink Blue,Navy Beige | var | A low-latency mode keeps sound in sync when you play games on your phone.
Audio-Technica | ATH-CKS50TW | Audio-Technica ATH-CKS50TW Noise Cancelling Wireless Earbuds | 119.00/149.00 | earbuds | 5.2 | 50 | 55 | y | IPX4 | Black,Beige | var | Bass-forward tuning with a noticeably tight low end.
Apple | AirPods 4 | Apple AirPods 4 Wireless Earbuds | 129.00 | earbuds | 5.3 | 30 | 35 | n | IP54 | White | - | An open fit with no silicone tips, for people who dislike the plugged-ear feeling.
Apple | AirPods 4 ANC | Apple AirPods 4 Wireless Earbuds with Active Noise Cancellation | 179.00 | earbuds | 5.3 | 30 | 36 | y | IP54 | White | - | Noise cancelling in an open-fit design, without ear tips.
Apple | AirPods Pro 2 | Apple AirPods Pro 2 Wireless Earbuds with USB-C Charging Case | 199.00/249.00 | earbuds | 5.3 | 30 | 51 | y | IP54 | White | - | Adaptive audio blends cancelling and transparency depending on what is going on around you.
Apple | AirPods Max | Apple AirPods Max Wireless Over-Ear Headphones (USB-C) | 549.00 | over-ear | 5.0 | 20 | 385 | y | - | Midnight,Starlight,Blue,Purple,Orange | var | Aluminum cups and a knit mesh canopy spread the weight across the head.
Beats | Solo 4 | Beats Solo 4 Wireless On-Ear Headphones | 129.99/199.99 | on-ear | 5.3 | 50 | 217 | n | - | Matte Black,Slate Blue,Cloud Pink | var | It plays lossless audio over USB-C when you want a cable.
Beats | Studio Pro | Beats Studio Pro Wireless Noise Cancelling Headphones | 349.99 | over-ear | 5.3 | 40 | 260 | y | - | Black,Deep Brown,Navy,Sandstone | var | One-touch pairing works with both iPhone and Android.
Beats | Studio Buds Plus | Beats Studio Buds + True Wireless Noise Cancelling Earbuds | 169.99 | earbuds | 5.3 | 36 | 52 | y | IPX4 | Black Gold,Ivory,Transparent | var | The transparent edition shows off the tiny parts inside.
Beats | Flex | Beats Flex Wireless Earphones | 49.99/69.99 | neckband | 5.0 | 12 | 19 | n | - | Beats Black,Yuzu Yellow,Flame Blue,Smoke Gray | var | Magnetic buds snap together around your neck and pause the music.
Beats | Powerbeats Pro 2 | Beats Powerbeats Pro 2 Wireless Sport Earbuds | 249.99 | earbuds | 5.3 | 45 | 80 | y | IPX4 | Jet Black,Quick Sand,Hyper Purple,Electric Orange | var | Built-in heart-rate sensors feed workout apps on your phone.
Samsung | Galaxy Buds FE | Samsung Galaxy Buds FE Wireless Earbuds with Active Noise Cancelling | 59.99/99.99 | earbuds | 5.2 | 30 | 46 | y | IPX2 | Graphite,White | split | A small wing tip helps the buds stay put without pressure.
Samsung | Galaxy Buds3 Pro | Samsung Galaxy Buds3 Pro Wireless Earbuds | 249.99 | earbuds | 5.4 | 30 | 56 | y | IP57 | Silver,White | var | A light strip on each stem doubles as a pinch-and-swipe control.
Samsung | Galaxy Buds3 | Samsung Galaxy Buds3 Wireless Earbuds | 179.99 | earbuds | 5.4 | 30 | 51 | y | IP57 | Silver,White | var | An open-type fit sits lightly in the ear for all-day wear.
Skullcandy | Hesh ANC | Skullcandy Hesh ANC Wireless Noise Cancelling Headphones | 79.99/129.99 | over-ear | 5.0 | 22 | 240 | y | - | True Black,Chill Grey | var | Folds up small and has Tile tracking built in, in case it goes missing.
Skullcandy | Crusher Evo | Skullcandy Crusher Evo Wireless Over-Ear Headphones | 149.99/199.99 | over-ear | 5.0 | 40 | 310 | n | - | True Black,Chill Grey | var | A slider adds haptic bass you can feel as well as hear.
Skullcandy | Dime 3 | Skullcandy Dime 3 True Wireless Earbuds | 29.99 | earbuds | 5.3 | 20 | 35 | n | IPX4 | True Black,Bone,Light Green | var | The tiny case has a lanyard loop for keys.
Skullcandy | Jib True 2 | Skullcandy Jib True 2 True Wireless Earbuds | 29.99 | earbuds | 5.2 | 32 | 42 | n | IPX4 | Black,Light Grey Blue | var | Either bud works alone, so you can keep one ear free.
Skullcandy | Riff Wireless 2 | Skullcandy Riff Wireless 2 On-Ear Headphones | 34.99/49.99 | on-ear | 5.2 | 34 | 165 | n | - | Black,Grey,Blue | var | Light, simple and cheap enough to keep a spare pair in a desk drawer.
JLab | Go Air Pop | JLab Go Air Pop True Wireless Earbuds | 19.99 | earbuds | 5.1 | 32 | 33 | n | IPX4 | Black,Teal,Lilac,Rose | split | Three EQ settings are built in and switch with a tap, no app needed.
JLab | JBuds Lux ANC | JLab JBuds Lux ANC Wireless Headphones | 79.99 | over-ear | 5.3 | 70 | 250 | y | - | Black,Cloud White,Mauve | var | Spatial audio and multipoint pairing at a mid-range price.
JLab | JBuddies Studio 2 | JLab JBuddies Studio 2 Kids Wireless Headphones | 34.99 | on-ear | 5.3 | 35 | 155 | n | - | Graphite Teal,Pink Purple | var | Volume is capped at 85 dB to protect young ears, and a share port lets a friend plug in.
EarFun | Air Pro 3 | EarFun Air Pro 3 Noise Cancelling Wireless Earbuds | 59.99/79.99 | earbuds | 5.3 | 45 | 52 | y | IPX5 | Black,Navy Blue | var | Support for the LC3 codec keeps sound clean on newer phones.
EarFun | Wave Pro | EarFun Wave Pro Hybrid Noise Cancelling Headphones | 79.99 | over-ear | 5.3 | 80 | 260 | y | - | Black,Beige | var | Eighty hours of playback means charging it about once a two weeks.
1MORE | SonoFlow | 1MORE SonoFlow Wireless Noise Cancelling Headphones | 59.99 | over-ear | 5.0 | 70 | 250 | y | - | Black,Blue | var | LDAC support lets Android phones send higher-resolution audio.
Jabra | Elite 8 Active Gen 2 | Jabra Elite 8 Active Gen 2 Sport Earbuds | 199.99 | earbuds | 5.3 | 32 | 55 | y | IP68 | Black,Navy,Olive | var | Built to military drop and dust standards for trail runs and building sites.
Jabra | Elite 4 | Jabra Elite 4 Wireless Earbuds | 69.99/99.99 | earbuds | 5.2 | 28 | 45 | y | IP55 | Dark Grey,Navy,Lilac,Light Beige | var | Four microphones and a tuned call mode make it a good pick for meetings.
Edifier | W820NB Plus | Edifier W820NB Plus Hybrid Noise Cancelling Headphones | 59.99 | over-ear | 5.2 | 49 | 250 | y | - | Black,Grey,Blue | var | Hi-Res certified drivers at a price that undercuts most rivals.
Shokz | OpenRun | Shokz OpenRun Bone Conduction Open-Ear Sport Headphones | 99.95/129.95 | open-ear | 5.1 | 8 | 26 | n | IP67 | Black,Blue,Grey,Red | var | Sound travels through the cheekbones, so your ears stay open to traffic.
Shokz | OpenMove | Shokz OpenMove Bone Conduction Headphones | 79.95 | open-ear | 5.1 | 6 | 29 | n | IP55 | Slate Grey,Alpine White,Elevation Blue | var | A light titanium band wraps behind the head and stays put on a run.
Marshall | Major IV | Marshall Major IV Wireless On-Ear Headphones | 99.99/149.99 | on-ear | 5.0 | 80 | 165 | n | - | Black,Brown | var | A brass-colored control knob handles play, pause and volume.
Panasonic | ErgoFit RP-HJE120 | Panasonic ErgoFit RP-HJE120 Wired In-Ear Earbuds | 9.99 | in-ear | wired | - | 10 | n | - | Black,White,Blue,Pink | var | Soft tips in three sizes make them a cheap, comfortable spare pair.
`;

const TYPE_PHRASE: Readonly<Record<string, string>> = {
  'over-ear': 'a set of over-ear headphones',
  'on-ear': 'a set of on-ear headphones',
  earbuds: 'a pair of true wireless earbuds',
  neckband: 'a pair of neckband earphones',
  'open-ear': 'a pair of open-ear headphones',
  'in-ear': 'a pair of wired in-ear earphones',
};

const APP_BRANDS = new Set([
  'Sony',
  'Bose',
  'JBL',
  'Anker',
  'Sennheiser',
  'Samsung',
  'Jabra',
  'EarFun',
  'Skullcandy',
]);

function spec(row: { get(c: string): string }): Spec {
  const type = row.get('type');
  const wired = row.get('bt') === 'wired';
  const price = priceCell(row.get('price'));
  const grams = Number(row.get('grams'));
  const ip = row.get('ip');
  const anc = row.get('anc') === 'y';
  const kind =
    type === 'earbuds' ? 'earbuds' : type === 'neckband' || type === 'in-ear' ? 'earphones' : 'headphones';
  const colours = colourPlan(list(row.get('colours')), row.get('mode'));
  const sport = /IP.[5-8]/.test(ip) || type === 'open-ear' || /Sport|Active/.test(row.get('title'));
  const studio = /Studio|Monitor|Open-Back/.test(row.get('title'));
  const tags = [
    wired ? 'wired' : 'wireless',
    when(!wired, 'bluetooth'),
    when(anc, 'noise cancelling'),
    type,
    kind,
    when(sport, 'sport'),
    when(studio, 'studio'),
    when(ip, 'water resistant'),
    when(/Kids/.test(row.get('title')), 'kids'),
  ];
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: 'Electronics > Audio > Headphones',
    ...price,
    attrs: {
      ...colours.attrs,
      type,
      connectivity: wired ? 'Wired (3.5 mm)' : `Bluetooth ${row.get('bt')}`,
      batteryLife: wired ? '' : `${row.get('hours')} h`,
      weight: weight(grams),
      noiseCancelling: anc ? 'yes' : 'no',
      waterResistance: ip,
    },
    tags,
    words: {
      kind,
      typePhrase:
        wired && type === 'over-ear'
          ? 'a set of wired over-ear headphones'
          : (TYPE_PHRASE[type] ?? 'headphones'),
      hours: row.get('hours'),
      bt: wired ? '' : row.get('bt'),
      anc: flag(anc),
      ipx: ip,
      grams: String(grams),
      light: flag(grams <= 200 && type !== 'earbuds' && type !== 'in-ear'),
      wired: flag(wired),
      wireless: wired ? '' : 'yes',
      budget: flag(price.priceCents < 10000),
      premium: flag(price.priceCents >= 25000),
      sport: flag(sport),
      studio: flag(studio),
      app: flag(APP_BRANDS.has(row.get('brand')) && !wired),
      cushions: flag(type === 'over-ear' || type === 'on-ear'),
    },
    hook: row.get('hook'),
    axes: colours.axes,
    listings: colours.listings,
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is {typePhrase} tuned for everyday listening.',
    'Meet the {model}: {typePhrase} from {brand} that balances comfort, battery and sound.',
    "{brand}'s {model} is {typePhrase} with a warm, easy-going sound.",
    'If you want {typePhrase} you can wear for hours, the {name} deserves a look.',
    '{?budget}The {model} brings a lot of what people like about {brand} to {typePhrase} at a modest price.',
    'Built for commutes, workouts and late-night playlists, the {name} is {typePhrase}.',
    '{?studio}The {name} is {typePhrase} for people who want to hear exactly what was recorded.',
    '{?premium}Careful tuning and premium materials set the {name} apart.',
    '{?color1}The {name} in {color1} is {typePhrase} with clear, balanced sound.',
  ],
  features: [
    '[anc]{?anc}Active noise cancelling quiets engine drone, air conditioning and office chatter.',
    '{?anc}An ambient mode lets announcements through without taking the {kind} off.',
    '[battery]Battery life reaches about {hours} hours, and a quick top-up buys a few more.',
    '[battery]Expect roughly {hours} hours of music between charges over Bluetooth {bt}.',
    '[battery]Bluetooth {bt} keeps the link steady and pairs quickly with phones, tablets and laptops.',
    '{?light}It weighs only {grams} grams, so it stays comfortable through a long day.',
    'Rated {ipx}, it shrugs off sweat, splashes and a rainy walk home.',
    '[wired]{?wired}A plain cable means no charging, no pairing and no lag.',
    '[wired]{?wired}There is no battery to wear out, so it should last for years of daily use.',
    '{?cushions}{!wired}Cushioned cups and a padded band spread the pressure evenly.',
    '{?budget}{?wireless}It covers the essentials well for a fraction of flagship money.',
  ],
  uses: [
    'A good fit for commuting, study sessions and flights.',
    '{?sport}Made for gym sessions, runs and rainy commutes.',
    '{?studio}Ideal for mixing, editing and long monitoring sessions.',
    '{?budget}A sensible first pair for students or anyone replacing tangled wired {kind}.',
    '{?anc}Suits long-haul flights and open-plan offices.',
    'Great for podcasts on the train and playlists at your desk.',
  ],
  closers: [
    '{?wireless}It charges over USB-C.',
    '{?wireless}Works with iPhone, Android and any Bluetooth laptop.',
    '{?app}The companion app adds an adjustable EQ and firmware updates.',
    '{?cushions}A carrying pouch comes in the box.',
    '{?wired}Plugs into anything with a 3.5 mm socket.',
  ],
};

/** Headphones and earbuds. */
export const headphones: CategoryDef = {
  key: 'headphones',
  prefix: 'hp',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
