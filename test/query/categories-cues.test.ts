import { describe, expect, it } from 'vitest';
import { parseConstraints } from '../../src/query/constraints.ts';
import type { Constraints, QueryVocabulary } from '../../src/query/types.ts';
import { parsed, price, VOCAB } from './vocab.ts';

const CATEGORIES: ReadonlyArray<readonly [string, Constraints]> = [
  ['headphones', parsed('headphones', { categories: ['Headphones'] })],
  ['a headphone', parsed('headphone', { categories: ['Headphones'] })],
  ['earbuds', parsed('earbuds', { categories: ['Headphones'] })],
  ['wireless earphones', parsed('wireless earphones', { categories: ['Headphones'] })],
  ['gaming headset', parsed('gaming headset', { categories: ['Headphones'] })],
  ['notebook for school', parsed('notebook for school', { categories: ['Laptops'] })],
  ['smartphone', parsed('smartphone', { categories: ['Phones'] })],
  ['cell phone', parsed('cell phone', { categories: ['Phones'] })],
  ['sneakers', parsed('sneakers', { categories: ['Shoes'] })],
  ['running trainers', parsed('running trainers', { categories: ['Running Shoes'] })],
  ['bluetooth speaker', parsed('bluetooth speaker', { categories: ['Bluetooth Speakers'] })],
  ['speakers', parsed('speakers', { categories: ['Speakers'] })],
  ['coffee machine', parsed('coffee machine', { categories: ['Coffee Makers'] })],
  ['kitchen appliances', parsed('kitchen appliances', { categories: ['Kitchen Appliances'] })],
  ['books and toys', parsed('books and toys', { categories: ['Books', 'Toys'] })],
  ['耳机', parsed('耳机', { categories: ['Headphones'] })],
  ['蓝牙音箱', parsed('蓝牙音箱', { categories: ['Bluetooth Speakers'] })],
  ['音响', parsed('音响', { categories: ['Speakers'] })],
  ['笔记本电脑', parsed('笔记本电脑', { categories: ['Laptops'] })],
  ['手机', parsed('手机', { categories: ['Phones'] })],
  ['跑鞋', parsed('跑鞋', { categories: ['Running Shoes'] })],
  ['phone case', parsed('phone case')],
  ['laptop bag', parsed('laptop bag')],
  ['over-ear headphones', parsed('over-ear headphones', { categories: ['Headphones'] })],
  ['smart home speaker', parsed('smart home speaker', { categories: ['Speakers'] })],
  ['laptop speakers', parsed('laptop speakers', { categories: ['Speakers'] })],
];

const STOCK: ReadonlyArray<readonly [string, Constraints]> = [
  ['headphones in stock', parsed('headphones', { categories: ['Headphones'], inStockOnly: true })],
  ['in-stock speakers', parsed('speakers', { categories: ['Speakers'], inStockOnly: true })],
  ['available now', parsed('', { inStockOnly: true })],
  ['a laptop available today', parsed('laptop', { categories: ['Laptops'], inStockOnly: true })],
  ['ships today', parsed('', { inStockOnly: true })],
  ['only in stock', parsed('', { inStockOnly: true })],
  ['toys that I can buy now', parsed('toys', { categories: ['Toys'], inStockOnly: true })],
  ['有货的耳机', parsed('耳机', { categories: ['Headphones'], inStockOnly: true })],
  ['现货', parsed('', { inStockOnly: true })],
];

const SORT: ReadonlyArray<readonly [string, Constraints]> = [
  ['cheap headphones', parsed('headphones', { categories: ['Headphones'], sort: 'price_asc' })],
  ['the cheapest laptop', parsed('laptop', { categories: ['Laptops'], sort: 'price_asc' })],
  ['budget phone', parsed('phone', { categories: ['Phones'], sort: 'price_asc' })],
  ['affordable coffee maker', parsed('coffee maker', { categories: ['Coffee Makers'], sort: 'price_asc' })],
  ['inexpensive toys', parsed('toys', { categories: ['Toys'], sort: 'price_asc' })],
  ['便宜的蓝牙耳机', parsed('蓝牙耳机', { categories: ['Headphones'], sort: 'price_asc' })],
  ['most expensive speakers', parsed('speakers', { categories: ['Speakers'], sort: 'price_desc' })],
  ['最贵的笔记本', parsed('笔记本', { categories: ['Laptops'], sort: 'price_desc' })],
  ['headphones, price low to high', parsed('headphones', { categories: ['Headphones'], sort: 'price_asc' })],
  ['premium headphones', parsed('premium headphones', { categories: ['Headphones'] })],
  ['high-end laptop', parsed('high-end laptop', { categories: ['Laptops'] })],
  ['best coffee maker', parsed('best coffee maker', { categories: ['Coffee Makers'] })],
  [
    'cheap headphones under $50',
    parsed('headphones', { price: price({ max: 5000 }), categories: ['Headphones'], sort: 'price_asc' }),
  ],
];

