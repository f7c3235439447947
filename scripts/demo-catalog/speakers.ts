import {
  colourPlan,
  flag,
  list,
  makeSpec,
  priceCell,
  type Row,
  submersible,
  table,
  weight,
  when,
} from './table.ts';
import { withArticle } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'price',
  'kind',
  'conn',
  'hours',
  'grams',
  'ip',
  'watts',
  'colours',
  'mode',
  'tags',
  'hook',
];

// kind: portable | smart | bookshelf | desktop | party | home
const ROWS = `
JBL | Go 4 | JBL Go 4 Ultra-Portable Bluetooth Speaker | 49.95 | portable | Bluetooth 5.3 | 7 | 190 | IP67 | 4.2 | Black,Blue,Red,Pink | split | compact,mini | A loop on the back hooks onto a bag strap or a shower rail.
JBL | Go 3 | JBL Go 3 Portable Waterproof Speaker | 29.95/39.95 | portable | Bluetooth 5.1 | 5 | 209 | IP67 | 4.2 | Black,Blue,Red | split | compact,mini | Small enough for a coat pocket and loud enough for a picnic blanket.
JBL | Clip 5 | JBL Clip 5 Portable Bluetooth Speaker with Carabiner | 59.95/79.95 | portable | Bluetooth 5.3 | 12 | 285 | IP67 | 7 | Black,Blue,Purple,Pink | var | compact,outdoor | The built-in carabiner clips to a belt loop, a tent pole or a bike bag.
JBL | Flip 6 | JBL Flip 6 Portable Waterproof Bluetooth Speaker | 99.95/129.95 | portable | Bluetooth 5.1 | 12 | 550 | IP67 | 30 | Black,Blue,Red,Teal,Gray | var | outdoor | A separate tweeter keeps vocals crisp even with the bass turned up.
JBL | Flip 7 | JBL Flip 7 Portable Bluetooth Speaker | 149.95 | portable | Bluetooth 5.4 | 14 | 560 | IP68 | 35 | Black,Blue,Red,Purple | var | outdoor | It survives a drop onto concrete from about a meter.
JBL | Charge 5 | JBL Charge 5 Portable Bluetooth Speaker with Power Bank | 139.95/179.95 | portable | Bluetooth 5.1 | 20 | 960 | IP67 | 40 | Black,Blue,Red,Camo | var | outdoor,power bank | A USB port on the side tops up your phone when the day runs long.
JBL | Xtreme 4 | JBL Xtreme 4 Portable Waterproof Speaker | 379.95 | portable | Bluetooth 5.3 | 24 | 2100 | IP67 | 60 | Black,Blue,Camo | var | outdoor,party | The battery is replaceable, which extends the speaker's useful life.
JBL | PartyBox Encore Essential | JBL PartyBox Encore Essential Party Speaker | 299.95 | party | Bluetooth 5.1 | 6 | 6600 | IPX4 | 100 | Black | - | party,lights | A built-in light show pulses along with the beat.
Anker | Soundcore 2 | Anker Soundcore 2 Portable Bluetooth Speaker | 35.99/44.99 | portable | Bluetooth 5.0 | 24 | 414 | IPX7 | 12 | Black,Blue,Red | split | compact | A full day of playback from one charge keeps it going from breakfast to bedtime.
Anker | Soundcore 3 | Anker Soundcore 3 Bluetooth Speaker | 55.99 | portable | Bluetooth 5.0 | 24 | 500 | IPX7 | 16 | Black,Blue,Red | var | - | Titanium drivers keep the top end clear at moderate volume.
Anker | Soundcore Mini | Anker Soundcore Mini Compact Bluetooth Speaker | 25.99 | portable | Bluetooth 4.0 | 15 | 215 | - | 5 | Black,Blue,Red | var | compact,mini,bedroom,quiet,desk | Palm-sized and soft-spoken, it fills a desk or nightstand without flooding the room.
Anker | Soundcore Motion 100 | Anker Soundcore Motion 100 Portable Bluetooth Speaker | 49.99/59.99 | portable | Bluetooth 5.3 | 12 | 430 | IPX7 | 20 | Black,Blue,Green | var | compact,hi-res | Full-range drivers give it detail that most speakers this size miss.
Anker | Soundcore Motion 300 | Anker Soundcore Motion 300 Wireless Hi-Res Speaker | 79.99 | portable | Bluetooth 5.3 | 13 | 771 | IPX7 | 30 | Black,Blue,Green | var | hi-res | A metal grille and a detachable strap make it easy to carry between rooms.
Anker | Soundcore Motion X600 | Anker Soundcore Motion X600 Portable Spatial Audio Speaker | 199.99 | portable | Bluetooth 5.3 | 12 | 1900 | IPX7 | 50 | Black,Blue | var | hi-res,home | An upward-firing driver adds height to the sound.
Anker | Soundcore Boom 2 | Anker Soundcore Boom 2 Outdoor Bluetooth Speaker | 129.99 | portable | Bluetooth 5.3 | 24 | 1900 | IPX7 | 80 | Black,Blue | var | outdoor,party | It floats, so a pool party is not a problem.
Tribit | XSound Go | Tribit XSound Go Portable Bluetooth Speaker | 29.99/35.99 | portable | Bluetooth 5.0 | 24 | 380 | IPX7 | 16 | Black,Blue | var | compact | A bass-boost button gives a fuller sound when you need it.
Tribit | StormBox Micro 2 | Tribit StormBox Micro 2 Portable Bluetooth Speaker | 49.99/59.99 | portable | Bluetooth 5.3 | 12 | 305 | IP67 | 10 | Black,Blue,Green | var | compact,mini,bike,quiet | A rubber strap on the back wraps around handlebars or a backpack strap.
Tribit | StormBox 2 | Tribit StormBox 2 Portable Bluetooth Speaker | 69.99 | portable | Bluetooth 5.3 | 34 | 700 | IPX7 | 34 | Black,Blue | var | outdoor | A thirty-four hour battery outlasts a long weekend away.
Sony | SRS-XB100 | Sony SRS-XB100 Compact Bluetooth Speaker | 49.99/59.99 | portable | Bluetooth 5.3 | 16 | 274 | IP67 | 5 | Black,Blue,Light Gray,Orange | split | compact,mini,bedroom,quiet | Voices stay clear at low volume, so it suits a bedroom or a shared office.
Sony | ULT Field 1 | Sony ULT Field 1 Wireless Portable Speaker | 99.99/129.99 | portable | Bluetooth 5.3 | 12 | 650 | IP67 | 20 | Black,Off White,Forest Gray,Orange | var | outdoor | The ULT button adds deep bass with a single press.
Sony | SRS-XE200 | Sony SRS-XE200 Portable Bluetooth Speaker | 129.99 | portable | Bluetooth 5.2 | 16 | 1000 | IP67 | 20 | Black,Blue,Light Gray | var | outdoor | A wide diffuser spreads sound evenly around a campsite.
Bose | SoundLink Micro | Bose SoundLink Micro Bluetooth Speaker (2nd Gen) | 99.00/129.00 | portable | Bluetooth 5.4 | 12 | 290 | IP67 | - | Black,Blue Dusk,Sandstone | var | compact,mini,bedroom | A silicone strap holds it to a shower head or a kayak seat.
Bose | SoundLink Flex | Bose SoundLink Flex Portable Bluetooth Speaker (2nd Gen) | 149.00 | portable | Bluetooth 5.3 | 12 | 600 | IP67 | - | Black,Blue Dusk,Alpine Sage,Sandstone | var | outdoor | It senses whether it is standing, lying or hanging and tunes itself to match.
Bose | SoundLink Max | Bose SoundLink Max Portable Speaker | 399.00 | portable | Bluetooth 5.3 | 20 | 2100 | IP67 | - | Black,Blue Dusk | var | outdoor,party | A rope handle clips off when you want to set it on a shelf.
Bose | SoundLink Home | Bose SoundLink Home Bluetooth Speaker | 179.00/219.00 | home | Bluetooth 5.3 | 9 | 1000 | - | - | Cool Gray,Warm Gray | var | home,bedroom,quiet | A fabric-and-aluminum design that looks at home on a bookshelf.
Ultimate Ears | WONDERBOOM 4 | Ultimate Ears WONDERBOOM 4 Portable Waterproof Speaker | 79.99/99.99 | portable | Bluetooth 5.2 | 14 | 420 | IP67 | - | Active Black,Hyper Pink,Cobalt Blue,Joyous Bright | var | compact,outdoor | It floats, and an outdoor mode lifts the volume for open spaces.
Ultimate Ears | BOOM 4 | Ultimate Ears BOOM 4 Portable Bluetooth Speaker | 149.99 | portable | Bluetooth 5.2 | 15 | 640 | IP67 | - | Active Black,Cobalt Blue,Hyper Pink | var | outdoor | Its 360-degree sound means nobody has to sit behind it.
Ultimate Ears | MEGABOOM 4 | Ultimate Ears MEGABOOM 4 Portable Bluetooth Speaker | 199.99 | portable | Bluetooth 5.2 | 20 | 920 | IP67 | - | Active Black,Cobalt Blue,Hyper Pink | var | outdoor,party | Pair it with another UE speaker for a bigger party.
Marshall | Willen II | Marshall Willen II Portable Bluetooth Speaker | 99.99 | portable | Bluetooth 5.3 | 17 | 310 | IP67 | 10 | Black and Brass,Cream | var | compact,mini | The classic amplifier look, shrunk to fit in a hand.
Marshall | Emberton III | Marshall Emberton III Portable Bluetooth Speaker | 169.99 | portable | Bluetooth 5.3 | 32 | 680 | IP67 | 20 | Black and Brass,Cream | var | outdoor | More than thirty hours of play from a speaker the size of a paperback.
Marshall | Acton III | Marshall Acton III Bluetooth Home Speaker | 279.99 | home | Bluetooth 5.2 | - | 2850 | - | 60 | Black,Cream,Brown | var | home | Analogue knobs on top adjust bass and treble by hand.
Beats | Pill | Beats Pill Portable Bluetooth Speaker | 99.99/149.99 | portable | Bluetooth 5.3 | 24 | 680 | IP67 | - | Matte Black,Statement Red,Champagne Gold | var | outdoor | It doubles as a speakerphone and plays over USB-C from a laptop.
EarFun | UBOOM L | EarFun UBOOM L Portable Bluetooth Speaker | 55.99/69.99 | portable | Bluetooth 5.0 | 16 | 700 | IP67 | 28 | Black | - | outdoor | Dual passive radiators give it more bass than its price suggests.
DOSS | SoundBox Touch | DOSS SoundBox Touch Portable Wireless Bluetooth Speaker | 29.99 | portable | Bluetooth 5.0 | 20 | 360 | - | 12 | Black,Blue,Red,White | var | bedroom,desk,quiet | A touch panel on top takes care of volume and tracks, and soft lights glow at night.
Amazon | Echo Pop | Amazon Echo Pop Compact Smart Speaker with Alexa | 24.99/39.99 | smart | Wi-Fi + Bluetooth 5.2 | - | 196 | - | - | Charcoal,Glacier White,Lavender Bloom,Midnight Teal | var | smart,compact,bedroom,quiet | A half-sphere shape that fits on a nightstand next to a lamp.
Amazon | Echo Dot 5th Gen | Amazon Echo Dot (5th Gen) Smart Speaker with Alexa | 49.99 | smart | Wi-Fi + Bluetooth 5.0 | - | 304 | - | - | Charcoal,Glacier White,Deep Sea Blue | var | smart,bedroom | A temperature sensor can trigger routines, like turning on a fan when the room warms up.
Google | Nest Mini 2nd Gen | Google Nest Mini Smart Speaker (2nd Gen) | 49.00 | smart | Wi-Fi + Bluetooth 5.0 | - | 181 | - | - | Chalk,Charcoal,Coral,Sky | var | smart,compact,bedroom,quiet | It mounts flat on a wall, out of the way.
Sonos | Roam 2 | Sonos Roam 2 Portable Smart Speaker | 179.00 | portable | Wi-Fi + Bluetooth 5.2 | 10 | 430 | IP67 | - | Black,White,Olive,Wave,Sunset | var | smart,compact | At home it joins your Sonos system over Wi-Fi; outside it switches to Bluetooth.
Sonos | Era 100 | Sonos Era 100 Smart Speaker | 199.00/249.00 | smart | Wi-Fi + Bluetooth 5.0 | - | 2000 | - | - | Black,White | var | smart,home | Two tweeters angled apart give it real stereo from one box.
Edifier | R1280DB | Edifier R1280DB Powered Bluetooth Bookshelf Speakers | 109.99/129.99 | bookshelf | Bluetooth 5.0 | - | 4900 | - | 42 | Brown,Black | var | bookshelf,desk,home | Wood-effect cabinets and optical input make them a tidy upgrade for a TV or turntable.
Edifier | MR4 | Edifier MR4 Powered Studio Monitor Speakers | 129.99 | desktop | Wired | - | 2800 | - | 42 | Black,White | var | desk,studio | A front headphone jack and a monitor/music switch suit a home studio desk.
Creative | Pebble V3 | Creative Pebble V3 Desktop Speakers with Bluetooth | 39.99 | desktop | Bluetooth 5.0 | - | 860 | - | 8 | Black,White | var | desk,compact,quiet,bedroom | Powered from a laptop over USB-C, with drivers angled up towards your ears.
Logitech | Z207 | Logitech Z207 Bluetooth Computer Speakers | 49.99 | desktop | Bluetooth 4.1 | - | 1210 | - | 5 | Black,White | var | desk,quiet,compact | Switch between a Bluetooth phone and a wired computer with one button.
`;

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const conn = row.get('conn');
  const bluetooth = conn.includes('Bluetooth');
  const ip = row.get('ip');
  const hours = row.get('hours');
  const kind = row.get('kind');
  const colours = colourPlan(list(row.get('colours')), row.get('mode'));
  const tags = [
    bluetooth ? 'bluetooth' : 'wired',
    when(bluetooth, 'wireless'),
    'speaker',
    kind,
    when(hours, 'portable'),
    submersible(ip) ? 'waterproof' : ip ? 'water resistant' : '',
    when(conn.includes('Wi-Fi'), 'wi-fi'),
    ...list(row.get('tags')),
  ];
  const extra = new Set(list(row.get('tags')));
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: 'Electronics > Audio > Speakers',
    ...price,
    attrs: {
      ...colours.attrs,
      speakerType: kind,
      connectivity: conn,
      batteryLife: hours ? `${hours} h` : '',
      weight: weight(Number(row.get('grams'))),
      waterResistance: ip,
      output: row.get('watts') ? `${row.get('watts')} W` : '',
    },
    tags,
    words: {
      hours,
      conn,
      bt: flag(bluetooth),
      ip,
      aOutput: row.get('watts') ? withArticle(`${row.get('watts')} W`) : '',
      dunk: flag(submersible(ip)),
      mains: hours ? '' : 'yes',
      battery: flag(hours),
      smart: flag(kind === 'smart'),
      quiet: flag(extra.has('quiet') || extra.has('bedroom')),
      compact: flag(extra.has('compact')),
      outdoor: flag(extra.has('outdoor')),
      desk: flag(extra.has('desk')),
      budget: flag(price.priceCents < 6000),
      kindWord:
        kind === 'portable' ? 'portable speaker' : kind === 'party' ? 'party speaker' : `${kind} speaker`,
    },
    hook: row.get('hook'),
    axes: colours.axes,
    listings: colours.listings,
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is a {kindWord} that punches above its size.',
    '{brand} built the {model} as an easy-going {kindWord} for everyday music.',
    'The {name} is for anyone who wants a {kindWord} that pairs in seconds and sounds full.',
    '{?compact}The {name} is small enough to carry anywhere and still fills a room.',
    '{?outdoor}Take the {name} to the beach, the park or the garden.',
    '{?quiet}The {name} is a gentle {kindWord} for bedrooms, desks and quiet corners.',
    '{?desk}The {name} brings clearer sound to a desk than any laptop speaker.',
    '{?color1}The {name} in {color1} is a {kindWord} with a clean, balanced sound.',
  ],
  features: [
    '[battery]{?battery}Up to {hours} hours of playback per charge.',
    '[battery]The battery lasts around {hours} hours at a moderate volume.',
    '[water]{?dunk}With an {ip} rating it can take a dunk in the pool or a fall in the sand.',
    '[water]{!dunk}Rated {ip}, it handles splashes and a little rain.',
    '[power]{?mains}It runs from the mains, so there is no battery to charge or wear out.',
    '[output]{aOutput} amplifier drives it with room to spare.',
    '[link]{?bt}Connects over {conn}.',
    '[quiet]{?quiet}It keeps its balance at low volume, so late-night listening stays clear without waking anyone.',
    '[smart]{?smart}Ask for music, timers or the weather hands-free.',
    '[budget]{?budget}A lot of speaker for under sixty dollars.',
  ],
  uses: [
    '{?outdoor}Good for camping trips, barbecues and bike rides.',
    '{?quiet}A nice choice for a bedroom, a nursery or a home office.',
    '{?desk}Perfect for a desk setup or a dorm room.',
    'Handy for podcasts in the kitchen and playlists in the shower.',
    '{?smart}Works well as a bedside alarm and kitchen timer.',
  ],
  closers: [
    '{?battery}Charges over USB-C.',
    'Pairs with phones, tablets and laptops.',
    '{?battery}A charging cable is included.',
  ],
};

/** Speakers: portable, smart, bookshelf and desktop. */
export const speakers: CategoryDef = {
  key: 'speakers',
  prefix: 'spk',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
