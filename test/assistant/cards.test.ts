import { describe, expect, it } from 'vitest';
import { toCard } from '../../src/assistant/cards.ts';
import { makeProduct } from '../fakes/products.ts';

const card = (listMinor: number | undefined, language: 'en' | 'zh' = 'en') => {
  const product = makeProduct({ id: 'k-1', title: 'Kettle', price: '39.99' });
  return toCard({
    product:
      listMinor === undefined ? product : { ...product, listPrice: { minor: listMinor, currency: 'USD' } },
    position: 1,
    score: 1,
    why: '',
    language,
  });
};

describe('product cards', () => {
  it('carry the earlier higher price formatted like the price itself', () => {
    expect(card(4999)).toMatchObject({ priceText: '$39.99', listPriceText: '$49.99' });
    const zh = card(4999, 'zh');
    expect(zh.listPriceText).toBe(zh.priceText.replace('39.99', '49.99'));
  });

  it('show no earlier price when there is none or it is not higher', () => {
    for (const c of [card(undefined), card(3999), card(2999)]) {
      expect(c.listPrice).toBeUndefined();
      expect(c.listPriceText).toBeUndefined();
    }
  });
});
