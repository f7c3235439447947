import { describe, expect, it } from 'vitest';
import { parseConstraints } from '../../src/query/constraints.ts';
import type { Constraints } from '../../src/query/types.ts';
import { parsed, price, VOCAB, VOCAB_CNY } from './vocab.ts';

const CEILINGS: ReadonlyArray<readonly [string, Constraints]> = [
  ['under $800', parsed('', { price: price({ max: 80000 }) })],
  ['laptop under $800', parsed('laptop', { price: price({ max: 80000 }), categories: ['Laptops'] })],
  ['under 800 dollars', parsed('', { price: price({ max: 80000 }) })],
  ['less than 50 bucks', parsed('', { price: price({ max: 5000 }) })],
  ['below 100', parsed('', { price: price({ max: 10000 }) })],
  ['<100', parsed('', { price: price({ max: 10000 }) })],
  ['< $100', parsed('', { price: price({ max: 10000 }) })],
  ['<= 100', parsed('', { price: price({ max: 10000 }) })],
  ['at most 200', parsed('', { price: price({ max: 20000 }) })],
  ['max 150', parsed('', { price: price({ max: 15000 }) })],
  ['max. $150', parsed('', { price: price({ max: 15000 }) })],
  ['no more than 40', parsed('', { price: price({ max: 4000 }) })],
  ['up to 60 USD', parsed('', { price: price({ max: 6000 }) })],
  ['cheaper than 300', parsed('', { price: price({ max: 30000 }) })],
  ['budget of 500', parsed('', { price: price({ max: 50000 }) })],
  ['a $500 budget for a laptop', parsed('laptop', { price: price({ max: 50000 }), categories: ['Laptops'] })],
  ['for 50 dollars or less', parsed('', { price: price({ max: 5000 }) })],
  ['$50 or less', parsed('', { price: price({ max: 5000 }) })],
  ['$150 max', parsed('', { price: price({ max: 15000 }) })],
  ['under 1k', parsed('', { price: price({ max: 100000 }) })],
  ['under $1.5k', parsed('', { price: price({ max: 150000 }) })],
  ['under 1,200', parsed('', { price: price({ max: 120000 }) })],
  ['under $19.99', parsed('', { price: price({ max: 1999 }) })],
  ['under €50', parsed('', { price: price({ max: 5000 }, 'EUR') })],
  ['under £30', parsed('', { price: price({ max: 3000 }, 'GBP') })],
  ['under 50 quid', parsed('', { price: price({ max: 5000 }, 'GBP') })],
  ['within 300', parsed('', { price: price({ max: 30000 }) })],
  ['300以内', parsed('', { price: price({ max: 30000 }) })],
  ['300元以内', parsed('', { price: price({ max: 30000 }) })],
  ['300元以下', parsed('', { price: price({ max: 30000 }) })],
  ['不超过300', parsed('', { price: price({ max: 30000 }) })],
  ['低于300', parsed('', { price: price({ max: 30000 }) })],
  ['300块以下', parsed('', { price: price({ max: 30000 }) })],
  ['500块钱以内', parsed('', { price: price({ max: 50000 }) })],
  ['under fifty dollars', parsed('', { price: price({ max: 5000 }) })],
  ['under two hundred', parsed('', { price: price({ max: 20000 }) })],
  ['under a hundred bucks', parsed('', { price: price({ max: 10000 }) })],
  ['under two hundred and fifty', parsed('', { price: price({ max: 25000 }) })],
  ['under two thousand five hundred', parsed('', { price: price({ max: 250000 }) })],
  ['under two grand', parsed('', { price: price({ max: 200000 }) })],
  ['sub-$100', parsed('', { price: price({ max: 10000 }) })],
  ['sub 100', parsed('', { price: price({ max: 10000 }) })],
  [
    'under 300 headphones',
    parsed('headphones', { price: price({ max: 30000 }), categories: ['Headphones'] }),
  ],
];

const FLOORS: ReadonlyArray<readonly [string, Constraints]> = [
  ['over $200', parsed('', { price: price({ min: 20000 }) })],
  ['more than 100', parsed('', { price: price({ min: 10000 }) })],
  ['above 50', parsed('', { price: price({ min: 5000 }) })],
  ['at least 300', parsed('', { price: price({ min: 30000 }) })],
  ['>200', parsed('', { price: price({ min: 20000 }) })],
  ['200+', parsed('', { price: price({ min: 20000 }) })],
  ['from $100', parsed('', { price: price({ min: 10000 }) })],
  ['$100 and up', parsed('', { price: price({ min: 10000 }) })],
  ['1000元以上', parsed('', { price: price({ min: 100000 }) })],
];

