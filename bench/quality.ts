/**
 * Section 5, quality: the Chorus evaluation (nDCG@10, recall@50, judged@10 per retrieval mode and
 * for the untuned MiniSearch peer) on the hashing embedder, with the index kept in bench/out between
 * runs, exactly as `npm run eval:chorus` does.
 */
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import type { ModeScore } from '../src/eval/evaluate.ts';
import { runEvaluation } from '../src/eval/run.ts';
import { silentLogger } from '../src/log.ts';
import { convertChorus } from './chorus-convert.ts';
import type { BenchContext } from './context.ts';

/** Section result; undefined modes when the dataset is absent. */
export interface QualityReport {
  readonly dataset: string;
  readonly attribution: string;
  readonly products: number;
  readonly queries: number;
  readonly embedder: string;
  readonly lexical: ModeScore;
  readonly dense: ModeScore;
  readonly hybrid: ModeScore;
  /** Untuned MiniSearch over title and description: the peer baseline. */
  readonly baseline: ModeScore;
  readonly ms: number;
}

/** Run the evaluation, or return undefined when the Chorus dataset is not on this machine. */
export async function benchQuality(ctx: BenchContext): Promise<QualityReport | undefined> {
  const converted = await convertChorus(ctx.outDir);
  if (!converted) return undefined;
  ctx.log('quality: Chorus evaluation (hashing embedder; the index in bench/out/data is reused)');
  const config = loadConfig({ AISLE_DATA_DIR: join(ctx.outDir, 'data'), AISLE_LOG_LEVEL: 'warn' });
  const started = performance.now();
  const report = await runEvaluation({
    config,
    logger: silentLogger(),
    catalog: converted.catalog,
    judgments: converted.judgments,
    dataDir: join(ctx.outDir, 'data', 'chorus-hashing'),
    embedder: 'hashing',
  });
  return {
    dataset: 'chorus-icecat',
    attribution: 'Product data: Icecat (Open Content License), via the Chorus project',
    products: report.products,
    queries: report.queries,
    embedder: report.embedder,
    lexical: report.modes.lexical,
    dense: report.modes.dense,
    hybrid: report.modes.hybrid,
    baseline: report.modes.baseline,
    ms: Math.round(performance.now() - started),
  };
}
