/**
 * Section 1, vector search: hnswlib (through aisle's HnswVectorIndex) against exact brute force
 * on the same vectors and queries. Per set: recall@10 against exact search and latency for each
 * ef, build time, index file size, load time and memory per vector (in a fresh process), and the
 * speed-up at the fastest ef reaching recall@10 ≥ 0.98.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { DEFAULT_HNSW, HnswVectorIndex } from '../src/search/hnsw-index.ts';
import { type ExactResult, exactSearch, recallAt, rowDot, tieAwareRecallAt } from './brute-force.ts';
import type { BenchContext, Skip } from './context.ts';
import { runProbe } from './probe.ts';
import { mean, perSecond, round, summarize } from './stats.ts';
import { row } from './synthetic.ts';
import { recordCachedIndex, reuseCachedIndex } from './vector-cache.ts';
import { chorusDataset, syntheticDataset, type VectorDataset } from './vector-datasets.ts';

/** The recall the speed-up is quoted at. */
export const RECALL_TARGET = 0.98;
const K = 10;

/** One point of the ef sweep. */
export interface EfPoint {
  readonly ef: number;
  /** recall@10 counting equally similar items as hits (see tieAwareRecallAt); decides the target. */
  readonly recall10: number;
  /** recall@10 by id: the exact top-10 ids found, ties broken arbitrarily by both sides. */
  readonly recall10_strict: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly qps: number;
  /** queries/s over brute force's queries/s. */
  readonly speedup: number;
}

/** Everything measured on one vector set. */
export interface VectorSetResult {
  readonly name: string;
  readonly source: string;
  readonly n: number;
  readonly dimension: number;
  readonly queries: number;
  readonly bruteforce: { p50_ms: number; p99_ms: number; qps: number; bytes_per_vector: number };
  readonly build: {
    ms: number;
    vectors_per_s: number;
    m: number;
    ef_construction: number;
    /** Reused from an earlier run (quick profile); the figures are that run's. */
    cached: boolean;
  };
  readonly index_file_bytes: number;
  /** HnswVectorIndex.load in a fresh process. */
  readonly load_ms: number;
  /** Resident memory the loaded index adds, per vector. */
  readonly bytes_per_vector: number;
  readonly sweep: readonly EfPoint[];
  /** The fastest ef with recall@10 ≥ 0.98, or null when none reached it. */
  readonly at_target: EfPoint | null;
  /** Cost of the number[] conversion hnswlib-node requires, at the chosen ef (null above 200k vectors). */
  readonly conversion: {
    readonly ef: number;
    readonly array_from_us: number;
    /** The same copy with an indexed loop into a preallocated array (the suggested fix). */
    readonly loop_copy_us: number;
    readonly wrapper_p50_ms: number;
    readonly native_prebuilt_array_p50_ms: number;
  } | null;
}

/** Section result. */
export interface VectorSearchReport {
  readonly sets: readonly VectorSetResult[];
  readonly skipped: readonly Skip[];
}

/** Run the section: Chorus (when present), then each synthetic size of the profile. */
export async function benchVectorSearch(ctx: BenchContext): Promise<VectorSearchReport> {
  const sets: VectorSetResult[] = [];
  const skipped: Skip[] = [];
  ctx.log('vectors: embedding the Chorus catalog with the hashing embedder');
  const chorus = await chorusDataset(ctx.outDir);
  if (chorus) sets.push(await benchSet(ctx, chorus, { cache: false }));
  else skipped.push({ part: 'vectors: chorus', reason: 'Chorus dataset not found (set AISLE_CHORUS_DIR)' });
  for (const n of ctx.profile.syntheticSizes) {
    ctx.log(`vectors: generating ${n} synthetic ${ctx.profile.syntheticDimension}-d vectors`);
    const data = syntheticDataset({
      n,
      dimension: ctx.profile.syntheticDimension,
      queries: ctx.profile.syntheticQueries,
    });
    sets.push(await benchSet(ctx, data, { cache: ctx.profile.name === 'quick' && !ctx.rebuild }));
  }
  return { sets, skipped };
}

