import type { Command } from 'commander';
import type { EmbedderKind } from '../../src/embed/select.ts';
import { runEvaluation } from '../../src/eval/run.ts';
import { type CliContext, parseChoice } from './context.ts';
import { progressBar } from './progress.ts';

/** `aisle eval`: retrieval quality per mode against human judgments. */
export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('nDCG@10 and recall@50 of lexical, dense and hybrid retrieval and an untuned baseline')
    .requiredOption('--catalog <path>', 'catalog file to index and search')
    .requiredOption('--judgments <csv>', 'CSV with query,docid,rating')
    .option(
      '--data-dir <dir>',
      'index folder for this catalog (default: one per catalog under AISLE_DATA_DIR)',
    )
    .option('--embedder <kind>', 'hashing|gpt2', 'hashing')
    .option('--json', 'print one JSON object')
    .action(
      async (o: {
        catalog: string;
        judgments: string;
        dataDir?: string;
        embedder: string;
        json?: boolean;
      }) => {
        const config = ctx.config();
        const embedder = parseChoice<EmbedderKind>('--embedder', o.embedder, ['hashing', 'gpt2']);
        const bars = { index: progressBar('indexing'), queries: progressBar('queries ') };
        const report = await runEvaluation({
          config,
          logger: ctx.logger(config),
          catalog: o.catalog,
          judgments: o.judgments,
          embedder,
          ...(o.dataDir ? { dataDir: o.dataDir } : {}),
          onProgress: (stage, done, total) => bars[stage].update(done, total),
        }).finally(() => {
          bars.index.stop();
          bars.queries.stop();
        });
        if (o.json) {
          ctx.out(JSON.stringify(report));
          return;
        }
        ctx.out(`${report.queries} queries over ${report.products} products, embedder ${report.embedder}`);
        ctx.out('mode       nDCG@10  recall@50  judged@10');
        for (const [mode, s] of Object.entries(report.modes)) {
          const label = mode === 'baseline' ? 'baseline*' : mode;
          ctx.out(
            `${label.padEnd(10)} ${s.ndcg10.toFixed(4)}   ${s.recall50.toFixed(4)}     ${s.judged10.toFixed(2)}`,
          );
        }
        ctx.out('* baseline: MiniSearch with default settings over title and description (an untuned peer).');
      },
    );
}
