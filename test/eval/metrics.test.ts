import { describe, expect, it } from 'vitest';
import { judgedAt, ndcgAt, recallAt } from '../../src/eval/metrics.ts';

const judged = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 0],
  ['d', 1],
]);

describe('evaluation metrics', () => {
  it('nDCG@k is 1 for the ideal order and lower for a worse one', () => {
    expect(ndcgAt(10, ['a', 'b', 'd', 'c'], judged)).toBeCloseTo(1, 10);
    // Swapping the two best: DCG = 3/1 + 7/log2(3) + 1/2 vs ideal 7 + 3/log2(3) + 1/2.
    const dcg = 3 + 7 / Math.log2(3) + 1 / 2;
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(10, ['b', 'a', 'd'], judged)).toBeCloseTo(dcg / ideal, 10);
  });

  it('counts unjudged results as irrelevant', () => {
    expect(ndcgAt(10, ['x', 'y', 'z'], judged)).toBe(0);
    expect(ndcgAt(1, ['x', 'a'], judged)).toBe(0);
  });

  it('recall@k counts products rated 1 or more', () => {
    expect(recallAt(50, ['a', 'c', 'x'], judged)).toBeCloseTo(1 / 3, 10);
    expect(recallAt(1, ['d', 'a', 'b'], judged)).toBeCloseTo(1 / 3, 10);
  });

  it('judged@k is the share of results that carry a judgment', () => {
    expect(judgedAt(10, ['a', 'x', 'c', 'y'], judged)).toBe(0.5);
    expect(judgedAt(10, [], judged)).toBe(0);
  });
});
