/**
 * `npm run eval:chorus [-- --json] [-- --embedder gpt2]`: convert the Chorus (Icecat) catalog, index
 * it and print nDCG@10, recall@50 and judged@10 per retrieval mode and for the untuned baseline.
 * Product data: Icecat (Open Content License), via the Chorus project.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { runEvaluation } from '../src/eval/run.ts';
import { createLogger } from '../src/log.ts';
import { CHORUS_DIR, convertChorus } from './chorus-convert.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, embedder: { type: 'string', default: 'hashing' } },
});
const embedder = values.embedder === 'gpt2' ? 'gpt2' : 'hashing';
const outDir = join(import.meta.dirname, 'out');
const converted = await convertChorus(outDir);
if (!converted) {
  const message = `Chorus dataset not found in ${CHORUS_DIR}; skipping the evaluation (set AISLE_CHORUS_DIR to run it).`;
  console.log(values.json ? JSON.stringify({ skipped: true, reason: message }) : message);
  process.exit(0);
}
const config = loadConfig({ ...process.env, AISLE_DATA_DIR: join(outDir, 'data') });
const report = await runEvaluation({
  config,
  logger: createLogger({ level: 'warn' }),
  catalog: converted.catalog,
  judgments: converted.judgments,
  dataDir: join(outDir, 'data', `chorus-${embedder}`),
  embedder,
});
const result = {
  dataset: 'chorus-icecat',
  attribution: 'Product data: Icecat (Open Content License), via the Chorus project',
  products: report.products,
  queries: report.queries,
  embedder: report.embedder,
  ...report.modes,
  hybridWins:
    report.modes.hybrid.ndcg10 > report.modes.baseline.ndcg10 &&
    report.modes.hybrid.ndcg10 > report.modes.lexical.ndcg10 &&
    report.modes.hybrid.ndcg10 > report.modes.dense.ndcg10,
};
if (values.json) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`Chorus: ${result.queries} queries, ${result.products} products, embedder ${result.embedder}`);
  for (const mode of ['lexical', 'dense', 'hybrid', 'baseline'] as const) {
    const s = report.modes[mode];
    console.log(
      `${mode.padEnd(9)} nDCG@10 ${s.ndcg10.toFixed(4)}  recall@50 ${s.recall50.toFixed(4)}  judged@10 ${s.judged10.toFixed(2)}`,
    );
  }
  console.log(result.attribution);
}
