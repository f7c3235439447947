/** Dense linear algebra for the post-processors: small, pure, float64. */

/**
 * Ledoit-Wolf shrinkage intensity towards (trace/d)·I: the estimated error of the sample
 * covariance relative to its distance from the target (the error term is averaged over at
 * most 512 vectors to keep fitting cheap at 768 dimensions).
 */
export function ledoitWolfShrinkage(
  cov: Float64Array,
  sample: readonly Float32Array[],
  mean: Float64Array,
  trace: number,
): number {
  const d = mean.length;
  const mu = trace / d;
  let distance = 0;
  let normS = 0;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const c = cov[i * d + j] ?? 0;
      normS += c * c;
      distance += (c - (i === j ? mu : 0)) ** 2;
    }
  }
  if (distance <= 0) return 1;
  const probe = evenSample(sample, 512);
  const x = new Float64Array(d);
  let error = 0;
  for (const v of probe) {
    for (let i = 0; i < d; i++) x[i] = (v[i] ?? 0) - (mean[i] ?? 0);
    const xx = dot(x, x);
    let xSx = 0;
    for (let i = 0; i < d; i++) {
      let row = 0;
      for (let j = 0; j < d; j++) row += (cov[i * d + j] ?? 0) * (x[j] ?? 0);
      xSx += (x[i] ?? 0) * row;
    }
    error += xx * xx - 2 * xSx + normS;
  }
  error /= probe.length * sample.length;
  return Math.min(1, Math.max(0, error / distance));
}

/** At most `max` items, evenly spread over the input (all of them when there are fewer). */
export function evenSample<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)] as T);
}

/** Full symmetric covariance matrix (row-major d×d, float64). */
export function covariance(vectors: readonly Float32Array[], mean: Float64Array): Float64Array {
  const d = mean.length;
  const c = new Float64Array(d * d);
  // Four centred vectors at a time, so each pass over the d×d accumulator does four updates.
  // Hot loop: indices are in range by construction, so reads are asserted rather than defaulted.
  const x0 = new Float64Array(d);
  const x1 = new Float64Array(d);
  const x2 = new Float64Array(d);
  const x3 = new Float64Array(d);
  const block = [x0, x1, x2, x3];
  for (let start = 0; start < vectors.length; start += 4) {
    block.forEach((x, b) => {
      const v = vectors[start + b];
      for (let i = 0; i < d; i++) x[i] = v ? (v[i] as number) - (mean[i] as number) : 0;
    });
    for (let i = 0; i < d; i++) {
      const a0 = x0[i] as number;
      const a1 = x1[i] as number;
      const a2 = x2[i] as number;
      const a3 = x3[i] as number;
      const row = i * d;
      for (let j = i; j < d; j++) {
        c[row + j] =
          (c[row + j] as number) +
          a0 * (x0[j] as number) +
          a1 * (x1[j] as number) +
          a2 * (x2[j] as number) +
          a3 * (x3[j] as number);
      }
    }
  }
  const n = Math.max(1, vectors.length - 1);
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const s = (c[i * d + j] as number) / n;
      c[i * d + j] = s;
      c[j * d + i] = s;
    }
  }
  return c;
}

/**
 * Top-k eigenvectors of a symmetric PSD matrix: block power iteration with Rayleigh-Ritz, until
 * the top-k Ritz values settle (the removed subspace matters, not each vector's exact angle).
 */
export function topEigenvectors(a: Float64Array, d: number, k: number): Float64Array[] {
  const block = Math.min(d, k + 4);
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296 - 0.5;
  };
  let q = orthonormalize(Array.from({ length: block }, () => Float64Array.from({ length: d }, rand)));
  let ritz: { values: number[]; vectors: Float64Array; order: number[] } | undefined;
  for (let iter = 0; iter < 60; iter++) {
    const aq = matMulBlock(a, q, d);
    const small = new Float64Array(block * block);
    for (let r = 0; r < block; r++)
      for (let c = 0; c < block; c++) small[r * block + c] = dot(q[r] ?? [], aq[c] ?? []);
    const eig = jacobiEigen(small, block);
    const order = eig.values.map((_, i) => i).sort((x, y) => (eig.values[y] ?? 0) - (eig.values[x] ?? 0));
    const top = order.slice(0, k).map((i) => eig.values[i] ?? 0);
    const before = ritz?.order.slice(0, k).map((i) => ritz?.values[i] ?? 0);
    const scale = Math.abs(top[0] ?? 0) || 1;
    const settled =
      before !== undefined && top.every((v, i) => Math.abs(v - (before[i] ?? 0)) <= 1e-7 * scale);
    ritz = { ...eig, order };
    if (settled) break;
    q = orthonormalize(aq);
  }
  const final = ritz ?? { vectors: new Float64Array(block * block), order: [] };
  return final.order.slice(0, k).map((col) => {
    const u = new Float64Array(d);
    for (let r = 0; r < block; r++) {
      const w = final.vectors[r * block + col] ?? 0;
      const qr = q[r] ?? u;
      for (let i = 0; i < d; i++) u[i] = (u[i] ?? 0) + w * (qr[i] ?? 0);
    }
    const norm = Math.sqrt(dot(u, u)) || 1;
    return u.map((x) => x / norm);
  });
}

