import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/catalog/product.ts';
import { buildIndex } from '../../src/search/indexer.ts';
import { loadIndex, saveIndex } from '../../src/search/store.ts';
import { CountingEmbedder } from '../fakes/counting-embedder.ts';
import { makeProduct } from '../fakes/products.ts';

const textOf = (p: Product) => `${p.title} ${p.brand} ${p.description}`;

function catalog(n: number): Product[] {
  return Array.from({ length: n }, (_, i) =>
    makeProduct({
      id: `p${i}`,
      title: `${['Wireless', 'Wired', 'Portable', 'Compact'][i % 4]} ${['headphones', 'speaker', 'kettle'][i % 3]} ${i}`,
      brand: ['Sony', 'JBL', 'Bose'][i % 3] ?? 'Sony',
      price: `${10 + (i % 90)}.99`,
    }),
  );
}

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'aisle-store-'));
}

describe('index persistence', () => {
  it('saves and loads an index that answers the same searches', async () => {
    const dataDir = await tempDir();
    const embedder = new CountingEmbedder();
    const { index } = await buildIndex({ products: catalog(200), catalogSource: 'test', embedder, textOf });
    await saveIndex({ index, dataDir });
    const loaded = await loadIndex({ dataDir });
    expect(loaded.size).toBe(200);
    const [q] = await embedder.embed(['portable speaker 5']);
    if (!q) throw new Error('no vector');
    expect(loaded.vectors.search({ vector: q, k: 5 })).toEqual(index.vectors.search({ vector: q, k: 5 }));
    expect(loaded.lexical.search({ query: 'kettle', k: 3 })).toEqual(
      index.lexical.search({ query: 'kettle', k: 3 }),
    );
    expect(loaded.provenance.embedderId).toBe(embedder.id);
  });

  for (const step of ['vectors', 'products', 'lexical', 'manifest'] as const) {
    it(`keeps the previous index loadable after a crash while writing ${step}`, async () => {
      const dataDir = await tempDir();
      const embedder = new CountingEmbedder();
      const first = await buildIndex({ products: catalog(50), catalogSource: 'v1', embedder, textOf });
      await saveIndex({ index: first.index, dataDir });

      const second = await buildIndex({ products: catalog(80), catalogSource: 'v2', embedder, textOf });
      const crash = (s: string) => {
        if (s === step) throw new Error(`simulated crash at ${s}`);
      };
      await expect(saveIndex({ index: second.index, dataDir, fault: crash })).rejects.toThrow(
        /simulated crash/,
      );

      const loaded = await loadIndex({ dataDir });
      expect(loaded.size).toBe(50);
      expect(loaded.provenance.catalogSource).toBe('v1');

      // The next successful save cleans up the half-written generation.
      await saveIndex({ index: second.index, dataDir });
      expect((await loadIndex({ dataDir })).size).toBe(80);
      expect((await readdir(dataDir)).filter((f) => f.startsWith('gen-'))).toHaveLength(1);
    });
  }

  it('reports a missing index and a damaged manifest with how to fix them', async () => {
    const dataDir = await tempDir();
    await expect(loadIndex({ dataDir })).rejects.toMatchObject({ code: 'INDEX_MISSING' });
    await writeFile(join(dataDir, 'manifest.json'), '{"formatVersion": 1, "gen');
    await expect(loadIndex({ dataDir })).rejects.toMatchObject({
      code: 'INDEX_CORRUPT',
      hint: expect.stringMatching(/aisle index/),
    });
  });
});

describe('incremental updates', () => {
  it('re-embeds only changed products, deletes removed ones and keeps the rest', async () => {
    const dataDir = await tempDir();
    const embedder = new CountingEmbedder();
    const products = catalog(300);
    const first = await buildIndex({ products, catalogSource: 'c', embedder, textOf });
    await saveIndex({ index: first.index, dataDir });
    expect(embedder.texts).toBe(300);

    embedder.texts = 0;
    const changed = products
      .filter((p) => p.id !== 'p7')
      .map((p) => (p.id === 'p1' ? { ...p, title: 'Studio monitor headphones' } : p))
      .map((p) => (p.id === 'p2' ? { ...p, price: { minor: 999, currency: 'USD' } } : p));
    changed.push(makeProduct({ id: 'new-1', title: 'Gooseneck electric kettle', brand: 'Fellow' }));

    const existing = await loadIndex({ dataDir });
    const second = await buildIndex({ products: changed, catalogSource: 'c', embedder, textOf, existing });
    expect(second.report).toMatchObject({ added: 1, updated: 2, removed: 1, embedded: 2, rebuilt: false });
    expect(embedder.texts).toBe(2); // p1 (new title) and new-1; p2's price change needs no new vector
    await saveIndex({ index: second.index, dataDir });

    const reloaded = await loadIndex({ dataDir });
    expect(reloaded.size).toBe(300);
    expect(reloaded.get('p7')).toBeUndefined();
    expect(reloaded.get('p2')?.product.price.minor).toBe(999);
    const [q] = await embedder.embed(['gooseneck electric kettle']);
    if (!q) throw new Error('no vector');
    const top = reloaded.vectors.search({ vector: q, k: 1 })[0];
    expect(top && reloaded.byVectorLabel(top.label)?.product.id).toBe('new-1');
    expect(reloaded.lexical.search({ query: 'studio monitor', k: 1 })[0]?.id).toBe('p1');
  });

  it('an unchanged catalog embeds nothing', async () => {
    const embedder = new CountingEmbedder();
    const first = await buildIndex({ products: catalog(100), catalogSource: 'c', embedder, textOf });
    embedder.texts = 0;
    const again = await buildIndex({
      products: catalog(100),
      catalogSource: 'c',
      embedder,
      textOf,
      existing: first.index,
    });
    expect(again.report).toMatchObject({ embedded: 0, unchanged: 100, added: 0, removed: 0 });
    expect(embedder.texts).toBe(0);
  });

  it('the manifest records the embedder and catalog fingerprint', async () => {
    const dataDir = await tempDir();
    const embedder = new CountingEmbedder();
    const { index } = await buildIndex({ products: catalog(10), catalogSource: 'demo', embedder, textOf });
    await saveIndex({ index, dataDir });
    const manifest = JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8'));
    expect(manifest.embedder).toEqual({ id: embedder.id, dimension: 64 });
    expect(manifest.catalog.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
