import { colourPlan, flag, list, makeSpec, priceCell, type Row, table, weight, when } from './table.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'price',
  'leaf',
  'conn',
  'spec',
  'grams',
  'battery',
  'colours',
  'hook',
];

// spec: sensor DPI for mice, switch type for keyboards, driver or platform for the rest.
const ROWS = `
Logitech | G203 LIGHTSYNC | Logitech G203 LIGHTSYNC Wired Gaming Mouse | 24.99/39.99 | mouse | Wired USB | 8000 DPI | 85 | - | Black,White,Lilac,Blue | An RGB light band glows across the back in sixteen million colors.
Logitech | G305 LIGHTSPEED | Logitech G305 LIGHTSPEED Wireless Gaming Mouse | 39.99/49.99 | mouse | 2.4 GHz wireless | 12000 DPI | 99 | 250 h | Black,White,Lilac,Blue,Mint | A single AA battery lasts months of regular play.
Logitech | G502 HERO | Logitech G502 HERO Wired Gaming Mouse | 44.99/79.99 | mouse | Wired USB | 25600 DPI | 121 | - | Black | Five removable weights let you tune the heft and balance.
Logitech | G502 X PLUS | Logitech G502 X PLUS Wireless Gaming Mouse | 159.99 | mouse | 2.4 GHz wireless | 25600 DPI | 106 | 130 h | Black,White | Hybrid optical-mechanical switches click quickly and crisply.
Logitech | PRO X SUPERLIGHT 2 | Logitech G PRO X SUPERLIGHT 2 Wireless Gaming Mouse | 159.00 | mouse | 2.4 GHz wireless | 32000 DPI | 60 | 95 h | Black,White,Magenta | At sixty grams it is one of the lightest wireless mice for competitive play.
Razer | DeathAdder Essential | Razer DeathAdder Essential Wired Gaming Mouse | 19.99/29.99 | mouse | Wired USB | 6400 DPI | 96 | - | Black,White | An ergonomic right-handed shape that has barely changed in years, because it works.
Razer | DeathAdder V3 | Razer DeathAdder V3 Wired Ultra-Light Gaming Mouse | 69.99/89.99 | mouse | Wired USB | 30000 DPI | 59 | - | Black | A flexible cable barely drags on the mouse mat.
Razer | Basilisk V3 | Razer Basilisk V3 Wired Gaming Mouse | 49.99/69.99 | mouse | Wired USB | 26000 DPI | 101 | - | Black | The scroll wheel switches between notched and free-spinning modes.
Razer | Viper Mini | Razer Viper Mini Wired Gaming Mouse | 29.99/39.99 | mouse | Wired USB | 8500 DPI | 61 | - | Black | A small shell suits a fingertip or claw grip and smaller hands.
Razer | Orochi V2 | Razer Orochi V2 Wireless Gaming Mouse | 49.99/69.99 | mouse | 2.4 GHz wireless + Bluetooth | 18000 DPI | 60 | 950 h | Black,White | Compact and battery-sipping, it is a good travel mouse for a laptop bag.
SteelSeries | Rival 3 | SteelSeries Rival 3 Wired Gaming Mouse | 29.99 | mouse | Wired USB | 8500 DPI | 77 | - | Black | Durable switches are rated for sixty million clicks.
SteelSeries | Aerox 3 Wireless | SteelSeries Aerox 3 Wireless Gaming Mouse | 69.99/99.99 | mouse | 2.4 GHz wireless + Bluetooth | 18000 DPI | 68 | 200 h | Onyx,Snow | A perforated shell keeps weight down and is coated against dust and splashes.
Corsair | HARPOON RGB WIRELESS | Corsair HARPOON RGB WIRELESS Gaming Mouse | 49.99 | mouse | 2.4 GHz wireless + Bluetooth | 10000 DPI | 99 | 60 h | Black | Textured rubber sides give a secure grip.
Corsair | M65 RGB ULTRA | Corsair M65 RGB ULTRA Wired Gaming Mouse | 79.99 | mouse | Wired USB | 26000 DPI | 97 | - | Black,White | An aluminum frame and a sniper button for precise aiming.
HyperX | Pulsefire Haste 2 | HyperX Pulsefire Haste 2 Wired Gaming Mouse | 49.99/59.99 | mouse | Wired USB | 26000 DPI | 53 | - | Black,White | Grip tape is in the box for sweaty hands.
Glorious | Model O 2 | Glorious Model O 2 Wired Gaming Mouse | 59.99 | mouse | Wired USB | 26000 DPI | 59 | - | Matte Black,Matte White | A symmetrical shape suits left- and right-handed players.
Logitech | G915 TKL | Logitech G915 TKL Wireless Mechanical Gaming Keyboard | 229.99 | keyboard | 2.4 GHz wireless + Bluetooth | GL Tactile low-profile | 810 | 40 h | Black,White | A slim aluminum deck and low-profile switches for long typing sessions.
Logitech | G213 Prodigy | Logitech G213 Prodigy RGB Gaming Keyboard | 49.99/69.99 | keyboard | Wired USB | Mech-dome membrane | 1000 | - | Black | Spill-resistant and quiet enough for a shared room.
Razer | BlackWidow V4 | Razer BlackWidow V4 Mechanical Gaming Keyboard | 169.99 | keyboard | Wired USB | Razer Green clicky | 1360 | - | Black | A magnetic wrist rest and a multi-function roller for volume and media.
Razer | Huntsman Mini | Razer Huntsman Mini 60% Optical Gaming Keyboard | 79.99/119.99 | keyboard | Wired USB | Razer Linear Optical | 430 | - | Black,White | A compact 60% layout leaves more room for big mouse swipes.
Corsair | K70 RGB PRO | Corsair K70 RGB PRO Mechanical Gaming Keyboard | 169.99 | keyboard | Wired USB | Cherry MX Red | 1200 | - | Black | A tournament switch locks lighting and disables macros for fair play.
Corsair | K55 RGB PRO | Corsair K55 RGB PRO Gaming Keyboard | 49.99 | keyboard | Wired USB | Rubber dome | 830 | - | Black | Six dedicated macro keys for quick commands.
HyperX | Alloy Origins Core | HyperX Alloy Origins Core TKL Mechanical Gaming Keyboard | 69.99/89.99 | keyboard | Wired USB | HyperX Red linear | 900 | - | Black | A full aluminum body with no number pad.
SteelSeries | Apex 3 TKL | SteelSeries Apex 3 TKL RGB Gaming Keyboard | 44.99 | keyboard | Wired USB | Whisper-quiet switches | 680 | - | Black | Water resistant to IP32, so a spilled drink is not the end.
Keychron | K2 V2 | Keychron K2 V2 Wireless Mechanical Keyboard | 79.99 | keyboard | Bluetooth + Wired USB-C | Gateron Brown | 800 | 72 h | Gray | Mac and Windows keycaps are both in the box.
Redragon | K552 Kumara | Redragon K552 Kumara Mechanical Gaming Keyboard | 34.99 | keyboard | Wired USB | Outemu Blue | 860 | - | Black | A cheap way to try a clicky mechanical keyboard.
HyperX | Cloud II | HyperX Cloud II Wired Gaming Headset | 79.99/99.99 | headset | Wired USB + 3.5 mm | 53 mm drivers | 320 | - | Black Red,Gunmetal | Memory-foam pads and a steel frame make it comfortable for hours.
HyperX | Cloud III Wireless | HyperX Cloud III Wireless Gaming Headset | 169.99 | headset | 2.4 GHz wireless | 53 mm drivers | 330 | 120 h | Black,Black Red | Battery life runs to around 120 hours between charges.
SteelSeries | Arctis Nova 1 | SteelSeries Arctis Nova 1 Wired Gaming Headset | 59.99 | headset | Wired 3.5 mm | 40 mm drivers | 230 | - | Black,White | A light frame and breathable ear cushions for all-day wear.
SteelSeries | Arctis Nova 7 Wireless | SteelSeries Arctis Nova 7 Wireless Gaming Headset | 179.99 | headset | 2.4 GHz wireless + Bluetooth | 40 mm drivers | 325 | 38 h | Black,White | Play over 2.4 GHz and take a phone call over Bluetooth at the same time.
Razer | BlackShark V2 X | Razer BlackShark V2 X Wired Gaming Headset | 39.99/59.99 | headset | Wired 3.5 mm | 50 mm drivers | 240 | - | Black,White | Passive isolation blocks a surprising amount of room noise.
Logitech | G435 LIGHTSPEED | Logitech G435 LIGHTSPEED Wireless Gaming Headset | 49.99/79.99 | headset | 2.4 GHz wireless + Bluetooth | 40 mm drivers | 165 | 18 h | Black,White Lilac,Blue Raspberry | Light enough for younger players, with built-in beamforming microphones.
Turtle Beach | Recon 50 | Turtle Beach Recon 50 Wired Gaming Headset | 29.99 | headset | Wired 3.5 mm | 40 mm drivers | 220 | - | Black,White,Red | A flip-to-mute microphone and an inline volume control.
Turtle Beach | Stealth 600 Gen 3 | Turtle Beach Stealth 600 Gen 3 Wireless Gaming Headset | 99.99 | headset | 2.4 GHz wireless + Bluetooth | 50 mm drivers | 280 | 80 h | Black,White | Eighty hours of battery and a flip-up mic.
Microsoft | Xbox Wireless Controller | Xbox Wireless Controller | 59.99 | controller | Xbox Wireless + Bluetooth | Xbox, PC, mobile | 280 | 40 h | Carbon Black,Robot White,Shock Blue,Pulse Red | Textured grips and a hybrid D-pad suit fighting and racing games.
Microsoft | Xbox Elite Series 2 | Xbox Elite Wireless Controller Series 2 | 179.99 | controller | Xbox Wireless + Bluetooth | Xbox, PC | 345 | 40 h | Black | Swappable paddles and adjustable-tension thumbsticks for competitive play.
Sony | DualSense | Sony DualSense Wireless Controller for PlayStation 5 | 74.99 | controller | Bluetooth + USB-C | PS5, PC | 280 | 10 h | White,Midnight Black,Cosmic Red,Starlight Blue | Adaptive triggers push back to simulate a bowstring or a brake pedal.
Nintendo | Switch Pro Controller | Nintendo Switch Pro Controller | 69.99 | controller | Bluetooth + USB-C | Nintendo Switch | 246 | 40 h | Black | Motion controls and HD rumble, with a battery that lasts around forty hours.
8BitDo | Ultimate Bluetooth Controller | 8BitDo Ultimate Bluetooth Controller with Charging Dock | 59.99/69.99 | controller | Bluetooth + 2.4 GHz | Switch, PC, mobile | 240 | 22 h | Black,White | A charging dock keeps it topped up between sessions.
PowerA | Enhanced Wired Controller | PowerA Enhanced Wired Controller for Xbox Series X and S | 34.99 | controller | Wired USB | Xbox, PC | 250 | - | Black,White | A budget wired pad with two mappable back buttons.
Nintendo | Switch OLED | Nintendo Switch OLED Model Console | 349.99 | console | Wi-Fi + Bluetooth | 64 GB storage | 420 | 9 h | White,Neon Red Neon Blue | A vivid 7-inch OLED screen and a wide adjustable stand.
Nintendo | Switch Lite | Nintendo Switch Lite Handheld Console | 199.99 | console | Wi-Fi + Bluetooth | 32 GB storage | 275 | 7 h | Coral,Turquoise,Yellow,Gray,Blue | A handheld-only Switch that is lighter and cheaper.
Sony | PlayStation 5 Slim | Sony PlayStation 5 Slim Console | 449.99 | console | Wi-Fi + Ethernet | 1 TB SSD | 3200 | - | White | A smaller, lighter PS5 with fast loading times.
Sony | PlayStation 5 Pro | Sony PlayStation 5 Pro Console | 699.99 | console | Wi-Fi 7 + Ethernet | 2 TB SSD | 3100 | - | White | Extra graphics power for higher frame rates in supported games.
Microsoft | Xbox Series X | Xbox Series X Console | 599.99 | console | Wi-Fi + Ethernet | 1 TB SSD | 4450 | - | Black | Quick Resume jumps between several games where you left off.
Microsoft | Xbox Series S | Xbox Series S Console | 379.99 | console | Wi-Fi + Ethernet | 512 GB SSD | 1930 | - | Robot White | The smallest Xbox, and a good way into Game Pass.
Valve | Steam Deck OLED | Valve Steam Deck OLED Handheld Gaming PC | 549.00 | console | Wi-Fi 6E + Bluetooth | 512 GB SSD | 640 | 12 h | Black | Plays much of your Steam library on the go.
Meta | Quest 3S | Meta Quest 3S Mixed Reality Headset | 299.99 | console | Wi-Fi 6E | 128 GB storage | 515 | 2.5 h | White | Standalone VR with no PC or cables needed.
`;

