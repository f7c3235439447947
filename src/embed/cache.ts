import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AisleError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { writeFileAtomic } from '../storage/atomic.ts';
import type { Embedder } from './embedder.ts';

const MAGIC = 'AISLEEC1';
const KEY_BYTES = 16;

/** Options for an {@link EmbeddingCache}. */
export interface EmbeddingCacheOptions {
  /** Embedder id the vectors belong to (model id and pooling included). */
  readonly embedderId: string;
  readonly dimension: number;
  /** Oldest-used entries are dropped past this many (default 100,000). */
  readonly maxEntries?: number;
}

/** The cache file for an embedder id: `<dataDir>/embeddings/<id slug>-<hash>.bin`. */
export function embeddingCacheFile(dataDir: string, embedderId: string): string {
  const slug = embedderId.replace(/[^\w.-]+/g, '_').slice(0, 60);
  const hash = createHash('sha256').update(embedderId).digest('hex').slice(0, 8);
  return join(dataDir, 'embeddings', `${slug}-${hash}.bin`);
}

/** Cache key of a text: the first 128 bits of its SHA-256, as hex. */
export function cacheKey(text: string): string {
  return createHash('sha256').update(text).digest().subarray(0, KEY_BYTES).toString('hex');
}

/**
 * Vectors by (embedder id, text hash), persisted in the data dir so re-indexing an unchanged
 * catalog embeds nothing. One file per embedder id; binary: magic, JSON header, 16-byte keys,
 * float32 vectors. A missing, foreign or damaged file loads as an empty cache (with a warning):
 * the cache only saves time, never changes results.
 */
export class EmbeddingCache {
  readonly embedderId: string;
  readonly dimension: number;
  private readonly maxEntries: number;
  private readonly entries = new Map<string, Float32Array>();

  constructor(opts: EmbeddingCacheOptions) {
    this.embedderId = opts.embedderId;
    this.dimension = opts.dimension;
    this.maxEntries = Math.max(1, opts.maxEntries ?? 100_000);
  }

  /** Read `file` (an empty cache when it is missing or unusable). */
  static async load(
    opts: EmbeddingCacheOptions & { file: string; logger?: Logger | undefined },
  ): Promise<EmbeddingCache> {
    const cache = new EmbeddingCache(opts);
    let bytes: Buffer;
    try {
      bytes = await readFile(opts.file);
    } catch {
      return cache;
    }
    try {
      cache.decode(bytes);
    } catch (err) {
      cache.entries.clear();
      opts.logger?.warn(
        { file: opts.file, reason: err instanceof Error ? err.message : String(err) },
        'ignoring unusable embedding cache; texts will be embedded again',
      );
    }
    return cache;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached vector of a text (a copy), or undefined. */
  get(text: string): Float32Array | undefined {
    return this.getByKey(cacheKey(text));
  }

  /** Store a text's vector (copied). */
  set(text: string, vector: Float32Array): void {
    this.setByKey(cacheKey(text), vector);
  }

  /** @internal Lookup by precomputed key; refreshes the entry's recency. */
  getByKey(key: string): Float32Array | undefined {
    const v = this.entries.get(key);
    if (!v) return undefined;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v.slice();
  }

  /** @internal Store by precomputed key. */
  setByKey(key: string, vector: Float32Array): void {
    if (vector.length !== this.dimension) {
      throw new AisleError({
        code: 'EMBEDDER_MISMATCH',
        message: `Cannot cache a ${vector.length}-d vector for ${this.embedderId} (${this.dimension}-d).`,
      });
    }
    this.entries.delete(key);
    this.entries.set(key, vector.slice());
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  /** Keep only these texts' entries (call after a full re-index to drop removed products). */
  retainOnly(texts: Iterable<string>): number {
    const keep = new Set<string>();
    for (const t of texts) keep.add(cacheKey(t));
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (!keep.has(key)) {
        this.entries.delete(key);
        removed++;
      }
    }
    return removed;
  }

  /** Write the cache atomically (temp file + fsync + rename). */
  async save(file: string): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, this.encode());
  }

  private encode(): Buffer {
    const count = this.entries.size;
    const header = Buffer.from(
      JSON.stringify({ format: 1, embedderId: this.embedderId, dimension: this.dimension, count }),
    );
    const headerEnd = MAGIC.length + 4 + header.length;
    const keysStart = Math.ceil(headerEnd / 4) * 4;
    const vectorsStart = keysStart + count * KEY_BYTES;
    const out = Buffer.alloc(vectorsStart + count * this.dimension * 4);
    out.write(MAGIC, 0, 'latin1');
    out.writeUInt32LE(header.length, MAGIC.length);
    header.copy(out, MAGIC.length + 4);
    let i = 0;
    for (const [key, v] of this.entries) {
      out.write(key, keysStart + i * KEY_BYTES, 'hex');
      // float32 in platform order: little-endian on every platform onnxruntime-node ships for.
      Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(out, vectorsStart + i * this.dimension * 4);
      i++;
    }
    return out;
  }

  private decode(bytes: Buffer): void {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not an aisle embedding cache');
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    const headerEnd = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, headerEnd)) as Record<string, unknown>;
    if (header.embedderId !== this.embedderId || header.dimension !== this.dimension) {
      throw new Error(`written for ${String(header.embedderId)} (${String(header.dimension)}-d)`);
    }
    const count = header.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      throw new Error('bad entry count');
    const keysStart = Math.ceil(headerEnd / 4) * 4;
    const vectorsStart = keysStart + count * KEY_BYTES;
    if (bytes.length !== vectorsStart + count * this.dimension * 4) throw new Error('truncated file');
    for (let i = 0; i < count; i++) {
      const key = bytes.toString('hex', keysStart + i * KEY_BYTES, keysStart + (i + 1) * KEY_BYTES);
      const at = vectorsStart + i * this.dimension * 4;
      const v = new Float32Array(this.dimension);
      new Uint8Array(v.buffer).set(bytes.subarray(at, at + this.dimension * 4));
      this.entries.set(key, v);
    }
  }
}

