import { describe, expect, it } from 'vitest';
import { planBatches, poolHidden } from '../../src/embed/gpt2/pooling.ts';

describe('poolHidden', () => {
  // batch 2, seqLen 3, dim 2; row 1 has one padding position holding garbage.
  const hidden = Float32Array.of(1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 999, 999);

  it('mean pooling averages real tokens only', () => {
    const [a, b] = poolHidden({ hidden, batch: 2, seqLen: 3, dim: 2, lengths: [3, 2], pooling: 'mean' });
    expect(Array.from(a ?? [])).toEqual([3, 4]);
    expect(Array.from(b ?? [])).toEqual([20, 30]);
  });

  it('last pooling takes the last real token, not the padding', () => {
    const [a, b] = poolHidden({ hidden, batch: 2, seqLen: 3, dim: 2, lengths: [3, 2], pooling: 'last' });
    expect(Array.from(a ?? [])).toEqual([5, 6]);
    expect(Array.from(b ?? [])).toEqual([30, 40]);
  });
});

describe('planBatches', () => {
  it('covers every text once, groups similar lengths and respects both limits', () => {
    const lengths = [5, 100, 7, 98, 6, 3, 99, 1];
    const batches = planBatches(lengths, { maxBatchSize: 3, maxBatchTokens: 250 });
    expect(batches.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    for (const b of batches) {
      expect(b.length).toBeLessThanOrEqual(3);
      expect(Math.max(...b.map((i) => lengths[i] ?? 0)) * b.length).toBeLessThanOrEqual(250);
    }
    expect(batches[0]).toEqual([1, 6]);
  });

  it('puts an over-long text alone rather than dropping it', () => {
    expect(planBatches([500, 2], { maxBatchSize: 8, maxBatchTokens: 100 })).toEqual([[0], [1]]);
  });
});
