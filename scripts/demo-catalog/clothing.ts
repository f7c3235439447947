import { colourPlan, flag, list, makeSpec, priceCell, type Row, table, when } from './table.ts';
import type { CategoryDef, Pools, Spec } from './types.ts';

const COLUMNS = [
  'brand',
  'model',
  'price',
  'leaf',
  'material',
  'fit',
  'genders',
  'colours',
  'mode',
  'sizes',
  'hook',
];

// sizes: alpha (S–XXL), alphaw (XS–XL) or waist (W28–W38); women's listings use alphaw for alpha.
const ROWS = `
Patagonia | Better Sweater Fleece Jacket | 149.00 | fleece | 100% recycled polyester fleece | regular | men,women | Stonewash,New Navy,Black | split | alpha | A sweater-knit face and a soft fleece inside, warm enough for a chilly office.
Patagonia | Nano Puff Jacket | 239.00 | jackets | recycled polyester ripstop with PrimaLoft Gold insulation | regular | men,women | Black,Forge Grey,Lagom Blue | var | alpha | Packs into its own chest pocket and stays warm when damp.
Patagonia | Torrentshell 3L Rain Jacket | 179.00 | jackets | recycled nylon, 3-layer waterproof membrane | regular | men,women | Black,Tidepool Blue,Sage Khaki | var | alpha | Pit zips let the heat out on uphill walks in the rain.
Patagonia | Capilene Cool Daily Shirt | 55.00 | tshirts | recycled polyester jersey | regular | men | White,Forge Grey,Lagom Blue | var | alpha | Dries fast and resists odor on multi-day trips.
Patagonia | Synchilla Snap-T Fleece Pullover | 139.00 | fleece | recycled polyester fleece | relaxed | men | Oatmeal Heather,Classic Navy,Black | var | alpha | A cozy retro classic with a snap placket and chest pocket.
Patagonia | Down Sweater | 279.00 | jackets | recycled polyester shell with 800-fill-power down | regular | men | Black,Classic Navy,Forge Grey | var | alpha | Light, warm and easy to pack, with responsibly sourced down.
Uniqlo | Ultra Light Down Jacket | 59.90/79.90 | jackets | nylon shell with 750-fill-power down | regular | men,women | Black,Navy,Olive,Beige | var | alpha | Folds into a small pouch for travel.
Uniqlo | AIRism Cotton Oversized T-Shirt | 19.90 | tshirts | cotton and polyester blend | oversized | men | White,Black,Navy,Olive | var | alpha | Looks like cotton, feels cool like sportswear.
Uniqlo | Supima Cotton Crew Neck T-Shirt | 14.90 | tshirts | 100% Supima cotton | regular | men,women | White,Black,Gray,Navy | var | alpha | A smooth, long-staple cotton that keeps its shape wash after wash.
Uniqlo | HEATTECH Crew Neck Long-Sleeve T-Shirt | 14.90 | tshirts | HEATTECH polyester, acrylic and rayon blend | slim | women | Black,Off White,Gray | var | alpha | A thin base layer that turns body moisture into warmth.
Uniqlo | Fleece Full-Zip Jacket | 39.90 | fleece | 100% polyester fleece | regular | men,women | Black,Navy,Gray,Natural | var | alpha | Light, warm and cheap enough to own in two colors.
Uniqlo | Sweat Full-Zip Hoodie | 39.90 | hoodies | cotton and polyester fleece-back jersey | regular | men | Gray,Black,Navy | var | alpha | A clean, logo-free hoodie with a soft brushed inside.
Uniqlo | Ultra Stretch Jeans | 39.90 | jeans | cotton, polyester and elastane denim | slim | men | Blue,Black | var | waist | Stretch denim that moves with you.
Levi's | 501 Original Fit Jeans | 69.50 | jeans | 100% cotton denim | straight | men | Medium Stonewash,Rinse,Black | split | waist | The original button-fly jean, first made in 1873.
Levi's | 511 Slim Fit Jeans | 49.99/69.50 | jeans | cotton and elastane denim | slim | men | Dark Indigo,Light Stonewash,Black | var | waist | Sits below the waist and is slim through the thigh.
Levi's | 505 Regular Fit Jeans | 69.50 | jeans | 100% cotton denim | regular | men | Medium Stonewash,Dark Stonewash | var | waist | A straight leg with a little extra room through the seat.
Levi's | 721 High-Rise Skinny Jeans | 79.50 | jeans | cotton and elastane stretch denim | skinny | women | Dark Indigo,Blue Wave,Black | var | waist | A high rise that holds its shape all day.
Levi's | Ribcage Straight Ankle Jeans | 98.00 | jeans | 100% cotton denim | straight | women | Medium Indigo,Light Wash | var | waist | A very high rise with a straight, cropped leg.
Levi's | Trucker Jacket | 79.99/98.00 | jackets | 100% cotton denim | regular | men | Medium Stonewash,Black | var | alpha | The denim jacket that has gone with everything since the sixties.
Levi's | Original Housemark Tee | 24.50 | tshirts | 100% cotton | regular | men | White,Black,Navy | var | alpha | A small batwing logo on a soft everyday tee.
The North Face | 1996 Retro Nuptse Jacket | 330.00 | jackets | recycled nylon with 700-fill down | boxy | men,women | TNF Black,Summit Gold,Summit Navy | var | alpha | The boxy, glossy puffer that started on mountains and ended up on city streets.
The North Face | Denali Fleece Jacket | 199.00 | fleece | recycled polyester fleece with nylon overlays | regular | women | TNF Black,TNF Medium Grey Heather | var | alpha | Reinforced shoulders stand up to backpack straps.
The North Face | Box NSE Pullover Hoodie | 60.00 | hoodies | cotton and polyester fleece | regular | men | TNF Black,TNF White,Summit Navy | var | alpha | A bold box logo on the chest.
Columbia | Steens Mountain Full-Zip Fleece 2.0 | 29.99/45.00 | fleece | 100% polyester fleece | regular | men | Black,Collegiate Navy,Charcoal Heather | var | alpha | A classic midweight fleece at a friendly price.
Columbia | Watertight II Rain Jacket | 59.99/90.00 | jackets | nylon with Omni-Tech waterproof coating | regular | men | Black,Collegiate Navy,Dark Mountain | var | alpha | Packs into its own pocket for sudden showers.
Champion | Reverse Weave Pullover Hoodie | 45.00/65.00 | hoodies | cotton-rich heavyweight fleece | relaxed | men | Oxford Gray,Black,Navy | var | alpha | A cross-grain knit that resists shrinking.
Carhartt | K87 Workwear Pocket T-Shirt | 19.99 | tshirts | 100% heavyweight cotton | loose | men | Black,Heather Gray,Navy,Brown | var | alpha | Heavy cotton and a chest pocket for pens and a tape measure.
Carhartt | Midweight Hooded Sweatshirt | 59.99 | hoodies | cotton and polyester fleece | loose | men | Black,Carbon Heather,Navy | var | alpha | Rib-knit cuffs keep sleeves in place while you work.
Nike | Dri-FIT Fitness T-Shirt | 25.00 | tshirts | recycled polyester | regular | men | Black,White,Dark Grey Heather | var | alpha | Sweat-wicking fabric for the gym and the track.
Nike | Club Fleece Pullover Hoodie | 44.97/60.00 | hoodies | cotton and polyester fleece | regular | men | Black,Dark Grey Heather,Midnight Navy | var | alpha | A brushed-back fleece that is soft from the first wear.
Adidas | Essentials 3-Stripes Hoodie | 55.00 | hoodies | cotton and recycled polyester fleece | regular | men | Black,Medium Grey Heather,Legend Ink | var | alpha | The three stripes down each sleeve.
Adidas | Own the Run Tee | 30.00 | tshirts | recycled polyester | regular | women | Black,White | var | alpha | Reflective details help drivers see you on evening runs.
Lululemon | Align High-Rise Pant 25 in | 98.00 | active | Nulu nylon and Lycra | tight | women | Black,Navy,Heathered Grey | var | alphaw | Buttery-soft leggings that feel almost weightless in yoga.
Under Armour | Tech 2.0 Short Sleeve T-Shirt | 25.00 | active | 100% polyester | loose | men | Black,Academy,Steel | var | alpha | Quick-drying and anti-odor for hard workouts.
Hanes | ComfortSoft Crew T-Shirt 6-Pack | 24.00 | tshirts | 100% cotton | regular | men | White,Black,Assorted | var | alpha | Six soft, tag-free tees for everyday layering.
`;

