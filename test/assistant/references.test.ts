import { describe, expect, it } from 'vitest';
import { findReferences, resolveReferences } from '../../src/assistant/references.ts';
import { makeProduct } from '../fakes/products.ts';

const positions = (text: string, bareNumbers = false) =>
  findReferences(text, { bareNumbers }).map((f) => (f.ref.kind === 'position' ? f.ref.position : f.ref.kind));

const SHOWN = [
  makeProduct({ id: 'a', title: 'Sony WH-1000XM5 Wireless Headphones', brand: 'Sony' }),
  makeProduct({ id: 'b', title: 'Bose QuietComfort Ultra', brand: 'Bose' }),
  makeProduct({ id: 'c', title: 'JBL Tune 520BT', brand: 'JBL' }),
];

describe('findReferences', () => {
  it.each([
    ['the second one', [2]],
    ['#3', [3]],
    ['number 2', [2]],
    ['the 3rd', [3]],
    ['the last one', ['last']],
    ['第二个', [2]],
    ['第3款', [3]],
  ])('%j -> %j', (text, expected) => {
    expect(positions(text)).toEqual(expected);
  });

  it('reads bare numbers only where a position is expected, and never prices or specs', () => {
    expect(positions('compare 1 and 3', true)).toEqual([1, 3]);
    expect(positions('比较1和2', true)).toEqual([1, 2]);
    expect(positions('compare 1 and 3')).toEqual([]);
    expect(positions('headphones under 50', true)).toEqual([]);
    expect(positions('a 2 tb drive with 16 gb', true)).toEqual([]);
  });
});

describe('resolveReferences', () => {
  it('resolves positions against the items last shown, in text order', () => {
    expect(resolveReferences({ text: 'compare 3 and 1', shown: SHOWN, bareNumbers: true })).toEqual({
      ids: ['c', 'a'],
      missing: [],
    });
  });

  it('resolves names: "that Sony", a model word', () => {
    expect(resolveReferences({ text: 'more like that Sony', shown: SHOWN }).ids).toEqual(['a']);
    expect(resolveReferences({ text: 'compare the XM5 and the Bose', shown: SHOWN }).ids).toEqual(['a', 'b']);
  });

  it('reports positions past the end of the screen', () => {
    expect(resolveReferences({ text: 'tell me about #7', shown: SHOWN })).toEqual({ ids: [], missing: [7] });
  });
});
