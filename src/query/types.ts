/** A price window in minor units of `currency` (both ends inclusive). */
export interface PriceRange {
  readonly minMinor?: number;
  readonly maxMinor?: number;
  readonly currency: string;
}

/** How results should be ordered once they match. */
export type SortOrder = 'relevance' | 'price_asc' | 'price_desc';

/**
 * What a shopper asked for, as structured filters plus the free text left for semantic search.
 * Produced deterministically by `parseConstraints`, shown back to the user as removable chips.
 */
export interface Constraints {
  /** The request with price, brand-exclusion and stock phrases removed: what to search for. */
  readonly text: string;
  readonly price?: PriceRange;
  /** Only these brands (catalog spelling). Empty = any. */
  readonly brands: readonly string[];
  /** Never these brands (catalog spelling). */
  readonly excludeBrands: readonly string[];
  /** Category labels (catalog spelling of a path segment) the request names. Empty = any. */
  readonly categories: readonly string[];
  readonly inStockOnly: boolean;
  readonly sort: SortOrder;
}

/** The catalog's own words that query understanding matches against. */
export interface QueryVocabulary {
  /** Every brand in the catalog, in catalog spelling. */
  readonly brands: readonly string[];
  /** Every category path segment in the catalog, in catalog spelling. */
  readonly categories: readonly string[];
  /** Currency assumed when the text names none (the catalog's main currency). */
  readonly currency: string;
}

/** Constraints that ask for nothing: the whole text is the query. */
export function emptyConstraints(text: string): Constraints {
  return { text, brands: [], excludeBrands: [], categories: [], inStockOnly: false, sort: 'relevance' };
}
