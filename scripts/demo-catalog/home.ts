import {
  axis,
  colourPlan,
  flag,
  list,
  makeSpec,
  pairs,
  priceCell,
  type Row,
  table,
  weight,
  when,
} from './table.ts';
import { spellDuration, withArticle } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = ['brand', 'model', 'title', 'price', 'leaf', 'attrs', 'grams', 'colours', 'sizes', 'hook'];

// sizes: "Twin:0;Queen:40" becomes a size axis; the price is the smallest size's.
const ROWS = `
Dyson | V15 Detect Absolute | Dyson V15 Detect Absolute Cordless Vacuum | 649.99/749.99 | vacuum | type=cordless stick;runtime=60 min | 3100 | Yellow Nickel | - | A green laser lights up fine dust on hard floors that you would otherwise miss.
Dyson | V8 | Dyson V8 Cordless Vacuum | 349.99/469.99 | vacuum | type=cordless stick;runtime=40 min | 2610 | Silver Nickel | - | Converts to a handheld for stairs, sofas and car seats.
Dyson | Ball Animal 3 | Dyson Ball Animal 3 Upright Vacuum | 399.99/499.99 | vacuum | type=upright;power=corded | 7880 | Copper Nickel | - | A tangle-free turbine tool pulls pet hair off upholstery.
Dyson | Purifier Cool TP07 | Dyson Purifier Cool TP07 Air Purifier and Fan | 549.99/649.99 | purifier | coverage=800 sq ft;filter=HEPA H13;noise=40 dB | 5050 | White Silver,Black Nickel | - | Purifies and cools in one tower, with an oscillating airflow.
Dyson | Supersonic | Dyson Supersonic Hair Dryer | 429.99 | care | power=1600 W;type=hair dryer | 630 | Nickel Copper,Vinca Blue Rose | - | The motor sits in the handle, so the dryer feels balanced in the hand.
Dyson | Hot Plus Cool AM09 | Dyson Hot+Cool AM09 Fan Heater | 429.99 | fan | type=fan heater;power=2000 W;noise=48 dB | 2570 | White Silver,Black Nickel | - | A bladeless design that is safe around curious children.
Shark | Navigator NV352 | Shark Navigator Lift-Away NV352 Upright Vacuum | 179.99/199.99 | vacuum | type=upright;power=corded | 5700 | White Teal | - | Lift the pod off the base to clean stairs and curtains.
Shark | Stratos IZ862H | Shark Stratos Cordless Vacuum IZ862H | 299.99/429.99 | vacuum | type=cordless stick;runtime=60 min | 3900 | Gray | - | A self-cleaning brushroll stops hair wrapping around it.
Shark | AI Ultra Robot | Shark AI Ultra Robot Vacuum with Self-Empty Base | 349.99/599.99 | vacuum | type=robot;runtime=120 min | 3700 | Black | - | The base holds up to sixty days of debris.
iRobot | Roomba Combo Essential | iRobot Roomba Combo Essential Robot Vacuum and Mop | 249.99 | vacuum | type=robot;runtime=120 min | 2900 | Black | - | Vacuums and mops in one pass on a schedule you set in the app.
iRobot | Roomba j7 Plus | iRobot Roomba j7+ Self-Emptying Robot Vacuum | 599.99 | vacuum | type=robot;runtime=75 min | 3400 | Graphite | - | A front camera spots and avoids cables and socks.
Roborock | Q5 Pro | Roborock Q5 Pro Robot Vacuum | 279.99/429.99 | vacuum | type=robot;runtime=180 min | 3200 | Black,White | - | Dual rubber brushes work well on carpet and pet hair.
Bissell | Little Green 3369 | Bissell Little Green Portable Carpet and Upholstery Cleaner | 123.59 | vacuum | type=spot cleaner;power=corded | 4800 | Green | - | Lifts coffee and muddy paw prints out of rugs and car seats.
Levoit | Core 300 | Levoit Core 300 True HEPA Air Purifier | 89.99/99.99 | purifier | coverage=219 sq ft;filter=True HEPA;noise=24 dB | 3400 | White,Black | - | Sleep mode runs at a whisper-quiet 24 dB.
Levoit | Core 400S | Levoit Core 400S Smart True HEPA Air Purifier | 179.99/219.99 | purifier | coverage=403 sq ft;filter=True HEPA;noise=24 dB | 5400 | White | - | A laser dust sensor adjusts the fan speed automatically.
Coway | Airmega AP-1512HH | Coway Airmega AP-1512HH Mighty True HEPA Air Purifier | 159.99/229.99 | purifier | coverage=361 sq ft;filter=True HEPA;noise=24 dB | 5400 | White,Black | - | A colored ring shows the air quality at a glance.
Philips | Hue Starter Kit | Philips Hue White and Color Ambiance Starter Kit, 3 A19 Bulbs and Bridge | 199.99 | lighting | bulbs=3;brightness=1100 lumens;connectivity=Zigbee, Bluetooth | 500 | White | - | Set a warm, dim scene for movies or a cool, bright one for work.
Philips | Hue White A19 2-Pack | Philips Hue White A19 Smart Bulb, 2-Pack | 29.99 | lighting | bulbs=2;brightness=800 lumens;connectivity=Bluetooth, Zigbee | 200 | White | - | Dims smoothly from an app, a voice assistant or a schedule.
Philips | Hue Go | Philips Hue Go Portable Smart Table Lamp | 89.99 | lighting | brightness=530 lumens;runtime=5 h;connectivity=Bluetooth, Zigbee | 900 | White | - | A rechargeable lamp you can carry from the table to the patio.
Govee | RGBIC Strip 32.8 ft | Govee RGBIC LED Strip Lights 32.8 ft | 25.99/39.99 | lighting | length=32.8 ft;connectivity=Wi-Fi, Bluetooth | 400 | Multicolor | - | Different segments can show different colors at once.
TP-Link | Kasa Smart Plug Mini 4-Pack | TP-Link Kasa Smart Plug Mini, 4-Pack | 24.99/29.99 | smart | connectivity=Wi-Fi;pieces=4 | 300 | White | - | Turn lamps and fans on and off on a schedule or with your voice.
Ring | Video Doorbell | Ring Video Doorbell (2nd Gen) | 59.99/99.99 | smart | resolution=1080p;connectivity=Wi-Fi;power=battery or wired | 300 | Satin Nickel | - | Answer the door from your phone when you are out.
Google | Nest Learning Thermostat 4th Gen | Google Nest Learning Thermostat (4th Gen) | 279.99 | smart | connectivity=Wi-Fi;display=2.7 in | 400 | Polished Silver,Polished Obsidian | - | Learns your schedule and lowers the heating when you go out.
Vornado | 660 | Vornado 660 Large Whole Room Air Circulator Fan | 89.99/109.99 | fan | type=air circulator;airflowRange=100 ft;noise=46 dB | 3200 | Black,White | - | Moves air around the whole room instead of blowing it at one spot.
Honeywell | HT-908 | Honeywell HT-908 Turbo on the Go Personal Fan | 19.99 | fan | type=desk fan;noise=38 dB | 800 | Black | - | Small enough for a desk or a nightstand, with a quiet low setting.
Lasko | Wind Curve | Lasko Wind Curve Tower Fan with Remote | 59.99/79.99 | fan | type=tower fan;noise=45 dB | 4500 | Silver Black | - | A slim tower that fits in a corner and oscillates.
Brooklinen | Luxe Core Sheet Set | Brooklinen Luxe Core Sheet Set | 129.00 | bedding | material=480 thread count cotton sateen;pieces=4 | 2000 | White,Cream,Graphite | Twin:0;Full:30;Queen:40;King:60 | A buttery sateen weave with a subtle sheen.
Casper | Original Pillow | Casper Original Pillow | 65.00 | bedding | material=microfiber fill, cotton cover;fill=pillow-in-pillow | 1000 | White | Standard:0;King:20 | A firmer inner pillow supports the neck inside a softer outer layer.
Buffy | Cloud Comforter | Buffy Cloud Comforter | 145.00 | bedding | material=eucalyptus lyocell shell, recycled fill | 2200 | White | Twin:0;Full/Queen:40;King/Cal King:80 | Cool to the touch for hot sleepers.
Amazon Basics | Microfiber Sheet Set | Amazon Basics Lightweight Microfiber Sheet Set | 19.99 | bedding | material=microfiber;pieces=4 | 1300 | White,Gray,Navy,Beige | Twin:0;Full:5;Queen:7;King:10 | A soft, wrinkle-resistant set for guest rooms and dorms.
Coop Home Goods | Original Adjustable Pillow | Coop Home Goods Original Adjustable Pillow | 79.99 | bedding | material=memory foam and microfiber fill | 1600 | White | Queen:0;King:10 | Add or remove fill to get the height just right.
Philips | Sonicare 4100 | Philips Sonicare 4100 Power Toothbrush | 39.99/49.99 | care | type=electric toothbrush;battery=14 days | 300 | White,Black,Deep Pink | - | A pressure sensor warns you when you brush too hard.
Philips | Norelco OneBlade 360 | Philips Norelco OneBlade 360 Trimmer and Shaver | 49.99 | care | type=trimmer;battery=60 min | 200 | Black Green | - | The flexible blade follows the jaw line to trim, edge and shave.
Oral-B | iO Series 5 | Oral-B iO Series 5 Rechargeable Electric Toothbrush | 99.99/149.99 | care | type=electric toothbrush;battery=14 days | 350 | Matte Black,Quite White,Lavender | - | A smart pressure light turns green when the pressure is right.
Braun | Series 7 | Braun Series 7 Electric Shaver | 129.99/169.99 | care | type=electric shaver;battery=50 min | 600 | Silver | - | Wet and dry use, with a 360-degree flexible head.
Conair | InfinitiPRO 1875 | Conair InfinitiPRO 1875 W Hair Dryer | 39.99 | care | type=hair dryer;power=1875 W | 650 | Black,Purple | - | Ionic technology cuts frizz and drying time.
`;

