import { colourPlan, flag, list, makeSpec, priceCell, type Row, table, weight, when } from './table.ts';
import { withArticle } from './text.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'noun',
  'price',
  'leaf',
  'genders',
  'drop',
  'grams',
  'support',
  'colours',
  'mode',
  'hook',
];

// genders: one listing per gender ("men,women") with its own size run; mode "split" also lists each colour.
const ROWS = `
Nike | Revolution 7 | Road Running Shoes | 59.97/70.00 | running | men,women | 10 | 270 | neutral | Black White,Light Smoke Grey,Photon Dust | var | Soft foam and a rounded heel make the first miles of a new habit feel easy.
Nike | Downshifter 13 | Road Running Shoes | 75.00 | running | men,women | 10 | 275 | neutral | Black White,White Platinum | var | A breathable mesh upper and a wide base for steady everyday runs.
Nike | Pegasus 41 | Road Running Shoes | 140.00 | running | men,women | 10 | 285 | neutral | Black White,Photon Dust,Volt | split | A reliable daily trainer with ReactX foam and Air Zoom units front and back.
Nike | Vomero 18 | Road Running Shoes | 150.00 | running | men | 10 | 310 | neutral | Black,White Sail | var | The softest Vomero yet, built for long, easy miles.
Nike | Invincible 3 | Road Running Shoes | 144.97/180.00 | running | men | 9 | 310 | neutral | Black White,Grey Fog | var | A tall stack of ZoomX foam for recovery days.
Nike | Pegasus Trail 5 | Trail Running Shoes | 150.00 | trail | men,women | 10 | 300 | neutral | Dark Stucco,Black Anthracite | var | Road-to-trail grip for runs that mix pavement and dirt paths.
Nike | Air Force 1 '07 | Sneakers | 115.00 | sneakers | men,women | - | 450 | - | White White,Black Black | split | The basketball classic from the early eighties, still in crisp leather.
Adidas | Duramo SL | Running Shoes | 49.00/70.00 | running | men,women | 10 | 280 | neutral | Core Black,Cloud White | var | A lightweight, no-nonsense trainer for gym and treadmill.
Adidas | Runfalcon 5 | Running Shoes | 65.00 | running | men,women | 10 | 270 | neutral | Core Black,Cloud White,Grey Five | var | A simple everyday runner at a friendly price.
Adidas | Supernova Rise 2 | Running Shoes | 140.00 | running | men | 10 | 300 | neutral | Core Black,Cloud White | var | Dreamstrike+ foam gives a soft landing and a lively toe-off.
Adidas | Adizero SL2 | Running Shoes | 104.00/130.00 | running | men | 9 | 245 | neutral | Lucid Red,Core Black | var | A light, fast trainer for tempo days and 10K races.
Adidas | Ultraboost 5 | Running Shoes | 190.00 | running | women | 10 | 310 | neutral | Core Black,Cloud White | var | Boost pellets give a bouncy ride that doubles as an all-day sneaker.
Adidas | Samba OG | Sneakers | 100.00 | sneakers | men | - | 380 | - | Cloud White Core Black,Core Black Cloud White | split | A slim indoor football shoe turned streetwear icon.
Adidas | Terrex AX4 | Hiking Shoes | 88.00/110.00 | hiking | men,women | 10 | 360 | stability | Core Black,Grey Three | var | A Continental rubber outsole grips wet rock.
ASICS | GEL-Contend 9 | Running Shoes | 59.95/70.00 | running | men,women | 10 | 270 | neutral | Black White,Sheet Rock,Blue Expanse | var | Rearfoot GEL cushioning softens heel strikes on daily jogs.
ASICS | GEL-Excite 10 | Running Shoes | 75.00 | running | men,women | 10 | 285 | neutral | Black Carrier Grey,White Pure Silver | var | AMPLIFOAM cushioning at an entry-level price.
ASICS | GEL-Kayano 31 | Running Shoes | 165.00 | running | men,women | 10 | 310 | stability | Black White,Mid Grey | var | A supportive shoe for runners whose feet roll inward.
ASICS | GEL-Nimbus 27 | Running Shoes | 165.00 | running | women | 8 | 295 | neutral | Black Graphite Grey,Cream | var | Plush cushioning for long runs on hard roads.
ASICS | NOVABLAST 5 | Running Shoes | 145.00 | running | men,women | 8 | 255 | neutral | Black White,Illuminate Yellow | var | A trampoline-like ride that makes easy runs fun.
ASICS | GT-2000 13 | Running Shoes | 109.95/145.00 | running | men,women | 8 | 275 | stability | Black Graphite,White Sky | var | Light stability that guides without feeling stiff.
ASICS | GEL-Venture 9 | Trail Running Shoes | 70.00 | trail | men,women | 10 | 310 | neutral | Black Graphite,Taupe Grey | var | A rugged outsole for gravel paths and park trails.
Brooks | Ghost 16 | Running Shoes | 140.00 | running | men,women | 12 | 283 | neutral | Black Grey,Peacoat Blue | split | A smooth, predictable daily trainer that suits most runners.
Brooks | Adrenaline GTS 24 | Running Shoes | 140.00 | running | men,women | 12 | 289 | stability | Black White,Alloy Grey | var | GuideRails keep the knees aligned when legs get tired.
Brooks | Glycerin 22 | Running Shoes | 165.00 | running | women | 10 | 290 | neutral | Black,White Oyster | var | Brooks' softest cushioning for long recovery runs.
Brooks | Revel 7 | Running Shoes | 79.95/100.00 | running | men,women | 8 | 260 | neutral | Black Blackened Pearl,White Grey | var | A sock-like knit upper that looks good off the road too.
Brooks | Launch 10 | Running Shoes | 110.00 | running | men | 10 | 230 | neutral | Black,Blue Orange | var | Light and responsive for speed sessions.
Brooks | Cascadia 18 | Trail Running Shoes | 140.00 | trail | men | 8 | 315 | neutral | Black Ebony,Sage | var | A rock plate shields the foot on rooty mountain trails.
Hoka | Clifton 9 | Running Shoes | 145.00 | running | men,women | 5 | 248 | neutral | Black White,Nimbus Cloud,Illusion | var | Thick, light cushioning and a rocker that rolls you forward.
Hoka | Bondi 8 | Running Shoes | 165.00 | running | women | 4 | 303 | neutral | Black Black,White White | var | Maximum cushioning, loved by runners and nurses on long shifts.
Hoka | Arahi 7 | Running Shoes | 145.00 | running | women | 5 | 275 | stability | Black White,Stellar Blue | var | Stable without stiffness, thanks to a firm foam frame.
Hoka | Speedgoat 6 | Trail Running Shoes | 155.00 | trail | men,women | 5 | 275 | neutral | Black Stardust,Varsity Navy | var | Deep lugs dig into mud, scree and snow.
Hoka | Mach 6 | Running Shoes | 140.00 | running | men | 5 | 232 | neutral | Black White,White Nimbus Cloud | var | A light, snappy shoe for tempo runs.
Hoka | Challenger 7 | Trail Running Shoes | 115.99/145.00 | trail | men,women | 5 | 265 | neutral | Black Castlerock,Stone Blue | var | Road-smooth on pavement and sure-footed on dirt.
New Balance | Fresh Foam Arishi v4 | Running Shoes | 64.99/75.00 | running | men,women | 8 | 265 | neutral | Black White,Grey Navy | var | Fresh Foam cushioning in a breezy mesh upper.
New Balance | 520v8 | Running Shoes | 69.99 | running | men,women | 10 | 255 | neutral | Black,White Silver | var | A dependable budget runner for walks, jogs and gym classes.
New Balance | Fresh Foam X 1080v14 | Running Shoes | 164.99 | running | women | 6 | 290 | neutral | Black White,Sea Salt | var | A soft, high-mileage trainer with a roomy toe box.
New Balance | FuelCell Rebel v4 | Running Shoes | 139.99 | running | men | 6 | 210 | neutral | Black,Bright Lapis | var | Bouncy and light for fast days.
New Balance | 574 Core | Sneakers | 89.99 | sneakers | men,women | - | 380 | - | Grey White,Navy White | var | A suede and mesh classic from the late eighties.
New Balance | Fresh Foam X Hierro v8 | Trail Running Shoes | 149.99 | trail | men | 8 | 320 | neutral | Black Phantom,Dark Olive | var | Vibram Megagrip holds on wet rock.
Saucony | Ride 17 | Running Shoes | 140.00 | running | women | 8 | 275 | neutral | Black White,Cobalt | var | A balanced trainer that suits runners of many sizes.
Saucony | Kinvara 15 | Running Shoes | 120.00 | running | women | 4 | 220 | neutral | Black,Vizi Red | var | Low and light, for runners who like to feel the road.
Saucony | Peregrine 14 | Trail Running Shoes | 140.00 | trail | men | 4 | 280 | neutral | Black Carbon,Bough | var | Removable rock plate for rough terrain.
Under Armour | Charged Assert 10 | Running Shoes | 59.99/75.00 | running | men,women | 10 | 290 | neutral | Black White,White Halo Grey | var | Charged cushioning for runs, walks and the gym.
Puma | Velocity Nitro 3 | Running Shoes | 99.99/140.00 | running | men | 10 | 270 | neutral | Black Silver,Fire Orchid | var | PUMAGRIP rubber holds on wet roads.
Skechers | GO RUN Consistent 2.0 | Running Shoes | 75.00 | running | men,women | 6 | 250 | neutral | Black Charcoal,Navy Gray | var | Machine washable, which parents appreciate.
Merrell | Moab 3 Mid Waterproof | Hiking Boots | 145.00 | hiking | men,women | 11 | 520 | stability | Earth,Walnut | var | A waterproof membrane keeps feet dry through streams and puddles.
Salomon | X Ultra 4 Mid GTX | Hiking Boots | 175.00 | hiking | men,women | 11 | 480 | stability | Black Magnet,Shale | var | GORE-TEX and a chassis that stabilizes the ankle on descents.
Salomon | Speedcross 6 | Trail Running Shoes | 145.00 | trail | men | 10 | 298 | neutral | Black,Blue | var | Aggressive chevron lugs for soft, muddy ground.
Converse | Chuck Taylor All Star High Top | Sneakers | 65.00 | sneakers | unisex | - | 400 | - | Black,Optical White,Navy | split | Canvas high tops that go with nearly everything.
Vans | Old Skool | Sneakers | 70.00 | sneakers | unisex | - | 420 | - | Black White,True White | var | The low-top skate shoe with the side stripe.
`;

