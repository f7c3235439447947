import { AisleError } from '../errors.ts';
import { l2normalize } from './embedder.ts';
import {
  covariance,
  dot,
  evenSample,
  inverseCholesky,
  ledoitWolfShrinkage,
  topEigenvectors,
} from './postprocess-math.ts';

/** Post-processing of embedding vectors, fitted on the catalog at index time (AISLE_POSTPROCESS). */
export type PostprocessKind = 'none' | 'center' | 'whiten' | 'abtt';

/** Serialised form, stored by the index beside its vectors. Arrays are base64 float32. */
export interface PostprocessorJSON {
  readonly format: 1;
  readonly kind: PostprocessKind;
  readonly dimension: number;
  /** Number of vectors it was fitted on. */
  readonly fittedOn: number;
  readonly mean?: string;
  /** abtt: removed principal directions, row-major [k, dimension]. */
  readonly components?: string;
  /** whiten: packed lower triangle of the whitening matrix L⁻¹ (row by row). */
  readonly whitening?: string;
}

/** Options for {@link fitPostprocessor}. */
export interface FitOptions {
  readonly kind: PostprocessKind;
  /** Catalog vectors (all of one dimension). */
  readonly vectors: readonly Float32Array[];
  /** abtt: how many top principal directions to remove (default dimension/100, at least 1). */
  readonly components?: number;
  /** Fit on at most this many vectors (an even sample), keeping fitting fast (default 2048). */
  readonly maxFitVectors?: number;
}

/**
 * An affine map applied to catalog and query vectors alike: subtract the catalog mean, then
 * (abtt) remove the top principal directions or (whiten) decorrelate and equalise variance,
 * then re-normalise. GPT-2 states share a few huge common directions; removing them makes
 * cosine similarity reflect content rather than that common offset.
 */
export class Postprocessor {
  private constructor(
    readonly kind: PostprocessKind,
    readonly dimension: number,
    private readonly fittedOn: number,
    private readonly mean: Float64Array | undefined,
    private readonly components: readonly Float64Array[],
    private readonly whitening: Float64Array | undefined,
  ) {}

  /** The map without re-normalisation (what the tests measure). */
  transform(v: Float32Array): Float32Array {
    if (v.length !== this.dimension) {
      throw new AisleError({
        code: 'EMBEDDER_MISMATCH',
        message: `Vector of length ${v.length} given to a post-processor fitted on length ${this.dimension}.`,
        hint: 'Re-index the catalog with the current embedder.',
      });
    }
    const d = this.dimension;
    const x = Float64Array.from(v);
    if (this.mean) for (let i = 0; i < d; i++) x[i] = (x[i] ?? 0) - (this.mean[i] ?? 0);
    for (const u of this.components) {
      const p = dot(u, x);
      for (let i = 0; i < d; i++) x[i] = (x[i] ?? 0) - p * (u[i] ?? 0);
    }
    if (!this.whitening) return Float32Array.from(x);
    const y = new Float32Array(d);
    const w = this.whitening;
    for (let i = 0, at = 0; i < d; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++, at++) s += (w[at] ?? 0) * (x[j] ?? 0);
      y[i] = s;
    }
    return y;
  }

  /** Post-process one vector; the result is unit length (a new array). */
  apply(v: Float32Array): Float32Array {
    return l2normalize(this.transform(v));
  }

  /** JSON-safe form for the index manifest. */
  toJSON(): PostprocessorJSON {
    return {
      format: 1,
      kind: this.kind,
      dimension: this.dimension,
      fittedOn: this.fittedOn,
      ...(this.mean ? { mean: toBase64(this.mean) } : {}),
      ...(this.components.length > 0 ? { components: toBase64(concat(this.components)) } : {}),
      ...(this.whitening ? { whitening: toBase64(this.whitening) } : {}),
    };
  }

  /** Restore from {@link toJSON} output; throws INDEX_CORRUPT when it does not fit. */
  static fromJSON(json: unknown): Postprocessor {
    const bad = (why: string) =>
      new AisleError({
        code: 'INDEX_CORRUPT',
        message: `The stored vector post-processing is unreadable (${why}).`,
        hint: 'Re-index the catalog (`aisle index`).',
      });
    if (typeof json !== 'object' || json === null) throw bad('not an object');
    const j = json as Partial<Record<keyof PostprocessorJSON, unknown>>;
    const kinds: readonly unknown[] = ['none', 'center', 'whiten', 'abtt'];
    if (j.format !== 1 || !kinds.includes(j.kind)) throw bad('unknown format or kind');
    const d = j.dimension;
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 1) throw bad('bad dimension');
    const arr = (v: unknown, multipleOf: number) => {
      if (v === undefined) return undefined;
      if (typeof v !== 'string') throw bad('array is not a string');
      const a = fromBase64(v);
      if (a.length === 0 || a.length % multipleOf !== 0) throw bad('array has the wrong length');
      return a;
    };
    const mean = arr(j.mean, d);
    if (mean && mean.length !== d) throw bad('mean has the wrong length');
    const comps = arr(j.components, d);
    const whitening = arr(j.whitening, (d * (d + 1)) / 2);
    if (whitening && whitening.length !== (d * (d + 1)) / 2) throw bad('whitening has the wrong length');
    const components = comps
      ? Array.from({ length: comps.length / d }, (_, k) => comps.slice(k * d, k * d + d))
      : [];
    const fittedOn = typeof j.fittedOn === 'number' ? j.fittedOn : 0;
    return new Postprocessor(j.kind as PostprocessKind, d, fittedOn, mean, components, whitening);
  }

  /** @internal Used by {@link fitPostprocessor}. */
  static create(parts: {
    kind: PostprocessKind;
    dimension: number;
    fittedOn: number;
    mean?: Float64Array | undefined;
    components?: readonly Float64Array[];
    whitening?: Float64Array | undefined;
  }): Postprocessor {
    // Rounded to float32 now, so a post-processor restored from JSON maps vectors identically.
    const f32 = (a: Float64Array) => Float64Array.from(Float32Array.from(a));
    const { kind, dimension, fittedOn } = parts;
    const mean = parts.mean && f32(parts.mean);
    const whitening = parts.whitening && f32(parts.whitening);
    return new Postprocessor(kind, dimension, fittedOn, mean, (parts.components ?? []).map(f32), whitening);
  }
}

