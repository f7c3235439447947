import { axis, colourPlan, flag, list, makeSpec, priceCell, type Row, table, weight, when } from './table.ts';
import { spellDuration } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'price',
  'sizes',
  'battery',
  'grams',
  'water',
  'gps',
  'leaf',
  'colours',
  'listings',
  'hook',
];

// listings: "Name:+dollars;..." splits a model into separate listings (e.g. a Music edition).
const ROWS = `
Apple | Watch Series 10 | Apple Watch Series 10 (GPS) | 399.00 | 42 mm:0;46 mm:30 | 18 h | 30 | WR50 | y | watch | Jet Black,Rose Gold,Silver | - | The widest-angle OLED screen Apple has made, readable at a glance from the side.
Apple | Watch SE | Apple Watch SE (2nd Gen, GPS) | 189.00/249.00 | 40 mm:0;44 mm:30 | 18 h | 27 | WR50 | y | watch | Midnight,Starlight,Silver | - | Crash and fall detection make it a thoughtful gift for a parent.
Apple | Watch Ultra 2 | Apple Watch Ultra 2 (GPS + Cellular) | 799.00 | 49 mm:0 | 36 h | 61 | WR100 | y | watch | Natural Titanium,Black Titanium | - | A dive computer app and a loud siren make it a tool for the outdoors.
Samsung | Galaxy Watch7 | Samsung Galaxy Watch7 Bluetooth Smartwatch | 299.99 | 40 mm:0;44 mm:30 | 40 h | 28 | 5 ATM | y | watch | Green,Cream,Silver | - | Sleep coaching turns a week of data into simple bedtime suggestions.
Samsung | Galaxy Watch Ultra | Samsung Galaxy Watch Ultra LTE Smartwatch | 649.99 | 47 mm:0 | 60 h | 60 | 10 ATM | y | watch | Titanium Gray,Titanium White,Titanium Silver | - | A cushion-shaped titanium case built for trail races and triathlons.
Samsung | Galaxy Watch FE | Samsung Galaxy Watch FE Bluetooth Smartwatch | 199.99 | 40 mm:0 | 40 h | 26 | 5 ATM | y | watch | Black,Pink Gold,Silver | - | A simple way into Galaxy health tracking.
Google | Pixel Watch 3 | Google Pixel Watch 3 (Wi-Fi) | 349.99 | 41 mm:0;45 mm:50 | 24 h | 31 | 5 ATM | y | watch | Matte Black,Polished Silver,Champagne Gold | - | Fitbit readiness scores tell you whether to train hard or take it easy.
Garmin | Forerunner 165 | Garmin Forerunner 165 GPS Running Smartwatch | 249.99 | - | 11 days | 39 | 5 ATM | y | watch | Black Slate Gray,Mist Gray Whitestone,Turquoise Aqua,Berry Lilac | Standard:0;Music:50 | Daily suggested workouts adapt to your recovery and race goals.
Garmin | Forerunner 265 | Garmin Forerunner 265 GPS Running Smartwatch | 349.99/449.99 | 42 mm:0;46 mm:0 | 13 days | 47 | 5 ATM | y | watch | Black,Aqua,Whitestone | - | Training readiness and race predictions help you peak on the right day.
Garmin | Forerunner 965 | Garmin Forerunner 965 GPS Triathlon Smartwatch | 599.99 | - | 23 days | 53 | 5 ATM | y | watch | Carbon Gray,Whitestone,Amp Yellow | - | Full-color maps show the route ahead on long trail runs.
Garmin | Venu 3 | Garmin Venu 3 GPS Fitness Smartwatch | 449.99 | 41 mm:0;45 mm:0 | 14 days | 47 | 5 ATM | y | watch | Slate,Whitestone,Ivory | - | It tracks naps as well as nights and suggests a bedtime.
Garmin | fenix 8 AMOLED | Garmin fenix 8 AMOLED Multisport GPS Watch | 999.99 | 47 mm:0;51 mm:100 | 16 days | 79 | 10 ATM | y | watch | Slate Gray,Black | - | A built-in LED flashlight and dive features for serious adventures.
Garmin | Instinct 2 Solar | Garmin Instinct 2 Solar Rugged GPS Smartwatch | 299.99/399.99 | - | 28 days | 53 | 10 ATM | y | watch | Graphite,Flame Red,Tidal Blue | - | Solar charging stretches the battery far beyond a normal smartwatch.
Garmin | vivoactive 5 | Garmin vivoactive 5 GPS Smartwatch | 299.99 | - | 11 days | 36 | 5 ATM | y | watch | Black,Ivory,Navy,Orchid | - | Wheelchair mode tracks pushes instead of steps.
Fitbit | Charge 6 | Fitbit Charge 6 Fitness Tracker | 129.95/159.95 | - | 7 days | 30 | 5 ATM | y | tracker | Obsidian,Porcelain,Coral | - | Built-in GPS maps runs and rides without bringing your phone.
Fitbit | Inspire 3 | Fitbit Inspire 3 Health and Fitness Tracker | 79.95/99.95 | - | 10 days | 18 | 5 ATM | n | tracker | Midnight Zen,Lilac Bliss,Morning Glow | - | A slim band that is easy to sleep in.
Fitbit | Versa 4 | Fitbit Versa 4 Fitness Smartwatch | 199.95 | - | 6 days | 40 | 5 ATM | y | watch | Black Graphite,Pink Sand Copper Rose,Waterfall Blue Platinum | - | Turn-by-turn Google Maps directions appear on your wrist.
Amazfit | Bip 5 | Amazfit Bip 5 Smartwatch | 89.99 | - | 10 days | 26 | IP68 | y | watch | Soft Black,Cream White,Pastel Pink | - | A large screen and Bluetooth calling at a budget price.
Amazfit | Balance | Amazfit Balance Smartwatch | 229.99 | - | 14 days | 35 | 5 ATM | y | watch | Midnight,Sunset | - | Body composition readings from a sensor on the side of the case.
Amazfit | Active 2 | Amazfit Active 2 Smartwatch | 99.99 | - | 10 days | 30 | 5 ATM | y | watch | Black,Premium Leather Black | - | Offline maps and a round screen that looks like a classic watch.
Amazfit | Band 7 | Amazfit Band 7 Fitness Tracker | 49.99 | - | 18 days | 28 | 5 ATM | n | tracker | Black,Beige,Pink | - | Eighteen days between charges means you rarely think about the cable.
Polar | Pacer Pro | Polar Pacer Pro GPS Running Watch | 299.95 | - | 7 days | 41 | WR50 | y | watch | Carbon Gray,Autumn Maroon,Snow White | - | A barometric altimeter tracks climbs on hilly routes.
`;

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const sizes = row.get('sizes') ? axis('caseSize', row.get('sizes')) : undefined;
  const axes = sizes && sizes.values.length > 1 ? [...colours.axes, sizes] : colours.axes;
  const tracker = row.get('leaf') === 'tracker';
  const gps = row.get('gps') === 'y';
  const listings = row.get('listings')
    ? axis('edition', row.get('listings')).values.map((v) => ({
        suffix: v.value,
        addCents: v.addCents,
        attrs: { edition: v.value },
        words: { music: v.value === 'Music' ? 'yes' : '' },
      }))
    : undefined;
  const battery = row.get('battery');
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: tracker ? 'Electronics > Wearables > Fitness Trackers' : 'Electronics > Wearables > Smartwatches',
    ...price,
    attrs: {
      ...colours.attrs,
      caseSize: sizes && sizes.values.length === 1 ? sizes.values[0]?.value : undefined,
      batteryLife: battery,
      waterResistance: row.get('water'),
      gps: gps ? 'yes' : 'no',
      weight: weight(Number(row.get('grams'))),
      connectivity: /Cellular|LTE/.test(row.get('title')) ? 'Bluetooth, LTE' : 'Bluetooth',
    },
    tags: [tracker ? 'fitness tracker' : 'smartwatch', 'wearable', when(gps, 'gps'), 'fitness', 'heart rate'],
    words: {
      battery: spellDuration(battery),
      days: battery.endsWith('days') ? battery : '',
      water: row.get('water'),
      gps: flag(gps),
      kind: tracker ? 'fitness tracker' : 'smartwatch',
      runner: flag(/Running|Triathlon|Multisport|Pacer/.test(row.get('title'))),
      grams: row.get('grams'),
      budget: flag(price.priceCents < 15000),
      apple: flag(row.get('brand') === 'Apple'),
      anyPhone: ['Apple', 'Samsung', 'Google'].includes(row.get('brand')) ? '' : 'yes',
    },
    hook: row.get('hook'),
    axes,
    ...(listings ? { listings } : {}),
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is a {kind} that tracks heart rate, sleep and daily activity.',
    '{brand} designed the {model} to be worn all day and all night.',
    'Notifications, workouts and sleep data on your wrist: that is the {name}.',
    '{?runner}The {name} is a GPS watch built for runners who train with a plan.',
    '{?budget}The {name} is an affordable {kind} with the health features most people use.',
  ],
  features: [
    '[battery]Battery life is about {battery} between charges.',
    '[battery]{?days}Expect around {days} on a charge with typical use.',
    '[water]Water resistance is {water}, so swimming and showers are fine.',
    '[gps]{?gps}Built-in GPS records pace and distance without a phone.',
    '[weight]It weighs just {grams} grams.',
    '[music]{?music}The Music edition stores playlists for phone-free runs with Bluetooth earbuds.',
  ],
  uses: [
    'Good for runners, gym-goers and anyone building a daily walking habit.',
    'Useful for tracking sleep and stress over weeks and months.',
  ],
  closers: [
    'A magnetic charger is included.',
    '{?anyPhone}Works with both iPhone and Android phones.',
    '{?apple}Pairs with an iPhone.',
  ],
};

/** Smartwatches and fitness trackers. */
export const watches: CategoryDef = {
  key: 'smartwatches',
  prefix: 'wat',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