/** US size runs by gender, shared with the Chinese listings. */
export const SHOE_SIZES: Readonly<Record<string, readonly string[]>> = {
  men: ['US 8', 'US 9', 'US 10', 'US 11', 'US 12', 'US 13'],
  women: ['US 6', 'US 7', 'US 8', 'US 9', 'US 10', 'US 11'],
  unisex: ['US M5/W7', 'US M7/W9', 'US M8/W10', 'US M9/W11', 'US M10/W12', 'US M11/W13'],
};

const LEAF: Readonly<Record<string, string>> = {
  running: 'Running Shoes',
  trail: 'Trail Running Shoes',
  sneakers: 'Sneakers',
  hiking: 'Hiking Boots',
};

const TERRAIN: Readonly<Record<string, string>> = {
  running: 'road',
  trail: 'trail',
  sneakers: 'street',
  hiking: 'trail',
};

function specs(row: Row): Spec[] {
  const price = priceCell(row.get('price'));
  const leaf = row.get('leaf');
  const colours = colourPlan(list(row.get('colours')), row.get('mode'));
  return list(row.get('genders')).map((gender) => {
    const possessive = gender === 'men' ? "Men's " : gender === 'women' ? "Women's " : '';
    const sizes = SHOE_SIZES[gender] ?? [];
    const drop = row.get('drop');
    const running = leaf === 'running' || leaf === 'trail';
    return makeSpec({
      brand: row.get('brand'),
      model: row.get('model'),
      title: `${row.get('brand')} ${row.get('model')} ${possessive}${row.get('noun')}`,
      path: `Clothing & Shoes > Shoes > ${LEAF[leaf] ?? 'Shoes'}`,
      ...price,
      attrs: {
        ...colours.attrs,
        gender,
        size: sizes.join(', '),
        terrain: TERRAIN[leaf],
        drop: drop ? `${drop} mm` : '',
        support: row.get('support'),
        weight: weight(Number(row.get('grams'))),
      },
      tags: [
        'shoes',
        when(running, 'running'),
        when(leaf === 'trail', 'trail'),
        leaf,
        gender === 'unisex' ? 'unisex' : gender,
      ],
      words: {
        who: gender === 'men' ? 'men' : gender === 'women' ? 'women' : 'everyone',
        noun: row.get('noun').toLowerCase(),
        aDrop: drop ? withArticle(`${drop} mm`) : '',
        grams: row.get('grams'),
        stability: flag(row.get('support') === 'stability'),
        neutral: flag(row.get('support') === 'neutral'),
        running: flag(running),
        trail: flag(leaf === 'trail'),
        road: flag(leaf === 'running'),
        casual: flag(leaf === 'sneakers'),
        hiking: flag(leaf === 'hiking'),
        budget: flag(price.priceCents < 8000),
      },
      hook: row.get('hook'),
      axes: [...colours.axes, { attr: 'size', values: sizes.map((value) => ({ value, addCents: 0 })) }],
      listings: colours.listings,
    });
  });
}