async function benchSet(
  ctx: BenchContext,
  data: VectorDataset,
  opts: { cache: boolean },
): Promise<VectorSetResult> {
  const { n, dimension: d, queryCount: q } = data;
  ctx.log(`vectors ${data.name}: exact search for ${q} queries`);
  for (let i = 0; i < Math.min(3, q); i++)
    exactSearch({ vectors: data.vectors, dimension: d, query: row(data.queries, d, i), k: K });
  const truth: ExactResult[] = [];
  const bfTimes: number[] = [];
  for (let i = 0; i < q; i++) {
    const t = performance.now();
    truth.push(exactSearch({ vectors: data.vectors, dimension: d, query: row(data.queries, d, i), k: K }));
    bfTimes.push(performance.now() - t);
  }
  const bf = summarize(bfTimes);
  const bfQps = perSecond(1, mean(bfTimes));

  const dir = join(ctx.outDir, 'vectors');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${data.cacheKey}-m${DEFAULT_HNSW.m}-efc${DEFAULT_HNSW.efConstruction}.hnsw`);
  const { index, build } = await buildOrReuse(ctx, data, { file, cache: opts.cache });
  const fileBytes = (await stat(file)).size;
  ctx.log(`vectors ${data.name}: loading the index in a fresh process`);
  const probe = await runProbe({ kind: 'hnsw', file, dimension: d, count: n });

  const sweep: EfPoint[] = [];
  for (const ef of ctx.profile.efs) {
    const point = sweepPoint({ index, data, truth, ef, samples: ctx.profile.searchSamples, bfQps });
    ctx.log(
      `vectors ${data.name}: ef ${ef} recall@10 ${point.recall10} p50 ${point.p50_ms} ms ×${point.speedup}`,
    );
    sweep.push(point);
  }
  const reaching = sweep.filter((p) => p.recall10 >= RECALL_TARGET);
  const atTarget = reaching.length > 0 ? reaching.reduce((a, b) => (b.qps > a.qps ? b : a)) : null;
  // The comparison loads a second copy of the index: skipped where that would cost gigabytes.
  const conversion =
    n > 200_000
      ? null
      : measureConversion({
          file,
          data,
          ef: atTarget?.ef ?? DEFAULT_HNSW.ef,
          index,
          samples: ctx.profile.searchSamples,
        });
  return {
    name: data.name,
    source: data.source,
    n,
    dimension: d,
    queries: q,
    bruteforce: { p50_ms: bf.p50_ms, p99_ms: bf.p99_ms, qps: round(bfQps, 1), bytes_per_vector: d * 4 },
    build,
    index_file_bytes: fileBytes,
    load_ms: probe.load_ms,
    bytes_per_vector: Math.round(probe.rss_delta_bytes / n),
    sweep,
    at_target: atTarget,
    conversion,
  };
}

async function buildOrReuse(
  ctx: BenchContext,
  data: VectorDataset,
  opts: { file: string; cache: boolean },
): Promise<{ index: HnswVectorIndex; build: VectorSetResult['build'] }> {
  const { n, dimension: d } = data;
  const params = { m: DEFAULT_HNSW.m, ef_construction: DEFAULT_HNSW.efConstruction };
  const cached = opts.cache
    ? await reuseCachedIndex({ file: opts.file, cacheKey: data.cacheKey, dimension: d, count: n })
    : undefined;
  if (cached) {
    ctx.log(`vectors ${data.name}: reusing the index built earlier (--rebuild to build it again)`);
    const build = { ms: Math.round(cached.ms), vectors_per_s: round(perSecond(n, cached.ms), 0) };
    return { index: cached.index, build: { ...build, ...params, cached: true } };
  }
  ctx.log(
    `vectors ${data.name}: building the HNSW index (M ${params.m}, efConstruction ${params.ef_construction})`,
  );
  const index = HnswVectorIndex.create({ dimension: d, capacity: n });
  const t = performance.now();
  const step = Math.max(1, Math.floor(n / 10));
  for (let i = 0; i < n; i++) {
    index.upsert(i, row(data.vectors, d, i));
    if ((i + 1) % step === 0 && i + 1 < n) ctx.log(`vectors ${data.name}: built ${i + 1}/${n}`);
  }
  const ms = performance.now() - t;
  await index.save(opts.file);
  await recordCachedIndex({ file: opts.file, cacheKey: data.cacheKey, ms });
  return {
    index,
    build: { ms: Math.round(ms), vectors_per_s: round(perSecond(n, ms), 0), ...params, cached: false },
  };
}

function sweepPoint(opts: {
  index: HnswVectorIndex;
  data: VectorDataset;
  truth: readonly ExactResult[];
  ef: number;
  samples: number;
  bfQps: number;
}): EfPoint {
  const { index, data, truth, ef } = opts;
  const d = data.dimension;
  const q = data.queryCount;
  let recall = 0;
  let strict = 0;
  for (let i = 0; i < q; i++) {
    const query = row(data.queries, d, i);
    const exact = truth[i];
    if (!exact) continue;
    const labels = index.search({ vector: query, k: K, ef }).map((h) => h.label);
    strict += recallAt({ exact: exact.labels, approx: labels, k: K });
    const approxScores = labels.map((label) => rowDot({ vectors: data.vectors, dimension: d, label, query }));
    recall += tieAwareRecallAt({ exact, approxScores, k: K });
  }
  const times: number[] = [];
  for (let s = 0; s < Math.max(opts.samples, q); s++) {
    const vector = row(data.queries, d, s % q);
    const t = performance.now();
    index.search({ vector, k: K, ef });
    times.push(performance.now() - t);
  }
  const summary = summarize(times);
  const qps = perSecond(1, mean(times));
  return {
    ef,
    recall10: round(recall / q, 4),
    recall10_strict: round(strict / q, 4),
    p50_ms: summary.p50_ms,
    p99_ms: summary.p99_ms,
    qps: round(qps, 0),
    speedup: round(qps / opts.bfQps, 1),
  };
}

/**
 * hnswlib-node only takes number[]: the wrapper copies each Float32Array with Array.from and the
 * binding reads the array element by element. Compare the wrapper with a bare native index fed
 * arrays built in advance, and time Array.from alone.
 */
function measureConversion(opts: {
  file: string;
  data: VectorDataset;
  ef: number;
  index: HnswVectorIndex;
  samples: number;
}): VectorSetResult['conversion'] {
  const { data, ef } = opts;
  const d = data.dimension;
  const q = data.queryCount;
  const native = new hnswlib.HierarchicalNSW('cosine', d);
  native.readIndexSync(opts.file);
  native.setEf(ef);
  const arrays = Array.from({ length: q }, (_, i) => Array.from(row(data.queries, d, i)));
  const wrapper: number[] = [];
  const bare: number[] = [];
  for (let s = 0; s < Math.max(opts.samples, q); s++) {
    const i = s % q;
    let t = performance.now();
    opts.index.search({ vector: row(data.queries, d, i), k: K, ef });
    wrapper.push(performance.now() - t);
    t = performance.now();
    native.searchKnn(arrays[i] ?? [], K);
    bare.push(performance.now() - t);
  }
  const reps = 20_000;
  let sink = 0;
  let t = performance.now();
  for (let r = 0; r < reps; r++) sink += Array.from(row(data.queries, d, r % q)).length;
  const arrayFromUs = ((performance.now() - t) * 1000) / reps;
  t = performance.now();
  for (let r = 0; r < reps; r++) sink += loopCopy(row(data.queries, d, r % q)).length;
  const loopUs = ((performance.now() - t) * 1000) / reps;
  if (sink < 0) throw new Error('unreachable');
  return {
    ef,
    array_from_us: round(arrayFromUs, 2),
    loop_copy_us: round(loopUs, 2),
    wrapper_p50_ms: summarize(wrapper).p50_ms,
    native_prebuilt_array_p50_ms: summarize(bare).p50_ms,
  };
}

/** Float32Array → number[] with an indexed loop (V8 runs this far faster than Array.from). */
export function loopCopy(v: Float32Array): number[] {
  const out = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] as number;
  return out;
}
