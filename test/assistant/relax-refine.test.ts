import { describe, expect, it } from 'vitest';
import { comparativeFilter, extractComparatives } from '../../src/assistant/comparatives.ts';
import { cheaperPrice, isRefinement, mergeRefinement, toShopCurrency } from '../../src/assistant/refine.ts';
import { niceCeil, relaxationSteps, widenPrice } from '../../src/assistant/relax.ts';
import { parseConstraints } from '../../src/query/constraints.ts';
import { emptyConstraints } from '../../src/query/types.ts';
import { makeProduct } from '../fakes/products.ts';

const VOCAB = { brands: ['Samsung', 'Apple', 'JBL'], categories: ['Phones', 'Speakers'], currency: 'USD' };
const parse = (t: string) => parseConstraints(t, VOCAB);
const productWord = (w: string) =>
  ['phone', 'phones', 'speaker', 'speakers', 'laptop'].includes(w.toLowerCase());

describe('relaxation', () => {
  it('relaxes price first, then stock, brand and category; never an exclusion', () => {
    const c = parse('Samsung phones under $100 in stock not Apple');
    expect(relaxationSteps(c)).toEqual(['price', 'stock', 'brands', 'categories']);
    expect(relaxationSteps(parse('phones not Apple'))).toEqual(['categories']);
  });

  it('widens a ceiling just enough to reach the closest items, to a round amount', () => {
    const candidates = ['33.99', '24.99', '80.00', '29.99'].map((price, i) =>
      makeProduct({ id: `p${i}`, title: 'x', price }),
    );
    expect(widenPrice({ range: { currency: 'USD', maxMinor: 2000 }, candidates, count: 3 })).toEqual({
      currency: 'USD',
      maxMinor: 3500,
    });
    expect(niceCeil(41_250, 'USD')).toBe(42_000);
  });
});

describe('refinements', () => {
  const previous = parse('bluetooth speaker under $60');

  it.each([
    ['under 300 instead', true],
    ['in black', true],
    ['not JBL', true],
    ['only in stock', true],
    ['waterproof', true],
    ['wireless ones', true],
    ['Samsung phones', false],
    ['a laptop for school', false],
  ])('%j refines the last search: %s', (text, expected) => {
    expect(isRefinement({ text, parsed: parse(text), previous, isProductWord: productWord })).toBe(expected);
  });

  it('is never a refinement without a previous search', () => {
    expect(
      isRefinement({
        text: 'in black',
        parsed: parse('in black'),
        previous: undefined,
        isProductWord: productWord,
      }),
    ).toBe(false);
  });

  it('adds describing words to the search instead of replacing it', () => {
    expect(mergeRefinement(previous, parse('in black'))).toMatchObject({
      text: 'black bluetooth speaker',
      price: { maxMinor: 6000 },
    });
    expect(mergeRefinement(previous, parse('not JBL')).excludeBrands).toEqual(['JBL']);
  });

  it('sets "cheaper" below the median shown price or at 80% of the budget, whichever is lower', () => {
    expect(cheaperPrice({ previous, shownPrices: [5995, 4999, 5599], currency: 'USD' })).toEqual({
      price: { currency: 'USD', maxMinor: 4800 },
      rule: 'budget',
    });
    expect(cheaperPrice({ previous, shownPrices: [2000, 3000, 4000, 5000], currency: 'USD' })).toEqual({
      price: { currency: 'USD', maxMinor: 3499 },
      rule: 'median',
    });
    expect(
      cheaperPrice({ previous: emptyConstraints('x'), shownPrices: [], currency: 'USD' }),
    ).toBeUndefined();
  });

  it('reads a price in another currency as the shop currency, and says what it read', () => {
    const { constraints, from } = toShopCurrency(parse('speaker under €50'), 'USD');
    expect(constraints.price).toEqual({ currency: 'USD', maxMinor: 5000 });
    expect(from).toEqual({ currency: 'EUR', maxMinor: 5000 });
    expect(toShopCurrency(parse('speaker under $50'), 'USD').from).toBeUndefined();
  });
});

describe('comparatives', () => {
  const anchor = makeProduct({
    id: 'a',
    title: 'A',
    price: '100.00',
    attributes: { weight: '550 g', batteryLife: '12 h' },
  });

  it('finds "lighter" and "longer battery" and filters on the anchor\'s own values', () => {
    const { comparatives, rest } = extractComparatives('but lighter and with a longer battery in blue');
    expect(comparatives).toEqual([
      { key: 'weight', direction: 'less' },
      { key: 'batteryLife', direction: 'more' },
    ]);
    expect(rest).toBe('in blue');
    const { filter } = comparativeFilter(anchor, comparatives);
    const p = (weight: string, battery: string) =>
      makeProduct({ id: weight, title: 'p', attributes: { weight, batteryLife: battery } });
    expect(filter(p('0.3 kg', '20 h'))).toBe(true);
    expect(filter(p('1.2 kg', '20 h'))).toBe(false);
    expect(filter(p('300 g', '10 h'))).toBe(false);
    expect(filter(makeProduct({ id: 'n', title: 'no data' }))).toBe(false);
  });
});
