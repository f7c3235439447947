/**
 * Synthetic unit vectors shaped like text embeddings, for vector-search benchmarks at sizes no
 * real catalog here reaches (100k, 1M). How they are made:
 *
 * 1. Spectrum. Learned embeddings put most of their variance in a few dozen directions. Each
 *    coordinate j gets a standard deviation s_j ∝ (j+1)^(-decay/2) (variance ∝ 1/rank with the
 *    default decay 1), scaled so Σ s_j² = 1. With 768 dimensions that is an effective
 *    dimensionality (1/Σ p_j², p_j = s_j²) of about 30. Cosine distance is invariant under
 *    rotation, so putting the spectrum on the coordinate axes loses nothing against a rotated basis.
 * 2. Centroids. C cluster centres (default n/200, at least 8) are unit vectors
 *    normalize(w·m + g) with g ~ N(0, diag(s²)) and a shared mean direction m of weight w
 *    (default 0.5): real embeddings share a common component, so unrelated items still have a
 *    cosine of about 0.2 instead of 0.
 * 3. Power-law sizes. Cluster k (1-based) gets a share ∝ k^(-zipf) of the points (default
 *    zipf 0.8): a few big categories, a long tail of small ones.
 * 4. Anisotropic spread. Each cluster scales the noise per coordinate by its own log-normal
 *    factor a_kj = exp(η·N(0,1) − η²) (η = 0.5), so clusters are stretched in different
 *    directions. A point is normalize(c_k + σ·(a_k ⊙ s ⊙ z)), z ~ N(0, I), σ = 0.75 by default:
 *    cosine to its centre ≈ 0.8, to a same-cluster neighbour ≈ 0.65.
 * 5. Queries come from the same mixture (clusters drawn by size) with the spread times 1.25, so
 *    they sit a little off the data, as short queries do against product texts.
 *
 * Everything is deterministic in the seed (a xoshiro128** generator and Box-Muller normals).
 */

/** Parameters of the clustered distribution. */
export interface ClusteredOptions {
  readonly dimension: number;
  /** Number of clusters; default max(8, round(points / 200)) where `points` is given. */
  readonly clusters: number;
  readonly seed?: number;
  /** Power-law exponent of the cluster sizes (default 0.8). */
  readonly zipf?: number;
  /** Spectrum decay: coordinate variance ∝ (rank)^-decay (default 1). */
  readonly decay?: number;
  /** Weight of the shared mean direction in each centroid (default 0.5). */
  readonly meanWeight?: number;
  /** Noise scale around a centroid (default 0.75). */
  readonly spread?: number;
  /** Log-normal sigma of the per-cluster anisotropy (default 0.5). */
  readonly anisotropy?: number;
}

/** A seeded xoshiro128** generator (period 2^128 − 1) with Gaussian draws. */
export class Rng {
  private readonly s = new Uint32Array(4);
  private spare: number | undefined;

