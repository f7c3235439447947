import type { Product } from '../catalog/product.ts';
import type { Embedder } from '../embed/embedder.ts';
import type { Constraints } from '../query/types.ts';
import type { CatalogIndex, IndexedProduct } from './catalog-index.ts';
import { ALL_FILTERS, type FilterParts, productFilter } from './filters.ts';
import { reciprocalRankFusion } from './fusion.ts';
import type { RetrievedHit, StageTimings } from './hit.ts';
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

/** Fusion weights: lexical then dense, chosen on the Chorus evaluation (README "Evaluation"). */
export const FUSION = { k: 60, lexicalWeight: 1, denseWeight: 1 };

/**
 * Hybrid retrieval: BM25 and HNSW candidate lists, both filtered by the hard constraints inside
 * the search, fused with weighted reciprocal rank fusion, then business rules.
 */
export class Retriever {
  constructor(
    private readonly deps: {
      readonly index: () => CatalogIndex;
      readonly embedder: Embedder;
      readonly fusion?: typeof FUSION;
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

  private fuse(opts: {
    index: CatalogIndex;
    lexical: readonly string[];
    dense: readonly string[];
  }): RetrievedHit[] {
    return fuseLists({ ...opts, fusion: this.deps.fusion ?? FUSION });
  }

  async retrieve(opts: RetrieveOptions): Promise<RetrieveResult> {
    const index = this.index;
    const timings: StageTimings = { embed: 0, search: 0, rerank: 0 };
    const mode = opts.mode ?? 'hybrid';
    const candidates = Math.max(opts.candidates ?? 100, opts.k);
    const pass = productFilter(opts.constraints, opts.filters ?? ALL_FILTERS);
    const exclude = opts.exclude;
    const ok = (item: IndexedProduct | undefined): item is IndexedProduct =>
      item !== undefined && !exclude?.has(item.product.id) && pass(item.product);
    const text = opts.constraints.text.trim();

    let t = performance.now();
    const useDense = mode !== 'lexical' && (opts.around !== undefined || text !== '');
    const vector = useDense ? (opts.around ?? (await this.queryVector(text))) : undefined;
    timings.embed = performance.now() - t;

    t = performance.now();
    const lexical =
      mode !== 'dense' && text !== ''
        ? index.lexical
            .search({ query: text, k: candidates, filter: (id) => ok(index.get(id)) })
            .map((h) => h.id)
        : [];
    const dense = vector
      ? index.vectors
          .search({ vector, k: candidates, filter: (label) => ok(index.byVectorLabel(label)) })
          .map((h) => index.byVectorLabel(h.label)?.product.id ?? '')
      : [];
    timings.search = performance.now() - t;

    t = performance.now();
    let hits = !text && !opts.around ? browse(index, ok) : this.fuse({ index, lexical, dense });
    hits = applyBusinessRules({
      hits,
      constraints: opts.constraints,
      ...(opts.adjust ? { adjust: opts.adjust } : {}),
    });
    timings.rerank = performance.now() - t;
    return { hits: hits.slice(0, opts.k), timings };
  }
}

/** Weighted RRF of the two candidate lists. */
function fuseLists(opts: {
  index: CatalogIndex;
  lexical: readonly string[];
  dense: readonly string[];
  fusion: typeof FUSION;
}): RetrievedHit[] {
  const f = opts.fusion;
  const fused = reciprocalRankFusion([opts.lexical, opts.dense], {
    k: f.k,
    weights: [f.lexicalWeight, f.denseWeight],
  });
  const hits: RetrievedHit[] = [];
  for (const h of fused) {
    const item = opts.index.get(h.id);
    if (!item) continue;
    hits.push({
      product: item.product,
      label: item.label,
      score: h.score,
      ...(h.ranks[0] !== undefined ? { lexicalRank: h.ranks[0] } : {}),
      ...(h.ranks[1] !== undefined ? { denseRank: h.ranks[1] } : {}),
    });
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
    hits.push({ product: p, label: item.label, score: popularity / 1000 });
  }
  return hits.sort((a, b) => b.score - a.score);
}
