/**
 * The exact baseline: every vector in one contiguous Float32Array (row-major, unit length), a
 * tight dot-product loop unrolled by four, and a fixed-size min-heap holding the best k. This is
 * what a careful implementation without an index does, so the HNSW speed-up is measured against a
 * fair opponent, not a strawman.
 */

/** Exact nearest neighbours of one query: labels (row numbers) best first, and their cosines. */
export interface ExactResult {
  readonly labels: Int32Array;
  readonly scores: Float32Array;
}

/** A min-heap of (score, label) pairs with a fixed capacity: keeps the k largest scores seen. */
export class TopK {
  private readonly scores: Float64Array;
  private readonly labels: Int32Array;
  private size = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(k);
    this.labels = new Int32Array(k);
  }

  /** The smallest kept score, or -Infinity while the heap is not full. */
  get threshold(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : (this.scores[0] ?? Number.NEGATIVE_INFINITY);
  }

  /** Offer a candidate; it is kept when the heap has room or it beats the smallest kept score. */
  push(score: number, label: number): void {
    const s = this.scores;
    const l = this.labels;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((s[parent] ?? 0) <= score) break;
        s[i] = s[parent] ?? 0;
        l[i] = l[parent] ?? 0;
        i = parent;
      }
      s[i] = score;
      l[i] = label;
      return;
    }
    if (score <= (s[0] ?? 0)) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && (s[right] ?? 0) < (s[left] ?? 0) ? right : left;
      if ((s[child] ?? 0) >= score) break;
      s[i] = s[child] ?? 0;
      l[i] = l[child] ?? 0;
      i = child;
    }
    s[i] = score;
    l[i] = label;
  }

  /** The kept pairs, best first (ties broken by the smaller label). */
  result(): ExactResult {
    const order = Array.from({ length: this.size }, (_, i) => i).sort(
      (a, b) =>
        (this.scores[b] ?? 0) - (this.scores[a] ?? 0) || (this.labels[a] ?? 0) - (this.labels[b] ?? 0),
    );
    return {
      labels: Int32Array.from(order, (i) => this.labels[i] ?? 0),
      scores: Float32Array.from(order, (i) => this.scores[i] ?? 0),
    };
  }
}

/** Exact top-k by inner product (= cosine for unit vectors) over a row-major matrix. */
export function exactSearch(opts: {
  readonly vectors: Float32Array;
  readonly dimension: number;
  readonly query: Float32Array;
  readonly k: number;
  /** Rows to scan (default all). */
  readonly count?: number;
}): ExactResult {
  const { vectors: m, dimension: d, query: q, k } = opts;
  const rows = opts.count ?? Math.floor(m.length / d);
  const heap = new TopK(k);
  const tail = d - (d % 4);
  for (let r = 0, base = 0; r < rows; r++, base += d) {
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let j = 0;
    for (; j < tail; j += 4) {
      a0 += (m[base + j] as number) * (q[j] as number);
      a1 += (m[base + j + 1] as number) * (q[j + 1] as number);
      a2 += (m[base + j + 2] as number) * (q[j + 2] as number);
      a3 += (m[base + j + 3] as number) * (q[j + 3] as number);
    }
    for (; j < d; j++) a0 += (m[base + j] as number) * (q[j] as number);
    const score = a0 + a1 + a2 + a3;
    if (score > heap.threshold) heap.push(score, r);
  }
  return heap.result();
}

/** recall@k of an approximate answer against the exact one: |approx ∩ exact| / |exact|. */
export function recallAt(opts: {
  readonly exact: ArrayLike<number>;
  readonly approx: ArrayLike<number>;
  readonly k: number;
}): number {
  const truth = new Set<number>();
  for (let i = 0; i < Math.min(opts.k, opts.exact.length); i++) truth.add(opts.exact[i] as number);
  if (truth.size === 0) return 1;
  let hit = 0;
  for (let i = 0; i < Math.min(opts.k, opts.approx.length); i++) {
    if (truth.has(opts.approx[i] as number)) hit++;
  }
  return hit / truth.size;
}

/**
 * recall@k counting ties: an approximate hit is correct when its exact similarity is at least the
 * k-th best exact similarity (less `epsilon` for float rounding). Duplicate products have equal
 * vectors, and which of several equal items an index returns is arbitrary, not a miss.
 */
export function tieAwareRecallAt(opts: {
  readonly exact: ExactResult;
  /** Exact similarity of each approximate hit, in any order. */
  readonly approxScores: ArrayLike<number>;
  readonly k: number;
  readonly epsilon?: number;
}): number {
  const kth = opts.exact.scores[Math.min(opts.k, opts.exact.scores.length) - 1];
  if (kth === undefined) return 1;
  const floor = kth - (opts.epsilon ?? 1e-5);
  let hit = 0;
  for (let i = 0; i < Math.min(opts.k, opts.approxScores.length); i++) {
    if ((opts.approxScores[i] as number) >= floor) hit++;
  }
  return Math.min(1, hit / Math.min(opts.k, opts.exact.scores.length));
}

/** Inner product of row `label` of a row-major matrix with `query`. */
export function rowDot(opts: {
  readonly vectors: Float32Array;
  readonly dimension: number;
  readonly label: number;
  readonly query: Float32Array;
}): number {
  const base = opts.label * opts.dimension;
  let s = 0;
  for (let j = 0; j < opts.dimension; j++)
    s += (opts.vectors[base + j] as number) * (opts.query[j] as number);
  return s;
}
