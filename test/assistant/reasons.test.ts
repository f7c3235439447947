import { describe, expect, it } from 'vitest';
import { whyLine } from '../../src/assistant/reasons.ts';
import { parseConstraints } from '../../src/query/constraints.ts';
import { tokenizeForSearch } from '../../src/text/tokenize.ts';
import { makeProduct } from '../fakes/products.ts';

const VOCAB = { brands: ['JBL', 'Anker'], categories: ['Speakers'], currency: 'USD' };

const speaker = makeProduct({
  id: 'spk-1',
  title: 'Anker Soundcore 2',
  brand: 'Anker',
  price: '40.00',
  attributes: { color: 'Black', connectivity: 'Bluetooth 5.3', batteryLife: '30 h', weight: '414 g' },
  rating: 4.5,
  ratingCount: 1204,
});

function why(request: string, product = speaker, language: 'en' | 'zh' = 'en'): string {
  const constraints = parseConstraints(request, VOCAB);
  return whyLine({ product, constraints, words: tokenizeForSearch(constraints.text), language });
}

describe('whyLine', () => {
  it('states matched attributes, price against the budget and the rating', () => {
    expect(why('bluetooth speaker under $60')).toBe(
      'Bluetooth 5.3, 30 h battery · $20 under your budget · 4.5★ (1,204 reviews)',
    );
  });

  it('puts the attributes the request names first', () => {
    expect(why('black speaker with long battery')).toMatch(/^Black, 30 h battery/);
  });

  it('mentions a sale only when the feed says so, and no rating when there is none', () => {
    const plain = makeProduct({ id: 'x', title: 'Plain thing', price: '10.00' });
    expect(why('thing', plain)).toBe('');
    const sale = makeProduct({ id: 'y', title: 'Sale thing', price: '10.00' });
    const onSale = { ...sale, listPrice: { minor: 1500, currency: 'USD' } };
    expect(why('thing', onSale)).toBe('on sale (was $15)');
  });

  it('writes Chinese for Chinese requests', () => {
    expect(why('蓝牙音箱 300元以内', speaker, 'zh')).toBe(
      'Bluetooth 5.3，续航30 h · 比预算低US$260 · 4.5★（1,204条评价）',
    );
  });
});
