import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { SqliteShopStore } from '../../src/assistant/shop-store.ts';
import { AisleError } from '../../src/errors.ts';
import { DATABASE_FILE, openDatabase } from '../../src/storage/sqlite.ts';
import type { CliContext } from './context.ts';

/** `aisle stats`: the analytics a community manager sees, read straight from the shop database. */
export function registerStats(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('top queries, zero-result queries and clicks/feedback per product')
    .option('--data-dir <dir>', 'where the shop database lives (default: AISLE_DATA_DIR or .aisle)')
    .option('--limit <n>', 'rows per table', '10')
    .option('--json', 'print one JSON object')
    .action((o: { dataDir?: string; limit: string; json?: boolean }) => {
      const config = ctx.config({ dataDir: o.dataDir });
      const file = join(config.dataDir, DATABASE_FILE);
      if (!existsSync(file)) {
        throw new AisleError({
          code: 'NOT_FOUND',
          message: `No shop database in ${config.dataDir} yet.`,
          hint: 'It is created when aisle first answers a message (aisle serve, chat or ask).',
        });
      }
      const db = openDatabase(file);
      try {
        const stats = new SqliteShopStore(db).stats(Math.max(1, Number(o.limit) || 10));
        if (o.json) {
          ctx.out(JSON.stringify(stats));
          return;
        }
        ctx.out('Top queries:');
        for (const q of stats.topQueries) ctx.out(`  ${String(q.count).padStart(5)}  ${q.text}`);
        ctx.out('Queries with no results:');
        for (const q of stats.zeroResultQueries) ctx.out(`  ${String(q.count).padStart(5)}  ${q.text}`);
        ctx.out('Products (clicks, more-like-this, 👍, 👎):');
        for (const p of stats.products) ctx.out(`  ${p.productId}  ${p.clicks} ${p.more} ${p.up} ${p.down}`);
      } finally {
        db.close();
      }
    });
}
