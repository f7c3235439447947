import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { runEvaluation } from '../../src/eval/run.ts';
import { silentLogger } from '../../src/log.ts';

const products = [
  ['k1', 'Stainless steel electric kettle 1.7 L', 'Philips'],
  ['k2', 'Gooseneck pour-over kettle with thermometer', 'Fellow'],
  ['k3', 'Kettle descaler tablets, 12 pack', 'Durgol'],
  ['s1', 'Portable Bluetooth speaker, waterproof', 'JBL'],
  ['s2', 'Smart speaker with voice assistant', 'Amazon'],
  ['s3', 'Speaker stand for bookshelf speakers', 'Sanus'],
  ['h1', 'Wireless noise cancelling headphones', 'Sony'],
  ['h2', 'Wired studio monitor headphones', 'Audio-Technica'],
  ['h3', 'Headphone stand, aluminium', 'Satechi'],
];

describe('aisle eval', () => {
  it('scores every mode and the untuned baseline against judgments', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aisle-eval-'));
    const catalog = join(dir, 'catalog.jsonl');
    await writeFile(
      catalog,
      products
        .map(([id, title, brand]) => JSON.stringify({ id, title, brand, price: '20.00', currency: 'USD' }))
        .join('\n'),
    );
    const judgments = join(dir, 'judgments.csv');
    await writeFile(
      judgments,
      [
        'query,docid,rating',
        'kettle,k1,3',
        'kettle,k2,3',
        'kettle,k3,0',
        'bluetooth speaker,s1,3',
        'bluetooth speaker,s3,0',
        'headphones,h1,3',
        'headphones,h2,2',
        'headphones,h3,0',
      ].join('\n'),
    );
    const config = loadConfig({ AISLE_DATA_DIR: dir });
    const report = await runEvaluation({
      config,
      logger: silentLogger(),
      catalog,
      judgments,
      embedder: 'hashing',
    });
    expect(report.queries).toBe(3);
    expect(report.products).toBe(9);
    expect(Object.keys(report.modes).sort()).toEqual(['baseline', 'dense', 'hybrid', 'lexical']);
    for (const score of Object.values(report.modes)) {
      expect(score.ndcg10).toBeGreaterThan(0);
      expect(score.ndcg10).toBeLessThanOrEqual(1);
      expect(score.recall50).toBeGreaterThan(0);
    }
    // Everything relevant is found among nine products.
    expect(report.modes.hybrid.recall50).toBe(1);
  });

  it('rejects a judgments file that is not query,docid,rating', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aisle-eval-'));
    const judgments = join(dir, 'j.csv');
    await writeFile(judgments, 'query,docid,rating\nkettle,,3\n');
    await expect(
      runEvaluation({
        config: loadConfig({ AISLE_DATA_DIR: dir }),
        logger: silentLogger(),
        catalog: 'x',
        judgments,
      }),
    ).rejects.toMatchObject({ code: 'JUDGMENTS_INVALID', message: expect.stringMatching(/Line 2/) });
  });
});
