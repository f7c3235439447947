/**
 * What every benchmark section receives: the profile (quick or full), where outputs go, and a
 * progress line writer (stderr, so `--json` keeps stdout for the JSON object alone).
 */
import { join } from 'node:path';

/** Sizes and repetitions of one run. */
export interface Profile {
  readonly name: 'quick' | 'full';
  /** Synthetic vector counts (768-d). */
  readonly syntheticSizes: readonly number[];
  readonly syntheticDimension: number;
  /** Queries with exact ground truth per synthetic set. */
  readonly syntheticQueries: number;
  /** ef values swept. */
  readonly efs: readonly number[];
  /** Timed searches per ef (queries are repeated to reach it). */
  readonly searchSamples: number;
  /** 16-token embeddings timed per model. */
  readonly embedSamples: number;
  /** Product texts embedded for the batch throughput figure. */
  readonly embedBatchProducts: number;
  /** End to end: conversations at once and messages each (per transport). */
  readonly e2eLevels: readonly { readonly concurrency: number; readonly messagesEach: number }[];
  /** Mean pause between a reply and the next message of the same conversation. */
  readonly thinkMs: number;
}

/** The quick profile: a few minutes on two cores. */
export const QUICK: Profile = {
  name: 'quick',
  syntheticSizes: [100_000],
  syntheticDimension: 768,
  syntheticQueries: 100,
  efs: [16, 32, 64, 128, 256, 512, 1024],
  searchSamples: 500,
  embedSamples: 30,
  embedBatchProducts: 48,
  e2eLevels: [
    { concurrency: 1, messagesEach: 40 },
    { concurrency: 10, messagesEach: 10 },
    { concurrency: 50, messagesEach: 6 },
  ],
  thinkMs: 1000,
};

/** The full profile: adds 1M vectors and longer samples (an hour or more on two cores). */
export const FULL: Profile = {
  name: 'full',
  syntheticSizes: [100_000, 1_000_000],
  syntheticDimension: 768,
  syntheticQueries: 200,
  efs: [16, 32, 64, 128, 256, 512, 1024],
  searchSamples: 2_000,
  embedSamples: 100,
  embedBatchProducts: 256,
  e2eLevels: [
    { concurrency: 1, messagesEach: 100 },
    { concurrency: 10, messagesEach: 30 },
    { concurrency: 50, messagesEach: 20 },
  ],
  thinkMs: 1000,
};

/** Shared by every section. */
export interface BenchContext {
  readonly profile: Profile;
  /** bench/out: reports, cached indexes, the converted Chorus catalog. */
  readonly outDir: string;
  /** Rebuild cached artefacts (the synthetic HNSW indexes) instead of reusing them. */
  readonly rebuild: boolean;
  /** A progress line on stderr. */
  log(message: string): void;
}

/** Default output folder (gitignored). */
export const OUT_DIR = join(import.meta.dirname, 'out');

/** Why a part did not run (dataset absent, model missing…), recorded in the report. */
export interface Skip {
  readonly part: string;
  readonly reason: string;
}
