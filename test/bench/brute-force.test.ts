import { describe, expect, it } from 'vitest';
import { exactSearch, recallAt, rowDot, TopK, tieAwareRecallAt } from '../../bench/brute-force.ts';
import { Rng } from '../../bench/synthetic.ts';

function randomUnitRows(n: number, d: number, seed: number): Float32Array {
  const rng = new Rng(seed);
  const m = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    let norm = 0;
    for (let j = 0; j < d; j++) {
      const x = rng.gaussian();
      m[r * d + j] = x;
      norm += x * x;
    }
    for (let j = 0; j < d; j++) m[r * d + j] = (m[r * d + j] ?? 0) / Math.sqrt(norm);
  }
  return m;
}

describe('TopK', () => {
  it('keeps the k largest scores, best first', () => {
    const heap = new TopK(3);
    for (const [i, s] of [0.1, 0.9, 0.3, 0.7, 0.5, 0.2].entries()) heap.push(s, i);
    const { labels, scores } = heap.result();
    expect([...labels]).toEqual([1, 3, 4]);
    expect([...scores].map((x) => Math.round(x * 10) / 10)).toEqual([0.9, 0.7, 0.5]);
  });

  it('returns fewer than k when fewer were offered', () => {
    const heap = new TopK(5);
    heap.push(1, 7);
    expect([...heap.result().labels]).toEqual([7]);
  });
});

describe('exactSearch', () => {
  it('finds the same top 10 as sorting every inner product', () => {
    const d = 19;
    const vectors = randomUnitRows(500, d, 3);
    const query = randomUnitRows(1, d, 99);
    const expected = Array.from({ length: 500 }, (_, label) => ({
      label,
      score: rowDot({ vectors, dimension: d, label, query }),
    }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10)
      .map((x) => x.label);
    const got = exactSearch({ vectors, dimension: d, query, k: 10 });
    expect([...got.labels]).toEqual(expected);
  });
});

describe('recall', () => {
  it('counts the share of the exact top k an approximate answer found', () => {
    expect(recallAt({ exact: [1, 2, 3, 4], approx: [4, 9, 2, 8], k: 4 })).toBe(0.5);
    expect(recallAt({ exact: [1, 2], approx: [], k: 2 })).toBe(0);
  });

  it('does not count returning one of several equally similar items as a miss', () => {
    const exact = { labels: Int32Array.from([1, 2, 3]), scores: Float32Array.from([0.9, 0.8, 0.7]) };
    // The index returned a different item with the same similarity as the third.
    expect(tieAwareRecallAt({ exact, approxScores: [0.9, 0.8, 0.7], k: 3 })).toBe(1);
    expect(tieAwareRecallAt({ exact, approxScores: [0.9, 0.8, 0.6], k: 3 })).toBeCloseTo(2 / 3);
  });
});
