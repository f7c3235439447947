import { describe, expect, it } from 'vitest';
import { l2normalize } from '../../src/embed/embedder.ts';
import { HnswVectorIndex } from '../../src/search/hnsw-index.ts';

/** Deterministic pseudo-random unit vectors (mulberry32). */
function randomVectors(n: number, dim: number, seed = 7): Float32Array[] {
  let s = seed;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
  return Array.from({ length: n }, () => l2normalize(Float32Array.from({ length: dim }, rand)));
}

function bruteForce(
  vectors: Float32Array[],
  q: Float32Array,
  k: number,
  filter: (l: number) => boolean,
): number[] {
  return vectors
    .map((v, label) => ({ label, s: v.reduce((acc, x, i) => acc + x * (q[i] ?? 0), 0) }))
    .filter((h) => filter(h.label))
    .sort((a, b) => b.s - a.s)
    .slice(0, k)
    .map((h) => h.label);
}

describe('HnswVectorIndex', () => {
  const dim = 32;
  const vectors = randomVectors(3000, dim);
  const index = HnswVectorIndex.create({ dimension: dim, capacity: 100 });
  for (const [label, v] of vectors.entries()) index.upsert(label, v);

  it('grows past its initial capacity and counts live vectors', () => {
    expect(index.size()).toBe(3000);
  });

  it('finds the exact nearest neighbours (recall@10 ≥ 0.95 over 50 queries)', () => {
    let found = 0;
    const queries = randomVectors(50, dim, 99);
    for (const q of queries) {
      const truth = new Set(bruteForce(vectors, q, 10, () => true));
      for (const h of index.search({ vector: q, k: 10 })) if (truth.has(h.label)) found++;
    }
    expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });

  it('applies a tight filter inside the search and still returns k hits', () => {
    // Only 2% of items pass (think: a tight budget); the search must still fill k.
    const inBudget = (l: number) => l % 50 === 0;
    const q = randomVectors(1, dim, 5)[0] ?? new Float32Array(dim);
    const hits = index.search({ vector: q, k: 10, filter: inBudget });
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => inBudget(h.label))).toBe(true);
    const truth = bruteForce(vectors, q, 10, inBudget);
    expect(hits.map((h) => h.label).filter((l) => truth.includes(l)).length).toBeGreaterThanOrEqual(9);
  });

  it('returns fewer than k only when fewer items match', () => {
    const q = vectors[0] ?? new Float32Array(dim);
    const hits = index.search({ vector: q, k: 10, filter: (l) => l < 3 });
    expect(hits.map((h) => h.label).sort()).toEqual([0, 1, 2]);
  });

  it('deletes and replaces without a rebuild', () => {
    const small = HnswVectorIndex.create({ dimension: dim, capacity: 16 });
    for (const [l, v] of vectors.slice(0, 20).entries()) small.upsert(l, v);
    const q = vectors[5] ?? new Float32Array(dim);
    expect(small.search({ vector: q, k: 1 })[0]?.label).toBe(5);
    small.remove(5);
    expect(small.search({ vector: q, k: 20 }).map((h) => h.label)).not.toContain(5);
    expect(small.size()).toBe(19);
    // A new item reuses the deleted slot; an update moves an item.
    small.upsert(100, q);
    expect(small.search({ vector: q, k: 1 })[0]?.label).toBe(100);
    small.upsert(100, vectors[6] ?? q);
    expect(small.search({ vector: vectors[6] ?? q, k: 2 }).map((h) => h.label)).toContain(100);
    expect(small.size()).toBe(20);
  });

  it('refuses a vector of the wrong dimension with a re-index hint', () => {
    expect(() => index.search({ vector: new Float32Array(5), k: 1 })).toThrow(
      expect.objectContaining({ code: 'EMBEDDER_MISMATCH', hint: expect.stringMatching(/rebuild/i) }),
    );
  });
});

describe('HnswVectorIndex persistence', () => {
  it('keeps vectors readable after a save/load round trip, with or without the vectors file', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'aisle-hnsw-'));
    const vectors = randomVectors(200, 16, 3);
    const index = HnswVectorIndex.create({ dimension: 16, capacity: 50 });
    for (const [label, v] of vectors.entries()) index.upsert(label, v);
    index.remove(7);
    const file = join(dir, 'v.hnsw');
    await index.save(file);

    const live = [...vectors.keys()].filter((l) => l !== 7);
    const loaded = await HnswVectorIndex.load({ file, dimension: 16, live });
    expect(loaded.size()).toBe(199);
    expect(loaded.vectorOf(7)).toBeUndefined();
    expect(Array.from(loaded.vectorOf(3) ?? [])).toEqual(
      Array.from(vectors[3] ?? []).map((x) => Math.fround(x)),
    );

    // An index written before the vectors file existed reads its vectors back from the graph.
    await rm(HnswVectorIndex.vectorsFile(file));
    const old = await HnswVectorIndex.load({ file, dimension: 16, live });
    const v3 = old.vectorOf(3) ?? new Float32Array(16);
    expect(v3.reduce((acc, x, i) => acc + x * (vectors[3]?.[i] ?? 0), 0)).toBeCloseTo(1, 5);
  });
});
