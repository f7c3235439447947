import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGpt2Folder } from '../../scripts/gpt2/build.ts';
import { TINY_SPEC } from '../../scripts/gpt2/weights.ts';
import { loadConfig } from '../../src/config.ts';
import type { Embedder } from '../../src/embed/embedder.ts';
import { Gpt2Embedder } from '../../src/embed/gpt2/embedder.ts';
import { HashingEmbedder } from '../../src/embed/hashing.ts';
import {
  embedderIdFor,
  parseEmbedderId,
  postprocessFor,
  type SelectEmbedderOptions,
  selectEmbedder,
} from '../../src/embed/select.ts';
import { makeTinyGpt2, type TinyGpt2 } from '../fakes/gpt2/fixture.ts';
import { memoryLogger } from '../fakes/memory-log.ts';

let tiny: TinyGpt2;
const opened: Embedder[] = [];

beforeAll(async () => {
  tiny = await makeTinyGpt2(['merged']);
});

afterAll(async () => {
  for (const e of opened) await e.close();
  await tiny.cleanup();
});

/** Select with a fake probe (never the network) and a private download cache. */
async function select(env: Record<string, string>, extra: Partial<SelectEmbedderOptions> = {}) {
  const { logger, records, messages } = memoryLogger();
  let probes = 0;
  const config = loadConfig({
    AISLE_DATA_DIR: join(tiny.root, 'data'),
    AISLE_MODEL_ID: 'aisle/tiny-gpt2',
    ...env,
  });
  const embedder = await selectEmbedder({
    config,
    dataDir: config.dataDir,
    logger,
    probe: async () => {
      probes++;
      return false;
    },
    gpt2: { cacheDir: join(tiny.root, 'empty-cache') },
    ...extra,
  });
  opened.push(embedder);
  return { embedder, records, messages, probes: () => probes };
}

describe('selectEmbedder', () => {
  it('serves the hashing embedder when asked', async () => {
    const { embedder, messages, probes } = await select({ AISLE_EMBEDDER: 'hashing' });
    expect(embedder).toBeInstanceOf(HashingEmbedder);
    expect(messages()).toEqual(['embedder: hashing-v1-512']);
    expect(probes()).toBe(0);
  });

  it('auto without any model and no hub: hashing, one line saying how to enable GPT-2', async () => {
    const { embedder, records, probes } = await select({});
    expect(embedder.id).toBe('hashing-v1-512');
    expect(probes()).toBe(1);
    expect(records).toHaveLength(1);
    expect(records[0]?.msg).toBe('serving with the hashing embedder; GPT-2 is not available');
    expect(String(records[0]?.howToEnableGpt2)).toContain('AISLE_MODEL_DIR=');
  });

  it('auto with the model in AISLE_MODEL_DIR: GPT-2, without probing the network', async () => {
    const { embedder, messages, probes } = await select({
      AISLE_MODEL_DIR: tiny.modelDir,
      AISLE_POOLING: 'last',
    });
    expect(embedder).toBeInstanceOf(Gpt2Embedder);
    expect(embedder.id).toBe('gpt2:aisle/tiny-gpt2:last');
    expect(messages()).toContain('embedder: gpt2:aisle/tiny-gpt2:last');
    expect(probes()).toBe(0);
  });

  it('auto with the model in the download cache: GPT-2, without probing', async () => {
    const cacheDir = join(tiny.root, 'filled-cache');
    await buildGpt2Folder({ dir: join(cacheDir, 'aisle', 'tiny-gpt2'), spec: TINY_SPEC, files: ['merged'] });
    const { embedder, probes } = await select({}, { gpt2: { cacheDir } });
    expect(embedder).toBeInstanceOf(Gpt2Embedder);
    expect((embedder as Gpt2Embedder).info.origin).toBe('cache');
    expect(probes()).toBe(0);
  });

  it('auto with an empty AISLE_MODEL_DIR falls back to hashing and says why', async () => {
    const empty = join(tiny.root, 'empty');
    await mkdir(empty, { recursive: true });
    const { embedder, records } = await select({ AISLE_MODEL_DIR: empty });
    expect(embedder).toBeInstanceOf(HashingEmbedder);
    expect(String(records[0]?.reason)).toContain(`AISLE_MODEL_DIR=${empty} is missing config.json`);
  });

  it('gpt2 named explicitly with an empty AISLE_MODEL_DIR is an error, not a fallback', async () => {
    const empty = join(tiny.root, 'empty2');
    await mkdir(empty, { recursive: true });
    await expect(select({ AISLE_EMBEDDER: 'gpt2', AISLE_MODEL_DIR: empty })).rejects.toMatchObject({
      code: 'MODEL_NOT_FOUND',
    });
  });

  it('follows the index embedder when none is named (pooling and size from its id)', async () => {
    const gpt2 = await select(
      { AISLE_MODEL_DIR: tiny.modelDir },
      { indexEmbedderId: 'gpt2:aisle/tiny-gpt2:last' },
    );
    expect(gpt2.embedder.id).toBe('gpt2:aisle/tiny-gpt2:last');
    const hashing = await select({ AISLE_MODEL_DIR: tiny.modelDir }, { indexEmbedderId: 'hashing-v1-256' });
    expect(hashing.embedder.id).toBe('hashing-v1-256');
    expect(hashing.embedder.dimension).toBe(256);
    const named = await select({}, { requested: 'hashing', indexEmbedderId: 'gpt2:aisle/tiny-gpt2:mean' });
    expect(named.embedder.id).toBe('hashing-v1-512');
    await expect(select({}, { indexEmbedderId: 'word2vec-300' })).rejects.toMatchObject({
      code: 'EMBEDDER_UNAVAILABLE',
    });
  });
});

describe('postprocessFor', () => {
  it('uses AISLE_POSTPROCESS for GPT-2 and none for hashing', () => {
    const config = loadConfig({ AISLE_POSTPROCESS: 'whiten' });
    expect(postprocessFor({ id: 'gpt2:Xenova/gpt2:mean' }, config)).toBe('whiten');
    expect(postprocessFor({ id: 'hashing-v1-512' }, config)).toBe('none');
  });
});

describe('embedder ids', () => {
  it('predicts ids from the configuration and parses them back', () => {
    const config = loadConfig({ AISLE_POOLING: 'last', AISLE_QUANTIZED: '1' });
    expect(embedderIdFor(config, 'gpt2')).toBe('gpt2:Xenova/gpt2:last:q8');
    expect(embedderIdFor(loadConfig({}), 'gpt2')).toBe('gpt2:Xenova/gpt2:mean');
    expect(embedderIdFor(config, 'hashing')).toBe('hashing-v1-512');
    expect(parseEmbedderId('gpt2:Xenova/gpt2:last:q8')).toEqual({
      kind: 'gpt2',
      modelId: 'Xenova/gpt2',
      pooling: 'last',
      dtype: 'q8',
    });
    expect(parseEmbedderId('hashing-v1-512')).toEqual({ kind: 'hashing', dimension: 512 });
    expect(parseEmbedderId('something-else')).toBeUndefined();
  });
});