const LEFTOVER: ReadonlyArray<readonly [string, Constraints]> = [
  ['I want a laptop under $800', parsed('laptop', { price: price({ max: 80000 }), categories: ['Laptops'] })],
  ['Show me some wireless headphones please', parsed('wireless headphones', { categories: ['Headphones'] })],
  ['looking for a coffee maker', parsed('coffee maker', { categories: ['Coffee Makers'] })],
  ['can you find an espresso machine?', parsed('espresso machine', { categories: ['Coffee Makers'] })],
  ['something under $50', parsed('', { price: price({ max: 5000 }) })],
  [
    'headphones, under $50, wireless',
    parsed('headphones wireless', { price: price({ max: 5000 }), categories: ['Headphones'] }),
  ],
  [
    'headphones for $50 or less with noise cancelling',
    parsed('headphones with noise cancelling', { price: price({ max: 5000 }), categories: ['Headphones'] }),
  ],
  ['300以内的蓝牙耳机', parsed('蓝牙耳机', { price: price({ max: 30000 }), categories: ['Headphones'] })],
  [
    '我想要300元以内的蓝牙耳机',
    parsed('蓝牙耳机', { price: price({ max: 30000 }), categories: ['Headphones'] }),
  ],
  [
    'Sony headphones but not JBL, in stock, under $60',
    parsed('headphones', {
      price: price({ max: 6000 }),
      brands: ['Sony'],
      excludeBrands: ['JBL'],
      categories: ['Headphones'],
      inStockOnly: true,
    }),
  ],
  [
    'can you find noise cancelling headphones under $200 but not Sony',
    parsed('noise cancelling headphones', {
      price: price({ max: 20000 }),
      excludeBrands: ['Sony'],
      categories: ['Headphones'],
    }),
  ],
  ['a gift for a 10 year old', parsed('gift for a 10 year old')],
];

function check(input: string, expected: Constraints): void {
  expect(parseConstraints(input, VOCAB)).toEqual(expected);
}

describe('parseConstraints: categories', () => {
  it.each(CATEGORIES)('%s', check);

  it('maps only to categories the catalog has, preferring the most specific', () => {
    const small: QueryVocabulary = {
      currency: 'USD',
      brands: [],
      categories: ['Audio', 'Speakers', 'Earbuds'],
    };
    expect(parseConstraints('bluetooth speaker', small).categories).toEqual(['Speakers']);
    expect(parseConstraints('headphones', small).categories).toEqual(['Earbuds']);
    expect(parseConstraints('laptop', small).categories).toEqual([]);
  });

  it('matches either half of a combined category name', () => {
    const combined: QueryVocabulary = { currency: 'USD', brands: [], categories: ['Headphones & Earbuds'] };
    expect(parseConstraints('earbuds', combined).categories).toEqual(['Headphones & Earbuds']);
  });
});

describe('parseConstraints: stock', () => {
  it.each(STOCK)('%s', check);
});

describe('parseConstraints: sort hints', () => {
  it.each(SORT)('%s', check);
});

describe('parseConstraints: leftover search text', () => {
  it.each(LEFTOVER)('%s', check);

  it('handles hostile and very long input quickly and without throwing', async () => {
    const { HOSTILE_STRINGS } = await import('../fakes/hostile.ts');
    for (const s of HOSTILE_STRINGS) {
      const c = parseConstraints(s, VOCAB);
      expect(c.text.includes('\uE000')).toBe(false);
    }
    expect(parseConstraints('one two three '.repeat(2000), VOCAB).price).toBeUndefined();
  });
});
