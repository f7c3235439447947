import { cents, colourPlan, flag, list, makeSpec, type Row, table, weight, when } from './table.ts';
import { withArticle } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'inches',
  'display',
  'cpu',
  'gpu',
  'os',
  'grams',
  'colours',
  'configs',
  'hook',
];

// configs: "[CPU@]RAM/STORAGE/PRICE[/LIST]" separated by ";" — each becomes its own listing.
const ROWS = `
Apple | MacBook Air 13 M2 | Apple MacBook Air 13-inch Laptop (M2) | 13.6 | Liquid Retina | Apple M2 8-core | integrated 8-core GPU | macOS | 1240 | Midnight,Starlight,Space Gray,Silver | 16GB/256GB SSD/799.00/999.00;16GB/512GB SSD/999.00 | A fanless design means it makes no noise at all, even under load.
Apple | MacBook Air 13 M4 | Apple MacBook Air 13-inch Laptop (M4) | 13.6 | Liquid Retina | Apple M4 10-core | integrated 8-core GPU | macOS | 1240 | Sky Blue,Silver,Starlight,Midnight | 16GB/256GB SSD/999.00;24GB/512GB SSD/1399.00 | Battery life stretches to a full working day and then some.
Apple | MacBook Air 15 M4 | Apple MacBook Air 15-inch Laptop (M4) | 15.3 | Liquid Retina | Apple M4 10-core | integrated 10-core GPU | macOS | 1510 | Sky Blue,Silver,Starlight,Midnight | 16GB/256GB SSD/1199.00;24GB/512GB SSD/1599.00 | A big screen in a chassis that is still only about 11 mm thick.
Apple | MacBook Pro 14 M4 | Apple MacBook Pro 14-inch Laptop (M4) | 14.2 | Liquid Retina XDR | Apple M4 10-core | integrated 10-core GPU | macOS | 1550 | Space Black,Silver | 16GB/512GB SSD/1599.00;Apple M4 Pro 12-core@24GB/512GB SSD/1999.00 | The mini-LED display reaches 1000 nits for HDR photo and video work.
Apple | MacBook Pro 16 M4 Pro | Apple MacBook Pro 16-inch Laptop (M4 Pro) | 16.2 | Liquid Retina XDR | Apple M4 Pro 14-core | integrated 20-core GPU | macOS | 2140 | Space Black,Silver | 24GB/512GB SSD/2499.00;48GB/512GB SSD/2899.00 | Six speakers and a studio-quality microphone array make it a small production suite.
Lenovo | IdeaPad Slim 3 15 | Lenovo IdeaPad Slim 3 15.6-inch Laptop | 15.6 | FHD IPS | AMD Ryzen 5 7520U | integrated Radeon 610M | Windows 11 Home | 1620 | Arctic Grey | 8GB/256GB SSD/449.99;8GB/512GB SSD/529.99;16GB/512GB SSD/599.99 | A physical webcam shutter slides across when you are off camera.
Lenovo | IdeaPad Flex 5 14 | Lenovo IdeaPad Flex 5 14-inch 2-in-1 Touchscreen Laptop | 14 | WUXGA IPS touch | AMD Ryzen 7 7730U | integrated Radeon | Windows 11 Home | 1550 | Abyss Blue | 16GB/512GB SSD/679.99;16GB/1TB SSD/749.99 | The hinge folds all the way back, turning it into a tablet for reading or sketching.
Lenovo | ThinkPad E14 Gen 6 | Lenovo ThinkPad E14 Gen 6 14-inch Business Laptop | 14 | WUXGA IPS | Intel Core Ultra 5 125U | integrated Intel Graphics | Windows 11 Pro | 1440 | Black | 16GB/512GB SSD/769.00;32GB/1TB SSD/949.00 | The keyboard has the deep travel ThinkPads are known for, plus the red TrackPoint.
Lenovo | ThinkPad X1 Carbon Gen 12 | Lenovo ThinkPad X1 Carbon Gen 12 14-inch Business Laptop | 14 | 2.8K OLED | Intel Core Ultra 7 155U | integrated Intel Graphics | Windows 11 Pro | 1090 | Black | 16GB/512GB SSD/1649.00;32GB/1TB SSD/1849.00 | A carbon-fiber lid keeps it just over a kilogram.
Lenovo | Legion 5 Gen 9 | Lenovo Legion 5 16-inch Gaming Laptop | 16 | WQXGA 165Hz | Intel Core i7-14650HX | NVIDIA GeForce RTX 4060 | Windows 11 Home | 2400 | Luna Grey | 16GB/1TB SSD/1299.99;32GB/1TB SSD/1449.99 | A tuned cooling system keeps frame rates steady in long sessions.
Lenovo | Yoga 7i 16 | Lenovo Yoga 7i 16-inch 2-in-1 Laptop | 16 | WUXGA OLED touch | Intel Core Ultra 5 125U | integrated Intel Graphics | Windows 11 Home | 2050 | Storm Grey | 16GB/512GB SSD/849.99 | A big convertible screen that works as an easel for video calls.
Dell | Inspiron 15 3530 | Dell Inspiron 15 Laptop | 15.6 | FHD 120Hz | Intel Core i5-1334U | integrated Intel Iris Xe | Windows 11 Home | 1650 | Carbon Black,Platinum Silver | 8GB/512GB SSD/549.99;16GB/1TB SSD/699.99 | A full number pad makes spreadsheets and budgets quicker.
Dell | XPS 13 9350 | Dell XPS 13 Laptop | 13.4 | FHD+ InfinityEdge | Intel Core Ultra 7 256V | integrated Intel Arc | Windows 11 Home | 1190 | Platinum,Graphite | 16GB/512GB SSD/1299.99;32GB/1TB SSD/1699.99 | A seamless glass touchpad and edge-to-edge keyboard give it a clean, modern look.
Dell | Inspiron 14 2-in-1 | Dell Inspiron 14 2-in-1 Laptop | 14 | FHD+ touch | AMD Ryzen 5 8640HS | integrated Radeon 760M | Windows 11 Home | 1620 | Ice Blue | 8GB/512GB SSD/579.99;16GB/512GB SSD/679.99 | Works with an active pen for notes and quick sketches.
Dell | G15 Gaming | Dell G15 Gaming Laptop | 15.6 | FHD 165Hz | Intel Core i7-13650HX | NVIDIA GeForce RTX 4050 | Windows 11 Home | 2650 | Dark Shadow Grey | 16GB/1TB SSD/999.99 | A game-shift key spins the fans up when you need every frame.
HP | 15-fd0000 | HP 15.6-inch Laptop | 15.6 | FHD IPS | Intel Core i3-N305 | integrated Intel UHD | Windows 11 Home | 1590 | Natural Silver,Moonlight Blue | 8GB/256GB SSD/379.99;8GB/512GB SSD/429.99;Intel Core i5-1335U@16GB/512GB SSD/579.99 | A reliable everyday machine for homework, email and streaming.
HP | Pavilion Plus 14 | HP Pavilion Plus 14-inch OLED Laptop | 14 | 2.8K OLED | Intel Core Ultra 5 125H | integrated Intel Arc | Windows 11 Home | 1400 | Natural Silver,Warm Gold | 16GB/512GB SSD/749.99;16GB/1TB SSD/849.99 | The OLED panel shows deep blacks and rich color for movies and photos.
HP | Envy x360 14 | HP Envy x360 14-inch 2-in-1 Laptop | 14 | 2.8K OLED touch | AMD Ryzen 7 8840HS | integrated Radeon 780M | Windows 11 Home | 1390 | Meteor Silver | 16GB/1TB SSD/899.99 | A 5 MP camera makes video calls look sharp.
HP | Spectre x360 14 | HP Spectre x360 14-inch 2-in-1 Laptop | 14 | 2.8K OLED touch | Intel Core Ultra 7 155H | integrated Intel Arc | Windows 11 Home | 1440 | Nightfall Black,Slate Blue | 16GB/1TB SSD/1449.99;32GB/2TB SSD/1799.99 | Gem-cut edges and a pen in the box make it a showpiece convertible.
HP | Victus 15 | HP Victus 15.6-inch Gaming Laptop | 15.6 | FHD 144Hz | AMD Ryzen 5 7535HS | NVIDIA GeForce RTX 2050 | Windows 11 Home | 2290 | Mica Silver,Performance Blue | 8GB/512GB SSD/599.99;16GB/512GB SSD/699.99;Intel Core i5-13420H@16GB/512GB SSD/799.99 | An entry ticket to PC gaming that handles esports titles at high frame rates.
HP | Chromebook 14 | HP Chromebook 14-inch Laptop | 14 | HD | Intel Celeron N4120 | integrated Intel UHD 600 | ChromeOS | 1460 | Mineral Silver | 4GB/64GB eMMC/229.99 | Boots in seconds and updates itself in the background.
ASUS | Vivobook 15 | ASUS Vivobook 15 15.6-inch Laptop | 15.6 | FHD | Intel Core i3-1215U | integrated Intel UHD | Windows 11 Home | 1700 | Quiet Blue,Cool Silver | 8GB/256GB SSD/399.99;Intel Core i5-1235U@16GB/512GB SSD/549.99;Intel Core i7-1255U@16GB/1TB SSD/679.99 | A 180-degree hinge lays it flat for sharing the screen across a table.
ASUS | Zenbook 14 OLED | ASUS Zenbook 14 OLED Laptop | 14 | 3K OLED 120Hz | Intel Core Ultra 7 155H | integrated Intel Arc | Windows 11 Home | 1200 | Ponder Blue | 16GB/512GB SSD/899.99;32GB/1TB SSD/1099.99 | A 120 Hz OLED screen on a laptop that weighs about as much as a hardback.
ASUS | ROG Zephyrus G14 | ASUS ROG Zephyrus G14 14-inch OLED Gaming Laptop | 14 | 3K OLED 120Hz | AMD Ryzen 9 8945HS | NVIDIA GeForce RTX 4060 | Windows 11 Home | 1500 | Eclipse Gray,Platinum White | 16GB/1TB SSD/1599.99;32GB/1TB SSD/1999.99 | A serious gaming machine that still fits in a normal backpack.
ASUS | TUF Gaming A15 | ASUS TUF Gaming A15 15.6-inch Gaming Laptop | 15.6 | FHD 144Hz | AMD Ryzen 7 7435HS | NVIDIA GeForce RTX 4050 | Windows 11 Home | 2200 | Mecha Gray | 16GB/512GB SSD/799.99;16GB/1TB SSD/899.99 | Military-grade durability testing means it copes with being carried around.
ASUS | Chromebook Plus CX34 | ASUS Chromebook Plus CX34 14-inch Laptop | 14 | FHD IPS | Intel Core i3-1215U | integrated Intel UHD | ChromeOS | 1440 | Pearl White | 8GB/128GB UFS/399.99 | Chromebook Plus features include built-in photo editing and smarter video calls.
Acer | Aspire 5 15 | Acer Aspire 5 15.6-inch Laptop | 15.6 | FHD IPS | Intel Core i5-1335U | integrated Intel Iris Xe | Windows 11 Home | 1760 | Steel Gray | 8GB/512GB SSD/499.99;16GB/512GB SSD/579.99;16GB/1TB SSD/649.99 | A backlit keyboard and a fingerprint reader are welcome at this price.
Acer | Swift Go 14 | Acer Swift Go 14 OLED Laptop | 14 | 2.8K OLED | Intel Core Ultra 7 155H | integrated Intel Arc | Windows 11 Home | 1320 | Pure Silver | 16GB/512GB SSD/799.99;16GB/1TB SSD/899.99 | A thin aluminum shell and a bright OLED screen for work on the move.
Acer | Nitro V 15 | Acer Nitro V 15.6-inch Gaming Laptop | 15.6 | FHD 144Hz | Intel Core i5-13420H | NVIDIA GeForce RTX 4050 | Windows 11 Home | 2110 | Obsidian Black | 8GB/512GB SSD/749.99;16GB/512GB SSD/799.99 | Two fans and a quick-access cooling mode keep it steady in long matches.
Acer | Chromebook Plus 514 | Acer Chromebook Plus 514 Laptop | 14 | FHD IPS | AMD Ryzen 3 7320C | integrated Radeon 610M | ChromeOS | 1450 | Iron | 8GB/128GB SSD/349.99 | Light, fast to wake, and easy to hand to a student.
Microsoft | Surface Laptop 7 | Microsoft Surface Laptop 7th Edition 13.8-inch | 13.8 | PixelSense touch 120Hz | Snapdragon X Plus | integrated Adreno | Windows 11 Home | 1340 | Platinum,Sapphire,Dune,Black | 16GB/256GB SSD/999.99;Snapdragon X Elite@16GB/512GB SSD/1399.99 | An ARM chip keeps it cool and quiet with a long battery life.
MSI | Katana 15 | MSI Katana 15 Gaming Laptop | 15.6 | FHD 144Hz | Intel Core i7-13620H | NVIDIA GeForce RTX 4060 | Windows 11 Home | 2250 | Black | 16GB/1TB SSD/1099.99 | A red-backlit keyboard in the style of a katana blade.
MSI | Modern 14 | MSI Modern 14 Laptop | 14 | FHD IPS | Intel Core i5-1335U | integrated Intel Iris Xe | Windows 11 Home | 1400 | Classic Black | 8GB/512GB SSD/499.99 | A simple, light work laptop with a full set of ports.
Razer | Blade 14 | Razer Blade 14 Gaming Laptop | 14 | QHD+ 240Hz | AMD Ryzen 9 8945HS | NVIDIA GeForce RTX 4070 | Windows 11 Home | 1840 | Black,Mercury | 16GB/1TB SSD/2399.99 | A CNC-machined aluminum body that feels as good as it performs.
Samsung | Galaxy Book4 Pro 14 | Samsung Galaxy Book4 Pro 14-inch Laptop | 14 | 3K AMOLED touch | Intel Core Ultra 7 155H | integrated Intel Arc | Windows 11 Home | 1230 | Moonstone Gray | 16GB/512GB SSD/1449.99 | It hands off tasks to a Galaxy phone, like continuing a note or sending photos.
`;

