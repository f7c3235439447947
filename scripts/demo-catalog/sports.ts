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
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = ['brand', 'model', 'title', 'price', 'leaf', 'attrs', 'grams', 'colours', 'sizes', 'hook'];

// sizes: "10 lb:0;15 lb:12" becomes a size axis; the price is the first size's.
const ROWS = `
Manduka | PRO Yoga Mat 6mm | Manduka PRO Yoga Mat 6mm | 129.00 | yoga | thickness=6 mm;material=PVC;length=71 in | 3400 | Black Magic,Midnight,Verve | - | A dense mat that cushions knees and is guaranteed for life.
Lululemon | The Mat 5mm | Lululemon The Mat 5mm Yoga Mat | 98.00/108.00 | yoga | thickness=5 mm;material=natural rubber and polyurethane;length=71 in | 2380 | Black,Green Twill,Pink Mist | - | A grippy top layer soaks up sweat in hot classes.
Gaiam | Essentials 10mm | Gaiam Essentials Thick Yoga Mat 10mm | 21.98 | yoga | thickness=10 mm;material=NBR foam;length=72 in | 1100 | Black,Purple,Navy,Gray | - | Extra-thick foam is kind to knees and wrists on hard floors.
Gaiam | Premium Print 6mm | Gaiam Premium Print Yoga Mat 6mm | 29.98 | yoga | thickness=6 mm;material=PVC;length=68 in | 1600 | Mandala,Sundial,Boho Folk | - | Bright printed patterns for home practice.
JadeYoga | Harmony Mat | JadeYoga Harmony Natural Rubber Yoga Mat | 99.95 | yoga | thickness=4.7 mm;material=natural rubber;length=68 in | 2200 | Olive,Purple,Midnight Blue | - | Open-cell rubber grips well even in sweaty flows.
Bowflex | SelectTech 552 | Bowflex SelectTech 552 Adjustable Dumbbells, Pair | 349.00/429.00 | fitness | range=5–52.5 lb each;pieces=2 | 47600 | Black Red | - | A turn of a dial replaces fifteen pairs of dumbbells.
Amazon Basics | Neoprene Dumbbells | Amazon Basics Neoprene Dumbbell Hand Weights, Pair | 9.99 | fitness | material=neoprene-coated iron;pieces=2 | 1800 | Purple,Blue,Green,Black | 2 lb:0;3 lb:3;5 lb:6;8 lb:12;10 lb:16 | Hexagonal ends stop them rolling away.
CAP Barbell | Cast Iron Kettlebell | CAP Barbell Cast Iron Kettlebell | 19.99 | fitness | material=cast iron | 4500 | Black | 10 lb:0;15 lb:6;20 lb:11;25 lb:16;35 lb:26 | A wide handle fits two hands for swings and goblet squats.
Fit Simplify | Resistance Loop Bands | Fit Simplify Resistance Loop Exercise Bands, Set of 5 | 10.95 | fitness | material=latex;pieces=5 | 150 | Multicolor | - | Five strengths, from extra light to extra heavy, in a carry pouch.
Therabody | Theragun Mini 2nd Gen | Therabody Theragun Mini (2nd Gen) Massage Gun | 149.00/199.00 | fitness | batteryLife=150 min;speeds=3 | 590 | Black,Desert Rose,Sage | - | Small enough for a gym bag, strong enough for tight calves.
Hyperice | Hypervolt Go 2 | Hyperice Hypervolt Go 2 Massage Gun | 99.00/129.00 | fitness | batteryLife=3 h;speeds=3 | 680 | Black,Arctic Gray | - | Quiet enough to use while watching TV.
TriggerPoint | GRID 13 | TriggerPoint GRID Foam Roller 13 in | 36.99 | fitness | material=EVA foam over hollow core;length=13 in | 700 | Black,Orange,Pink | - | The textured surface mimics a massage therapist's hands.
WOD Nation | Speed Jump Rope | WOD Nation Adjustable Speed Jump Rope | 14.99 | fitness | length=adjustable to 10 ft | 150 | Black,Pink,Blue | - | Ball bearings in the handles keep the cable spinning smoothly for double-unders.
Hydro Flask | 32 oz Wide Mouth | Hydro Flask 32 oz Wide Mouth Water Bottle | 44.95 | hydration | capacity=32 oz;material=stainless steel, vacuum insulated | 431 | Black,Indigo,Pacific,White,Olive | - | Keeps water cold for a whole day in a hot car.
Hydro Flask | 21 oz Standard Mouth | Hydro Flask 21 oz Standard Mouth Water Bottle | 34.95 | hydration | capacity=21 oz;material=stainless steel, vacuum insulated | 340 | Black,Indigo,White,Lupine | - | Fits most cup holders and bike bottle cages.
Stanley | Quencher H2.0 40 oz | Stanley Quencher H2.0 FlowState Tumbler 40 oz | 45.00 | hydration | capacity=40 oz;material=stainless steel, vacuum insulated | 635 | Rose Quartz,Charcoal,Cream,Fog | - | The tapered base slides into a car cup holder despite its size.
YETI | Rambler 26 oz | YETI Rambler 26 oz Bottle with Chug Cap | 40.00 | hydration | capacity=26 oz;material=stainless steel, vacuum insulated | 590 | Navy,Black,White,Rescue Red | - | Dishwasher safe and nearly indestructible.
YETI | Rambler 20 oz Tumbler | YETI Rambler 20 oz Tumbler with MagSlider Lid | 35.00 | hydration | capacity=20 oz;material=stainless steel, vacuum insulated | 400 | Navy,Black,White,Seafoam | - | Keeps coffee hot through the morning commute.
CamelBak | Eddy Plus 25 oz | CamelBak Eddy+ 25 oz Water Bottle | 20.00 | hydration | capacity=25 oz;material=Tritan plastic | 200 | Black,Dusk Blue,Moss | - | A bite valve means no spills when you tip it.
Nalgene | Sustain 32 oz | Nalgene Sustain 32 oz Wide Mouth Bottle | 15.99 | hydration | capacity=32 oz;material=Tritan Renew plastic | 180 | Clear,Blue,Green,Pink | - | A camping classic that survives drops and boiling water.
Osprey | Talon 22 | Osprey Talon 22 Hiking Daypack | 129.99/160.00 | camping | capacity=22 L | 850 | Stealth Black,Ceramic Blue | - | A ventilated back panel keeps you cooler on steep climbs.
Osprey | Atmos AG 65 | Osprey Atmos AG 65 Backpacking Pack | 340.00 | camping | capacity=65 L | 2090 | Black,Venturi Blue | S/M:0;L/XL:0 | A suspended mesh back spreads the load on multi-day treks.
Osprey | Daylite Plus 20 | Osprey Daylite Plus 20 Daypack | 75.00 | camping | capacity=20 L | 570 | Black,Wild Blossom,Night Shift Green | - | A simple daypack that also works for school or the office.
Black Diamond | Spot 400 | Black Diamond Spot 400 Headlamp | 39.95/49.95 | camping | brightness=400 lumens;waterResistance=IPX8 | 86 | Black,Octane,Azul | - | A red night-vision mode saves your eyes and your tent mates.
Petzl | Actik Core | Petzl Actik Core Rechargeable Headlamp | 79.95 | camping | brightness=600 lumens;waterResistance=IPX4 | 75 | Black,Blue,Red | - | Runs on its rechargeable pack or on AAA batteries in a pinch.
Coleman | Sundome 4-Person | Coleman Sundome 4-Person Camping Tent | 79.99/99.99 | camping | capacity=4 person;setup=10 min | 4500 | Green Navy | - | Pitches in about ten minutes with color-coded poles.
Jetboil | Flash | Jetboil Flash Cooking System | 129.95 | camping | capacity=1 L;boilTime=100 s | 371 | Carbon,Wild | - | Boils water in about a hundred seconds for coffee or a freeze-dried meal.
Kelty | Cosmic 20 | Kelty Cosmic 20 Down Sleeping Bag | 149.95/179.95 | camping | temperatureRating=20 °F;fill=550 fill down | 1200 | Fallen Rock | Regular:0;Long:20 | Packs down small enough for a weekend backpack.
Therm-a-Rest | NeoAir XLite NXT | Therm-a-Rest NeoAir XLite NXT Sleeping Pad | 229.95 | camping | rValue=4.5;thickness=3 in | 370 | Lemon Curry | Regular:0;Large:30 | Three inches of air, and it folds to the size of a water bottle.
Giro | Register MIPS | Giro Register MIPS Bike Helmet | 69.95 | cycling | size=universal adult;protection=MIPS | 290 | Matte Black,Matte Titanium,Matte Blue | - | A dial at the back fits it to your head in seconds.
Garmin | Edge 540 | Garmin Edge 540 GPS Bike Computer | 349.99 | cycling | batteryLife=26 h;screenSize=2.6 in | 80 | Black | - | Climb planning shows how far and how steep the next hill is.
Kryptonite | Evolution Mini-7 | Kryptonite Evolution Mini-7 Bike U-Lock with Cable | 84.95 | cycling | material=hardened steel;security=9/15 | 1560 | Black Orange | - | A compact lock that still fits around a wheel and a rack.
Wahoo | KICKR CORE | Wahoo KICKR CORE Smart Indoor Bike Trainer | 499.99/599.99 | cycling | maxPower=1800 W;connectivity=Bluetooth, ANT+ | 18000 | Black | - | Works with Zwift and other training apps for winter rides.
Wilson | Evolution Basketball | Wilson Evolution Indoor Game Basketball | 69.99/79.99 | team | material=composite leather | 620 | Black Brown | Size 6:0;Size 7:0 | The soft cushioned cover gives a confident grip.
Wilson | NFL Super Grip | Wilson NFL Super Grip Composite Football | 24.99 | team | material=composite leather;size=official | 420 | Brown | - | Deep pebbling makes it easy to catch and throw.
Nike | Academy Soccer Ball | Nike Academy Soccer Ball | 25.00 | team | material=TPU | 420 | White Blue,White Black,Volt | Size 3:0;Size 4:0;Size 5:0 | A grooved casing keeps flight consistent.
Wilson | Clash 100 v2 | Wilson Clash 100 v2 Tennis Racket | 249.00 | racket | headSize=100 sq in;strung=unstrung | 295 | Black Red | - | A flexible frame that is easy on the arm.
Babolat | Pure Drive | Babolat Pure Drive Tennis Racket | 269.00 | racket | headSize=100 sq in;strung=unstrung | 300 | Blue | - | Easy power from the baseline.
Head | Ti S6 | Head Ti S6 Tennis Racket | 59.99/79.99 | racket | headSize=115 sq in;strung=pre-strung | 225 | Blue | - | An oversized head and light frame suit beginners.
Penn | Championship Tennis Balls | Penn Championship Extra Duty Tennis Balls, 3-Pack | 4.99 | racket | pieces=3 | 170 | Yellow | - | Felt built for hard courts.
JOOLA | Ben Johns Hyperion CFS 16 | JOOLA Ben Johns Hyperion CFS 16 Pickleball Paddle | 199.95/249.95 | racket | core=16 mm polymer | 230 | Black | - | A carbon friction surface adds spin to every dink.
Franklin Sports | X-40 Pickleballs | Franklin Sports X-40 Outdoor Pickleballs, 3-Pack | 9.99 | racket | pieces=3 | 80 | Optic Yellow | - | Durable one-piece balls that fly true in the wind.
Titleist | Pro V1 | Titleist Pro V1 Golf Balls, 12-Pack | 54.99 | golf | pieces=12 | 550 | White,Yellow | - | Tour-level spin around the green.
Callaway | Supersoft | Callaway Supersoft Golf Balls, 12-Pack | 24.99 | golf | pieces=12 | 550 | White,Yellow,Red Matte | - | Very low compression for a soft feel and straight flight.
`;

