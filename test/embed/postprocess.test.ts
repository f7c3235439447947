import { describe, expect, it } from 'vitest';
import { cosine } from '../../src/embed/embedder.ts';
import { fitPostprocessor, Postprocessor } from '../../src/embed/postprocess.ts';

/** Deterministic normal samples. */
function gaussian(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/**
 * Anisotropic set like GPT-2 states: a large common offset, one dominant direction with a huge
 * variance, correlated remaining coordinates with very different scales.
 */
function anisotropic(n: number, d: number, seed = 7): { vectors: Float32Array[]; dominant: Float64Array } {
  const g = gaussian(seed);
  const dominant = Float64Array.from({ length: d }, (_, i) => (i % 2 === 0 ? 1 : -1) / Math.sqrt(d));
  const vectors = Array.from({ length: n }, () => {
    const big = 30 * g();
    const v = new Float32Array(d);
    let prev = 0;
    for (let i = 0; i < d; i++) {
      const z = g() * (1 + i) * 0.3 + 0.8 * prev;
      prev = z;
      v[i] = 5 + z + big * (dominant[i] ?? 0);
    }
    return v;
  });
  return { vectors, dominant };
}

function mean(vs: readonly Float32Array[]): number[] {
  const d = vs[0]?.length ?? 0;
  return Array.from({ length: d }, (_, i) => vs.reduce((s, v) => s + (v[i] ?? 0), 0) / vs.length);
}

function covariance(vs: readonly Float32Array[]): number[][] {
  const mu = mean(vs);
  const d = mu.length;
  return Array.from({ length: d }, (_, i) =>
    Array.from(
      { length: d },
      (_, j) =>
        vs.reduce((s, v) => s + ((v[i] ?? 0) - (mu[i] ?? 0)) * ((v[j] ?? 0) - (mu[j] ?? 0)), 0) /
        (vs.length - 1),
    ),
  );
}

describe('fitPostprocessor', () => {
  const { vectors, dominant } = anisotropic(3000, 8);

  it('center: catalog vectors end up with zero mean; apply re-normalises', () => {
    const pp = fitPostprocessor({ kind: 'center', vectors });
    for (const m of mean(vectors.map((v) => pp.transform(v)))) expect(Math.abs(m)).toBeLessThan(1e-3);
    for (const m of mean(vectors)) expect(m).toBeGreaterThan(1);
    for (const v of vectors.slice(0, 20)) expect(Math.hypot(...pp.apply(v))).toBeCloseTo(1, 5);
  });

  it('whiten: covariance becomes about the identity on an anisotropic set', () => {
    const raw = covariance(vectors);
    expect(Math.abs(raw[0]?.[1] ?? 0)).toBeGreaterThan(10);
    expect(raw[7]?.[7] ?? 0).toBeGreaterThan(10);
    const pp = fitPostprocessor({ kind: 'whiten', vectors });
    const cov = covariance(vectors.map((v) => pp.transform(v)));
    cov.forEach((row, i) => {
      row.forEach((c, j) => {
        expect(Math.abs(c - (i === j ? 1 : 0))).toBeLessThan(0.05);
      });
    });
  });

  it('abtt: removes the dominant direction', () => {
    const projection = (v: Float32Array) => v.reduce((s, x, i) => s + x * (dominant[i] ?? 0), 0);
    const spread = (vs: Float32Array[]) => {
      const p = vs.map(projection);
      const m = p.reduce((s, x) => s + x, 0) / p.length;
      return Math.sqrt(p.reduce((s, x) => s + (x - m) ** 2, 0) / p.length);
    };
    expect(spread(vectors)).toBeGreaterThan(20);
    const pp = fitPostprocessor({ kind: 'abtt', vectors, components: 1 });
    const out = vectors.map((v) => pp.transform(v));
    expect(spread(out)).toBeLessThan(0.5);
    for (const m of mean(out)) expect(Math.abs(m)).toBeLessThan(1e-3);
  });

  it('abtt makes cosine similarity reflect differences instead of the shared offset', () => {
    const [a, b] = vectors;
    if (!a || !b) throw new Error('no vectors');
    expect(cosine(a, b)).toBeGreaterThan(0.5);
    const pp = fitPostprocessor({ kind: 'abtt', vectors, components: 1 });
    expect(Math.abs(cosine(pp.apply(a), pp.apply(b)))).toBeLessThan(cosine(a, b));
  });

  it('none: only re-normalises', () => {
    const pp = fitPostprocessor({ kind: 'none', vectors });
    const v = vectors[0] ?? new Float32Array(8);
    const norm = Math.hypot(...v);
    expect(Array.from(pp.apply(v))).toEqual(Array.from(v, (x) => Math.fround(x / norm)));
  });

  it.each(['none', 'center', 'whiten', 'abtt'] as const)('%s survives a JSON round trip exactly', (kind) => {
    const pp = fitPostprocessor({ kind, vectors: vectors.slice(0, 500) });
    const restored = Postprocessor.fromJSON(JSON.parse(JSON.stringify(pp)));
    expect(restored.kind).toBe(kind);
    expect(restored.dimension).toBe(8);
    for (const v of vectors.slice(600, 620))
      expect(Array.from(restored.apply(v))).toEqual(Array.from(pp.apply(v)));
  });

  it('refuses damaged JSON with INDEX_CORRUPT and wrong-length vectors with EMBEDDER_MISMATCH', () => {
    expect(() => Postprocessor.fromJSON({ format: 1, kind: 'magic', dimension: 8 })).toThrow(
      expect.objectContaining({ code: 'INDEX_CORRUPT' }),
    );
    const json = fitPostprocessor({ kind: 'center', vectors }).toJSON();
    expect(() => Postprocessor.fromJSON({ ...json, mean: 'AAAA' })).toThrow(
      expect.objectContaining({ code: 'INDEX_CORRUPT' }),
    );
    const pp = Postprocessor.fromJSON(json);
    expect(() => pp.apply(new Float32Array(3))).toThrow(
      expect.objectContaining({ code: 'EMBEDDER_MISMATCH' }),
    );
  });

  it('stays well-behaved with fewer vectors than dimensions (shrinkage)', () => {
    const few = anisotropic(5, 40, 3).vectors;
    const pp = fitPostprocessor({ kind: 'whiten', vectors: few });
    const probe = anisotropic(1, 40, 99).vectors[0] ?? new Float32Array(40);
    const out = pp.apply(probe);
    expect(out.every(Number.isFinite)).toBe(true);
    expect(Math.hypot(...out)).toBeCloseTo(1, 5);
  });

  it('fits 768-d GPT-2-sized vectors in reasonable work (abtt and whiten)', () => {
    const big = anisotropic(200, 768, 5).vectors;
    const abtt = fitPostprocessor({ kind: 'abtt', vectors: big });
    expect(abtt.toJSON().components).toBeDefined();
    const whiten = fitPostprocessor({ kind: 'whiten', vectors: big });
    expect(whiten.apply(big[0] ?? new Float32Array(768)).every(Number.isFinite)).toBe(true);
  });
});