const POOLS: Pools = {
  openers: [
    '{?running}The {name} is a pair of {noun} for {who}, with cushioning that works from the first run.',
    '{?running}{brand} built the {model} for {who} who want comfort mile after mile.',
    '{?casual}{brand} made the {model} for {who} who want a classic that lasts.',
    'Lace up the {name} and go: these {noun} need no breaking in.',
    '{?trail}The {name} is a trail shoe with grip for mud, roots and loose gravel.',
    '{?casual}The {name} is an everyday sneaker that goes with jeans, shorts and almost anything else.',
    '{?hiking}The {name} gives hikers support and protection on rough ground.',
    '{?budget}{?running}The {name} is an affordable running shoe that covers the basics well.',
  ],
  features: [
    '[drop]{?running}{aDrop} heel-to-toe drop suits most heel and midfoot strikers.',
    '[weight]Each shoe weighs around {grams} grams.',
    '[support]{?stability}Stability features guide feet that tend to roll inward.',
    '[support]{?neutral}{?running}A neutral platform lets the foot move naturally.',
    '[fit]True to size, with room in the toe box.',
    '[upper]{?running}An engineered mesh upper keeps feet cool.',
  ],
  uses: [
    '{?road}Great for daily miles, parkruns and treadmill sessions.',
    '{?trail}Made for forest paths, fell runs and trail races.',
    '{?casual}Good for school, errands and weekends.',
    '{?hiking}Ready for day hikes and light backpacking.',
  ],
  closers: ['Available in several colors and sizes.', 'Removable insoles fit most orthotics.'],
};

/** Running shoes, trail shoes, sneakers and hiking boots, with size variants. */
export const shoes: CategoryDef = {
  key: 'shoes',
  prefix: 'sho',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).flatMap(specs),
};
