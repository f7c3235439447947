import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CatalogFormat } from '../source.ts';
import { sniffDelimiter } from './delimited.ts';
import { gmcKey } from './gmc-item.ts';
import { looksLikeJsonl } from './json.ts';
import { looksLikeShopify } from './shopify.ts';

/** Attribute names only Merchant Center feeds use. */
const GMC_ONLY = [
  'image link',
  'google product category',
  'identifier exists',
  'additional image link',
  'mobile link',
  'sale price effective date',
  'age group',
];

/**
 * Tell a catalog's format from its file name and its first characters: JSON documents and JSON
 * Lines by their first line, XML feeds by their opening "<", Shopify exports and Merchant Center
 * TSV by their header names, and any other delimited text as generic CSV. Undefined when the
 * content matches nothing (or contradicts a .json/.xml extension).
 */
export function detectFormat(path: string, head: string): CatalogFormat | undefined {
  const ext = extname(path).toLowerCase();
  const t = head.trimStart();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) return looksLikeJsonl(t, ext === '.json' ? 2 : 1) ? 'jsonl' : 'json';
  if (t.startsWith('<')) return 'gmc';
  if (['.json', '.xml', '.rss', '.atom'].includes(ext)) return undefined;
  const headers = headerRow(t);
  if (headers.length < 2) return undefined;
  if (looksLikeShopify(headers)) return 'shopify';
  if (looksLikeGmcHeaders(headers)) return 'gmc';
  return 'csv';
}

/** True when delimited headers are Merchant Center attribute names. */
export function looksLikeGmcHeaders(headers: readonly string[]): boolean {
  if (headers.some((h) => /^g:/i.test(h.trim()))) return true;
  const keys = new Set(headers.map(gmcKey));
  const core = ['id', 'title', 'price'].every((k) => keys.has(k));
  return (
    core &&
    GMC_ONLY.some((k) => keys.has(k)) &&
    ['link', 'availability', 'condition'].some((k) => keys.has(k))
  );
}

function headerRow(text: string): string[] {
  const line = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  try {
    const rows: string[][] = parse(line, {
      delimiter: sniffDelimiter(line),
      relax_quotes: true,
      relax_column_count: true,
    });
    return (rows[0] ?? []).map((h) => h.trim());
  } catch {
    return [];
  }
}
