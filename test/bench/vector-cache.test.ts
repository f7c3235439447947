import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCachedIndex, reuseCachedIndex, saveFormat } from '../../bench/vector-cache.ts';
import { HnswVectorIndex } from '../../src/search/hnsw-index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aisle-bench-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function savedIndex(file: string): Promise<void> {
  const index = HnswVectorIndex.create({ dimension: 3, capacity: 8 });
  for (let i = 0; i < 5; i++) index.upsert(i, Float32Array.from([1, i, 0]));
  await index.save(file);
}

describe('the cached benchmark index', () => {
  it('is reused, with its build time, when it was recorded for the same vectors', async () => {
    const file = join(dir, 'set.hnsw');
    await savedIndex(file);
    await recordCachedIndex({ file, cacheKey: 'k1', ms: 1234 });
    const cached = await reuseCachedIndex({ file, cacheKey: 'k1', dimension: 3, count: 5 });
    expect(cached?.ms).toBe(1234);
    expect(cached?.index.size()).toBe(5);
  });

  it('is rebuilt when the vectors differ, nothing was recorded, or a saved file is missing', async () => {
    const file = join(dir, 'set.hnsw');
    await savedIndex(file);
    expect(await reuseCachedIndex({ file, cacheKey: 'k1', dimension: 3, count: 5 })).toBeUndefined();
    await recordCachedIndex({ file, cacheKey: 'k1', ms: 1 });
    expect(await reuseCachedIndex({ file, cacheKey: 'k2', dimension: 3, count: 5 })).toBeUndefined();
    const suffixes = await saveFormat();
    const extra = suffixes.find((s) => s !== '');
    if (extra !== undefined) {
      await unlink(`${file}${extra}`);
      expect(await reuseCachedIndex({ file, cacheKey: 'k1', dimension: 3, count: 5 })).toBeUndefined();
    }
    expect(suffixes).toContain('');
  });
});