function specs(row: Row): Spec[] {
  const colours = colourPlan(list(row.get('colours')), 'var');
  const inches = Number(row.get('inches'));
  const grams = Number(row.get('grams'));
  const gpu = row.get('gpu');
  const os = row.get('os');
  const title = row.get('title');
  return list(row.get('configs'), ';').map((config) => {
    const at = config.indexOf('@');
    const cpu = at >= 0 ? config.slice(0, at) : row.get('cpu');
    const [ram = '', storage = '', price = '', was] = config.slice(at + 1).split('/');
    const priceCents = cents(price);
    const gaming = /RTX/.test(gpu);
    const cpuInTitle = cpu.startsWith('Apple') ? '' : `, ${cpu}`;
    return makeSpec({
      brand: row.get('brand'),
      model: row.get('model'),
      title: `${title}${cpuInTitle}, ${ram} RAM, ${storage}`,
      path: 'Electronics > Computers > Laptops',
      priceCents,
      listCents: was ? cents(was) : undefined,
      attrs: {
        ...colours.attrs,
        screenSize: `${inches} in`,
        display: row.get('display'),
        cpu,
        gpu,
        ram: ram.replace('GB', ' GB'),
        storage: storage.replace(/(\d)(GB|TB)/, '$1 $2'),
        os,
        weight: weight(grams),
      },
      tags: [
        'laptop',
        when(gaming, 'gaming'),
        when(os === 'ChromeOS', 'chromebook'),
        os === 'macOS' ? 'mac' : 'windows',
        when(/2-in-1/.test(title), '2-in-1'),
        when(/touch/.test(row.get('display')), 'touchscreen'),
        when(/OLED/.test(row.get('display')), 'oled'),
        when(/Business/.test(title), 'business'),
        when(grams < 1400, 'lightweight'),
      ],
      words: {
        inches: String(inches),
        ram: ram.replace('GB', ' GB'),
        storage: storage.replace(/(\d)(GB|TB)/, '$1 $2').replace(/ (SSD|eMMC|UFS)$/, ''),
        aCpu: withArticle(cpu),
        aInches: withArticle(`${inches}-inch`),
        cpu,
        gpu: gaming ? gpu : '',
        display: row.get('display'),
        os,
        kg: weight(grams),
        gaming: flag(gaming),
        chrome: flag(os === 'ChromeOS'),
        mac: flag(os === 'macOS'),
        budget: flag(priceCents < 60000),
        light: flag(grams < 1400),
        convertible: flag(/2-in-1/.test(title)),
        oled: flag(/OLED/.test(row.get('display'))),
        business: flag(/Business/.test(title)),
      },
      hook: row.get('hook'),
      axes: colours.axes,
    });
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is {aInches} laptop with {ram} of memory and {storage} of storage.',
    '{brand} pairs {aCpu} with {ram} of RAM in the {model}.',
    'A {inches}-inch {display} screen and {aCpu} make the {name} a capable everyday machine.',
    '{?gaming}The {name} is {aInches} gaming laptop built around the {gpu}.',
    '{?chrome}The {name} is a simple, secure Chromebook for browsing, email and schoolwork.',
    '{?mac}The {name} runs macOS on Apple silicon, quietly and efficiently.',
    '{?convertible}The {name} is a 2-in-1 that switches between laptop, tent and tablet.',
    '{?business}The {name} is a business laptop designed for long days and frequent travel.',
  ],
  features: [
    '[memory]With {ram} of RAM it keeps dozens of browser tabs and office apps open without stalling.',
    '[storage]{storage} of storage holds plenty of documents, photos and projects.',
    '[weight]{?light}At {kg} it slips easily into a tote or a backpack.',
    '[weight]{!light}It weighs {kg}, sturdy enough for a desk and portable enough for the odd trip.',
    '[screen]The {display} display is sharp and bright enough for a sunny room.',
    '[gpu]{?gaming}The {gpu} runs current games at high settings at 1080p.',
    '[budget]{?budget}A sensible price for a machine that covers homework, streaming and office work.',
    '[oled]{?oled}OLED contrast makes movies and photos look their best.',
  ],
  uses: [
    'A solid choice for students, home offices and family computers.',
    '{?gaming}Ready for esports titles, streaming and creative apps.',
    '{?business}Suited to spreadsheets, video meetings and long flights.',
    '{?mac}Great for photo editing, writing and software development.',
    '{?light}Made for people who work from cafés, trains and client sites.',
  ],
  closers: ['Ships with {os}.', 'The charger comes in the box.', 'A one-year manufacturer warranty applies.'],
};

/** Laptops, one listing per configuration. */
export const laptops: CategoryDef = {
  key: 'laptops',
  prefix: 'lap',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).flatMap(specs),
};
