import {
  axis,
  cents,
  colourPlan,
  flag,
  list,
  makeSpec,
  priceCell,
  type Row,
  table,
  weight,
} from './table.ts';
import { withArticle } from './text.ts';
import type { CategoryDef, Listing, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'inches',
  'chip',
  'ram',
  'storage',
  'price',
  'grams',
  'colours',
  'cellular',
  'hook',
];

// cellular: dollars a Wi-Fi + Cellular model adds; that version is listed separately.
const ROWS = `
Apple | iPad A16 | Apple iPad 11-inch (A16) | 11 | A16 | 6 | 128 GB:0;256 GB:100;512 GB:300 | 349.00 | 477 | Blue,Pink,Yellow,Silver | 150 | It works with the USB-C Apple Pencil and a snap-on keyboard folio.
Apple | iPad Air 11 M3 | Apple iPad Air 11-inch (M3) | 11 | Apple M3 | 8 | 128 GB:0;256 GB:100;512 GB:300 | 599.00 | 460 | Space Gray,Blue,Purple,Starlight | 150 | Laptop-class speed in a tablet that weighs under half a kilogram.
Apple | iPad Air 13 M3 | Apple iPad Air 13-inch (M3) | 13 | Apple M3 | 8 | 128 GB:0;256 GB:100;512 GB:300 | 799.00 | 616 | Space Gray,Blue,Purple,Starlight | 150 | A big canvas for drawing, music production and side-by-side apps.
Apple | iPad Pro 11 M4 | Apple iPad Pro 11-inch (M4) | 11 | Apple M4 | 8 | 256 GB:0;512 GB:200;1 TB:600 | 999.00 | 444 | Space Black,Silver | 200 | A tandem OLED screen that is bright enough for HDR editing outdoors.
Apple | iPad mini A17 Pro | Apple iPad mini (A17 Pro) | 8.3 | A17 Pro | 8 | 128 GB:0;256 GB:100;512 GB:300 | 499.00 | 293 | Space Gray,Blue,Purple,Starlight | 150 | Small enough to hold in one hand for reading, maps and notes.
Samsung | Galaxy Tab S10 Plus | Samsung Galaxy Tab S10+ Android Tablet | 12.4 | Dimensity 9300+ | 12 | 256 GB:0;512 GB:120 | 999.99 | 571 | Moonstone Gray,Platinum Silver | - | The S Pen is in the box and clips magnetically to the back.
Samsung | Galaxy Tab S9 FE | Samsung Galaxy Tab S9 FE Android Tablet | 10.9 | Exynos 1380 | 6 | 128 GB:0;256 GB:80 | 329.99/449.99 | 523 | Gray,Silver,Mint,Lavender | - | An IP68 rating means it can survive a spill at the kitchen table or a dunk in the bath.
Samsung | Galaxy Tab A9 Plus | Samsung Galaxy Tab A9+ Android Tablet | 11 | Snapdragon 695 | 4 | 64 GB:0;128 GB:50 | 219.99 | 480 | Graphite,Silver,Navy | - | Quad speakers make it a good family movie screen.
Amazon | Fire HD 10 | Amazon Fire HD 10 Tablet (2023) | 10.1 | octa-core 2.0 GHz | 3 | 32 GB:0;64 GB:40 | 139.99 | 434 | Black,Lilac,Ocean | - | An inexpensive tablet for streaming, reading and video calls.
Amazon | Fire 7 Kids | Amazon Fire 7 Kids Tablet with Kid-Proof Case | 7 | quad-core 2.0 GHz | 2 | 16 GB:0;32 GB:20 | 109.99 | 465 | Blue,Purple,Red | - | A two-year worry-free guarantee covers drops and spills.
Amazon | Fire Max 11 | Amazon Fire Max 11 Tablet | 11 | octa-core 2.2 GHz | 4 | 64 GB:0;128 GB:50 | 229.99 | 490 | Gray | - | An aluminum body feels sturdier than earlier Fire tablets.
Lenovo | Tab M11 | Lenovo Tab M11 Android Tablet | 11 | MediaTek Helio G88 | 4 | 64 GB:0;128 GB:30 | 179.99 | 465 | Luna Grey | - | A pen is included for doodles and handwritten notes.
Lenovo | Tab P12 | Lenovo Tab P12 Android Tablet | 12.7 | Dimensity 7050 | 8 | 128 GB:0 | 349.99 | 615 | Storm Grey | - | A 3K screen with room for two apps side by side.
Microsoft | Surface Pro 11 | Microsoft Surface Pro 11th Edition 13-inch 2-in-1 Tablet | 13 | Snapdragon X Plus | 16 | 256 GB:0;512 GB:200 | 999.99 | 895 | Platinum,Black,Sapphire,Dune | - | A built-in kickstand and a clip-on keyboard turn it into a full Windows laptop.
OnePlus | Pad 2 | OnePlus Pad 2 Android Tablet | 12.1 | Snapdragon 8 Gen 3 | 12 | 256 GB:0 | 549.99 | 584 | Nimbus Gray | - | Six speakers and a 144 Hz screen for movies and games.
`;

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const storage = axis('storage', row.get('storage'));
  const axes = storage.values.length > 1 ? [...colours.axes, storage] : colours.axes;
  const cellular = row.get('cellular');
  const listings: Listing[] = cellular
    ? [
        { suffix: 'Wi-Fi', attrs: { connectivity: 'Wi-Fi' } },
        {
          suffix: 'Wi-Fi + Cellular',
          attrs: { connectivity: 'Wi-Fi + 5G' },
          addCents: cents(cellular),
          words: { cell: 'yes' },
        },
      ]
    : [{ suffix: '', attrs: { connectivity: 'Wi-Fi' } }];
  const brand = row.get('brand');
  return makeSpec({
    brand,
    model: row.get('model'),
    title: row.get('title'),
    path: 'Electronics > Computers > Tablets',
    ...price,
    attrs: {
      ...colours.attrs,
      storage: storage.values.length > 1 ? undefined : storage.values[0]?.value,
      screenSize: `${row.get('inches')} in`,
      cpu: row.get('chip'),
      ram: `${row.get('ram')} GB`,
      weight: weight(Number(row.get('grams'))),
      os:
        brand === 'Apple'
          ? 'iPadOS'
          : brand === 'Microsoft'
            ? 'Windows 11 Home'
            : brand === 'Amazon'
              ? 'Fire OS'
              : 'Android',
    },
    tags: ['tablet', brand === 'Apple' ? 'ipad' : '', /Kids/.test(row.get('title')) ? 'kids' : ''],
    words: {
      inches: row.get('inches'),
      aInches: withArticle(`${row.get('inches')}-inch`),
      chip: row.get('chip'),
      ram: row.get('ram'),
      grams: row.get('grams'),
      minStorage: storage.values[0]?.value,
      budget: flag(price.priceCents < 25000),
      kids: flag(/Kids/.test(row.get('title'))),
    },
    hook: row.get('hook'),
    axes,
    listings,
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is {aInches} tablet powered by the {chip}.',
    '{brand} built the {model} for reading, streaming and getting things done on the couch.',
    '{aInches} screen and {minStorage} of storage to start: the {name} is an easy everyday tablet.',
    '{?budget}The {name} is an affordable tablet for movies, books and video calls.',
    '{?kids}The {name} is a tablet made for children, with parental controls from day one.',
  ],
  features: [
    '[weight]At {grams} grams it is comfortable to hold for a long read.',
    '[memory]{ram} GB of memory keeps apps responsive.',
    '[storage]Storage starts at {minStorage}, with bigger options for offline movies.',
    '[cell]{?cell}This version adds a cellular modem, so it stays online away from Wi-Fi.',
  ],
  uses: [
    'Handy for recipes in the kitchen, homework and travel.',
    'A good second screen for notes during meetings.',
    '{?kids}Great for car journeys and quiet time.',
  ],
  closers: ['A USB-C cable comes in the box.', 'Software updates arrive over the air.'],
};

/** Tablets, with storage and color variants and separate cellular listings. */
export const tablets: CategoryDef = {
  key: 'tablets',
  prefix: 'tab',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
