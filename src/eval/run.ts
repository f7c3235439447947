import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { openEngine, runIndex } from '../app.ts';
import type { Config } from '../config.ts';
import type { EmbedderKind } from '../embed/select.ts';
import type { Logger } from '../log.ts';
import { parseConstraints } from '../query/constraints.ts';
import { toLexicalDoc } from '../search/documents.ts';
import { UntunedMiniSearchBaseline } from '../search/lexical-minisearch.ts';
import { type EvalReport, evaluate } from './evaluate.ts';
import { readJudgments } from './judgments.ts';

/** Options of one `aisle eval` run. */
export interface EvalRunOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly catalog: string;
  readonly judgments: string;
  /** Index directory; default: a folder per catalog under the data dir, reused between runs. */
  readonly dataDir?: string;
  readonly embedder?: EmbedderKind;
  readonly onProgress?: (stage: 'index' | 'queries', done: number, total: number) => void;
}

/** Index the catalog (reusing an earlier index of it), then evaluate every mode and the baseline. */
export async function runEvaluation(opts: EvalRunOptions): Promise<EvalReport & { embedder: string }> {
  const catalog = resolve(opts.catalog);
  const slug = createHash('sha256').update(catalog).digest('hex').slice(0, 12);
  const dataDir = opts.dataDir ?? join(opts.config.dataDir, 'eval', slug);
  const embedder = opts.embedder ?? 'hashing';
  const judgments = await readJudgments(opts.judgments);
  const run = await runIndex({
    config: opts.config,
    logger: opts.logger,
    catalog,
    dataDir,
    embedder,
    ...(opts.onProgress ? { onProgress: (d: number, t: number) => opts.onProgress?.('index', d, t) } : {}),
  });
  const engine = await openEngine({ config: opts.config, logger: opts.logger, dataDir, embedder });
  try {
    const baseline = new UntunedMiniSearchBaseline();
    baseline.upsert(run.load.products.map(toLexicalDoc));
    const vocab = engine.index().vocabulary();
    const report = await evaluate({
      retriever: engine.retriever,
      judgments,
      understand: (q) => parseConstraints(q, vocab),
      baseline,
      ...(opts.onProgress ? { onQuery: (d: number, t: number) => opts.onProgress?.('queries', d, t) } : {}),
    });
    return { ...report, embedder: engine.embedder.id };
  } finally {
    await engine.close();
  }
}