const LEAF: Readonly<Record<string, string>> = {
  mouse: 'Gaming Mice',
  keyboard: 'Gaming Keyboards',
  headset: 'Gaming Headsets',
  controller: 'Controllers',
  console: 'Consoles',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const leaf = row.get('leaf');
  const conn = row.get('conn');
  const wireless = !conn.startsWith('Wired');
  const detail = row.get('spec');
  const battery = row.get('battery');
  const keyFor: Readonly<Record<string, string>> = {
    mouse: 'sensor',
    keyboard: 'switches',
    headset: 'drivers',
    controller: 'platform',
    console: 'storage',
  };
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: `Electronics > Gaming > ${LEAF[leaf] ?? 'Accessories'}`,
    ...price,
    attrs: {
      ...colours.attrs,
      connectivity: conn,
      [keyFor[leaf] ?? 'spec']: detail,
      batteryLife: battery ? `${battery.replace(' h', '')} h` : '',
      weight: weight(Number(row.get('grams'))),
    },
    tags: [
      'gaming',
      leaf,
      wireless ? 'wireless' : 'wired',
      when(conn.includes('Bluetooth'), 'bluetooth'),
      when(/RGB|LIGHTSYNC/.test(row.get('title')), 'rgb'),
    ],
    words: {
      conn,
      detail,
      battery,
      grams: row.get('grams'),
      wireless: flag(wireless && leaf !== 'console'),
      mouse: flag(leaf === 'mouse'),
      keyboard: flag(leaf === 'keyboard'),
      headset: flag(leaf === 'headset'),
      pad: flag(leaf === 'controller'),
      console: flag(leaf === 'console'),
      light: flag(leaf === 'mouse' && Number(row.get('grams')) < 70),
      budget: flag(price.priceCents < 5000),
      kind: leaf === 'console' ? 'console' : `gaming ${leaf}`,
    },
    hook: row.get('hook'),
    axes: colours.axes,
  });
}

