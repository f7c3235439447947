import type { Availability } from '../catalog/product.ts';
import type { Constraints } from '../query/types.ts';
import type { RetrievedHit } from './hit.ts';

const STOCK_ORDER: Record<Availability, number> = { in_stock: 0, preorder: 1, backorder: 2, out_of_stock: 3 };

/** Share of the top score a result needs to take part in a price sort. */
const PRICE_SORT_FLOOR = 0.5;

/**
 * Business rules after fusion, in order: per-product adjustments (promos, personal taste), then an
 * explicit price sort among the relevant results when the shopper asked for one, then in-stock
 * items first (a stable partition, so the order so far is kept inside each stock state).
 */
export function applyBusinessRules(opts: {
  hits: RetrievedHit[];
  constraints: Constraints;
  adjust?: (p: RetrievedHit['product']) => number;
}): RetrievedHit[] {
  const adjust = opts.adjust;
  let hits = adjust
    ? opts.hits.map((h) => ({ ...h, score: h.score + adjust(h.product) })).sort((a, b) => b.score - a.score)
    : [...opts.hits];

  const sort = opts.constraints.sort;
  if (sort !== 'relevance' && hits.length > 0) {
    const floor = (hits[0]?.score ?? 0) * PRICE_SORT_FLOOR;
    const relevant = hits.filter((h) => h.score >= floor);
    const rest = hits.filter((h) => h.score < floor);
    const dir = sort === 'price_asc' ? 1 : -1;
    relevant.sort((a, b) => dir * (a.product.price.minor - b.product.price.minor) || b.score - a.score);
    hits = [...relevant, ...rest];
  }

  return hits
    .map((h, i) => ({ h, i }))
    .sort(
      (a, b) => STOCK_ORDER[a.h.product.availability] - STOCK_ORDER[b.h.product.availability] || a.i - b.i,
    )
    .map(({ h }) => h);
}
