/**
 * One search as the assistant runs it: retrieve, leave out results that only matched because
 * the filters removed every good text match, prefer buyable items, relax one constraint when
 * nothing matches, and pick a diverse first screen.
 */
import type { Product } from '../catalog/product.ts';
import type { Constraints } from '../query/types.ts';
import type { CatalogIndex } from '../search/catalog-index.ts';
import { ALL_FILTERS, type FilterParts, hasHardFilters, productFilter } from '../search/filters.ts';
import type { RetrievedHit, Retriever } from '../search/retriever.ts';
import { diversify } from './diversity.ts';
import { type Relaxation, relaxationSteps, widenPrice, withoutPart } from './relax.ts';

/** What the assistant needs of the search engine (an `Engine` from `src/app.ts` fits). */
export interface EngineLike {
  readonly retriever: Pick<Retriever, 'retrieve' | 'queryVector'>;
  index(): CatalogIndex;
}

/** One search request. */
export interface SearchInput {
  readonly constraints: Constraints;
  /** Search around this vector ("more like this"). */
  readonly around?: Float32Array;
  readonly exclude?: ReadonlySet<string>;
  readonly adjust?: (p: Product) => number;
  /** Extra test every result must pass ("lighter than #3"). */
  readonly postFilter?: (p: Product) => boolean;
  /** How many items to show. */
  readonly size: number;
  /** Relax one constraint when nothing matches. */
  readonly relax: boolean;
  /** Skip near-duplicates and brand repeats (default true). */
  readonly diverse?: boolean;
}

/** A shown item. */
export interface SearchPick {
  readonly product: Product;
  readonly score: number;
}

/** What a search found. */
export interface SearchOutput {
  readonly picks: readonly SearchPick[];
  /** The constraints the picks satisfy (relaxed when `relaxation` is set). */
  readonly constraints: Constraints;
  readonly relaxation?: Relaxation;
  /** Nothing buyable matched, so out-of-stock items are shown (and marked). */
  readonly outOfStockOnly: boolean;
  /** Out-of-stock items left out that matched better than the first item shown. */
  readonly hiddenOutOfStock: number;
  /** More results exist beyond the picks. */
  readonly more: boolean;
  /** The stated constraints matched nothing (before any relaxation). */
  readonly zero: boolean;
}

/** Results fetched per shown item, so diversity and the stock rule have room. */
const FETCH_FACTOR = 5;
/** With filters on, the best text match must keep this share of the unfiltered best score. */
const KEEP_TEXT_MATCH = 0.5;
/** Results scoring below this share of the best (before promos and taste) are not shown. */
const RELEVANCE_FLOOR = 0.35;
/** Candidates a relaxed price window is fitted to. */
const RELAX_POOL = 100;
/** Share of the best score a candidate needs to shape a relaxed price window. */
const RELAX_RELEVANCE = 0.5;
/** A relaxed price window reaches this many items. */
const RELAX_REACH = 3;

/**
 * True when the hard filters removed every good text match: what is left matched only through
 * the vectors, and showing it would answer a different question.
 */
export function filtersKilledMatches(
  index: CatalogIndex,
  c: Constraints,
  filters: FilterParts = ALL_FILTERS,
): boolean {
  const text = c.text.trim();
  if (!text || !hasHardFilters(c)) return false;
  const best = index.lexical.search({ query: text, k: 1 })[0];
  if (!best) return false;
  const pass = productFilter(c, filters);
  const kept = index.lexical.search({
    query: text,
    k: 1,
    filter: (id) => {
      const item = index.get(id);
      return item !== undefined && pass(item.product);
    },
  })[0];
  return !kept || kept.score < KEEP_TEXT_MATCH * best.score;
}

/** True when the text matches nothing in the catalog's words at all. */
export function noTextMatch(index: CatalogIndex, text: string): boolean {
  const t = text.trim();
  return t !== '' && index.lexical.search({ query: t, k: 1 }).length === 0;
}

