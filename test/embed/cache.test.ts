import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CachedEmbedder, EmbeddingCache, embeddingCacheFile } from '../../src/embed/cache.ts';
import type { Embedder } from '../../src/embed/embedder.ts';
import { HashingEmbedder } from '../../src/embed/hashing.ts';
import { memoryLogger } from '../fakes/memory-log.ts';

/** Wraps the hashing embedder and counts what reaches it. */
class CountingEmbedder implements Embedder {
  readonly inner = new HashingEmbedder({ dimension: 64 });
  readonly id = this.inner.id;
  readonly dimension = this.inner.dimension;
  readonly maxBatchSize = 16;
  calls = 0;
  texts: string[] = [];
  closed = false;

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls++;
    this.texts.push(...texts);
    return this.inner.embed(texts);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

const CATALOG = ['red running shoes', 'blue denim jacket', 'usb-c charger 65 W', 'ceramic coffee mug'];

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aisle-cache-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(texts: readonly string[]) {
  const inner = new CountingEmbedder();
  const file = embeddingCacheFile(dir, inner.id);
  const cache = await EmbeddingCache.load({ file, embedderId: inner.id, dimension: inner.dimension });
  const embedder = new CachedEmbedder({ inner, cache });
  const vectors = await embedder.embed(texts);
  await cache.save(file);
  return { inner, embedder, vectors, file };
}

describe('EmbeddingCache + CachedEmbedder', () => {
  it('re-indexing an unchanged catalog embeds nothing the second time', async () => {
    const first = await run(CATALOG);
    expect(first.inner.calls).toBe(1);
    expect(first.inner.texts).toEqual(CATALOG);
    const second = await run(CATALOG);
    expect(second.inner.calls).toBe(0);
    expect(second.embedder.stats).toEqual({ hits: 4, misses: 0, innerCalls: 0 });
    expect(second.vectors.map((v) => Array.from(v))).toEqual(first.vectors.map((v) => Array.from(v)));
  });

  it('embeds only the new and changed texts, each distinct text once', async () => {
    await run(CATALOG);
    const changed = [...CATALOG.slice(0, 3), 'ceramic coffee mug, 350 ml', 'wool socks', 'wool socks'];
    const again = await run(changed);
    expect(again.inner.calls).toBe(1);
    expect(again.inner.texts).toEqual(['ceramic coffee mug, 350 ml', 'wool socks']);
    expect(again.embedder.stats).toEqual({ hits: 3, misses: 2, innerCalls: 1 });
    const direct = await new HashingEmbedder({ dimension: 64 }).embed(changed);
    expect(again.vectors.map((v) => Array.from(v))).toEqual(direct.map((v) => Array.from(v)));
  });

  it('keys the file by embedder id: another id starts empty', async () => {
    const { file } = await run(CATALOG);
    const other = await EmbeddingCache.load({ file, embedderId: 'gpt2:Xenova/gpt2:mean', dimension: 64 });
    expect(other.size).toBe(0);
    expect(embeddingCacheFile(dir, 'gpt2:Xenova/gpt2:mean')).not.toBe(
      embeddingCacheFile(dir, 'gpt2:Xenova/gpt2:last'),
    );
  });

  it('treats a damaged file as empty, with a warning, and saves atomically', async () => {
    const { file } = await run(CATALOG);
    await writeFile(file, 'AISLEEC1 garbage');
    const { logger, messages } = memoryLogger();
    const cache = await EmbeddingCache.load({ file, embedderId: 'hashing-v1-64', dimension: 64, logger });
    expect(cache.size).toBe(0);
    expect(messages()).toContain('ignoring unusable embedding cache; texts will be embedded again');
    cache.set('x', new Float32Array(64).fill(0.5));
    await cache.save(file);
    expect((await readdir(join(dir, 'embeddings'))).filter((f) => f.includes('.tmp-'))).toEqual([]);
    const back = await EmbeddingCache.load({ file, embedderId: 'hashing-v1-64', dimension: 64 });
    expect(Array.from(back.get('x') ?? [])).toEqual(Array.from(new Float32Array(64).fill(0.5)));
  });

  it('drops the oldest entries past maxEntries and can retain only current texts', () => {
    const cache = new EmbeddingCache({ embedderId: 'e', dimension: 2, maxEntries: 2 });
    cache.set('a', Float32Array.of(1, 0));
    cache.set('b', Float32Array.of(0, 1));
    cache.get('a');
    cache.set('c', Float32Array.of(1, 1));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.retainOnly(['c'])).toBe(1);
    expect(cache.size).toBe(1);
  });

  it('refuses a cache of another embedder, and closes the inner embedder', async () => {
    const inner = new CountingEmbedder();
    expect(
      () => new CachedEmbedder({ inner, cache: new EmbeddingCache({ embedderId: 'x', dimension: 64 }) }),
    ).toThrow(expect.objectContaining({ code: 'EMBEDDER_MISMATCH' }));
    const wrapped = new CachedEmbedder({
      inner,
      cache: new EmbeddingCache({ embedderId: inner.id, dimension: 64 }),
    });
    await wrapped.close();
    expect(inner.closed).toBe(true);
  });
});
