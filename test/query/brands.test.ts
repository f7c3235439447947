import { describe, expect, it } from 'vitest';
import { parseConstraints } from '../../src/query/constraints.ts';
import type { Constraints } from '../../src/query/types.ts';
import { parsed, price, VOCAB } from './vocab.ts';

const INCLUDE: ReadonlyArray<readonly [string, Constraints]> = [
  ['Sony or Bose', parsed('', { brands: ['Sony', 'Bose'] })],
  ['Sony headphones', parsed('headphones', { brands: ['Sony'], categories: ['Headphones'] })],
  ['headphones by Sony', parsed('headphones', { brands: ['Sony'], categories: ['Headphones'] })],
  ['a laptop from Apple', parsed('laptop', { brands: ['Apple'], categories: ['Laptops'] })],
  ['only Samsung', parsed('', { brands: ['Samsung'] })],
  ['Samsung only', parsed('', { brands: ['Samsung'] })],
  ['Bang & Olufsen speakers', parsed('speakers', { brands: ['Bang & Olufsen'], categories: ['Speakers'] })],
  ['bang and olufsen speakers', parsed('speakers', { brands: ['Bang & Olufsen'], categories: ['Speakers'] })],
  [
    'audio technica headphones',
    parsed('headphones', { brands: ['Audio-Technica'], categories: ['Headphones'] }),
  ],
  ['audiotechnica turntable', parsed('turntable', { brands: ['Audio-Technica'] })],
  ['levis jeans', parsed('jeans', { brands: ["Levi's"], categories: ['Jeans'] })],
  ["LEVI'S 501", parsed('501', { brands: ["Levi's"] })],
  ['nestle coffee', parsed('coffee', { brands: ['Nestlé'] })],
  ['jbl', parsed('', { brands: ['JBL'] })],
  [
    "Sony's noise cancelling headphones",
    parsed('noise cancelling headphones', { brands: ['Sony'], categories: ['Headphones'] }),
  ],
  [
    'Dell, HP or Lenovo laptop',
    parsed('laptop', { brands: ['Dell', 'HP', 'Lenovo'], categories: ['Laptops'] }),
  ],
  ['小米或华为手机', parsed('手机', { brands: ['Xiaomi', 'Huawei'], categories: ['Phones'] })],
  ['索尼的耳机', parsed('耳机', { brands: ['Sony'], categories: ['Headphones'] })],
];

const EXCLUDE: ReadonlyArray<readonly [string, Constraints]> = [
  ['not JBL', parsed('', { excludeBrands: ['JBL'] })],
  ['speakers, not JBL', parsed('speakers', { excludeBrands: ['JBL'], categories: ['Speakers'] })],
  ['no Apple', parsed('', { excludeBrands: ['Apple'] })],
  ['phones except Samsung', parsed('phones', { excludeBrands: ['Samsung'], categories: ['Phones'] })],
  [
    'headphones without Beats',
    parsed('headphones', { excludeBrands: ['Beats'], categories: ['Headphones'] }),
  ],
  ['anything but JBL', parsed('', { excludeBrands: ['JBL'] })],
  ['other than Sony', parsed('', { excludeBrands: ['Sony'] })],
  ['non-Apple laptop', parsed('laptop', { excludeBrands: ['Apple'], categories: ['Laptops'] })],
  ['avoid Dell', parsed('', { excludeBrands: ['Dell'] })],
  ['laptops excluding HP', parsed('laptops', { excludeBrands: ['HP'], categories: ['Laptops'] })],
  ['not from Sony', parsed('', { excludeBrands: ['Sony'] })],
  ['no Sony or Bose', parsed('', { excludeBrands: ['Sony', 'Bose'] })],
  ["I don't want Samsung", parsed('', { excludeBrands: ['Samsung'] })],
  ['不要JBL', parsed('', { excludeBrands: ['JBL'] })],
  ['不要JBL的音箱', parsed('音箱', { excludeBrands: ['JBL'], categories: ['Speakers'] })],
  ['除了索尼', parsed('', { excludeBrands: ['Sony'] })],
  ['除了索尼以外的耳机', parsed('耳机', { excludeBrands: ['Sony'], categories: ['Headphones'] })],
  ['不要苹果的手机', parsed('手机', { excludeBrands: ['Apple'], categories: ['Phones'] })],
  [
    'Sony headphones but not JBL',
    parsed('headphones', { brands: ['Sony'], excludeBrands: ['JBL'], categories: ['Headphones'] }),
  ],
  [
    'bose or jbl speaker, not beats',
    parsed('speaker', { brands: ['Bose', 'JBL'], excludeBrands: ['Beats'], categories: ['Speakers'] }),
  ],
];

const EVERYDAY_WORDS: ReadonlyArray<readonly [string, Constraints]> = [
  ['something to put on my desk', parsed('something to put on my desk')],
  ['a gift for my brother', parsed('gift for my brother')],
  ['nothing fancy, just a phone', parsed('nothing fancy, just a phone', { categories: ['Phones'] })],
  ['ON SALE HEADPHONES', parsed('ON SALE HEADPHONES', { categories: ['Headphones'] })],
  ['by On', parsed('', { brands: ['On'] })],
  ['On Running shoes', parsed('Running shoes', { brands: ['On'], categories: ['Running Shoes'] })],
  ['I love the On Cloudmonster', parsed('I love the Cloudmonster', { brands: ['On'] })],
  ['Nothing Phone', parsed('Phone', { brands: ['Nothing'], categories: ['Phones'] })],
  ['Brother printer', parsed('printer', { brands: ['Brother'], categories: ['Printers'] })],
  ['not Nothing', parsed('', { excludeBrands: ['Nothing'] })],
  ['by Sony or On', parsed('', { brands: ['Sony', 'On'] })],
  ['Anker charger', parsed('charger', { brands: ['Anker'] })],
];

function check(input: string, expected: Constraints): void {
  expect(parseConstraints(input, VOCAB)).toEqual(expected);
}

describe('parseConstraints: brand inclusion', () => {
  it.each(INCLUDE)('%s', check);
});

describe('parseConstraints: brand exclusion', () => {
  it.each(EXCLUDE)('%s', check);
});

describe('parseConstraints: brands that are everyday words need a cue', () => {
  it.each(EVERYDAY_WORDS)('%s', check);
});

describe('parseConstraints: brands with other constraints', () => {
  it('keeps price, brand and exclusion apart in one sentence', () => {
    expect(parseConstraints('no more than $40 for a JBL speaker, not Beats', VOCAB)).toEqual(
      parsed('speaker', {
        price: price({ max: 4000 }),
        brands: ['JBL'],
        excludeBrands: ['Beats'],
        categories: ['Speakers'],
      }),
    );
  });

  it('matches only brands the catalog has', () => {
    expect(parseConstraints('Nike running shoes', VOCAB)).toEqual(
      parsed('Nike running shoes', { categories: ['Running Shoes'] }),
    );
    expect(parseConstraints('小米手机', { ...VOCAB, brands: ['Sony'] })).toEqual(
      parsed('小米手机', { categories: ['Phones'] }),
    );
  });

  it('lets an exclusion win over an inclusion of the same brand', () => {
    expect(parseConstraints('Sony but not Sony', VOCAB)).toEqual(parsed('', { excludeBrands: ['Sony'] }));
  });
});