async function attempt(
  engine: EngineLike,
  input: SearchInput,
  constraints: Constraints,
  filters?: FilterParts,
  k = input.size * FETCH_FACTOR,
): Promise<RetrievedHit[]> {
  if (!input.around && filtersKilledMatches(engine.index(), constraints, filters)) return [];
  const { hits } = await engine.retriever.retrieve({
    constraints,
    k,
    ...(input.around ? { around: input.around } : {}),
    ...(input.exclude ? { exclude: input.exclude } : {}),
    ...(input.adjust ? { adjust: input.adjust } : {}),
    ...(filters ? { filters } : {}),
  });
  const post = input.postFilter;
  const kept = post ? hits.filter((h) => post(h.product)) : hits;
  return constraints.text.trim() || input.around ? aboveFloor(kept, input.adjust) : kept;
}

/** Drop the tail that matched far worse than the best hit, judged on scores before adjustments. */
function aboveFloor(hits: RetrievedHit[], adjust: ((p: Product) => number) | undefined): RetrievedHit[] {
  const raw = (h: RetrievedHit) => h.score - (adjust ? adjust(h.product) : 0);
  let best = 0;
  for (const h of hits) best = Math.max(best, raw(h));
  if (best <= 0) return hits;
  return hits.filter((h) => raw(h) >= RELEVANCE_FLOOR * best);
}

async function relaxPrice(
  engine: EngineLike,
  input: SearchInput,
  c: Constraints,
): Promise<{ hits: RetrievedHit[]; constraints: Constraints } | undefined> {
  if (!c.price) return undefined;
  const pool = await attempt(engine, input, c, { ...ALL_FILTERS, price: false }, RELAX_POOL);
  const top = pool[0]?.score ?? 0;
  const relevant = pool.filter((h) => h.score >= top * RELAX_RELEVANCE || top <= 0);
  const buyable = relevant.filter((h) => h.product.availability !== 'out_of_stock');
  const price = widenPrice({
    range: c.price,
    candidates: (buyable.length > 0 ? buyable : relevant).map((h) => h.product),
    count: Math.min(RELAX_REACH, input.size),
  });
  if (!price) return undefined;
  const constraints = { ...c, price };
  const hits = await attempt(engine, input, constraints);
  return hits.length > 0 ? { hits, constraints } : undefined;
}

/** Run a search with the assistant's rules. */
export async function runSearch(engine: EngineLike, input: SearchInput): Promise<SearchOutput> {
  const stated = input.constraints;
  let constraints = stated;
  let relaxation: Relaxation | undefined;
  let hits = await attempt(engine, input, stated);
  const zero = hits.length === 0;
  if (zero && input.relax) {
    for (const kind of relaxationSteps(stated)) {
      if (kind === 'price') {
        const relaxed = await relaxPrice(engine, input, stated);
        if (relaxed) {
          ({ hits, constraints } = relaxed);
          relaxation = { kind, from: stated };
          break;
        }
        continue;
      }
      const next = withoutPart(stated, kind);
      const found = await attempt(engine, input, next);
      if (found.length > 0) {
        hits = found;
        constraints = next;
        relaxation = { kind, from: stated };
        break;
      }
    }
  }
  const buyable = hits.filter((h) => h.product.availability !== 'out_of_stock');
  // "In stock only" was relaxed: show the best matches in score order, whatever their stock.
  const stockRelaxed = relaxation?.kind === 'stock';
  const pool = stockRelaxed
    ? [...hits].sort((a, b) => b.score - a.score)
    : buyable.length > 0
      ? buyable
      : hits;
  const bestShown = pool[0]?.score ?? 0;
  const hiddenOutOfStock =
    stockRelaxed || buyable.length === 0
      ? 0
      : hits.filter((h) => h.product.availability === 'out_of_stock' && h.score > bestShown).length;
  const picks =
    input.diverse === false
      ? pool.slice(0, input.size)
      : diversify(pool, { size: input.size, brandAsked: constraints.brands.length > 0 });
  return {
    picks: picks.map((h) => ({ product: h.product, score: h.score })),
    constraints,
    ...(relaxation ? { relaxation } : {}),
    outOfStockOnly: !stockRelaxed && buyable.length === 0 && hits.length > 0,
    hiddenOutOfStock,
    more: pool.length > picks.length,
    zero,
  };
}
