import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Engine, openEngine, runIndex } from '../../src/app.ts';
import { DEFAULT_CATALOG, loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { parseConstraints } from '../../src/query/constraints.ts';

describe('hybrid retrieval over the demo catalog', () => {
  let engine: Engine;

  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'aisle-retriever-'));
    const config = loadConfig({ AISLE_DATA_DIR: dataDir });
    await runIndex({ config, logger: silentLogger(), catalog: DEFAULT_CATALOG, embedder: 'hashing' });
    engine = await openEngine({ config, logger: silentLogger() });
  });
  afterAll(() => engine.close());

  const ask = (text: string, k = 10) =>
    engine.retriever.retrieve({ constraints: parseConstraints(text, engine.index().vocabulary()), k });

  it('fills k results under a tight budget (the filter runs inside both searches)', async () => {
    const all = [...engine.index().items()].filter(
      (i) => i.product.category.includes('Headphones') && i.product.price.minor <= 3000,
    );
    expect(all.length).toBeGreaterThanOrEqual(10); // precondition: the catalog has them
    const { hits } = await ask('wireless headphones under $30');
    expect(hits).toHaveLength(10);
    for (const h of hits) {
      expect(h.product.price.minor).toBeLessThanOrEqual(3000);
      expect(h.product.category).toContain('Headphones');
    }
  });

  it('never returns an excluded brand, even when the text names it', async () => {
    const { hits } = await ask('bluetooth speaker like JBL Flip but not JBL', 20);
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.some((h) => h.product.brand === 'JBL')).toBe(false);
  });

  it('puts in-stock products first', async () => {
    const { hits } = await ask('camera', 30);
    const firstOut = hits.findIndex((h) => h.product.availability !== 'in_stock');
    if (firstOut >= 0) {
      expect(hits.slice(firstOut).every((h) => h.product.availability !== 'in_stock')).toBe(true);
    }
  });

  it('orders by price among relevant results when asked for cheap ones', async () => {
    const { hits } = await ask('cheap running shoes', 5);
    const prices = hits.map((h) => h.product.price.minor);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(hits.every((h) => /running/i.test(`${h.product.title} ${h.product.category.join(' ')}`))).toBe(
      true,
    );
  });

  it('finds Chinese listings from a Chinese request', async () => {
    const { hits } = await ask('蓝牙耳机', 5);
    expect(hits.length).toBe(5);
    expect(hits.every((h) => /蓝牙耳机|蓝牙/.test(h.product.title + h.product.description))).toBe(true);
  });

  it('reports how long each stage took', async () => {
    const { timings } = await ask('coffee maker');
    expect(timings.embed).toBeGreaterThanOrEqual(0);
    expect(timings.search).toBeGreaterThan(0);
    expect(timings.rerank).toBeGreaterThanOrEqual(0);
  });
});
