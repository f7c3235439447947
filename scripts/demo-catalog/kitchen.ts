import { colourPlan, flag, list, makeSpec, priceCell, type Row, table, weight, when } from './table.ts';
import { withArticle } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'price',
  'leaf',
  'type',
  'capacity',
  'watts',
  'material',
  'grams',
  'colours',
  'hook',
];

const ROWS = `
Cuisinart | DCC-3200P1 | Cuisinart DCC-3200P1 Perfectemp 14-Cup Programmable Coffee Maker | 79.95/99.95 | coffee | drip coffee maker | 14 cups | 1100 | stainless steel | 3200 | Black Stainless | A bold setting slows the brew for a stronger cup.
Mr. Coffee | 12-Cup Programmable | Mr. Coffee 12-Cup Programmable Coffee Maker | 39.99 | coffee | drip coffee maker | 12 cups | 900 | plastic | 2000 | Black | Set it the night before and wake up to a full pot.
Hamilton Beach | FlexBrew Trio | Hamilton Beach FlexBrew Trio 2-Way Coffee Maker | 69.99/89.99 | coffee | drip and single-serve coffee maker | 12 cups | 1000 | plastic | 3500 | Black | Brew a full carafe on one side or a single mug with a pod or grounds on the other.
Keurig | K-Mini | Keurig K-Mini Single Serve Coffee Maker | 59.99/79.99 | coffee | pod coffee maker | 12 oz | 1470 | plastic | 2200 | Black,Studio Gray,Evening Teal,Dusty Rose | Less than five inches wide, it fits in the smallest kitchen or office nook.
Keurig | K-Classic | Keurig K-Classic Single Serve K-Cup Pod Coffee Maker | 99.99/149.99 | coffee | pod coffee maker | 48 oz reservoir | 1500 | plastic | 3500 | Black | A big water tank brews six cups before you refill it.
Ninja | CFP301 DualBrew Pro | Ninja CFP301 DualBrew Pro Specialty Coffee System | 179.99/229.99 | coffee | drip and single-serve coffee maker | 12 cups | 1500 | plastic | 5300 | Black | A fold-away frother turns hot or cold milk into foam for lattes.
Ninja | CE251 | Ninja CE251 Programmable Drip Coffee Brewer 12-Cup | 69.99 | coffee | drip coffee maker | 12 cups | 1100 | plastic | 2700 | Black Stainless | A hot plate keeps coffee warm for up to four hours.
Breville | Barista Express | Breville Barista Express Espresso Machine BES870XL | 599.95/699.95 | coffee | espresso machine | 2 L water tank | 1600 | stainless steel | 10400 | Brushed Stainless Steel,Black Truffle,Sea Salt | A built-in conical burr grinder goes from beans to espresso in under a minute.
Breville | Bambino Plus | Breville Bambino Plus Espresso Machine BES500 | 499.95 | coffee | espresso machine | 1.9 L water tank | 1560 | stainless steel | 5500 | Brushed Stainless Steel,Black Truffle | It heats up in three seconds and froths milk automatically.
Breville | Precision Brewer | Breville Precision Brewer Thermal Coffee Maker BDC450 | 299.95 | coffee | drip coffee maker | 12 cups | 1650 | stainless steel | 5900 | Brushed Stainless Steel | Gold Cup mode brews at the temperature coffee experts recommend.
Nespresso | Vertuo Pop Plus | Nespresso Vertuo Pop+ Coffee and Espresso Machine | 99.00/149.00 | coffee | pod coffee maker | 0.8 L water tank | 1260 | plastic | 3700 | Aqua Mint,Coconut White,Liquorice Black | Barcode-read capsules set the right brew for each cup size.
De'Longhi | Dedica Duo EC685 | De'Longhi Dedica Duo EC685 Espresso Machine | 249.95/299.95 | coffee | espresso machine | 1.1 L water tank | 1300 | stainless steel | 4200 | Silver,Black,Red | Only six inches wide, it leaves room on a crowded counter.
De'Longhi | Magnifica Evo | De'Longhi Magnifica Evo Fully Automatic Espresso Machine | 899.95 | coffee | espresso machine | 1.8 L water tank | 1450 | plastic | 9000 | Titanium Black | One touch grinds, tamps and brews seven drinks.
Philips | 3200 LatteGo | Philips 3200 Series Fully Automatic Espresso Machine with LatteGo | 649.99/799.99 | coffee | espresso machine | 1.8 L water tank | 1500 | plastic | 8000 | Black | The two-part milk system rinses clean in seconds.
Bodum | Chambord 8-Cup | Bodum Chambord French Press Coffee Maker 8-Cup | 39.99 | coffee | French press | 1 L | - | glass and steel | 800 | Chrome,Copper,Black | No power, no paper filters, just coffee and hot water.
Hario | V60 Kit | Hario V60 Pour-Over Coffee Starter Kit | 29.99 | coffee | pour-over coffee maker | 1–4 cups | - | ceramic and glass | 600 | White | The spiral ribs inside the cone help water flow evenly.
OXO | Brew 8-Cup | OXO Brew 8-Cup Coffee Maker | 149.99/199.99 | coffee | drip coffee maker | 8 cups | 1400 | stainless steel | 4000 | Stainless Steel | A rainmaker showerhead soaks the grounds evenly.
Chemex | Classic 6-Cup | Chemex Classic Series 6-Cup Pour-Over Glass Coffee Maker | 49.95 | coffee | pour-over coffee maker | 6 cups | - | glass | 500 | Natural Wood Collar | Thick filters make a clean, bright cup.
Fellow | Stagg EKG | Fellow Stagg EKG Electric Gooseneck Kettle | 165.00 | kettle | gooseneck kettle | 0.9 L | 1200 | stainless steel | 1100 | Matte Black,Matte White,Polished Steel | Set the temperature to the degree for green tea or pour-over.
Cuisinart | CPK-17 PerfecTemp | Cuisinart CPK-17 PerfecTemp 1.7 L Electric Kettle | 79.95/99.95 | kettle | electric kettle | 1.7 L | 1500 | stainless steel | 1400 | Stainless Steel | Six preset temperatures for different teas and coffee.
Hamilton Beach | 40880 | Hamilton Beach 1.7 L Electric Kettle | 29.99 | kettle | electric kettle | 1.7 L | 1500 | plastic | 1000 | White,Black | Boils a full kettle in a few minutes and switches itself off.
COSORI | Gooseneck | COSORI Electric Gooseneck Kettle with Temperature Control | 69.99 | kettle | gooseneck kettle | 0.8 L | 1200 | stainless steel | 1100 | Matte Black | A hold mode keeps water at temperature for an hour.
Ninja | BL610 | Ninja BL610 Professional Blender 72 oz | 89.99/99.99 | blender | countertop blender | 72 oz | 1000 | BPA-free plastic | 3500 | Black | Crushes ice into snow for frozen drinks.
Ninja | BN701 Professional Plus | Ninja BN701 Professional Plus Blender with Auto-iQ | 129.99 | blender | countertop blender | 72 oz | 1400 | BPA-free plastic | 4000 | Black | Preset programs pulse and pause for smoothies, frozen drinks and ice cream.
Vitamix | E310 Explorian | Vitamix E310 Explorian Blender 48 oz | 289.95/349.95 | blender | countertop blender | 48 oz | 1380 | BPA-free plastic | 5000 | Black,Red,Slate | Ten speeds and a pulse switch for everything from salsa to soup.
Vitamix | 5200 | Vitamix 5200 Blender 64 oz | 449.95 | blender | countertop blender | 64 oz | 1380 | BPA-free plastic | 5000 | Black,White,Red | The blades spin fast enough to heat soup through friction.
NutriBullet | Pro 900 | NutriBullet Pro 900 Personal Blender | 79.99/89.99 | blender | personal blender | 32 oz | 900 | BPA-free plastic | 2200 | Matte Black,Champagne | Blend in the cup, twist on a lid and take it with you.
Ninja | AF101 | Ninja AF101 Air Fryer 4 Quart | 89.99/129.99 | airfryer | basket air fryer | 4 qt | 1550 | nonstick ceramic-coated basket | 4900 | Black Gray | Also roasts, reheats and dehydrates.
Ninja | DZ201 Foodi DualZone | Ninja DZ201 Foodi 8-Quart 6-in-1 DualZone Air Fryer | 159.99/199.99 | airfryer | dual basket air fryer | 8 qt | 1690 | nonstick basket | 8200 | Black | Two baskets cook two foods two ways and finish at the same time.
COSORI | Pro LE 5-Qt | COSORI Pro LE 5-Qt Air Fryer | 79.99/99.99 | airfryer | basket air fryer | 5 qt | 1500 | nonstick basket | 4400 | Black,White,Gray | Quiet enough to run while you talk in the kitchen.
Instant | Vortex Plus 6-Quart | Instant Vortex Plus 6-Quart Air Fryer with ClearCook | 99.99/139.99 | airfryer | basket air fryer | 6 qt | 1700 | nonstick basket | 5800 | Black | A window and internal light show how the food is browning.
Philips | Airfryer XXL | Philips Premium Airfryer XXL | 249.95/299.95 | airfryer | basket air fryer | 7.3 qt | 2225 | nonstick basket | 8300 | Black | Fat removal technology separates and captures excess fat.
Philips | 3000 Series Airfryer L | Philips 3000 Series Airfryer L | 119.95 | airfryer | basket air fryer | 4.1 qt | 1400 | nonstick basket | 4000 | Black | Rapid air cooks fries crisp with a spoonful of oil.
KitchenAid | Artisan 5-Quart | KitchenAid Artisan Series 5-Quart Tilt-Head Stand Mixer | 449.99 | mixer | stand mixer | 5 qt | 325 | die-cast metal | 10800 | Empire Red,Onyx Black,White,Aqua Sky,Pistachio,Matte Black | Ten speeds and a power hub that takes attachments from pasta rollers to mincers.
KitchenAid | Classic 4.5-Quart | KitchenAid Classic Series 4.5-Quart Tilt-Head Stand Mixer | 279.99/329.99 | mixer | stand mixer | 4.5 qt | 275 | die-cast metal | 10000 | White,Onyx Black | The mixer that has been on wedding lists for generations, in its simplest form.
KitchenAid | 5-Speed Hand Mixer | KitchenAid 5-Speed Ultra Power Hand Mixer | 69.99 | mixer | hand mixer | - | 60 | plastic | 900 | Empire Red,White,Onyx Black,Aqua Sky | Light enough to hold for a whole batch of meringue.
Cuisinart | SM-50 | Cuisinart SM-50 5.5-Quart Stand Mixer | 199.95/299.95 | mixer | stand mixer | 5.5 qt | 500 | die-cast metal | 7600 | White,Silver,Red | Twelve speeds and a splash guard keep flour where it belongs.
Lodge | 10.25 Inch Skillet | Lodge 10.25 Inch Cast Iron Skillet | 24.90 | cookware | skillet | 10.25 in | - | cast iron | 2300 | Black | Pre-seasoned and ready for searing, baking and campfires.
Le Creuset | Signature 5.5 Qt | Le Creuset Signature Enameled Cast Iron Round Dutch Oven 5.5 Qt | 449.95 | cookware | dutch oven | 5.5 qt | - | enameled cast iron | 5200 | Flame,Cerise,Marseille,Sea Salt | A pot that goes from stovetop to oven to table and lasts decades.
Staub | Round Cocotte 4 Qt | Staub Cast Iron Round Cocotte 4 Qt | 369.00 | cookware | dutch oven | 4 qt | - | enameled cast iron | 4500 | Black Matte,Grenadine,Dark Blue | Spikes under the lid drip moisture back onto the food.
T-fal | Ultimate Hard Anodized 12-Piece | T-fal Ultimate Hard Anodized Nonstick Cookware Set, 12 Piece | 129.99/179.99 | cookware | cookware set | 12 pieces | - | hard anodized aluminum | 7800 | Gray | A red spot in the middle of each pan tells you when it is properly preheated.
All-Clad | D3 10-Piece | All-Clad D3 Stainless Steel Cookware Set, 10 Piece | 699.99/899.99 | cookware | cookware set | 10 pieces | - | tri-ply stainless steel | 9500 | Stainless Steel | Bonded layers spread heat evenly up the sides of each pan.
Cuisinart | Chef's Classic 11-Piece | Cuisinart Chef's Classic Nonstick Cookware Set, 11 Piece | 199.99 | cookware | cookware set | 11 pieces | - | nonstick aluminum | 7000 | Black | Tempered glass lids let you watch without losing heat.
OXO | Good Grips Pro 10-Inch | OXO Good Grips Pro 10-Inch Nonstick Frying Pan | 44.99 | cookware | frying pan | 10 in | - | nonstick aluminum | 1100 | Black | A comfortable stainless handle that stays cool on the stove.
Zojirushi | NS-ZCC10 | Zojirushi NS-ZCC10 Neuro Fuzzy 5.5-Cup Rice Cooker | 199.99/239.99 | rice | rice cooker | 5.5 cups | 610 | stainless steel | 4500 | White | Fuzzy logic adjusts heat and time for sushi rice, porridge and brown rice.
Aroma | ARC-914SBD | Aroma ARC-914SBD 8-Cup Digital Rice Cooker | 39.99 | rice | rice cooker | 8 cups | 500 | stainless steel | 1800 | Stainless Steel | A steam tray cooks vegetables above the rice.
Instant Pot | Duo 7-in-1 6 Qt | Instant Pot Duo 7-in-1 Electric Pressure Cooker 6 Qt | 79.95/99.95 | rice | multi-cooker | 6 qt | 1000 | stainless steel | 5400 | Stainless Steel Black | Pressure cooks, slow cooks, steams, sautés and makes rice and yogurt.
Breville | Smart Oven Air Fryer Pro | Breville Smart Oven Air Fryer Pro BOV900 | 349.95/399.95 | toaster | toaster oven | 1 cu ft | 1800 | stainless steel | 18000 | Brushed Stainless Steel | Big enough for a 14-pound turkey, with air fry and dehydrate modes.
Cuisinart | CPT-122 | Cuisinart CPT-122 Compact 2-Slice Toaster | 39.95 | toaster | toaster | 2 slices | 850 | stainless steel | 1600 | Stainless Steel | Wide slots fit bagels and thick bread.
Smeg | TSF01 | Smeg TSF01 50s Style 2-Slice Toaster | 179.95 | toaster | toaster | 2 slices | 950 | stainless steel | 2600 | Pastel Blue,Cream,Black,Red | Retro curves and six browning levels.
Breville | Die-Cast 2-Slice | Breville Die-Cast 2-Slice Smart Toaster | 179.95 | toaster | toaster | 2 slices | 1000 | die-cast metal | 3300 | Brushed Stainless Steel | A motorised lift lowers and raises bread at the touch of a button.
`;

