/**
 * The vector sets the search benchmark runs on: the Chorus catalog embedded with the hashing
 * embedder (real product texts and the 135 real Chorus queries), and synthetic clustered 768-d
 * sets (see synthetic.ts for how they are made).
 */
import { loadCatalog } from '../src/catalog/load.ts';
import { HashingEmbedder } from '../src/embed/hashing.ts';
import { productText } from '../src/embed/product-text.ts';
import { readJudgments } from '../src/eval/judgments.ts';
import { convertChorus } from './chorus-convert.ts';
import { ClusteredSource, defaultClusters } from './synthetic.ts';

/** Vectors and queries in contiguous row-major arrays (unit length). */
export interface VectorDataset {
  readonly name: string;
  /** How the vectors were made, for the report. */
  readonly source: string;
  readonly n: number;
  readonly dimension: number;
  readonly vectors: Float32Array;
  readonly queries: Float32Array;
  readonly queryCount: number;
  /** Identity for cached indexes: changes whenever the vectors would. */
  readonly cacheKey: string;
}

/** Bumped whenever synthetic.ts changes what it generates. */
export const GENERATOR_VERSION = 2;

/** A synthetic clustered set of `n` vectors and `queries` queries. */
export function syntheticDataset(opts: {
  n: number;
  dimension: number;
  queries: number;
  seed?: number;
}): VectorDataset {
  const seed = opts.seed ?? 42;
  const source = new ClusteredSource({ dimension: opts.dimension, clusters: defaultClusters(opts.n), seed });
  const { vectors } = source.points(opts.n, seed);
  return {
    name: `synthetic-${formatCount(opts.n)}`,
    source: `synthetic clustered ${opts.dimension}-d: ${source.clusters} power-law clusters, seed ${seed}`,
    n: opts.n,
    dimension: opts.dimension,
    vectors,
    queries: source.queries(opts.queries, seed),
    queryCount: opts.queries,
    cacheKey: `synthetic-v${GENERATOR_VERSION}-${opts.n}-${opts.dimension}-s${seed}`,
  };
}

/**
 * The Chorus products embedded like the indexer embeds them (productText + hashing, 512-d), with
 * the real Chorus queries as queries. Undefined when the dataset is not on this machine.
 */
export async function chorusDataset(outDir: string): Promise<VectorDataset | undefined> {
  const converted = await convertChorus(outDir);
  if (!converted) return undefined;
  const load = await loadCatalog({ path: converted.catalog, format: 'jsonl' });
  const embedder = new HashingEmbedder();
  const d = embedder.dimension;
  const n = load.products.length;
  const vectors = new Float32Array(n * d);
  load.products.forEach((p, i) => {
    vectors.set(embedder.embedOne(productText(p)), i * d);
  });
  const queryTexts = await chorusQueries(converted.judgments);
  const queries = new Float32Array(queryTexts.length * d);
  queryTexts.forEach((q, i) => {
    queries.set(embedder.embedOne(q), i * d);
  });
  return {
    name: `chorus-${formatCount(n)}`,
    source: `Chorus (Icecat) products, hashing embedder ${d}-d; ${queryTexts.length} real Chorus queries`,
    n,
    dimension: d,
    vectors,
    queries,
    queryCount: queryTexts.length,
    cacheKey: `chorus-${n}-${d}`,
  };
}

/** The distinct queries of a `query,docid,rating` judgments file, in order of appearance. */
export async function chorusQueries(judgmentsFile: string): Promise<string[]> {
  return [...(await readJudgments(judgmentsFile)).keys()];
}

/** 20000 → "20k", 1000000 → "1M". */
export function formatCount(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000) return `${Math.round(n / 1_000)}k`;
  return String(n);
}