const POOLS: Pools = {
  openers: [
    '{!console}The {name} is a {kind} built for long sessions and fast reactions.',
    '{brand} tuned the {model} for players who care about every millisecond.',
    '{?mouse}The {name} is a precise gaming mouse with a {detail} sensor.',
    '{?keyboard}The {name} is a gaming keyboard with {detail} switches.',
    '{?headset}The {name} is a gaming headset with {detail} and a clear boom microphone.',
    '{?pad}The {name} is a comfortable controller for {detail}.',
    '{?console}The {name} brings a big library of games to your living room or your hands.',
    '{?budget}The {name} is an inexpensive {kind} that does not feel cheap.',
  ],
  features: [
    '[conn]{?wireless}It connects over {conn}, with latency low enough for shooters.',
    '[conn]{!wireless}{!console}A {conn} connection means no batteries and no lag.',
    '[battery]{?wireless}Battery life is around {battery} per charge.',
    '[weight]{?light}At {grams} grams it flicks across the mat with little effort.',
    '[weight]{!console}It weighs {grams} grams.',
    '[software]{!console}{!pad}Companion software stores profiles, lighting and button mappings.',
  ],
  uses: [
    '{?mouse}Great for shooters, MOBAs and everyday desktop work.',
    '{?keyboard}Good for gaming at night and writing during the day.',
    '{?headset}Made for team chat, streaming and late-night sessions.',
    '{?console}A great family gift for weekends and holidays.',
  ],
  closers: [
    '{?mouse}Plug and play on Windows and macOS.',
    '{?keyboard}Works on Windows and macOS without drivers.',
    'Covered by a one-year limited warranty.',
  ],
};

/** Gaming mice, keyboards, headsets, controllers and consoles. */
export const gaming: CategoryDef = {
  key: 'gaming',
  prefix: 'gam',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
