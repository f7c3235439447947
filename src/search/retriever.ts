import type { Product } from '../catalog/product.ts';
import { dot, type Embedder } from '../embed/embedder.ts';
import type { Constraints } from '../query/types.ts';
import type { CatalogIndex, IndexedProduct } from './catalog-index.ts';
import { ALL_FILTERS, type FilterParts, productFilter } from './filters.ts';
import { convexFusion, expandQuery, type FusionCandidate } from './fusion.ts';
import type { RetrievedHit, StageTimings } from './hit.ts';
import type { LexicalHit, VectorHit } from './ports.ts';
import { applyBusinessRules } from './rules.ts';

export type { RetrievedHit, StageTimings } from './hit.ts';

/** Which retrievers take part. `hybrid` is the default; the others exist for evaluation. */
export type RetrievalMode = 'hybrid' | 'lexical' | 'dense';

/** One search. */
export interface RetrieveOptions {
  readonly constraints: Constraints;
  readonly k: number;
  readonly mode?: RetrievalMode;
  /** Search around this (already transformed) vector instead of the text's: "more like this". */
  readonly around?: Float32Array;
  /** Never return these ids (already shown, the item itself, disliked…). */
  readonly exclude?: ReadonlySet<string>;
  /** Additive score adjustment per product (promos, personal taste), in fused-score units. */
  readonly adjust?: (p: Product) => number;
  /** Which hard filters apply (the assistant relaxes them one at a time). */
  readonly filters?: FilterParts;
  /** Candidates taken from each retriever before fusion. */
  readonly candidates?: number;
}

/** Hits plus how the time was spent. */
export interface RetrieveResult {
  readonly hits: RetrievedHit[];
  readonly timings: StageTimings;
}

/** Fusion settings, chosen on the Chorus evaluation (README "Evaluation"). */
export interface FusionSettings {
  /** Weight of the lexical score in the convex fusion. */
  readonly alpha: number;
  /** Top lexical hits whose vectors expand the dense query (0 = no expansion). */
  readonly feedbackDocs: number;
  readonly feedbackWeight: number;
}

export const FUSION: FusionSettings = { alpha: 0.7, feedbackDocs: 3, feedbackWeight: 1 };

/**
 * Hybrid retrieval: BM25 and HNSW candidate lists, both filtered by the hard constraints inside
 * the search, fused by a convex combination of scores, then business rules.
 */
export class Retriever {
  constructor(
    private readonly deps: {
      readonly index: () => CatalogIndex;
      readonly embedder: Embedder;
      readonly fusion?: FusionSettings;
      /** Told how long each stage of every search took (metrics). */
      readonly observe?: (timings: StageTimings) => void;
    },
  ) {}

  /** The index searched right now (it may be swapped by a hot reload). */
  get index(): CatalogIndex {
    return this.deps.index();
  }

  /** The query vector for a text, transformed like the product vectors. */
  async queryVector(text: string): Promise<Float32Array> {
    const [raw] = await this.deps.embedder.embed([text]);
    const index = this.index;
    if (!raw) return new Float32Array(index.vectors.dimension);
    return index.transform ? index.transform.apply(raw) : raw;
  }