  constructor(seed: number) {
    // splitmix32 spreads the seed over the four state words (never all zero).
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = (z ^ (z >>> 16)) >>> 0 || 1;
    }
  }

  /** Uniform in [0, 1). */
  next(): number {
    const s = this.s;
    const s0 = s[0] as number;
    const s1 = s[1] as number;
    const r = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    s[2] = (s[2] as number) ^ s0;
    s[3] = (s[3] as number) ^ s1;
    s[1] = s1 ^ (s[2] as number);
    s[0] = s0 ^ (s[3] as number);
    s[2] = (s[2] as number) ^ t;
    s[3] = rotl(s[3] as number, 11);
    return (r >>> 0) / 4294967296;
  }

  /** Standard normal (Box-Muller, two per pair of uniforms). */
  gaussian(): number {
    if (this.spare !== undefined) {
      const s = this.spare;
      this.spare = undefined;
      return s;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** The default cluster count for `points` vectors. */
export function defaultClusters(points: number): number {
  return Math.max(8, Math.round(points / 200));
}

/** Shares of `clusters` power-law sized clusters (they sum to 1, largest first). */
export function powerLawShares(clusters: number, zipf: number): number[] {
  const raw = Array.from({ length: clusters }, (_, k) => (k + 1) ** -zipf);
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
}

/** Split `n` points over clusters by their shares (largest remainders; every count ≥ 0, sum n). */
export function clusterSizes(n: number, shares: readonly number[]): number[] {
  const exact = shares.map((s) => s * n);
  const sizes = exact.map(Math.floor);
  let left = n - sizes.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) {
    const i = order[j]?.i ?? 0;
    sizes[i] = (sizes[i] ?? 0) + 1;
  }
  return sizes;
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function normalizeInPlace(v: Float32Array, offset: number, length: number): void {
  let sum = 0;
  for (let i = offset; i < offset + length; i++) sum += (v[i] ?? 0) * (v[i] ?? 0);
  const inv = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  for (let i = offset; i < offset + length; i++) v[i] = (v[i] ?? 0) * inv;
}

/** A clustered distribution of unit vectors; sample points and queries from it. */
export class ClusteredSource {
  readonly dimension: number;
  readonly shares: readonly number[];
  private readonly centroids: Float32Array;
  private readonly noise: Float32Array;
  private readonly spread: number;
  private readonly cumulative: Float64Array;

  constructor(opts: ClusteredOptions) {
    const d = opts.dimension;
    const rng = new Rng((opts.seed ?? 42) * 7919 + 1);
    const decay = opts.decay ?? 1;
    const spectrum = Float64Array.from({ length: d }, (_, j) => (j + 1) ** (-decay / 2));
    const scale = 1 / Math.sqrt(spectrum.reduce((a, x) => a + x * x, 0));
    for (let j = 0; j < d; j++) spectrum[j] = (spectrum[j] ?? 0) * scale;
    const mean = new Float32Array(d);
    for (let j = 0; j < d; j++) mean[j] = rng.gaussian() * (spectrum[j] ?? 0);
    normalizeInPlace(mean, 0, d);

    const c = opts.clusters;
    const w = opts.meanWeight ?? 0.5;
    const eta = opts.anisotropy ?? 0.5;
    this.dimension = d;
    this.spread = opts.spread ?? 0.75;
    this.shares = powerLawShares(c, opts.zipf ?? 0.8);
    this.centroids = new Float32Array(c * d);
    this.noise = new Float32Array(c * d);
    for (let k = 0; k < c; k++) {
      let g2 = 0;
      const g = new Float64Array(d);
      for (let j = 0; j < d; j++) {
        g[j] = rng.gaussian() * (spectrum[j] ?? 0);
        g2 += (g[j] ?? 0) ** 2;
      }
      const gScale = 1 / Math.sqrt(g2);
      for (let j = 0; j < d; j++) {
        this.centroids[k * d + j] = w * (mean[j] ?? 0) + (g[j] ?? 0) * gScale;
        this.noise[k * d + j] = Math.exp(eta * rng.gaussian() - eta * eta) * (spectrum[j] ?? 0);
      }
      normalizeInPlace(this.centroids, k * d, d);
    }
    this.cumulative = new Float64Array(c);
    let acc = 0;
    this.shares.forEach((s, k) => {
      acc += s;
      this.cumulative[k] = acc;
    });
  }

  /** Number of clusters. */
  get clusters(): number {
    return this.shares.length;
  }

  /** Write one point of cluster `k` into `out` at `offset`; `spreadFactor` widens the noise. */
  sampleInto(opts: {
    rng: Rng;
    cluster: number;
    out: Float32Array;
    offset: number;
    spreadFactor?: number;
  }): void {
    const { rng, out, offset } = opts;
    const d = this.dimension;
    const base = opts.cluster * d;
    const sigma = this.spread * (opts.spreadFactor ?? 1);
    for (let j = 0; j < d; j++) {
      out[offset + j] =
        (this.centroids[base + j] ?? 0) + sigma * (this.noise[base + j] ?? 0) * rng.gaussian();
    }
    normalizeInPlace(out, offset, d);
  }

  /** A cluster index drawn by size. */
  pickCluster(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `n` points, power-law cluster sizes, in one contiguous array (row-major, shuffled order). */
  points(n: number, seed = 1): { vectors: Float32Array; clusterOf: Uint32Array } {
    const rng = new Rng(seed);
    const sizes = clusterSizes(n, this.shares);
    const clusterOf = new Uint32Array(n);
    let i = 0;
    sizes.forEach((size, k) => {
      clusterOf.fill(k, i, i + size);
      i += size;
    });
    for (let j = n - 1; j > 0; j--) {
      const r = rng.int(j + 1);
      const t = clusterOf[j] ?? 0;
      clusterOf[j] = clusterOf[r] ?? 0;
      clusterOf[r] = t;
    }
    const vectors = new Float32Array(n * this.dimension);
    for (let p = 0; p < n; p++) {
      this.sampleInto({ rng, cluster: clusterOf[p] ?? 0, out: vectors, offset: p * this.dimension });
    }
    return { vectors, clusterOf };
  }

  /** `n` query vectors from the same mixture, a little wider (spread × 1.25). */
  queries(n: number, seed = 2): Float32Array {
    const rng = new Rng(seed + 1_000_003);
    const out = new Float32Array(n * this.dimension);
    for (let q = 0; q < n; q++) {
      const cluster = this.pickCluster(rng);
      this.sampleInto({ rng, cluster, out, offset: q * this.dimension, spreadFactor: 1.25 });
    }
    return out;
  }
}

/** Row `i` of a row-major matrix as a view (no copy). */
export function row(matrix: Float32Array, dimension: number, i: number): Float32Array {
  return matrix.subarray(i * dimension, (i + 1) * dimension);
}
