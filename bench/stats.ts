/**
 * Small statistics helpers for the benchmarks: percentiles (nearest-rank), latency summaries,
 * throughput and rounding.
 */

/** The p-th percentile (0–100) by the nearest-rank method; NaN for an empty sample. */
export function percentile(sample: readonly number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return percentileOfSorted(sorted, p);
}

/** Nearest-rank percentile of an already sorted (ascending) sample. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const clamped = Math.min(100, Math.max(0, p));
  const rank = Math.max(1, Math.ceil((clamped / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Median (the 50th percentile, nearest rank). */
export function median(sample: readonly number[]): number {
  return percentile(sample, 50);
}

/** Arithmetic mean; NaN for an empty sample. */
export function mean(sample: readonly number[]): number {
  if (sample.length === 0) return Number.NaN;
  let sum = 0;
  for (const x of sample) sum += x;
  return sum / sample.length;
}

/** Median, p99 and friends of a latency sample, in milliseconds. */
export interface LatencySummary {
  readonly n: number;
  readonly p50_ms: number;
  readonly p90_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
  readonly mean_ms: number;
}

/** Summarise a latency sample (milliseconds), rounded to microseconds. */
export function summarize(sampleMs: readonly number[]): LatencySummary {
  const sorted = [...sampleMs].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50_ms: round(percentileOfSorted(sorted, 50), 3),
    p90_ms: round(percentileOfSorted(sorted, 90), 3),
    p99_ms: round(percentileOfSorted(sorted, 99), 3),
    max_ms: round(sorted.at(-1) ?? Number.NaN, 3),
    mean_ms: round(mean(sorted), 3),
  };
}

/** Operations per second given a count and the elapsed milliseconds. */
export function perSecond(count: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (count * 1000) / elapsedMs : Number.NaN;
}

/** Round to `digits` decimals (NaN and infinities pass through). */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
