import { books } from './books.ts';
import { type BuildContext, buildCategory } from './build.ts';
import { cameras } from './cameras.ts';
import { clothing } from './clothing.ts';
import { gaming } from './gaming.ts';
import { headphones } from './headphones.ts';
import { home } from './home.ts';
import { kitchen } from './kitchen.ts';
import { laptops } from './laptops.ts';
import { phones } from './phones.ts';
import { shoes } from './shoes.ts';
import { speakers } from './speakers.ts';
import { sports } from './sports.ts';
import { tableError } from './table.ts';
import { tablets } from './tablets.ts';
import { toys } from './toys.ts';
import type { CategoryDef, DemoRecord } from './types.ts';
import { watches } from './watches.ts';
import { zhSpecs } from './zh-listings.ts';
import { ZH_POOLS } from './zh-text.ts';

/** Every category group, in file order; each one's Chinese listings follow its English ones. */
export const CATEGORIES: readonly CategoryDef[] = [
  laptops,
  tablets,
  phones,
  watches,
  headphones,
  speakers,
  cameras,
  gaming,
  kitchen,
  home,
  sports,
  shoes,
  clothing,
  toys,
  books,
].map((def) => ({ ...def, specs: [...def.specs, ...(zhSpecs[def.key] ?? [])] }));

/**
 * Generate the whole demo catalog. Pure and deterministic: the same code always yields the
 * same records in the same order.
 */
export function generateCatalog(): DemoRecord[] {
  const known = new Set(CATEGORIES.map((c) => c.key));
  for (const key of Object.keys(zhSpecs)) {
    if (!known.has(key)) throw tableError(`Chinese listings name an unknown category: ${key}`);
  }
  const ctx: BuildContext = { slugs: new Set(), skus: new Set(), zhPools: ZH_POOLS };
  return CATEGORIES.flatMap((def) => buildCategory(def, ctx));
}

/** The catalog as JSON Lines: one record per line, ending with a newline. */
export function catalogToJsonl(records: readonly DemoRecord[]): string {
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}
