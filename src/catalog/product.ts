import type { Money } from './money.ts';

/** Stock state of a product or variant, as a shopper would understand it. */
export type Availability = 'in_stock' | 'out_of_stock' | 'preorder' | 'backorder';

/** One purchasable variant of a product (a size, a colour, a storage option). */
export interface Variant {
  readonly id: string;
  /** What distinguishes it, e.g. "Black / 256 GB". */
  readonly title: string;
  readonly sku?: string;
  readonly price: Money;
  readonly availability: Availability;
  readonly stockCount?: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly imageUrl?: string;
}

/**
 * A product as aisle searches and recommends it. Variants are grouped under their parent: the
 * product's price is the lowest variant price and it is in stock when any variant is.
 */
export interface Product {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly brand: string;
  /** Category path from general to specific, e.g. ["Electronics", "Audio", "Headphones"]. */
  readonly category: readonly string[];
  readonly price: Money;
  /** The price before a sale, when the feed gives one. */
  readonly listPrice?: Money;
  readonly availability: Availability;
  readonly stockCount?: number;
  readonly url?: string;
  readonly imageUrl?: string;
  readonly tags: readonly string[];
  /** Free-form specifications: colour, battery life, weight… */
  readonly attributes: Readonly<Record<string, string>>;
  readonly variants: readonly Variant[];
  readonly sku?: string;
  readonly gtin?: string;
  /** Average rating from 0 to 5, when known. */
  readonly rating?: number;
  readonly ratingCount?: number;
}

/** True when a shopper can buy it now. */
export function isInStock(p: Pick<Product, 'availability'>): boolean {
  return p.availability === 'in_stock';
}

/** Category path as one display string: "Electronics > Audio > Headphones". */
export function categoryLabel(p: Pick<Product, 'category'>): string {
  return p.category.join(' > ');
}

/** Map the many spellings feeds use to an Availability; undefined when unrecognised. */
export function parseAvailability(raw: string): Availability | undefined {
  const v = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (!v) return undefined;
  if (
    [
      'in_stock',
      'instock',
      'available',
      'yes',
      'true',
      'active',
      'limited',
      'limited_availability',
      'low_stock',
    ].includes(v)
  ) {
    return 'in_stock';
  }
  if (
    [
      'out_of_stock',
      'outofstock',
      'sold_out',
      'soldout',
      'unavailable',
      'no',
      'false',
      'discontinued',
    ].includes(v)
  ) {
    return 'out_of_stock';
  }
  if (['preorder', 'pre_order'].includes(v)) return 'preorder';
  if (['backorder', 'back_order', 'backordered'].includes(v)) return 'backorder';
  return undefined;
}
