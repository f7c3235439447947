import { axis, colourPlan, flag, list, makeSpec, priceCell, type Row, table, weight, when } from './table.ts';
import { withArticle } from './text.ts';
import type { Availability, CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'title',
  'price',
  'leaf',
  'sensor',
  'mp',
  'video',
  'grams',
  'colours',
  'listings',
  'hook',
];

// listings: "Body Only:0;with 18-45mm Lens:120" — each kit is its own listing, adding dollars.
const ROWS = `
Canon | EOS R50 | Canon EOS R50 Mirrorless Camera | 679.99 | mirrorless | APS-C | 24.2 | 4K 30p | 375 | Black,White | Body Only:0;with RF-S 18-45mm Lens:120 | A guided menu explains each setting as you change it, which helps when learning.
Canon | EOS R10 | Canon EOS R10 Mirrorless Camera | 879.99 | mirrorless | APS-C | 24.2 | 4K 60p | 429 | Black | Body Only:0;with RF-S 18-45mm Lens:100;with RF-S 18-150mm Lens:400 | Fifteen frames a second with subject tracking catches birds and kids mid-motion.
Canon | EOS R8 | Canon EOS R8 Full-Frame Mirrorless Camera | 1299.99 | mirrorless | Full frame | 24.2 | 4K 60p | 461 | Black | Body Only:0;with RF 24-50mm Lens:200 | The lightest full-frame body in Canon's RF range.
Canon | EOS R6 Mark II | Canon EOS R6 Mark II Full-Frame Mirrorless Camera | 2499.00 | mirrorless | Full frame | 24.2 | 4K 60p | 670 | Black | Body Only:0;with RF 24-105mm f/4L Lens:1000 | In-body stabilization allows sharp handheld shots at slow shutter speeds.
Canon | EOS Rebel T7 | Canon EOS Rebel T7 DSLR Camera with EF-S 18-55mm Lens | 479.00 | dslr | APS-C | 24.1 | 1080p 30p | 475 | Black | - | An optical viewfinder and a long battery life, at a beginner price.
Canon | PowerShot G7 X Mark III | Canon PowerShot G7 X Mark III Compact Camera | 749.99 | compact | 1-inch | 20.1 | 4K 30p | 304 | Black,Silver | - | A flip-up screen and a microphone input have made it a favorite for vlogging.
Nikon | Z50 II | Nikon Z50 II Mirrorless Camera | 909.95 | mirrorless | APS-C | 20.9 | 4K 60p | 550 | Black | Body Only:0;with NIKKOR Z DX 16-50mm Lens:100 | A deep grip makes it comfortable to carry all day.
Nikon | Z5 | Nikon Z5 Full-Frame Mirrorless Camera | 899.95/999.95 | mirrorless | Full frame | 24.3 | 4K 30p | 675 | Black | Body Only:0;with NIKKOR Z 24-50mm Lens:200 | Two memory card slots back up every shot as you take it.
Nikon | Z6III | Nikon Z6III Full-Frame Mirrorless Camera | 2499.95 | mirrorless | Full frame | 24.5 | 6K 60p | 760 | Black | Body Only:0 | A very bright electronic viewfinder is easy to use in harsh sun.
Nikon | Z fc | Nikon Z fc Mirrorless Camera with 16-50mm Lens | 959.95 | mirrorless | APS-C | 20.9 | 4K 30p | 445 | Black,Silver | - | Retro dials for shutter speed and ISO sit on top, just like a film camera.
Nikon | D7500 | Nikon D7500 DSLR Camera Body | 1249.95 | dslr | APS-C | 20.9 | 4K 30p | 720 | Black | - | Weather sealing and a tilting screen on a dependable enthusiast DSLR.
Nikon | COOLPIX P950 | Nikon COOLPIX P950 Superzoom Bridge Camera | 799.95 | compact | 1/2.3-inch | 16 | 4K 30p | 1005 | Black | - | An 83x zoom pulls in the moon, distant birds and aircraft.
Fujifilm | X-T5 | Fujifilm X-T5 Mirrorless Camera | 1699.00 | mirrorless | APS-C | 40.2 | 6.2K 30p | 557 | Black,Silver | Body Only:0;with XF 18-55mm Lens:400 | Forty megapixels give plenty of room for cropping.
Fujifilm | X-S20 | Fujifilm X-S20 Mirrorless Camera | 1299.00 | mirrorless | APS-C | 26.1 | 6.2K 30p | 491 | Black | Body Only:0;with XC 15-45mm Lens:100 | A bigger battery than earlier X-S models lasts through a day of shooting.
Fujifilm | X100VI | Fujifilm X100VI Compact Digital Camera | 1599.00 | compact | APS-C | 40.2 | 6.2K 30p | 521 | Black,Silver | - | A fixed 23 mm lens and film simulations make it a camera you want to carry everywhere.
Fujifilm | X-M5 | Fujifilm X-M5 Mirrorless Camera | 799.00 | mirrorless | APS-C | 26.1 | 6.2K 30p | 355 | Black,Silver | Body Only:0;with XC 15-45mm Lens:100 | A dedicated film simulation dial puts Fujifilm color one twist away.
Fujifilm | instax mini 12 | Fujifilm instax mini 12 Instant Camera | 79.95 | instant | instax mini film | - | - | 306 | Clay White,Blossom Pink,Pastel Blue,Mint Green,Lilac Purple | split | Twist the lens to switch on, point and shoot: exposure is automatic.
Fujifilm | instax Square SQ1 | Fujifilm instax Square SQ1 Instant Camera | 119.95 | instant | instax square film | - | - | 390 | Glacier Blue,Chalk White,Terracotta Orange | - | Square prints frame faces and food nicely.
Fujifilm | instax mini Evo | Fujifilm instax mini Evo Hybrid Instant Camera | 199.95 | instant | 1/5-inch | 4.9 | - | 285 | Black,Brown | - | Choose the best shot on the screen, then print only that one.
Sony | Alpha 7 IV | Sony Alpha 7 IV Full-Frame Mirrorless Camera | 2499.99 | mirrorless | Full frame | 33 | 4K 60p | 658 | Black | Body Only:0;with FE 28-70mm Lens:200 | Eye autofocus locks on to people, animals and birds.
Sony | Alpha 6400 | Sony Alpha 6400 Mirrorless Camera | 899.99 | mirrorless | APS-C | 24.2 | 4K 30p | 403 | Black | Body Only:0;with E PZ 16-50mm Lens:100 | The screen flips up to face you for selfies and vlogs.
Sony | ZV-E10 II | Sony ZV-E10 II Vlog Camera | 999.99 | mirrorless | APS-C | 26 | 4K 60p | 377 | Black,White | Body Only:0;with E PZ 16-50mm II Lens:100 | A product showcase mode shifts focus from your face to whatever you hold up.
Sony | ZV-1 II | Sony ZV-1 II Vlog Camera | 749.99/899.99 | compact | 1-inch | 20.1 | 4K 30p | 292 | Black | - | A wide 18 mm lens fits you and the scene in a handheld shot.
Panasonic | LUMIX G7 | Panasonic LUMIX G7 Mirrorless Camera with 14-42mm Lens | 497.99 | mirrorless | Micro Four Thirds | 16 | 4K 30p | 410 | Black | - | 4K photo mode pulls stills from a burst of video.
Panasonic | LUMIX S5II | Panasonic LUMIX S5II Full-Frame Mirrorless Camera | 1999.99 | mirrorless | Full frame | 24.2 | 6K 30p | 740 | Black | Body Only:0;with 20-60mm Lens:200 | A cooling fan lets it record video without a time limit.
GoPro | HERO13 Black | GoPro HERO13 Black Action Camera | 399.99 | action | 1/1.9-inch | 27 | 5.3K 60p | 159 | Black | - | Magnetic mounting feet swap it between helmet, chest and handlebar in seconds.
GoPro | HERO12 Black | GoPro HERO12 Black Action Camera | 299.99 | action | 1/1.9-inch | 27 | 5.3K 60p | 154 | Black | - | Waterproof to 10 meters without a housing.
GoPro | HERO 2024 | GoPro HERO Compact Action Camera (2024) | 199.99 | action | 1/2.3-inch | 12 | 4K 30p | 86 | Black | - | The smallest, lightest GoPro, built for clipping on anything.
DJI | Osmo Action 5 Pro | DJI Osmo Action 5 Pro Action Camera | 349.00 | action | 1/1.3-inch | 40 | 4K 120p | 146 | Black | Standard Combo:0;Adventure Combo:100 | Two screens make it easy to frame shots from the front or the back.
Insta360 | X4 | Insta360 X4 360 Degree Action Camera | 499.99 | action | 1/2-inch | 72 | 8K 30p | 203 | Black | - | Shoot everything around you now and choose the framing later.
Kodak | PIXPRO FZ55 | Kodak PIXPRO FZ55 Digital Camera | 149.99 | compact | 1/2.3-inch | 16 | 1080p 30p | 108 | Black,Red,Blue,White | - | A pocket camera with a 5x zoom and simple controls, good for a first camera.
Polaroid | Now Plus Gen 2 | Polaroid Now+ Gen 2 Instant Camera | 149.99 | instant | i-Type film | - | - | 450 | Black,White,Blue | - | App control adds double exposures and light painting to instant film.
`;

