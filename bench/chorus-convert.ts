import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { toDecimalString } from '../src/catalog/money.ts';

/** Where the Chorus (Icecat) evaluation set lives; absent on machines without it. */
export const CHORUS_DIR = resolve(
  process.env.AISLE_CHORUS_DIR ??
    join(import.meta.dirname, '..', '..', 'shared', 'datasets', 'chorus-icecat'),
);

/** One Chorus product as it appears in the dataset. */
interface ChorusProduct {
  readonly id: string;
  readonly title?: string;
  readonly name?: string;
  readonly supplier?: string;
  readonly price?: string | number;
  readonly short_description?: string;
  readonly img_500x500?: string;
  readonly ean?: string | readonly string[];
  readonly [attr: string]: unknown;
}

/** Attributes worth searching: free-text specs, not package dimensions or temperatures. */
const SKIP_ATTR = /package|master|pallet|temperature|humidity|dimensions|_n_(?:width|height|depth|weight)/;

/** Convert one Chorus product into aisle's canonical JSON record (price given in integer cents). */
export function toAisleRecord(p: ChorusProduct): Record<string, unknown> | undefined {
  const cents = Number(p.price);
  const title = (p.title ?? p.name ?? '').trim();
  if (!p.id || !title || !Number.isInteger(cents) || cents <= 0) return undefined;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(p)) {
    if (!key.startsWith('attr_') || SKIP_ATTR.test(key)) continue;
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const text = String(value).trim();
    if (text && text.length <= 120) attributes[key.replace(/^attr_[tnb]_/, '')] = text;
  }
  const ean = Array.isArray(p.ean)
    ? p.ean[0]
    : typeof p.ean === 'string'
      ? p.ean.replace(/[[\]' ]/g, '').split(',')[0]
      : undefined;
  return {
    id: String(p.id),
    title,
    description: p.short_description ?? '',
    brand: p.supplier ?? '',
    category: [],
    price: toDecimalString({ minor: cents, currency: 'USD' }),
    currency: 'USD',
    availability: 'in_stock',
    ...(p.img_500x500 ? { imageUrl: p.img_500x500 } : {}),
    ...(ean ? { gtin: ean } : {}),
    attributes,
  };
}

/**
 * Unzip the four Chorus product files and write them as one aisle JSONL catalog. Returns the
 * catalog path and the judgments path, or undefined when the dataset is not on this machine.
 */
export async function convertChorus(
  outDir: string,
): Promise<{ catalog: string; judgments: string; products: number } | undefined> {
  if (!existsSync(join(CHORUS_DIR, 'judgments.csv'))) return undefined;
  const catalog = join(outDir, 'chorus-catalog.jsonl');
  const judgments = join(CHORUS_DIR, 'judgments.csv');
  if (existsSync(catalog)) {
    const lines = (await readFile(catalog, 'utf8')).split('\n').filter(Boolean).length;
    return { catalog, judgments, products: lines };
  }
  const lines: string[] = [];
  for (const part of ['1', '2', '3', '4']) {
    const zip = unzipSync(new Uint8Array(await readFile(join(CHORUS_DIR, `${part}.json.zip`))));
    for (const bytes of Object.values(zip)) {
      const products = JSON.parse(new TextDecoder().decode(bytes)) as ChorusProduct[];
      for (const p of products) {
        const record = toAisleRecord(p);
        if (record) lines.push(JSON.stringify(record));
      }
    }
  }
  await mkdir(outDir, { recursive: true });
  await writeFile(catalog, `${lines.join('\n')}\n`);
  return { catalog, judgments, products: lines.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.argv[2] ?? join('bench', 'out'));
  const result = await convertChorus(out);
  if (!result) console.log(`Chorus dataset not found in ${CHORUS_DIR}; nothing converted.`);
  else console.log(`Wrote ${result.products} products to ${result.catalog}`);
}
