/**
 * Section 4, indexing and restart: index the Chorus catalog from scratch (hashing embedder), restart
 * on the persisted store in a fresh process (with where the time goes), re-index an unchanged
 * catalog, and re-index after changing 1% of the products (only that 1% may be embedded again).
 * The full profile also builds and restarts a 100k-product store (Chorus replicated five times).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runIndex } from '../src/app.ts';
import { DEFAULT_CATALOG, loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { convertChorus } from './chorus-convert.ts';
import type { BenchContext, Skip } from './context.ts';
import { runProbe, type StoreProbeResult } from './probe.ts';
import { round } from './stats.ts';

/** One `aisle index` run. */
export interface IndexRunResult {
  readonly ms: number;
  /** Time inside buildIndex (embedding, HNSW, BM25); the rest is loading the catalog and saving. */
  readonly build_ms: number;
  readonly products: number;
  readonly embedded: number;
  readonly products_per_s: number;
}

/** Section result. */
export interface IndexingReport {
  readonly catalog: string;
  readonly products: number;
  readonly from_scratch: IndexRunResult;
  /** loadIndex of the persisted store in a fresh process. */
  readonly restart: StoreProbeResult & { readonly bytes_per_product: number };
  /** The same restart scaled linearly to 100k products (an estimate, not a measurement). */
  readonly restart_projected_100k_ms: number;
  readonly reindex_unchanged: IndexRunResult;
  readonly reindex_1pct: IndexRunResult & {
    readonly changed: number;
    readonly only_changed_embedded: boolean;
  };
  /** Full profile only: a 100k-product store built and restarted. */
  readonly store_100k: { readonly index: IndexRunResult; readonly restart: StoreProbeResult } | null;
  readonly skipped: readonly Skip[];
}

/** Run the section in `bench/out/indexing` (recreated each run). */
export async function benchIndexing(ctx: BenchContext): Promise<IndexingReport> {
  const skipped: Skip[] = [];
  const chorus = await convertChorus(ctx.outDir);
  if (!chorus)
    skipped.push({
      part: 'indexing: chorus',
      reason: 'Chorus dataset not found; indexing the demo catalog instead',
    });
  const catalog = chorus?.catalog ?? DEFAULT_CATALOG;
  const work = join(ctx.outDir, 'indexing');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const dataDir = join(work, 'store');

  ctx.log(`indexing: ${chorus ? 'Chorus' : 'demo'} catalog from scratch`);
  const fromScratch = await indexOnce({ catalog, dataDir });
  ctx.log(`indexing: ${fromScratch.products} products in ${fromScratch.ms} ms; restarting on the store`);
  const restart = await runProbe({ kind: 'store', dataDir });
  ctx.log(`indexing: restart ${restart.load_ms} ms; re-indexing the unchanged catalog`);
  const unchanged = await indexOnce({ catalog, dataDir });

  const changedCatalog = join(work, 'catalog-1pct.jsonl');
  const changed = await changeOnePercent(catalog, changedCatalog);
  ctx.log(`indexing: re-indexing after changing ${changed} products`);
  const reindex = await indexOnce({ catalog: changedCatalog, dataDir });

  let store100k: IndexingReport['store_100k'] = null;
  if (ctx.profile.name === 'full' && chorus) {
    const copies = Math.ceil(100_000 / fromScratch.products);
    const bigCatalog = join(work, 'catalog-100k.jsonl');
    await replicate({ from: catalog, to: bigCatalog, copies, limit: 100_000 });
    ctx.log(`indexing: building a 100k-product store (Chorus × ${copies}, cut to 100k)`);
    const bigDir = join(work, 'store-100k');
    const index = await indexOnce({ catalog: bigCatalog, dataDir: bigDir });
    const bigRestart = await runProbe({ kind: 'store', dataDir: bigDir });
    ctx.log(`indexing: 100k-product store restart ${bigRestart.load_ms} ms`);
    store100k = { index, restart: bigRestart };
  }
  return {
    catalog: chorus ? 'Chorus (Icecat)' : 'demo catalog',
    products: fromScratch.products,
    from_scratch: fromScratch,
    restart: { ...restart, bytes_per_product: Math.round(restart.rss_delta_bytes / restart.products) },
    restart_projected_100k_ms: Math.round((restart.load_ms * 100_000) / restart.products),
    reindex_unchanged: unchanged,
    reindex_1pct: { ...reindex, changed, only_changed_embedded: reindex.embedded === changed },
    store_100k: store100k,
    skipped,
  };
}

async function indexOnce(opts: { catalog: string; dataDir: string }): Promise<IndexRunResult> {
  const config = loadConfig({
    AISLE_DATA_DIR: opts.dataDir,
    AISLE_EMBEDDER: 'hashing',
    AISLE_LOG_LEVEL: 'warn',
  });
  const t = performance.now();
  const run = await runIndex({
    config,
    logger: silentLogger(),
    catalog: opts.catalog,
    format: 'jsonl',
    dataDir: opts.dataDir,
    embedder: 'hashing',
  });
  const ms = performance.now() - t;
  return {
    ms: Math.round(ms),
    build_ms: run.report.ms,
    products: run.report.total,
    embedded: run.report.embedded,
    products_per_s: round((run.report.total * 1000) / ms, 0),
  };
}

/** Copy a JSONL catalog, changing the title of every 100th product. Returns how many changed. */
export async function changeOnePercent(from: string, to: string): Promise<number> {
  const lines = (await readFile(from, 'utf8')).split('\n').filter(Boolean);
  let changed = 0;
  const out = lines.map((line, i) => {
    if (i % 100 !== 0) return line;
    const record = JSON.parse(line) as { title: string };
    record.title = `${record.title} (2nd generation)`;
    changed++;
    return JSON.stringify(record);
  });
  await writeFile(to, `${out.join('\n')}\n`);
  return changed;
}

/** Write `copies` copies of a JSONL catalog (new ids, a variant word in the title), at most `limit` lines. */
async function replicate(opts: { from: string; to: string; copies: number; limit: number }): Promise<void> {
  const lines = (await readFile(opts.from, 'utf8')).split('\n').filter(Boolean);
  const out: string[] = [];
  for (let c = 0; c < opts.copies && out.length < opts.limit; c++) {
    for (const line of lines) {
      if (out.length >= opts.limit) break;
      const record = JSON.parse(line) as { id: string; title: string };
      if (c > 0) {
        record.id = `${record.id}-v${c}`;
        record.title = `${record.title} variant ${c + 1}`;
      }
      out.push(JSON.stringify(record));
    }
  }
  await writeFile(opts.to, `${out.join('\n')}\n`);
}