const LEAF: Readonly<Record<string, string>> = {
  mirrorless: 'Mirrorless Cameras',
  dslr: 'DSLR Cameras',
  compact: 'Compact Cameras',
  action: 'Action Cameras',
  instant: 'Instant Cameras',
};

function spec(row: Row): Spec {
  const price = priceCell(row.get('price'));
  const split = row.get('listings') === 'split';
  const colours = colourPlan(list(row.get('colours')), split ? 'split' : 'var');
  const leaf = row.get('leaf');
  const kits = row.get('listings') && !split ? axis('kit', row.get('listings')).values : [];
  const listings = kits.map((k) => ({ suffix: k.value, addCents: k.addCents, attrs: { kit: k.value } }));
  const mp = row.get('mp');
  const availability: Availability | undefined = row.get('model') === 'X100VI' ? 'backorder' : undefined;
  return makeSpec({
    brand: row.get('brand'),
    model: row.get('model'),
    title: row.get('title'),
    path: `Electronics > Cameras > ${LEAF[leaf] ?? 'Cameras'}`,
    ...price,
    attrs: {
      ...colours.attrs,
      cameraType: leaf,
      sensor: row.get('sensor'),
      resolution: mp ? `${mp} MP` : '',
      video: row.get('video'),
      weight: weight(Number(row.get('grams'))),
    },
    tags: [
      'camera',
      leaf === 'dslr' ? 'dslr' : leaf,
      when(row.get('video').startsWith('4K') || /[5-8]/.test(row.get('video')), '4k'),
      when(/Vlog/.test(row.get('title')), 'vlog'),
    ],
    words: {
      sensor: row.get('sensor') === 'Full frame' ? 'full-frame' : row.get('sensor'),
      mp,
      video: row.get('video'),
      grams: row.get('grams'),
      aKind: withArticle(leaf === 'dslr' ? 'DSLR' : leaf === 'instant' ? 'instant camera' : `${leaf} camera`),
      kindWord: leaf === 'dslr' ? 'DSLR' : leaf === 'instant' ? 'instant camera' : `${leaf} camera`,
      instant: flag(leaf === 'instant'),
      action: flag(leaf === 'action'),
      interchangeable: flag(leaf === 'mirrorless' || leaf === 'dslr'),
      beginner: flag(price.priceCents < 100000 && leaf !== 'instant'),
    },
    hook: row.get('hook'),
    axes: colours.axes,
    listings: split ? colours.listings : listings.length > 0 ? listings : [{ suffix: '' }],
    availability,
  });
}