/** Size runs by kind, shared with the Chinese listings. */
export const CLOTHING_SIZES: Readonly<Record<string, readonly string[]>> = {
  alpha: ['S', 'M', 'L', 'XL', 'XXL'],
  alphaw: ['XS', 'S', 'M', 'L', 'XL'],
  waist: ['W28', 'W30', 'W32', 'W34', 'W36', 'W38'],
};

const LEAF: Readonly<Record<string, string>> = {
  fleece: 'Fleece',
  jackets: 'Jackets',
  tshirts: 'T-Shirts',
  hoodies: 'Hoodies & Sweatshirts',
  jeans: 'Jeans',
  active: 'Activewear',
};

function specs(row: Row): Spec[] {
  const price = priceCell(row.get('price'));
  const leaf = row.get('leaf');
  const colours = colourPlan(list(row.get('colours')), row.get('mode'));
  return list(row.get('genders')).map((gender) => {
    const sizeKey = gender === 'women' && row.get('sizes') === 'alpha' ? 'alphaw' : row.get('sizes');
    const sizes = CLOTHING_SIZES[sizeKey] ?? [];
    const possessive = gender === 'men' ? "Men's" : "Women's";
    return makeSpec({
      brand: row.get('brand'),
      model: row.get('model'),
      title: `${row.get('brand')} ${possessive} ${row.get('model')}`,
      path: `Clothing & Shoes > Clothing > ${LEAF[leaf] ?? 'Clothing'}`,
      ...price,
      attrs: {
        ...colours.attrs,
        gender,
        size: sizes.join(', '),
        material: row.get('material'),
        fit: row.get('fit'),
      },
      tags: [
        'clothing',
        (LEAF[leaf] ?? '').toLowerCase(),
        gender,
        when(/recycled/.test(row.get('material')), 'recycled'),
      ],
      words: {
        who: gender,
        material: row.get('material'),
        fit: row.get('fit'),
        piece: row.get('model').toLowerCase(),
        outer: flag(leaf === 'jackets' || leaf === 'fleece'),
        jeans: flag(leaf === 'jeans'),
        budget: flag(price.priceCents < 3000),
      },
      hook: row.get('hook'),
      axes: [...colours.axes, { attr: 'size', values: sizes.map((value) => ({ value, addCents: 0 })) }],
      listings: colours.listings,
    });
  });
}

const POOLS: Pools = {
  openers: [
    '{!jeans}The {name} is a wardrobe staple for {who}.',
    "{!jeans}{brand}'s {piece} is made to be worn often and washed often.",
    '{!jeans}Easy to wear and easy to layer, this {piece} from {brand} works in every season.',
    '{?outer}The {name} is a layer you will reach for every cool morning.',
    '{?jeans}The {name} are jeans with a {fit} fit and a classic five-pocket cut.',
    '{?jeans}{brand} cut these {fit} jeans to be worn hard and washed often.',
    '{?budget}{!jeans}The {name} is a basic worth buying in more than one color.',
  ],
  features: ['[material]Made from {material}.', '[fit]Cut for a {fit} fit.', '[care]Machine washable.'],
  uses: [
    'Good for work, weekends and travel.',
    '{?outer}Great for fall walks and chilly commutes.',
    '{?jeans}Dress them up with a shirt or down with a tee.',
  ],
  closers: ['Check the size chart for the best fit.', 'Available in several colors.'],
};

/** Clothing, with size and color variants. */
export const clothing: CategoryDef = {
  key: 'clothing',
  prefix: 'clo',
  pools: POOLS,
  specs: table(ROWS, COLUMNS).flatMap(specs),
};
