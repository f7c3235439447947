import type { Command } from 'commander';
import { runIndex } from '../../src/app.ts';
import { formatLoadReport } from '../../src/catalog/report.ts';
import { CATALOG_FORMATS, type CatalogFormat } from '../../src/catalog/source.ts';
import { type CliContext, parseChoice, parseEmbedderFlag } from './context.ts';
import { progressBar } from './progress.ts';

/** `aisle index`: build or update the index from a catalog file. */
export function registerIndex(program: Command, ctx: CliContext): void {
  program
    .command('index')
    .description('build or update the search index from a catalog file')
    .option('--catalog <path>', 'catalog file (default: AISLE_CATALOG or the demo catalog)')
    .option('--format <format>', 'auto|json|jsonl|csv|shopify|gmc', 'auto')
    .option('--data-dir <dir>', 'where the index lives (default: AISLE_DATA_DIR or .aisle)')
    .option('--embedder <kind>', 'hashing|gpt2|auto (default: AISLE_EMBEDDER)')
    .option('--json', 'print the summary as JSON')
    .action(
      async (o: {
        catalog?: string;
        format: string;
        dataDir?: string;
        embedder?: string;
        json?: boolean;
      }) => {
        const config = ctx.config({ dataDir: o.dataDir });
        const format = parseChoice<'auto' | CatalogFormat>('--format', o.format, [
          'auto',
          ...CATALOG_FORMATS,
        ]);
        const embedder = parseEmbedderFlag(o.embedder);
        const bar = progressBar('embedding');
        const run = await runIndex({
          config,
          logger: ctx.logger(config),
          ...(o.catalog ? { catalog: o.catalog } : {}),
          format,
          ...(embedder ? { embedder } : {}),
          onProgress: (done, total) => bar.update(done, total),
        }).finally(() => bar.stop());
        const r = run.report;
        if (o.json) {
          ctx.out(
            JSON.stringify({
              products: r.total,
              added: r.added,
              updated: r.updated,
              removed: r.removed,
              unchanged: r.unchanged,
              embedded: r.embedded,
              skipped: run.load.recordsSeen - run.load.products.length,
              issues: run.load.issues,
              embedder: run.embedderId,
              ms: r.ms,
            }),
          );
          return;
        }
        ctx.out(formatLoadReport(run.load));
        ctx.out(
          `Indexed ${r.total} products with ${run.embedderId} in ${(r.ms / 1000).toFixed(1)} s ` +
            `(${r.added} new, ${r.updated} changed, ${r.removed} removed, ${r.unchanged} unchanged; ${r.embedded} embedded).`,
        );
        ctx.out(`Index saved in ${config.dataDir} (generation ${run.manifest.generation}).`);
      },
    );
}
