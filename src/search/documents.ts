import { createHash } from 'node:crypto';
import { categoryLabel, type Product } from '../catalog/product.ts';
import type { LexicalDoc } from './ports.ts';

/** The searchable text of a product for the lexical index. */
export function toLexicalDoc(p: Product): LexicalDoc {
  const variantText = p.variants.map((v) => `${v.title} ${Object.values(v.attributes).join(' ')}`).join(' ');
  return {
    id: p.id,
    title: p.title,
    brand: p.brand,
    category: categoryLabel(p),
    description: p.description.slice(0, 4000),
    tags: p.tags.join(' '),
    attributes: `${Object.values(p.attributes).join(' ')} ${variantText}`.trim(),
  };
}

/** JSON with object keys sorted, so equal products always hash the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      );
      return Object.fromEntries(entries);
    }
    return v;
  });
}

/** Content hash of a product: changes whenever any field changes. */
export function productHash(p: Product): string {
  return createHash('sha256').update(canonicalJson(p)).digest('base64url').slice(0, 22);
}

/** Fingerprint of a whole catalog: order-independent hash of its product hashes. */
export function catalogFingerprint(hashes: Iterable<string>): string {
  const sorted = [...hashes].sort();
  return createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 32);
}