const RANGES: ReadonlyArray<readonly [string, Constraints]> = [
  ['between 20 and 40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['between $20 and $40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['between twenty and forty dollars', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['20-40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['$20 - $40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['20 to 40 dollars', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['from 20 to 40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['20到40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  ['20~40', parsed('', { price: price({ min: 2000, max: 4000 }) })],
  [
    'headphones 50-100',
    parsed('headphones', { price: price({ min: 5000, max: 10000 }), categories: ['Headphones'] }),
  ],
  ['over 100 but under 300', parsed('', { price: price({ min: 10000, max: 30000 }) })],
  [
    '价格300到500之间的耳机',
    parsed('耳机', { price: price({ min: 30000, max: 50000 }), categories: ['Headphones'] }),
  ],
  // "around" widens by 20% either side, in integer minor units.
  ['around 50', parsed('', { price: price({ min: 4000, max: 6000 }) })],
  ['about $50', parsed('', { price: price({ min: 4000, max: 6000 }) })],
  ['~50', parsed('', { price: price({ min: 4000, max: 6000 }) })],
  ['roughly 100', parsed('', { price: price({ min: 8000, max: 12000 }) })],
  ['around $19.99', parsed('', { price: price({ min: 1600, max: 2398 }) })],
  ['$50ish', parsed('', { price: price({ min: 4000, max: 6000 }) })],
  [
    'headphones around the $100 mark',
    parsed('headphones', { price: price({ min: 8000, max: 12000 }), categories: ['Headphones'] }),
  ],
  [
    '2000元左右的手机',
    parsed('手机', { price: price({ min: 160000, max: 240000 }), categories: ['Phones'] }),
  ],
  // A bare amount with a currency and no price word reads as "around".
  [
    '$300 headphones',
    parsed('headphones', { price: price({ min: 24000, max: 36000 }), categories: ['Headphones'] }),
  ],
];

const NOT_PRICES: ReadonlyArray<readonly [string, Constraints]> = [
  ['WH-1000XM5', parsed('WH-1000XM5')],
  ['iPhone 15', parsed('iPhone 15')],
  ['1080p webcam', parsed('1080p webcam')],
  ['4K TV', parsed('4K TV')],
  ['4K TV under 4k', parsed('4K TV under 4k')],
  ['2 pack', parsed('2 pack')],
  ['32GB phone', parsed('32GB phone', { categories: ['Phones'] })],
  ['65 inch TV', parsed('65 inch TV')],
  ['running shoes size 10', parsed('running shoes size 10', { categories: ['Running Shoes'] })],
  ['toys for a 10 year old', parsed('toys for a 10 year old', { categories: ['Toys'] })],
  ['12 cup coffee maker', parsed('12 cup coffee maker', { categories: ['Coffee Makers'] })],
  ['500W blender', parsed('500W blender')],
  ['1TB SSD laptop', parsed('1TB SSD laptop', { categories: ['Laptops'] })],
  ['best laptops in 2024', parsed('best laptops in 2024', { categories: ['Laptops'] })],
  ['7.1 surround speakers', parsed('7.1 surround speakers', { categories: ['Speakers'] })],
  ['USB-C 100W charger', parsed('USB-C 100W charger')],
  ['$', parsed('$')],
  ['up to 30 hours battery', parsed('up to 30 hours battery')],
  ['more than 2 ports', parsed('more than 2 ports')],
  ['at least 16GB', parsed('at least 16GB')],
  ['more than one device', parsed('more than one device')],
  ['iphone 14-15', parsed('iphone 14-15')],
  ['toys ages 3-5', parsed('toys ages 3-5', { categories: ['Toys'] })],
  ['under 30 pounds', parsed('under 30 pounds')],
  ['Air Max 90', parsed('Air Max 90')],
];

function check(input: string, expected: Constraints): void {
  expect(parseConstraints(input, VOCAB)).toEqual(expected);
}

describe('parseConstraints: price ceilings', () => {
  it.each(CEILINGS)('%s', check);
});

describe('parseConstraints: price floors', () => {
  it.each(FLOORS)('%s', check);
});

describe('parseConstraints: price ranges and approximate prices', () => {
  it.each(RANGES)('%s', check);
});

describe('parseConstraints: numbers that are not prices', () => {
  it.each(NOT_PRICES)('%s', check);
});

describe('parseConstraints: currencies', () => {
  it('uses the catalog currency when the text names none', () => {
    expect(parseConstraints('300元以内', VOCAB_CNY).price).toEqual(price({ max: 30000 }, 'CNY'));
    expect(parseConstraints('under 300', VOCAB_CNY).price).toEqual(price({ max: 30000 }, 'CNY'));
  });

  it('lets an explicit symbol or code override the catalog currency', () => {
    expect(parseConstraints('under $50', VOCAB_CNY).price).toEqual(price({ max: 5000 }, 'USD'));
    expect(parseConstraints('under 50 EUR', VOCAB).price).toEqual(price({ max: 5000 }, 'EUR'));
    expect(parseConstraints('under ¥300', VOCAB).price).toEqual(price({ max: 30000 }, 'CNY'));
  });

  it('reads "$" as the catalog dollar and "pounds" as money only in a pound catalog', () => {
    expect(parseConstraints('under $50', { ...VOCAB, currency: 'CAD' }).price).toEqual(
      price({ max: 5000 }, 'CAD'),
    );
    expect(parseConstraints('under 30 pounds', { ...VOCAB, currency: 'GBP' }).price).toEqual(
      price({ max: 3000 }, 'GBP'),
    );
  });

  it('counts minor units by the currency (no cents in yen)', () => {
    expect(parseConstraints('under ¥3000', { ...VOCAB, currency: 'JPY' }).price).toEqual(
      price({ max: 3000 }, 'JPY'),
    );
  });

  it('lets the later bound win when the shopper corrects themselves', () => {
    expect(parseConstraints('under 300, actually under 200', VOCAB).price).toEqual(price({ max: 20000 }));
  });
});
