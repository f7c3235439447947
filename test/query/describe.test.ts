import { describe, expect, it } from 'vitest';
import {
  constraintChips,
  describeConstraints,
  parseConstraints,
  removeConstraint,
} from '../../src/query/constraints.ts';
import { emptyConstraints } from '../../src/query/types.ts';
import { parsed, price, VOCAB } from './vocab.ts';

const FULL = parsed('headphones', {
  price: price({ min: 2000, max: 4000 }),
  brands: ['Sony', 'Bose'],
  excludeBrands: ['JBL', 'Beats'],
  categories: ['Headphones'],
  inStockOnly: true,
  sort: 'price_asc',
});

describe('describeConstraints', () => {
  it.each([
    ['under $60 not JBL in stock', 'under $60, leaving out JBL, in stock only', '$60以内，不要JBL，仅限有货'],
    ['over $200', 'over $200', '$200以上'],
    ['between $19.99 and $40', 'between $19.99 and $40', '$19.99到$40之间'],
    ['Sony or Bose', 'from Sony or Bose', '品牌：Sony或Bose'],
    [
      'Dell, HP or Lenovo laptop',
      'in Laptops, from Dell, HP or Lenovo',
      '类别：Laptops，品牌：Dell或HP或Lenovo',
    ],
    ['most expensive speakers', 'in Speakers, most expensive first', '类别：Speakers，价格从高到低'],
    ['under €50', 'under €50', '€50以内'],
    ['headphones', 'in Headphones', '类别：Headphones'],
    ['something nice', '', ''],
  ])('%s', (input, en, zh) => {
    const c = parseConstraints(input, VOCAB);
    expect(describeConstraints(c, { language: 'en' })).toBe(en);
    expect(describeConstraints(c, { language: 'zh' })).toBe(zh.replace(/\$/g, 'US$'));
  });

  it('names every kind of constraint in a fixed order', () => {
    expect(describeConstraints(FULL, { language: 'en' })).toBe(
      'in Headphones, from Sony or Bose, between $20 and $40, leaving out JBL and Beats, in stock only, cheapest first',
    );
    expect(describeConstraints(FULL, { language: 'zh' })).toBe(
      '类别：Headphones，品牌：Sony或Bose，US$20到US$40之间，不要JBL、Beats，仅限有货，价格从低到高',
    );
  });

  it('formats yuan for a Chinese reader', () => {
    const c = parseConstraints('300元以内的耳机', { ...VOCAB, currency: 'CNY' });
    expect(describeConstraints(c, { language: 'zh' })).toBe('类别：Headphones，¥300以内');
  });
});

describe('constraintChips and removeConstraint', () => {
  it('gives each active constraint a chip with a stable id', () => {
    expect(constraintChips(FULL)).toEqual([
      { id: 'category:Headphones', label: 'Headphones' },
      { id: 'brand:Sony', label: 'Sony' },
      { id: 'brand:Bose', label: 'Bose' },
      { id: 'price', label: '$20–$40' },
      { id: 'exclude:JBL', label: 'Not JBL' },
      { id: 'exclude:Beats', label: 'Not Beats' },
      { id: 'stock', label: 'In stock' },
      { id: 'sort', label: 'Cheapest first' },
    ]);
    expect(constraintChips(FULL, { language: 'zh' }).map((c) => c.label)).toEqual([
      'Headphones',
      'Sony',
      'Bose',
      'US$20–US$40',
      '不要JBL',
      '不要Beats',
      '有货',
      '价格从低到高',
    ]);
  });

  it('labels one-sided prices', () => {
    expect(constraintChips(parseConstraints('under $60', VOCAB))).toEqual([
      { id: 'price', label: 'Under $60' },
    ]);
    expect(constraintChips(parseConstraints('over $200', VOCAB))).toEqual([
      { id: 'price', label: 'Over $200' },
    ]);
    expect(constraintChips(emptyConstraints('headphones'))).toEqual([]);
  });

  it.each([
    ['price', { ...FULL, price: undefined }],
    ['brand:Sony', { ...FULL, brands: ['Bose'] }],
    ['exclude:JBL', { ...FULL, excludeBrands: ['Beats'] }],
    ['category:Headphones', { ...FULL, categories: [] }],
    ['stock', { ...FULL, inStockOnly: false }],
    ['sort', { ...FULL, sort: 'relevance' }],
  ])('removing %s drops exactly that constraint', (id, expected) => {
    const after = removeConstraint(FULL, id);
    const { price: _price, ...rest } = expected;
    expect(after).toEqual(expected.price ? expected : rest);
    expect(constraintChips(after).map((c) => c.id)).toEqual(
      constraintChips(FULL)
        .map((c) => c.id)
        .filter((x) => x !== id),
    );
  });

  it('ends with no chips after removing every chip in turn', () => {
    let c = FULL;
    for (const chip of constraintChips(FULL)) c = removeConstraint(c, chip.id);
    expect(constraintChips(c)).toEqual([]);
    expect(c).toEqual(emptyConstraints('headphones'));
  });

  it('ignores an unknown chip id', () => {
    expect(removeConstraint(FULL, 'colour:red')).toEqual(FULL);
    expect(removeConstraint(FULL, 'brand:Nikon')).toEqual(FULL);
  });
});