const LEAF: Readonly<Record<string, string>> = {
  coffee: 'Coffee Makers',
  kettle: 'Kettles',
  blender: 'Blenders',
  airfryer: 'Air Fryers',
  mixer: 'Mixers',
  cookware: 'Cookware',
  rice: 'Rice Cookers & Multi-Cookers',
  toaster: 'Toasters & Ovens',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const leaf = row.get('leaf');
  const type = row.get('type');
  const watts = row.get('watts');
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: `Home & Kitchen > Kitchen > ${LEAF[leaf] ?? 'Kitchen'}`,
    ...price,
    attrs: {
      ...colours.attrs,
      type,
      capacity: row.get('capacity'),
      wattage: watts ? `${watts} W` : '',
      material: row.get('material'),
      weight: weight(Number(row.get('grams'))),
    },
    tags: [
      'kitchen',
      type,
      when(leaf === 'coffee', 'coffee maker'),
      when(leaf === 'coffee', 'coffee'),
      when(/espresso/.test(type), 'espresso'),
      when(watts, 'appliance'),
    ],
    words: {
      type,
      aType: withArticle(type),
      holds: /(cups?|qt|L|oz)$/.test(row.get('capacity')) ? row.get('capacity') : '',
      tankPhrase: /tank|reservoir/.test(row.get('capacity')) ? withArticle(row.get('capacity')) : '',
      pieces: /pieces$/.test(row.get('capacity')) ? row.get('capacity') : '',
      watts,
      material: row.get('material'),
      electric: flag(watts),
      manual: watts ? '' : 'yes',
      coffee: flag(leaf === 'coffee'),
      cookware: flag(leaf === 'cookware'),
      induction: flag(leaf === 'cookware' && /cast iron|stainless/.test(row.get('material'))),
      budget: flag(price.priceCents < 5000),
    },
    hook: row.get('hook'),
    axes: colours.axes,
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is {aType} that earns its place on the counter.',
    '{!coffee}{brand} designed the {model} for everyday cooking without fuss.',
    '{?coffee}{brand} designed the {model} for a better cup at home without fuss.',
    'Make more at home with the {name}, a dependable {type}.',
    '{?coffee}The {name} is {aType} for better mornings.',
    '{?cookware}The {name} is {material} cookware built to last for years.',
    '{?budget}The {name} is an inexpensive {type} that does the job well.',
  ],
  features: [
    '[capacity]It holds {holds}.',
    '[capacity]It has {tankPhrase}.',
    '[capacity]The set includes {pieces}.',
    '[power]{?electric}A {watts} W element heats quickly.',
    '[material]Made from {material}.',
    '[clean]{?electric}Removable parts make cleaning quick.',
    '[manual]{?manual}It needs no electricity, so it works anywhere with hot water or a stove.',
  ],
  uses: [
    'Great for busy weekday mornings and lazy weekend brunches.',
    '{?coffee}A good gift for the coffee lover in the house.',
    '{?induction}Works on gas, electric and induction cooktops.',
    'Suits small apartments and family kitchens alike.',
  ],
  closers: [
    '{?electric}Backed by a one-year limited warranty.',
    'Check the care guide before the first use.',
  ],
};

/** Kitchen appliances and cookware. */
export const kitchen: CategoryDef = {
  key: 'kitchen',
  prefix: 'kit',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