const POOLS: Pools = {
  openers: [
    'The {name} is {aKind} with a {mp} MP {sensor} sensor.',
    '{brand} made the {model} for people who want better photos than a phone can take.',
    'Sharp stills and {video} video come together in the {name}.',
    '{?instant}The {name} prints a photo a few seconds after you press the shutter.',
    '{?action}The {name} is a rugged action camera for helmets, handlebars and surfboards.',
  ],
  features: [
    '[sensor]{?interchangeable}The {sensor} sensor gathers light well for clean low-light shots.',
    '[video]It records {video} video with reliable autofocus.',
    '[weight]The body weighs {grams} grams.',
    '[lens]{?interchangeable}Interchangeable lenses let the kit grow with your skills.',
    '[film]{?instant}Prints develop in about ninety seconds.',
    '[stab]{?action}Electronic stabilization smooths out bumps on bike trails and ski runs.',
  ],
  uses: [
    'Great for travel, family events and weekend photo walks.',
    '{?beginner}A good step up for beginners who have outgrown a phone camera.',
    '{?instant}Perfect for parties, weddings and scrapbooks.',
    '{?action}Made for cycling, skiing, diving and travel vlogs.',
  ],
  closers: [
    '{!instant}A rechargeable battery and strap are included.',
    '{!instant}Memory card sold separately.',
    '{?instant}Film is sold separately.',
  ],
};

/** Cameras: mirrorless, DSLR, compact, action and instant. */
export const cameras: CategoryDef = {
  key: 'cameras',
  prefix: 'cam',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).map(spec),
};
