/**
 * The quick profile keeps the big synthetic HNSW index in bench/out/vectors between runs (building
 * 100k 768-d vectors takes minutes on two cores). A cached index is reused only when it was built
 * from the same vectors, by an index that saves the same set of files as today's code, and it
 * still loads; otherwise it is built again.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { HnswVectorIndex } from '../src/search/hnsw-index.ts';

/** What is recorded beside a cached index. */
interface CacheMeta {
  readonly cacheKey: string;
  /** Build time of the run that made it. */
  readonly ms: number;
  /** File names `save` wrote, relative to the index file's name. */
  readonly format: readonly string[];
}

/** The files HnswVectorIndex.save writes for an index saved as `x.hnsw`, as suffixes. */
export async function saveFormat(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'aisle-bench-format-'));
  try {
    const index = HnswVectorIndex.create({ dimension: 4, capacity: 4 });
    index.upsert(0, Float32Array.from([1, 0, 0, 0]));
    index.upsert(1, Float32Array.from([0, 1, 0, 0]));
    await index.save(join(dir, 'x.hnsw'));
    return (await readdir(dir)).map((name) => name.slice('x.hnsw'.length)).sort();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The cached index at `file` and its build time, or undefined when it cannot be trusted. */
export async function reuseCachedIndex(opts: {
  file: string;
  cacheKey: string;
  dimension: number;
  count: number;
}): Promise<{ index: HnswVectorIndex; ms: number } | undefined> {
  const metaFile = `${opts.file}.json`;
  if (!existsSync(metaFile)) return undefined;
  const meta = JSON.parse(await readFile(metaFile, 'utf8')) as Partial<CacheMeta>;
  const format = await saveFormat();
  if (meta.cacheKey !== opts.cacheKey || typeof meta.ms !== 'number') return undefined;
  if (JSON.stringify(meta.format ?? []) !== JSON.stringify(format)) return undefined;
  if (!format.every((suffix) => existsSync(`${opts.file}${suffix}`))) return undefined;
  try {
    const live = Array.from({ length: opts.count }, (_, i) => i);
    const index = await HnswVectorIndex.load({ file: opts.file, dimension: opts.dimension, live });
    return index.size() === opts.count ? { index, ms: meta.ms } : undefined;
  } catch {
    return undefined;
  }
}

/** Record a freshly built and saved index as reusable. */
export async function recordCachedIndex(opts: { file: string; cacheKey: string; ms: number }): Promise<void> {
  const files = await readdir(dirname(opts.file));
  const name = basename(opts.file);
  const format = files
    .filter((f) => f.startsWith(name) && !f.endsWith('.json'))
    .map((f) => f.slice(name.length))
    .sort();
  const meta: CacheMeta = { cacheKey: opts.cacheKey, ms: opts.ms, format };
  await writeFile(`${opts.file}.json`, JSON.stringify(meta));
}
