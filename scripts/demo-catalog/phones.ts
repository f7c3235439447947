import { axis, colourPlan, flag, list, makeSpec, priceCell, type Row, table, weight, when } from './table.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'inches',
  'chip',
  'ram',
  'storage',
  'price',
  'camera',
  'mah',
  'grams',
  'colours',
  'hook',
];

// storage: "128 GB:0;256 GB:100" adds dollars to the base price per option.
const ROWS = `
Apple | iPhone 16 | Apple iPhone 16 5G Smartphone (Unlocked) | 6.1 | A18 | 8 | 128 GB:0;256 GB:100;512 GB:300 | 799.00 | 48 MP Fusion | 3561 | 170 | Black,White,Pink,Teal,Ultramarine | A new Camera Control button on the side opens the camera and adjusts zoom with a slide.
Apple | iPhone 16 Plus | Apple iPhone 16 Plus 5G Smartphone (Unlocked) | 6.7 | A18 | 8 | 128 GB:0;256 GB:100;512 GB:300 | 899.00 | 48 MP Fusion | 4674 | 199 | Black,White,Pink,Teal,Ultramarine | The larger battery comfortably outlasts a long day of maps and messages.
Apple | iPhone 16 Pro | Apple iPhone 16 Pro 5G Smartphone (Unlocked) | 6.3 | A18 Pro | 8 | 128 GB:0;256 GB:100;512 GB:300;1 TB:500 | 999.00 | 48 MP triple with 5x telephoto | 3582 | 199 | Black Titanium,White Titanium,Natural Titanium,Desert Titanium | A titanium frame keeps it light for its size, and the 5x telephoto reaches across a stadium.
Apple | iPhone 16 Pro Max | Apple iPhone 16 Pro Max 5G Smartphone (Unlocked) | 6.9 | A18 Pro | 8 | 256 GB:0;512 GB:200;1 TB:400 | 1199.00 | 48 MP triple with 5x telephoto | 4685 | 227 | Black Titanium,White Titanium,Natural Titanium,Desert Titanium | The biggest iPhone screen yet, with slimmer borders around it.
Apple | iPhone 16e | Apple iPhone 16e 5G Smartphone (Unlocked) | 6.1 | A18 | 8 | 128 GB:0;256 GB:100;512 GB:300 | 599.00 | 48 MP Fusion | 4005 | 167 | Black,White | A simpler, more affordable way into the current iPhone line-up.
Apple | iPhone 15 | Apple iPhone 15 5G Smartphone (Unlocked) | 6.1 | A16 Bionic | 6 | 128 GB:0;256 GB:100 | 699.00 | 48 MP main | 3349 | 171 | Black,Blue,Green,Yellow,Pink | Color-infused back glass gives each finish a soft, frosted look.
Samsung | Galaxy S25 | Samsung Galaxy S25 5G Smartphone (Unlocked) | 6.2 | Snapdragon 8 Elite | 12 | 128 GB:0;256 GB:60 | 799.99 | 50 MP triple | 4000 | 162 | Navy,Icyblue,Mint,Silver Shadow | Compact enough for one-handed use, with flagship speed inside.
Samsung | Galaxy S25 Plus | Samsung Galaxy S25+ 5G Smartphone (Unlocked) | 6.7 | Snapdragon 8 Elite | 12 | 256 GB:0;512 GB:120 | 999.99 | 50 MP triple | 4900 | 190 | Navy,Icyblue,Mint,Silver Shadow | Faster 45 W charging fills the battery over a short coffee break.
Samsung | Galaxy S25 Ultra | Samsung Galaxy S25 Ultra 5G Smartphone (Unlocked) | 6.9 | Snapdragon 8 Elite | 12 | 256 GB:0;512 GB:120;1 TB:360 | 1299.99/1419.99 | 200 MP quad with 5x telephoto | 5000 | 218 | Titanium Silverblue,Titanium Black,Titanium Gray,Titanium Whitesilver | A built-in S Pen slides out for notes, signatures and precise photo edits.
Samsung | Galaxy S24 FE | Samsung Galaxy S24 FE 5G Smartphone (Unlocked) | 6.7 | Exynos 2400e | 8 | 128 GB:0;256 GB:60 | 529.99/649.99 | 50 MP triple | 4700 | 213 | Blue,Graphite,Gray,Mint,Yellow | Most of the flagship experience at a noticeably lower price.
Samsung | Galaxy A16 5G | Samsung Galaxy A16 5G Smartphone (Unlocked) | 6.7 | Exynos 1330 | 4 | 128 GB:0 | 199.99 | 50 MP triple | 5000 | 200 | Blue Black,Light Gray,Light Green | Six years of promised security updates is rare in a phone this affordable.
Samsung | Galaxy A36 5G | Samsung Galaxy A36 5G Smartphone (Unlocked) | 6.7 | Snapdragon 6 Gen 3 | 6 | 128 GB:0;256 GB:50 | 399.99 | 50 MP triple | 5000 | 195 | Awesome Black,Awesome Lavender,Awesome White | A bright 120 Hz AMOLED screen makes scrolling feel smooth.
Samsung | Galaxy Z Flip6 | Samsung Galaxy Z Flip6 Foldable 5G Smartphone (Unlocked) | 6.7 | Snapdragon 8 Gen 3 | 12 | 256 GB:0;512 GB:120 | 1099.99 | 50 MP dual | 4000 | 187 | Blue,Mint,Silver Shadow,Yellow | Folded, it is a small square; the cover screen handles messages without opening it.
Samsung | Galaxy Z Fold6 | Samsung Galaxy Z Fold6 Foldable 5G Smartphone (Unlocked) | 7.6 | Snapdragon 8 Gen 3 | 12 | 256 GB:0;512 GB:120;1 TB:360 | 1899.99 | 50 MP triple | 4400 | 239 | Silver Shadow,Pink,Navy | Opens into a small tablet for split-screen work and reading.
Google | Pixel 9 | Google Pixel 9 5G Smartphone (Unlocked) | 6.3 | Google Tensor G4 | 12 | 128 GB:0;256 GB:100 | 799.00 | 50 MP dual | 4700 | 198 | Obsidian,Porcelain,Wintergreen,Peony | Call screening answers spam calls for you and shows a live transcript.
Google | Pixel 9 Pro | Google Pixel 9 Pro 5G Smartphone (Unlocked) | 6.3 | Google Tensor G4 | 16 | 128 GB:0;256 GB:100;512 GB:220 | 999.00 | 50 MP triple with 5x telephoto | 4700 | 199 | Obsidian,Porcelain,Hazel,Rose Quartz | Night photos come out clean thanks to heavy computational processing.
Google | Pixel 9 Pro XL | Google Pixel 9 Pro XL 5G Smartphone (Unlocked) | 6.8 | Google Tensor G4 | 16 | 128 GB:0;256 GB:100;512 GB:220 | 1099.00 | 50 MP triple with 5x telephoto | 5060 | 221 | Obsidian,Porcelain,Hazel,Rose Quartz | A large, bright screen that is easy to read outdoors.
Google | Pixel 9a | Google Pixel 9a 5G Smartphone (Unlocked) | 6.3 | Google Tensor G4 | 8 | 128 GB:0;256 GB:100 | 499.00 | 48 MP dual | 5100 | 186 | Obsidian,Porcelain,Iris,Peony | Seven years of Android updates from one of the cheapest Pixels.
Google | Pixel 8a | Google Pixel 8a 5G Smartphone (Unlocked) | 6.1 | Google Tensor G3 | 8 | 128 GB:0;256 GB:60 | 399.00/499.00 | 64 MP dual | 4492 | 188 | Obsidian,Porcelain,Bay,Aloe | A compact Pixel with the same photo smarts as its bigger siblings.
OnePlus | 13 | OnePlus 13 5G Smartphone (Unlocked) | 6.82 | Snapdragon 8 Elite | 12 | 256 GB:0;512 GB:100 | 899.99 | 50 MP triple Hasselblad | 6000 | 210 | Black Eclipse,Midnight Ocean,Arctic Dawn | Charges from flat to full in well under an hour.
OnePlus | 13R | OnePlus 13R 5G Smartphone (Unlocked) | 6.78 | Snapdragon 8 Gen 3 | 12 | 256 GB:0 | 599.99 | 50 MP triple | 6000 | 206 | Nebula Noir,Astral Trail | A huge battery and fast charging in a mid-priced phone.
OnePlus | Nord N30 5G | OnePlus Nord N30 5G Smartphone (Unlocked) | 6.72 | Snapdragon 695 | 8 | 128 GB:0 | 299.99 | 108 MP triple | 5000 | 195 | Chromatic Gray | Dual speakers make it a good budget phone for videos.
Motorola | moto g 5G 2024 | Motorola moto g 5G (2024) Smartphone (Unlocked) | 6.6 | Snapdragon 4 Gen 1 | 4 | 128 GB:0 | 199.99 | 50 MP dual | 5000 | 189 | Sage Green | A vegan-leather back and a 120 Hz screen at an entry-level price.
Motorola | moto g power 5G 2024 | Motorola moto g power 5G (2024) Smartphone (Unlocked) | 6.7 | Dimensity 7020 | 8 | 128 GB:0 | 299.99 | 50 MP dual | 5000 | 216 | Midnight Blue,Pale Lilac | A two-day battery for people who forget to charge.
Motorola | razr 2024 | Motorola razr (2024) Foldable Smartphone (Unlocked) | 6.9 | Dimensity 7300X | 8 | 256 GB:0 | 699.99 | 50 MP dual | 4200 | 188 | Koala Grey,Spring Green,Peach Fuzz | A flip phone for people who miss snapping a call shut.
Motorola | edge 2024 | Motorola edge (2024) 5G Smartphone (Unlocked) | 6.6 | Snapdragon 7s Gen 2 | 8 | 256 GB:0 | 549.99 | 50 MP dual | 5000 | 174 | Midnight Blue | A curved pOLED screen in a slim, light body.
Nothing | Phone 3a | Nothing Phone (3a) 5G Smartphone (Unlocked) | 6.77 | Snapdragon 7s Gen 3 | 8 | 128 GB:0;256 GB:30 | 379.00 | 50 MP triple | 5000 | 201 | Black,White,Blue | Light strips on the see-through back blink for calls and timers.
Sony | Xperia 1 VI | Sony Xperia 1 VI 5G Smartphone (Unlocked) | 6.5 | Snapdragon 8 Gen 3 | 12 | 256 GB:0 | 1399.99 | 48 MP triple | 5000 | 192 | Black,Platinum Silver | A headphone jack and a microSD slot, both rare on flagships now.
Xiaomi | 14T Pro | Xiaomi 14T Pro 5G Smartphone (Unlocked) | 6.67 | Dimensity 9300+ | 12 | 512 GB:0 | 799.99 | 50 MP triple Leica | 5000 | 209 | Titan Black,Titan Blue,Titan Gray | Leica-tuned cameras give photos a natural, film-like color.
`;

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const colours = colourPlan(list(row.get('colours')), 'var');
  const storage = axis('storage', row.get('storage'));
  const axes = storage.values.length > 1 ? [...colours.axes, storage] : colours.axes;
  const firstStorage = storage.values[0]?.value ?? '';
  const foldable = /Foldable/.test(row.get('title'));
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: 'Electronics > Phones > Smartphones',
    ...price,
    attrs: {
      ...colours.attrs,
      storage: storage.values.length > 1 ? undefined : firstStorage,
      screenSize: `${row.get('inches')} in`,
      cpu: row.get('chip'),
      ram: `${row.get('ram')} GB`,
      camera: row.get('camera'),
      battery: `${row.get('mah')} mAh`,
      connectivity: '5G',
      weight: weight(Number(row.get('grams'))),
    },
    tags: [
      'smartphone',
      'phone',
      '5g',
      'unlocked',
      when(foldable, 'foldable'),
      row.get('brand') === 'Apple' ? 'iphone' : 'android',
    ],
    words: {
      inches: row.get('inches'),
      chip: row.get('chip'),
      ram: row.get('ram'),
      camera: row.get('camera'),
      mah: row.get('mah'),
      grams: row.get('grams'),
      minStorage: firstStorage,
      budget: flag(price.priceCents < 40000),
      flagship: flag(price.priceCents >= 90000),
      apple: flag(row.get('brand') === 'Apple'),
      android: row.get('brand') === 'Apple' ? '' : 'yes',
      foldable: flag(foldable),
    },
    hook: row.get('hook'),
    axes,
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} has a {inches}-inch display and runs on the {chip}.',
    '{brand} packs a {chip} and a {camera} camera system into the {model}.',
    'Fast, unlocked and ready for any carrier, the {name} starts at {minStorage} of storage.',
    '{?budget}The {name} is an affordable 5G phone that gets the basics right.',
    '{?flagship}The {name} is a flagship phone with a top-tier camera and processor.',
    '{?foldable}The {name} folds to save space and opens when you want a bigger view.',
  ],
  features: [
    '[camera]The {camera} camera handles portraits, landscapes and low light with ease.',
    '[battery]A {mah} mAh battery lasts through a busy day.',
    '[memory]{ram} GB of RAM keeps apps ready to switch between.',
    '[weight]It weighs {grams} grams.',
    '[os]{?android}It runs Android with several years of promised updates.',
    '[os]{?apple}It runs iOS and works seamlessly with a Mac, an iPad and AirPods.',
    '[storage]Storage starts at {minStorage}, with larger options for big photo libraries.',
  ],
  uses: [
    'A great upgrade from a phone that is three or four years old.',
    '{?budget}A sensible first smartphone for a teenager.',
    '{?flagship}Made for mobile photographers and heavy multitaskers.',
  ],
  closers: [
    'A USB-C cable is in the box; the charger is sold separately.',
    'Unlocked for use with all major carriers.',
  ],
};

/** Smartphones, with storage and color variants. */
export const phones: CategoryDef = {
  key: 'phones',
  prefix: 'phn',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
