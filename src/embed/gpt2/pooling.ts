/** How token states become one text vector: masked mean over real tokens, or the last real token. */
export type Pooling = 'mean' | 'last';

/** Options for {@link poolHidden}. */
export interface PoolOptions {
  /** Final hidden states, row-major [batch, seqLen, dim]. */
  readonly hidden: ArrayLike<number>;
  readonly batch: number;
  readonly seqLen: number;
  readonly dim: number;
  /** Real tokens per row; the rest of each row is right padding and is ignored. */
  readonly lengths: readonly number[];
  readonly pooling: Pooling;
}

/** One pooled (not normalised) vector per row. Padding never contributes. */
export function poolHidden(opts: PoolOptions): Float32Array[] {
  const out: Float32Array[] = [];
  for (let b = 0; b < opts.batch; b++) {
    const length = Math.min(opts.lengths[b] ?? 0, opts.seqLen);
    const rowStart = b * opts.seqLen * opts.dim;
    out.push(
      opts.pooling === 'last' ? lastToken(opts, rowStart, length) : meanOfTokens(opts, rowStart, length),
    );
  }
  return out;
}

function lastToken(opts: PoolOptions, rowStart: number, length: number): Float32Array {
  const v = new Float32Array(opts.dim);
  if (length === 0) return v;
  const at = rowStart + (length - 1) * opts.dim;
  for (let k = 0; k < opts.dim; k++) v[k] = opts.hidden[at + k] ?? 0;
  return v;
}

function meanOfTokens(opts: PoolOptions, rowStart: number, length: number): Float32Array {
  const { dim, hidden } = opts;
  const acc = new Float64Array(dim);
  for (let t = 0; t < length; t++) {
    const at = rowStart + t * dim;
    for (let k = 0; k < dim; k++) acc[k] = (acc[k] ?? 0) + (hidden[at + k] ?? 0);
  }
  return Float32Array.from(acc, (x) => (length > 0 ? x / length : 0));
}

/** Limits for {@link planBatches}. */
export interface BatchLimits {
  /** Most texts in one forward pass. */
  readonly maxBatchSize: number;
  /** Most padded tokens (batch × longest) in one forward pass. */
  readonly maxBatchTokens: number;
}

/**
 * Group text indices into batches of similar length (longest first) so little padding is
 * computed, within both limits. Every index appears exactly once.
 */
export function planBatches(lengths: readonly number[], limits: BatchLimits): number[][] {
  const order = lengths.map((_, i) => i).sort((a, b) => (lengths[b] ?? 0) - (lengths[a] ?? 0) || a - b);
  const batches: number[][] = [];
  let current: number[] = [];
  let longest = 0;
  for (const i of order) {
    const len = Math.max(1, lengths[i] ?? 0);
    const nextLongest = Math.max(longest, len);
    const full =
      current.length >= limits.maxBatchSize ||
      (current.length > 0 && nextLongest * (current.length + 1) > limits.maxBatchTokens);
    if (full) {
      batches.push(current);
      current = [];
      longest = 0;
    }
    current.push(i);
    longest = Math.max(longest, len);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