/** Counters of a {@link CachedEmbedder}. */
export interface CacheStats {
  /** Texts answered from the cache. */
  hits: number;
  /** Texts not in the cache (embedded by the inner embedder; duplicates counted once). */
  misses: number;
  /** Calls made to the inner embedder. */
  innerCalls: number;
}

/**
 * An Embedder that answers from an {@link EmbeddingCache} and sends only missing texts (each
 * distinct text once) to the inner embedder. Same id, dimension and vectors as the inner one.
 * `close()` closes the inner embedder; saving the cache is the caller's choice.
 */
export class CachedEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly maxBatchSize: number;
  readonly fingerprint?: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, innerCalls: 0 };
  readonly inner: Embedder;
  readonly cache: EmbeddingCache;

  constructor(opts: { inner: Embedder; cache: EmbeddingCache }) {
    const { inner, cache } = opts;
    if (cache.embedderId !== inner.id || cache.dimension !== inner.dimension) {
      throw new AisleError({
        code: 'EMBEDDER_MISMATCH',
        message: `Embedding cache for ${cache.embedderId} cannot serve embedder ${inner.id}.`,
      });
    }
    this.inner = inner;
    this.cache = cache;
    this.id = inner.id;
    this.dimension = inner.dimension;
    this.maxBatchSize = inner.maxBatchSize;
    if (inner.fingerprint !== undefined) this.fingerprint = inner.fingerprint;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const keys = texts.map(cacheKey);
    const out = new Array<Float32Array | undefined>(texts.length);
    const missing = new Map<string, string>();
    keys.forEach((key, i) => {
      const hit = this.cache.getByKey(key);
      if (hit) {
        out[i] = hit;
        this.stats.hits++;
      } else if (!missing.has(key)) {
        missing.set(key, texts[i] ?? '');
      }
    });
    if (missing.size > 0) {
      this.stats.misses += missing.size;
      this.stats.innerCalls++;
      const vectors = await this.inner.embed([...missing.values()]);
      if (vectors.length !== missing.size) {
        throw new AisleError({
          code: 'EMBED_FAILED',
          message: `${this.inner.id} returned the wrong number of vectors.`,
        });
      }
      const fresh = new Map<string, Float32Array>();
      [...missing.keys()].forEach((key, j) => {
        const v = vectors[j];
        if (!v) return;
        fresh.set(key, v);
        this.cache.setByKey(key, v);
      });
      keys.forEach((key, i) => {
        out[i] ??= fresh.get(key)?.slice();
      });
    }
    return out.map((v) => v ?? new Float32Array(this.dimension));
  }

  async close(): Promise<void> {
    await this.inner.close();
  }
}