const LEAF: Readonly<Record<string, string>> = {
  vacuum: 'Vacuums',
  purifier: 'Air Purifiers',
  fan: 'Fans & Heaters',
  lighting: 'Lighting',
  smart: 'Smart Home',
  bedding: 'Bedding',
  care: 'Personal Care',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const sizes = row.get('sizes') ? [axis('size', row.get('sizes'))] : [];
  const leaf = row.get('leaf');
  const extra = pairs(row.get('attrs'));
  const noise = extra.noise ? Number.parseInt(extra.noise, 10) : undefined;
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: `Home & Kitchen > Home > ${LEAF[leaf] ?? 'Home'}`,
    ...price,
    attrs: { ...colours.attrs, ...extra, weight: weight(Number(row.get('grams'))) },
    tags: [
      'home',
      LEAF[leaf]?.toLowerCase() ?? '',
      extra.type ?? '',
      when(extra.connectivity, 'smart'),
      when(noise !== undefined && noise <= 40, 'quiet'),
    ],
    words: {
      leafWord: (LEAF[leaf] ?? 'home').toLowerCase().replace(/s$/, '').replace(/ & .*/, ''),
      type: extra.type,
      aType: extra.type ? withArticle(extra.type) : '',
      chore: flag(leaf === 'vacuum'),
      runtime: spellDuration(extra.runtime),
      corded: flag(extra.power === 'corded'),
      coverage: extra.coverage,
      noise: extra.noise,
      quiet: flag(noise !== undefined && noise <= 40),
      material: extra.material,
      smart: flag(extra.connectivity),
      bedding: flag(leaf === 'bedding'),
      sizes: flag(sizes.length > 0),
    },
    hook: row.get('hook'),
    axes: [...colours.axes, ...sizes],
  });
}