/** Eigen-decomposition of a small symmetric matrix (cyclic Jacobi); vectors are columns. */
function jacobiEigen(input: Float64Array, n: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const at = (i: number, j: number) => a[i * n + j] ?? 0;
  const total = input.reduce((sum, x) => sum + x * x, 0);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(p, q) ** 2;
    if (off <= 1e-26 * total) break;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) jacobiRotate(a, v, n, p, q);
  }
  return { values: Array.from({ length: n }, (_, i) => at(i, i)), vectors: v };
}

/** One Jacobi rotation zeroing a[p][q], applied to a (both sides) and accumulated in v. */
function jacobiRotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q] ?? 0;
  if (Math.abs(apq) < 1e-300) return;
  const theta = ((a[q * n + q] ?? 0) - (a[p * n + p] ?? 0)) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  const rotate = (m: Float64Array, i: number, j: number) => {
    const x = m[i] ?? 0;
    const y = m[j] ?? 0;
    m[i] = c * x - s * y;
    m[j] = s * x + c * y;
  };
  for (let k = 0; k < n; k++) rotate(a, k * n + p, k * n + q);
  for (let k = 0; k < n; k++) rotate(a, p * n + k, q * n + k);
  for (let k = 0; k < n; k++) rotate(v, k * n + p, k * n + q);
}

/** L⁻¹ (packed lower triangle) for the Cholesky factor L of a symmetric positive-definite matrix. */
export function inverseCholesky(a: Float64Array, d: number): Float64Array {
  const l = cholesky(a, d);
  const inv = new Float64Array(d * d);
  for (let col = 0; col < d; col++) {
    for (let i = col; i < d; i++) {
      let s = i === col ? 1 : 0;
      for (let k = col; k < i; k++) s -= (l[i * d + k] as number) * (inv[k * d + col] as number);
      inv[i * d + col] = s / (l[i * d + i] as number);
    }
  }
  const packed = new Float64Array((d * (d + 1)) / 2);
  for (let i = 0, at = 0; i < d; i++)
    for (let j = 0; j <= i; j++, at++) packed[at] = inv[i * d + j] as number;
  return packed;
}

/** Lower-triangular L with L Lᵀ = a (row-major d×d). */
function cholesky(a: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let s = a[j * d + j] as number;
    for (let k = 0; k < j; k++) s -= (l[j * d + k] as number) ** 2;
    const ljj = Math.sqrt(Math.max(s, 1e-300));
    l[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = a[i * d + j] as number;
      for (let k = 0; k < j; k++) t -= (l[i * d + k] as number) * (l[j * d + k] as number);
      l[i * d + j] = t / ljj;
    }
  }
  return l;
}

function orthonormalize(vs: Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const v of vs) {
    const u = Float64Array.from(v);
    for (let pass = 0; pass < 2; pass++) {
      for (const w of out) {
        const p = dot(u, w);
        for (let i = 0; i < u.length; i++) u[i] = (u[i] ?? 0) - p * (w[i] ?? 0);
      }
    }
    const norm = Math.sqrt(dot(u, u));
    out.push(norm > 1e-300 ? u.map((x) => x / norm) : u);
  }
  return out;
}

/** A·v for each v of a block (A symmetric d×d, row-major). */
function matMulBlock(a: Float64Array, vs: readonly Float64Array[], d: number): Float64Array[] {
  const out = vs.map(() => new Float64Array(d));
  const row = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    row.set(a.subarray(i * d, i * d + d));
    for (let b = 0; b < vs.length; b++) {
      const v = vs[b] ?? row;
      let s = 0;
      for (let j = 0; j < d; j++) s += (row[j] as number) * (v[j] as number);
      (out[b] as Float64Array)[i] = s;
    }
  }
  return out;
}

/** Dot product. */
export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}
