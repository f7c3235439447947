/**
 * Writes aisle's shipped demo catalog, catalog/demo.jsonl, from the tables in
 * scripts/demo-catalog/. The output is deterministic: running it twice gives the same bytes.
 *
 *   npx tsx scripts/make-demo-catalog.ts           rewrite catalog/demo.jsonl
 *   npx tsx scripts/make-demo-catalog.ts --check   exit 1 if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogToJsonl, generateCatalog } from './demo-catalog/generate.ts';

export { catalogToJsonl, generateCatalog };

/** Where the generated catalog lives. */
export const DEMO_CATALOG_PATH = fileURLToPath(new URL('../catalog/demo.jsonl', import.meta.url));

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function main(argv: readonly string[]): number {
  const records = generateCatalog();
  const text = catalogToJsonl(records);
  if (argv.includes('--check')) {
    if (readOrEmpty(DEMO_CATALOG_PATH) === text) {
      console.log(`${DEMO_CATALOG_PATH} is up to date (${records.length} products).`);
      return 0;
    }
    console.error(`${DEMO_CATALOG_PATH} is out of date. Run: npx tsx scripts/make-demo-catalog.ts`);
    return 1;
  }
  writeFileSync(DEMO_CATALOG_PATH, text);
  console.log(`Wrote ${records.length} products to ${DEMO_CATALOG_PATH}.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
