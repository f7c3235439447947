import { describe, expect, it } from 'vitest';
import { mergeConstraints, parseConstraints } from '../../src/query/constraints.ts';
import type { Constraints } from '../../src/query/types.ts';
import { parsed, price, VOCAB } from './vocab.ts';

const FIRST = parseConstraints('Samsung or Apple phones under $500', VOCAB);

function followUp(text: string, previous: Constraints = FIRST): Constraints {
  return mergeConstraints(previous, parseConstraints(text, VOCAB));
}

describe('mergeConstraints', () => {
  it('starts from the first request', () => {
    expect(FIRST).toEqual(
      parsed('phones', {
        price: price({ max: 50000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Phones'],
      }),
    );
  });

  it.each([
    [
      'under 300 instead',
      parsed('phones', {
        price: price({ max: 30000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Phones'],
      }),
    ],
    [
      'not Samsung',
      parsed('phones', {
        price: price({ max: 50000 }),
        brands: ['Apple'],
        excludeBrands: ['Samsung'],
        categories: ['Phones'],
      }),
    ],
    [
      'only in stock',
      parsed('phones', {
        price: price({ max: 50000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Phones'],
        inStockOnly: true,
      }),
    ],
    [
      'Sony instead',
      parsed('phones', { price: price({ max: 50000 }), brands: ['Sony'], categories: ['Phones'] }),
    ],
    [
      'over 100',
      parsed('phones', {
        price: price({ min: 10000, max: 50000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Phones'],
      }),
    ],
    [
      'cheapest first',
      parsed('phones', {
        price: price({ max: 50000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Phones'],
        sort: 'price_asc',
      }),
    ],
    [
      'wireless ones',
      parsed('wireless phones', {
        price: price({ max: 50000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Phones'],
      }),
    ],
    [
      'what about laptops',
      parsed('laptops', {
        price: price({ max: 50000 }),
        brands: ['Samsung', 'Apple'],
        categories: ['Laptops'],
      }),
    ],
  ])('%s', (text, expected) => {
    expect(followUp(text)).toEqual(expected);
  });

  it('adds exclusions to earlier ones and lets a new inclusion lift an exclusion', () => {
    const noJbl = parseConstraints('speakers, not JBL', VOCAB);
    const noBoth = followUp('no Beats either', noJbl);
    expect(noBoth.excludeBrands).toEqual(['JBL', 'Beats']);
    expect(followUp('JBL after all', noBoth)).toEqual(
      parsed('speakers', { brands: ['JBL'], excludeBrands: ['Beats'], categories: ['Speakers'] }),
    );
  });

  it('replaces a price that does not combine', () => {
    const range = parseConstraints('phones between $200 and $400', VOCAB);
    expect(followUp('under 300 instead', range).price).toEqual(price({ max: 30000 }));
    expect(followUp('over 600', parseConstraints('under $500', VOCAB)).price).toEqual(price({ min: 60000 }));
  });

  it('keeps in-stock once asked for', () => {
    const inStock = parseConstraints('headphones in stock', VOCAB);
    expect(followUp('under 100', inStock).inStockOnly).toBe(true);
  });
});
