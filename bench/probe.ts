/**
 * A fresh process that loads one persisted index and reports how long it took and how much
 * memory it added, as one JSON line on stdout. A restart is a new process, so this is measured
 * in one: nothing warm in the heap, only the OS file cache.
 *
 *   node --expose-gc --import tsx bench/probe.ts '{"kind":"hnsw","file":"…","dimension":768,"count":100000}'
 *   node --expose-gc --import tsx bench/probe.ts '{"kind":"store","dataDir":"…"}'
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HnswVectorIndex } from '../src/search/hnsw-index.ts';
import { MiniSearchLexicalIndex } from '../src/search/lexical-minisearch.ts';
import { readManifest } from '../src/search/manifest.ts';
import { loadIndex } from '../src/search/store.ts';
import { runChildProbe, settledRss } from './child-probe.ts';

/** What to load. */
export type ProbeRequest =
  | { readonly kind: 'hnsw'; readonly file: string; readonly dimension: number; readonly count: number }
  | { readonly kind: 'store'; readonly dataDir: string };

/** Loading a bare HNSW file. */
export interface HnswProbeResult {
  readonly kind: 'hnsw';
  readonly load_ms: number;
  readonly rss_delta_bytes: number;
}

/** Loading a whole persisted store, and the same steps one by one. */
export interface StoreProbeResult {
  readonly kind: 'store';
  readonly load_ms: number;
  readonly rss_delta_bytes: number;
  readonly products: number;
  /** The steps of loadIndex timed separately (after the full load, so the file cache is warm). */
  readonly phases_ms: {
    readonly products_json: number;
    readonly lexical: number;
    readonly hnsw: number;
  };
}

/** Run a probe in a child process and parse its answer. */
export function runProbe(request: ProbeRequest & { kind: 'hnsw' }): Promise<HnswProbeResult>;
export function runProbe(request: ProbeRequest & { kind: 'store' }): Promise<StoreProbeResult>;
export function runProbe(request: ProbeRequest): Promise<HnswProbeResult | StoreProbeResult> {
  return runChildProbe<HnswProbeResult | StoreProbeResult>({
    script: join(import.meta.dirname, 'probe.ts'),
    request,
    name: 'load probe',
  });
}

function ms(since: number): number {
  return Math.round((performance.now() - since) * 10) / 10;
}

async function probeHnsw(req: ProbeRequest & { kind: 'hnsw' }): Promise<HnswProbeResult> {
  const labels = Array.from({ length: req.count }, (_, i) => i);
  const before = await settledRss();
  const t = performance.now();
  const index = await HnswVectorIndex.load({ file: req.file, dimension: req.dimension, live: labels });
  const loadMs = ms(t);
  const delta = (await settledRss()) - before;
  if (index.size() !== req.count) throw new Error(`loaded ${index.size()} of ${req.count} vectors`);
  return { kind: 'hnsw', load_ms: loadMs, rss_delta_bytes: delta };
}

async function probeStore(req: ProbeRequest & { kind: 'store' }): Promise<StoreProbeResult> {
  const before = await settledRss();
  let t = performance.now();
  const index = await loadIndex({ dataDir: req.dataDir });
  const loadMs = ms(t);
  const delta = (await settledRss()) - before;
  const manifest = await readManifest(req.dataDir);
  if (!manifest) throw new Error(`no manifest in ${req.dataDir}`);
  t = performance.now();
  const items = JSON.parse(await readFile(join(req.dataDir, manifest.files.products), 'utf8')) as unknown[];
  const productsMs = ms(t);
  t = performance.now();
  MiniSearchLexicalIndex.load(await readFile(join(req.dataDir, manifest.files.lexical), 'utf8'));
  const lexicalMs = ms(t);
  t = performance.now();
  await HnswVectorIndex.load({
    file: join(req.dataDir, manifest.files.vectors),
    dimension: manifest.embedder.dimension,
    live: [],
  });
  const hnswMs = ms(t);
  return {
    kind: 'store',
    load_ms: loadMs,
    rss_delta_bytes: delta,
    products: Math.max(index.size, items.length),
    phases_ms: { products_json: productsMs, lexical: lexicalMs, hnsw: hnswMs },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const request = JSON.parse(process.argv[2] ?? '{}') as ProbeRequest;
  const result = request.kind === 'hnsw' ? await probeHnsw(request) : await probeStore(request);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