const LEAF: Readonly<Record<string, string>> = {
  yoga: 'Yoga',
  fitness: 'Fitness',
  hydration: 'Hydration',
  camping: 'Camping & Hiking',
  cycling: 'Cycling',
  team: 'Team Sports',
  racket: 'Racket Sports',
  golf: 'Golf',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const sizes = row.get('sizes') ? [axis('size', row.get('sizes'))] : [];
  const leaf = row.get('leaf');
  const extra = pairs(row.get('attrs'));
  const { weight: statedWeight, ...rest } = extra;
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: `Sports & Outdoors > ${LEAF[leaf] ?? 'Sports'}`,
    ...price,
    attrs: { ...colours.attrs, ...rest, weight: statedWeight ?? weight(Number(row.get('grams'))) },
    tags: [
      'sports',
      (LEAF[leaf] ?? '').toLowerCase(),
      when(leaf === 'camping', 'outdoor'),
      when(leaf === 'hydration', 'water bottle'),
    ],
    words: {
      sport: (LEAF[leaf] ?? 'sports').toLowerCase(),
      capacity: extra.capacity,
      material: extra.material,
      thickness: extra.thickness,
      brightness: extra.brightness,
      insulated: flag(extra.material?.includes('vacuum')),
      yoga: flag(leaf === 'yoga'),
      outdoor: flag(leaf === 'camping' || leaf === 'cycling'),
      budget: flag(price.priceCents < 3000),
    },
    hook: row.get('hook'),
    axes: [...colours.axes, ...sizes],
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is reliable kit for {sport}.',
    '{brand} makes the {model} for people who train, play and explore often.',
    'Built to be used hard, the {name} is a favorite for {sport}.',
    '{?yoga}The {name} is a {thickness} mat that stays put through every pose.',
    '{?outdoor}The {name} is made for trails, campsites and long days outside.',
    '{?budget}The {name} is an inexpensive way to kit out for {sport}.',
  ],
  features: [
    '[capacity]It holds {capacity}.',
    '[material]Made from {material}.',
    '[insulated]{?insulated}Double-wall insulation keeps drinks cold for hours and stops the outside sweating.',
    '[brightness]Up to {brightness} light up the path ahead.',
    '[care]{?yoga}Wipe it down with a damp cloth after practice.',
  ],
  uses: [
    'Great for beginners and regulars alike.',
    '{?outdoor}Ideal for weekend hikes and camping trips.',
    'A thoughtful gift for an active friend.',
  ],
  closers: ['Backed by the manufacturer warranty.'],
};

/** Sports and outdoor gear. */
export const sports: CategoryDef = {
  key: 'sports',
  prefix: 'spo',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
