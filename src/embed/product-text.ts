import type { Product } from '../catalog/product.ts';

/** Longest product text handed to an embedder, in characters. */
export const PRODUCT_TEXT_MAX_CHARS = 600;
const MAX_ATTRIBUTES = 8;
const MAX_ATTRIBUTE_VALUE = 60;
const MAX_DESCRIPTION = 300;

/**
 * The one text a product is embedded as. Template (empty parts are left out):
 *
 *   <title>. Brand: <brand>. Category: <a > b > c>. <key>: <value>; <key>: <value>. <description start>
 *
 * - up to 8 attributes in catalog order, values cut to 60 characters, links skipped;
 * - the description's first 300 characters, cut at a word boundary, tags and spacing removed;
 * - the whole text capped at 600 characters (GPT-2 sees about 150 tokens).
 * Price, stock and ids are left out: they are filters, not meaning. Queries are embedded as written.
 */
export function productText(p: Product): string {
  const parts: string[] = [];
  const title = clean(p.title);
  if (title) parts.push(title);
  const brand = clean(p.brand);
  if (brand) parts.push(`Brand: ${brand}`);
  const category = p.category.map(clean).filter(Boolean).join(' > ');
  if (category) parts.push(`Category: ${category}`);
  const attributes = Object.entries(p.attributes)
    .map(([k, v]) => [clean(k), clean(v)] as const)
    .filter(([k, v]) => k && v && !/^https?:\/\//i.test(v))
    .slice(0, MAX_ATTRIBUTES)
    .map(([k, v]) => `${k}: ${cut(v, MAX_ATTRIBUTE_VALUE)}`);
  if (attributes.length > 0) parts.push(attributes.join('; '));
  const description = cut(clean(p.description), MAX_DESCRIPTION);
  if (description) parts.push(description);
  const text = parts.map((s) => s.replace(/[.\s]+$/, '')).join('. ');
  return cut(text, PRODUCT_TEXT_MAX_CHARS);
}

/** Remove markup and collapse whitespace. */
function clean(s: string): string {
  return s
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cut to at most `max` characters, at a word boundary when one is near, marking the cut. */
function cut(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}
