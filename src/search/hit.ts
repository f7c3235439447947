import type { Product } from '../catalog/product.ts';

/** A ranked result. */
export interface RetrievedHit {
  readonly product: Product;
  readonly label: number;
  readonly score: number;
}

/** Time spent per stage, in milliseconds. */
export interface StageTimings {
  embed: number;
  search: number;
  rerank: number;
}