/**
 * Fit a post-processor on catalog vectors (pure, deterministic).
 * - none: re-normalise only. center: subtract the mean.
 * - abtt ("all-but-the-top", Mu & Viswanath 2018): centre, then remove the top D principal
 *   directions (subspace iteration on the covariance).
 * - whiten: centre, then multiply by L⁻¹ where L Lᵀ is the covariance shrunk towards a multiple of
 *   the identity when there are fewer than 4·d vectors (Ledoit-Wolf intensity: the fewer vectors,
 *   the closer to plain centring); with more, the exact covariance is whitened. Any whitening
 *   matrix gives the same cosine similarities, so the cheap Cholesky factor serves.
 */
export function fitPostprocessor(opts: FitOptions): Postprocessor {
  const all = opts.vectors;
  const d = all[0]?.length ?? 0;
  if (all.some((v) => v.length !== d)) {
    throw new AisleError({
      code: 'EMBEDDER_MISMATCH',
      message: 'Vectors of different lengths cannot be post-processed together.',
    });
  }
  const fittedOn = all.length;
  if (opts.kind === 'none' || fittedOn === 0)
    return Postprocessor.create({ kind: opts.kind, dimension: d, fittedOn });
  const mean = new Float64Array(d);
  for (const v of all) for (let i = 0; i < d; i++) mean[i] = (mean[i] ?? 0) + (v[i] ?? 0) / fittedOn;
  if (opts.kind === 'center' || fittedOn < 2)
    return Postprocessor.create({ kind: opts.kind, dimension: d, fittedOn, mean });
  // The mean uses every vector; the covariance an even sample, which keeps 768-d fitting to seconds.
  const sample = evenSample(all, opts.maxFitVectors ?? 2048);
  const n = sample.length;
  const cov = covariance(sample, mean);
  if (opts.kind === 'abtt') {
    const k = Math.min(opts.components ?? Math.max(1, Math.round(d / 100)), d - 1, n - 1);
    const components = k > 0 ? topEigenvectors(cov, d, k) : [];
    return Postprocessor.create({ kind: 'abtt', dimension: d, fittedOn, mean, components });
  }
  let trace = 0;
  for (let i = 0; i < d; i++) trace += cov[i * d + i] ?? 0;
  if (trace <= 0) return Postprocessor.create({ kind: 'whiten', dimension: d, fittedOn, mean });
  // Plenty of vectors: exact whitening (a tiny ridge keeps Cholesky stable). Few: Ledoit-Wolf.
  const shrink = n >= 4 * d ? 0 : ledoitWolfShrinkage(cov, sample, mean, trace);
  const ridge = Math.max(shrink, 1e-7) * (trace / d);
  for (let i = 0; i < d * d; i++) cov[i] = (1 - shrink) * (cov[i] ?? 0);
  for (let i = 0; i < d; i++) cov[i * d + i] = (cov[i * d + i] ?? 0) + ridge;
  return Postprocessor.create({
    kind: 'whiten',
    dimension: d,
    fittedOn,
    mean,
    whitening: inverseCholesky(cov, d),
  });
}

function concat(rows: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(rows.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const r of rows) {
    out.set(r, at);
    at += r.length;
  }
  return out;
}

function toBase64(a: Float64Array): string {
  const f = Float32Array.from(a);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64');
}

function fromBase64(s: string): Float64Array {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.length % 4 !== 0) return new Float64Array(0);
  const f = new Float32Array(bytes.length / 4);
  new Uint8Array(f.buffer).set(bytes);
  return Float64Array.from(f);
}