  async retrieve(opts: RetrieveOptions): Promise<RetrieveResult> {
    const index = this.index;
    const fusion = this.deps.fusion ?? FUSION;
    const timings: StageTimings = { embed: 0, search: 0, rerank: 0 };
    const mode = opts.mode ?? 'hybrid';
    const candidates = Math.max(opts.candidates ?? 100, opts.k);
    const pass = productFilter(opts.constraints, opts.filters ?? ALL_FILTERS);
    const exclude = opts.exclude;
    const ok = (item: IndexedProduct | undefined): item is IndexedProduct =>
      item !== undefined && !exclude?.has(item.product.id) && pass(item.product);
    const text = searchText(opts.constraints);

    // Searching is synchronous CPU work (BM25 scoring, the HNSW walk). Letting the event loop
    // turn before each part keeps tiny requests — Slack acks, health checks — from queueing
    // behind several answers being computed (measured: Slack ack p99 at 50 conversations).
    await yieldToEventLoop();
    let t = performance.now();
    const lexical =
      mode !== 'dense' && text !== ''
        ? index.lexical.search({ query: text, k: candidates, filter: (id) => ok(index.get(id)) })
        : [];
    timings.search += performance.now() - t;

    t = performance.now();
    let vector: Float32Array | undefined;
    if (mode !== 'lexical' && (opts.around || text)) vector = opts.around ?? (await this.queryVector(text));
    timings.embed = performance.now() - t;

    await yieldToEventLoop();
    t = performance.now();
    if (vector && mode === 'hybrid' && !opts.around && fusion.feedbackDocs > 0) {
      const feedback = lexical
        .slice(0, fusion.feedbackDocs)
        .map((h) => vectorOfId(index, h.id))
        .filter((v): v is Float32Array => v !== undefined);
      vector = expandQuery({ query: vector, feedback, beta: fusion.feedbackWeight });
    }
    const dense = vector
      ? index.vectors.search({ vector, k: candidates, filter: (label) => ok(index.byVectorLabel(label)) })
      : [];
    timings.search += performance.now() - t;

    t = performance.now();
    let hits: RetrievedHit[];
    if (!text && !opts.around) hits = browse(index, ok);
    else if (mode === 'lexical') hits = toHits(index, lexical);
    else if (mode === 'dense' || lexical.length === 0) hits = toHits(index, denseAsScored(index, dense));
    else hits = toHits(index, convexFusion(fuseCandidates({ index, lexical, dense, vector }), fusion));
    hits = applyBusinessRules({
      hits,
      constraints: opts.constraints,
      ...(opts.adjust ? { adjust: opts.adjust } : {}),
    });
    timings.rerank = performance.now() - t;
    this.deps.observe?.(timings);
    return { hits: hits.slice(0, opts.k), timings };
  }
}

/** Let pending I/O callbacks run before the next piece of synchronous work. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The words to search for. When every word was a filter ("dell", "headphones under $50"), search
 * for the named brands and categories themselves rather than browsing the filtered set blindly.
 */
function searchText(c: Constraints): string {
  return c.text.trim() || [...c.brands, ...c.categories].join(' ');
}

function vectorOfId(index: CatalogIndex, id: string): Float32Array | undefined {
  const item = index.get(id);
  return item ? index.vectors.vectorOf(item.label) : undefined;
}

function denseAsScored(index: CatalogIndex, dense: readonly VectorHit[]): { id: string; score: number }[] {
  const out: { id: string; score: number }[] = [];
  for (const h of dense) {
    const item = index.byVectorLabel(h.label);
    if (item) out.push({ id: item.product.id, score: h.score });
  }
  return out;
}

/** Union of both lists; lexical-only candidates get their exact cosine from the stored vector. */
function fuseCandidates(opts: {
  index: CatalogIndex;
  lexical: readonly LexicalHit[];
  dense: readonly VectorHit[];
  vector: Float32Array | undefined;
}): FusionCandidate[] {
  const byId = new Map<string, { lexical?: number; cosine?: number }>();
  for (const { id, score } of denseAsScored(opts.index, opts.dense)) byId.set(id, { cosine: score });
  for (const h of opts.lexical) {
    const entry = byId.get(h.id) ?? {};
    entry.lexical = h.score;
    if (entry.cosine === undefined && opts.vector) {
      const v = vectorOfId(opts.index, h.id);
      if (v) entry.cosine = dot(v, opts.vector);
    }
    byId.set(h.id, entry);
  }
  return [...byId.entries()].map(([id, e]) => ({ id, ...e }));
}

function toHits(index: CatalogIndex, scored: readonly { id: string; score: number }[]): RetrievedHit[] {
  const hits: RetrievedHit[] = [];
  for (const s of scored) {
    const item = index.get(s.id);
    if (item) hits.push({ product: item.product, label: item.label, score: s.score });
  }
  return hits;
}

/** No search words ("something under $50"): every matching product, best rated first. */
function browse(
  index: CatalogIndex,
  ok: (item: IndexedProduct | undefined) => item is IndexedProduct,
): RetrievedHit[] {
  const hits: RetrievedHit[] = [];
  for (const item of index.items()) {
    if (!ok(item)) continue;
    const p = item.product;
    const popularity = (p.rating ?? 3) * Math.log10(10 + (p.ratingCount ?? 0));
    hits.push({ product: p, label: item.label, score: popularity / 100 });
  }
  return hits.sort((a, b) => b.score - a.score);
}
