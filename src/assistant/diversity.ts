/**
 * The first screen of results avoids near-duplicates: listings of one model (colours sold as
 * separate products) and too many items of one brand, unless the shopper asked for that brand.
 * Pure and order-preserving: it only skips items, and fills up with the skipped ones when too
 * few distinct items are left.
 */
import type { Product } from '../catalog/product.ts';
import { fold } from '../query/tokens.ts';

/** At most this many items of one brand on a screen, unless the shopper named the brand. */
export const BRAND_CAP = 2;

const SIMILAR_TITLES = 0.75;

/** The model a listing belongs to: brand plus the title before any ", colour" or "(…)" suffix. */
export function modelKey(p: Pick<Product, 'brand' | 'title'>): string {
  const base = p.title.split(/,|\s[-–—|]\s|\s\(|（/u)[0] ?? p.title;
  return `${fold(p.brand)}|${fold(base).replace(/\s+/g, ' ').trim()}`;
}

function titleWords(title: string): Set<string> {
  return new Set(
    fold(title)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
}

/** True when two products are listings of one model (same model key or almost the same title). */
export function nearDuplicates(
  a: Pick<Product, 'brand' | 'title'>,
  b: Pick<Product, 'brand' | 'title'>,
): boolean {
  if (fold(a.brand) !== fold(b.brand)) return false;
  if (modelKey(a) === modelKey(b)) return true;
  const wa = titleWords(a.title);
  const wb = titleWords(b.title);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  const union = wa.size + wb.size - shared;
  return union > 0 && shared / union >= SIMILAR_TITLES;
}

/**
 * Pick `size` items in ranking order, skipping near-duplicates of items already picked and
 * brands already shown `brandCap` times; then fill any empty places with the skipped items in
 * their order (distinct models first).
 */
export function diversify<T extends { readonly product: Product }>(
  items: readonly T[],
  opts: { size: number; brandCap?: number; brandAsked?: boolean },
): T[] {
  const cap = opts.brandAsked ? Number.POSITIVE_INFINITY : (opts.brandCap ?? BRAND_CAP);
  const picked: T[] = [];
  const perBrand = new Map<string, number>();
  const isDup = (item: T) => picked.some((p) => nearDuplicates(p.product, item.product));
  const take = (item: T) => {
    picked.push(item);
    const brand = fold(item.product.brand);
    perBrand.set(brand, (perBrand.get(brand) ?? 0) + 1);
  };
  const passes: ((item: T) => boolean)[] = [
    (item) => !isDup(item) && (perBrand.get(fold(item.product.brand)) ?? 0) < cap,
    (item) => !isDup(item),
    () => true,
  ];
  for (const pass of passes) {
    for (const item of items) {
      if (picked.length >= opts.size) return picked;
      if (!picked.includes(item) && pass(item)) take(item);
    }
  }
  return picked;
}
