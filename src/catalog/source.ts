import type { Product } from './product.ts';

/** Formats aisle reads. `gmc` covers both Merchant Center TSV and RSS/Atom XML feeds. */
export type CatalogFormat = 'json' | 'jsonl' | 'csv' | 'shopify' | 'gmc';

export const CATALOG_FORMATS: readonly CatalogFormat[] = ['json', 'jsonl', 'csv', 'shopify', 'gmc'];

/** One problem found while reading a catalog: where it is and why the row was skipped or changed. */
export interface CatalogIssue {
  readonly file: string;
  /** 1-based line in the file, when the format has lines. */
  readonly line?: number;
  /** 1-based record number (row, array element, XML item). */
  readonly record?: number;
  /** Product id when known. */
  readonly id?: string;
  readonly field?: string;
  readonly reason: string;
  /** `error`: the record was skipped. `warning`: kept, with the field fixed or dropped. */
  readonly severity: 'error' | 'warning';
}

/** What a load produced: the good products and a report on the rest. */
export interface CatalogLoad {
  readonly products: Product[];
  readonly issues: CatalogIssue[];
  readonly format: CatalogFormat;
  /** Records read, good or bad. */
  readonly recordsSeen: number;
}

/** Where products come from (a file today; a shop API tomorrow). */
export interface CatalogSource {
  /** Human-readable origin, e.g. the file path. */
  readonly description: string;
  load(): Promise<CatalogLoad>;
}
