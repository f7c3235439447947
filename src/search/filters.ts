import { isInStock, type Product } from '../catalog/product.ts';
import type { Constraints } from '../query/types.ts';

/** Which parts of the constraints a filter applies; the retriever relaxes them one by one. */
export interface FilterParts {
  readonly price: boolean;
  readonly brands: boolean;
  readonly excludeBrands: boolean;
  readonly categories: boolean;
  readonly inStock: boolean;
}

export const ALL_FILTERS: FilterParts = {
  price: true,
  brands: true,
  excludeBrands: true,
  categories: true,
  inStock: true,
};

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** A predicate that is true for products satisfying every hard constraint. */
export function productFilter(c: Constraints, parts: FilterParts = ALL_FILTERS): (p: Product) => boolean {
  const include = new Set(c.brands.map(fold));
  const exclude = new Set(c.excludeBrands.map(fold));
  const categories = c.categories.map(fold);
  const price = c.price;
  return (p) => {
    if (parts.excludeBrands && exclude.size > 0 && exclude.has(fold(p.brand))) return false;
    if (parts.brands && include.size > 0 && !include.has(fold(p.brand))) return false;
    if (parts.inStock && c.inStockOnly && !isInStock(p)) return false;
    if (parts.price && price && !inPriceRange(p, price)) return false;
    if (parts.categories && categories.length > 0) {
      const path = p.category.map(fold);
      if (!categories.some((cat) => path.includes(cat))) return false;
    }
    return true;
  };
}

function inPriceRange(p: Product, range: NonNullable<Constraints['price']>): boolean {
  if (p.price.currency !== range.currency) return true;
  if (range.maxMinor !== undefined && p.price.minor > range.maxMinor) return false;
  return range.minMinor === undefined || p.price.minor >= range.minMinor;
}

/** True when the constraints filter anything at all. */
export function hasHardFilters(c: Constraints): boolean {
  return (
    c.price !== undefined ||
    c.brands.length > 0 ||
    c.excludeBrands.length > 0 ||
    c.categories.length > 0 ||
    c.inStockOnly
  );
}
