import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Product } from '../../../src/catalog/product.ts';
import type { CatalogIssue, CatalogLoad } from '../../../src/catalog/source.ts';
import { type AisleErrorCode, isAisleError } from '../../../src/errors.ts';

/** Absolute path of a fixture file. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** A temporary folder for generated files, removed by `cleanup()`. */
export function tempDir(): {
  path: (name: string) => string;
  write: (name: string, data: string | Uint8Array) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-catalog-'));
  return {
    path: (name) => join(dir, name),
    write: (name, data) => {
      mkdirSync(dir, { recursive: true });
      const p = join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The product with this id, failing the test when it is missing. */
export function product(load: CatalogLoad, id: string): Product {
  const p = load.products.find((x) => x.id === id);
  if (p === undefined)
    throw new Error(`no product ${id}; loaded: ${load.products.map((x) => x.id).join(', ')}`);
  return p;
}

/** Issues about one product id. */
export function issuesFor(load: CatalogLoad, id: string): CatalogIssue[] {
  return load.issues.filter((i) => i.id === id);
}

/** Ids of the loaded products. */
export function ids(load: CatalogLoad): string[] {
  return load.products.map((p) => p.id);
}

/** The AisleError a promise rejects with, checking its code. */
export async function rejection(
  promise: Promise<unknown>,
  code: AisleErrorCode,
): Promise<{ message: string; hint: string }> {
  try {
    await promise;
  } catch (err) {
    if (!isAisleError(err)) throw err;
    if (err.code !== code) throw new Error(`expected ${code}, got ${err.code}: ${err.message}`);
    return { message: err.message, hint: err.hint ?? '' };
  }
  throw new Error(`expected ${code}, but the load succeeded`);
}
