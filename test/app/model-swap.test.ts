import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGpt2Folder } from '../../scripts/gpt2/build.ts';
import { TINY_SPEC } from '../../scripts/gpt2/weights.ts';
import { openEngine, runIndex } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { makeTinyGpt2, type TinyGpt2 } from '../fakes/gpt2/fixture.ts';
import { makeProduct } from '../fakes/products.ts';

describe('an index built with GPT-2 and a changed model folder', () => {
  let tiny: TinyGpt2;
  let catalog: string;

  beforeAll(async () => {
    tiny = await makeTinyGpt2();
    catalog = join(tiny.root, 'catalog.jsonl');
    const products = [
      makeProduct({ id: 'a', title: 'Portable Bluetooth speaker' }),
      makeProduct({ id: 'b', title: 'Wireless headphones' }),
      makeProduct({ id: 'c', title: 'Electric kettle' }),
    ];
    await writeFile(
      catalog,
      products
        .map((p) => JSON.stringify({ ...p, price: '10.00', currency: 'USD', category: 'General' }))
        .join('\n'),
    );
  });
  afterAll(() => tiny.cleanup());

  it('serves queries through the model that built it, and refuses other weights under the same id', async () => {
    const dataDir = await mkdtemp(join(tiny.root, 'data-'));
    const config = loadConfig({
      AISLE_DATA_DIR: dataDir,
      AISLE_MODEL_DIR: tiny.modelDir,
      AISLE_CATALOG: catalog,
    });
    const logger = silentLogger();
    const run = await runIndex({ config, logger, embedder: 'gpt2' });
    expect(run.embedderId).toBe('gpt2:Xenova/gpt2:mean');
    expect(run.manifest.embedder.fingerprint).toMatch(/^[0-9a-f]{16}$/);

    const engine = await openEngine({ config, logger });
    const { hits } = await engine.retriever.retrieve({
      constraints: {
        text: 'kettle',
        brands: [],
        excludeBrands: [],
        categories: [],
        inStockOnly: false,
        sort: 'relevance',
      },
      k: 3,
    });
    expect(hits.map((h) => h.product.id)).toContain('c');
    await engine.close();

    // Same model id, different weights (another seed): queries must not be embedded by it.
    const other = join(await mkdtemp(join(tmpdir(), 'aisle-other-')), 'gpt2');
    await buildGpt2Folder({ dir: other, spec: { ...TINY_SPEC, seed: 7 } });
    const swapped = loadConfig({ AISLE_DATA_DIR: dataDir, AISLE_MODEL_DIR: other });
    await expect(openEngine({ config: swapped, logger })).rejects.toMatchObject({
      code: 'EMBEDDER_MISMATCH',
      hint: expect.stringMatching(/aisle index/),
    });

    // Re-indexing with the new weights re-embeds everything (no stale cache hits) and then serves.
    const rerun = await runIndex({ config: { ...swapped, catalog }, logger, embedder: 'gpt2' });
    expect(rerun.report).toMatchObject({ embedded: 3, rebuilt: true });
    const engine2 = await openEngine({ config: swapped, logger });
    expect(engine2.index().size).toBe(3);
    await engine2.close();
  });
});
