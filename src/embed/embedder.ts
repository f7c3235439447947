/**
 * Turns texts into unit-length vectors. Implementations: the weight-free hashing embedder and
 * the GPT-2 embedder. Batch-aware: callers may pass many texts; the embedder splits them into
 * batches of at most `maxBatchSize`.
 */
export interface Embedder {
  /** Stable identity of the vector space, e.g. "hashing-v1-512" or "gpt2:Xenova/gpt2:mean". */
  readonly id: string;
  /** Length of every vector it returns. */
  readonly dimension: number;
  /** Largest number of texts it runs at once. */
  readonly maxBatchSize: number;
  /**
   * Identity of the weights behind `id`, when the id alone does not pin them (a model folder
   * can change under the same model id). Indexes and caches record it and refuse a mismatch.
   */
  readonly fingerprint?: string;
  /** One vector per text, in order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Release native resources; safe to call twice. */
  close(): Promise<void>;
}

/** Scale a vector to unit length in place (a zero vector stays zero). Returns it. */
export function l2normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i] ?? 0;
    sum += x * x;
  }
  if (sum > 0) {
    const inv = 1 / Math.sqrt(sum);
    for (let i = 0; i < v.length; i++) v[i] = (v[i] ?? 0) * inv;
  }
  return v;
}

/** Dot product of two vectors of the same length (the cosine when both are unit length). */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Cosine similarity of two vectors of the same length. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
