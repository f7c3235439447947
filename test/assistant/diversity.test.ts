import { describe, expect, it } from 'vitest';
import { diversify, modelKey, nearDuplicates } from '../../src/assistant/diversity.ts';
import { makeProduct } from '../fakes/products.ts';

const item = (id: string, title: string, brand: string) => ({ product: makeProduct({ id, title, brand }) });

describe('near-duplicates', () => {
  it('treats listings of one model as one', () => {
    const black = { brand: 'JBL', title: 'JBL Go 4 Portable Speaker, Black' };
    const blue = { brand: 'JBL', title: 'JBL Go 4 Portable Speaker, Blue' };
    expect(modelKey(black)).toBe(modelKey(blue));
    expect(nearDuplicates(black, blue)).toBe(true);
    expect(nearDuplicates(black, { brand: 'JBL', title: 'JBL Flip 6 Waterproof Speaker' })).toBe(false);
    expect(nearDuplicates(black, { brand: 'Sony', title: 'JBL Go 4 Portable Speaker, Black' })).toBe(false);
  });
});

describe('diversify', () => {
  const ranked = [
    item('1', 'JBL Go 4, Black', 'JBL'),
    item('2', 'JBL Go 4, Blue', 'JBL'),
    item('3', 'JBL Flip 6', 'JBL'),
    item('4', 'JBL Charge 5', 'JBL'),
    item('5', 'Anker Soundcore 2', 'Anker'),
    item('6', 'Sony XB100', 'Sony'),
    item('7', 'Tribit StormBox', 'Tribit'),
  ];
  const ids = (xs: readonly { product: { id: string } }[]) => xs.map((x) => x.product.id);

  it('skips variants of a model already shown and caps each brand at two', () => {
    expect(ids(diversify(ranked, { size: 5 }))).toEqual(['1', '3', '5', '6', '7']);
  });

  it('lets a brand the shopper asked for fill the screen, still without variants', () => {
    expect(ids(diversify(ranked, { size: 4, brandAsked: true }))).toEqual(['1', '3', '4', '5']);
  });

  it('fills the screen with skipped items rather than showing fewer', () => {
    const onlyJbl = ranked.slice(0, 4);
    expect(ids(diversify(onlyJbl, { size: 4 }))).toEqual(['1', '3', '4', '2']);
  });
});