const POOLS: Pools = {
  openers: [
    '{?chore}The {name} makes a daily chore a little easier.',
    'The {name} is a practical addition to any home.',
    '{brand} built the {model} to fit neatly into everyday home life.',
    'The {name} is {aType} that is simple to set up and easy to live with.',
    '{?bedding}The {name} brings hotel-style comfort to your own bed.',
    '{?smart}The {name} brings a bit of automation to an ordinary home.',
  ],
  features: [
    '[runtime]A charge lasts about {runtime}.',
    '[runtime]{?corded}It runs from the mains, so there is no battery to fade.',
    '[coverage]It is rated for spaces up to {coverage}.',
    '[noise]{?quiet}At {noise} on its lowest setting it will not disturb sleep.',
    '[material]Made with {material}.',
    '[smart]{?smart}Works with Alexa and Google Assistant.',
    '[sizes]{?sizes}Available in several bed sizes.',
  ],
  uses: [
    'A good fit for apartments, family homes and home offices.',
    '{?bedding}Great for guest rooms as well as the main bedroom.',
    '{?quiet}Suits bedrooms and nurseries.',
  ],
  closers: ['Easy to clean and maintain.', 'Covered by the manufacturer warranty.'],
};

/** Home: floor care, air, fans, lighting, smart home, bedding and personal care. */
export const home: CategoryDef = {
  key: 'home',
  prefix: 'hom',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
