import { describe, expect, it } from 'vitest';
import { toLexicalDoc } from '../../src/search/documents.ts';
import { MiniSearchLexicalIndex } from '../../src/search/lexical-minisearch.ts';
import { makeProduct } from '../fakes/products.ts';

const products = [
  makeProduct({
    id: 'zh-1',
    title: '小米无线蓝牙耳机 降噪 长续航',
    brand: 'Xiaomi',
    category: ['电子产品', '耳机'],
  }),
  makeProduct({
    id: 'zh-2',
    title: '华为蓝牙音箱 便携 防水',
    brand: 'Huawei',
    category: ['电子产品', '音箱'],
  }),
  makeProduct({ id: 'zh-3', title: '不锈钢保温杯', brand: 'Thermos', category: ['家居'] }),
  makeProduct({
    id: 'en-1',
    title: 'Sony WH-CH720N Wireless Headphones',
    brand: 'Sony',
    category: ['Headphones'],
  }),
  makeProduct({ id: 'en-2', title: 'JBL Flip 6 Bluetooth Speaker', brand: 'JBL', category: ['Speakers'] }),
  makeProduct({
    id: 'en-3',
    title: 'Breville Barista Express Espresso Machine',
    brand: 'Breville',
    category: ['Kitchen'],
  }),
];

function build() {
  const index = MiniSearchLexicalIndex.create();
  index.upsert(products.map(toLexicalDoc));
  return index;
}

describe('MiniSearchLexicalIndex', () => {
  it('finds Chinese Bluetooth earphones from "蓝牙耳机" (segmented, no spaces)', () => {
    const hits = build().search({ query: '蓝牙耳机', k: 3 });
    expect(hits[0]?.id).toBe('zh-1');
    expect(hits.map((h) => h.id)).not.toContain('zh-3');
  });

  it('finds a Chinese speaker from "蓝牙音箱"', () => {
    expect(build().search({ query: '蓝牙音箱', k: 1 })[0]?.id).toBe('zh-2');
  });

  it('folds plurals, tolerates a typo and matches a prefix', () => {
    const index = build();
    expect(index.search({ query: 'headphone', k: 1 })[0]?.id).toBe('en-1');
    expect(index.search({ query: 'espreso machine', k: 1 })[0]?.id).toBe('en-3');
    expect(index.search({ query: 'blueto speak', k: 1 })[0]?.id).toBe('en-2');
  });

  it('applies the filter and k', () => {
    const hits = build().search({ query: 'sony jbl', k: 1, filter: (id) => id !== 'en-2' });
    expect(hits.map((h) => h.id)).toEqual(['en-1']);
  });

  it('never serves a stale answer after the index changes (results are cached per query)', () => {
    const index = build();
    expect(index.search({ query: 'gooseneck kettle', k: 3 })).toEqual([]);
    index.upsert([
      toLexicalDoc(makeProduct({ id: 'k-1', title: 'Gooseneck electric kettle', brand: 'Fellow' })),
    ]);
    expect(index.search({ query: 'gooseneck kettle', k: 3 }).map((h) => h.id)).toEqual(['k-1']);
    expect(index.search({ query: 'gooseneck kettle', k: 3, filter: (id) => id !== 'k-1' })).toEqual([]);
    index.remove(['k-1']);
    expect(index.search({ query: 'gooseneck kettle', k: 3 })).toEqual([]);
  });

  it('updates and removes documents, and survives a serialise/load round trip', () => {
    const index = build();
    index.upsert([
      toLexicalDoc(makeProduct({ id: 'en-2', title: 'JBL Charge 5 Portable Speaker', brand: 'JBL' })),
    ]);
    expect(index.search({ query: 'flip', k: 5 }).map((h) => h.id)).not.toContain('en-2');
    index.remove(['en-1']);
    const restored = MiniSearchLexicalIndex.load(index.serialize());
    expect(restored.size()).toBe(5);
    expect(restored.search({ query: 'charge portable', k: 1 })[0]?.id).toBe('en-2');
    expect(restored.search({ query: 'sony', k: 5 })).toEqual([]);
  });
});
