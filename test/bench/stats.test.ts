import { describe, expect, it } from 'vitest';
import { median, percentile, perSecond, summarize } from '../../bench/stats.ts';

describe('percentiles', () => {
  it('uses the nearest rank, whatever the input order', () => {
    const sample = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(sample)).toBe(5);
    expect(percentile(sample, 90)).toBe(9);
    expect(percentile(sample, 99)).toBe(10);
    expect(percentile(sample, 0)).toBe(1);
    expect(percentile(sample, 100)).toBe(10);
  });

  it('puts p99 on the slow tail of a long sample', () => {
    const sample = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentile(sample, 99)).toBe(990);
    expect(percentile(sample, 50)).toBe(500);
  });

  it('answers NaN for an empty sample instead of inventing a figure', () => {
    expect(median([])).toBeNaN();
    expect(summarize([]).n).toBe(0);
  });
});

describe('summaries and throughput', () => {
  it('summarises latencies in milliseconds', () => {
    const s = summarize([2, 4, 6, 8]);
    expect(s).toMatchObject({ n: 4, p50_ms: 4, p99_ms: 8, max_ms: 8, mean_ms: 5 });
  });

  it('turns a count and elapsed milliseconds into operations per second', () => {
    expect(perSecond(50, 2000)).toBe(25);
    expect(perSecond(1, 0)).toBeNaN();
  });
});
