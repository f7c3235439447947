import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { env } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gpt2Embedder } from '../../src/embed/gpt2/embedder.ts';
import { createDownloadProgress, type ProgressInfo } from '../../src/embed/gpt2/progress.ts';
import { AisleError } from '../../src/errors.ts';
import { startFakeHub } from '../fakes/gpt2/fake-hub.ts';
import { makeTinyGpt2, type TinyGpt2 } from '../fakes/gpt2/fixture.ts';
import { memoryLogger } from '../fakes/memory-log.ts';

let tiny: TinyGpt2;
const MODEL_ID = 'aisle/tiny-gpt2';

beforeAll(async () => {
  tiny = await makeTinyGpt2(['merged']);
});

afterAll(async () => {
  await tiny.cleanup();
});

/** A loopback port with nothing listening: connections are refused at once, like an offline machine. */
async function deadPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

describe('offline without a model', () => {
  it('an empty AISLE_MODEL_DIR gives one MODEL_NOT_FOUND naming the variable, and fetches nothing', async () => {
    const hub = await startFakeHub(MODEL_ID, tiny.modelDir);
    const empty = join(tiny.root, 'empty-model-dir');
    await mkdir(empty, { recursive: true });
    try {
      const err = await Gpt2Embedder.load({
        modelId: MODEL_ID,
        modelDir: empty,
        pooling: 'mean',
        dataDir: join(tiny.root, 'data-empty'),
        remoteHost: hub.url,
        cacheDir: join(tiny.root, 'cache-empty'),
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AisleError);
      const e = err as AisleError;
      expect(e.code).toBe('MODEL_NOT_FOUND');
      expect(e.message).toContain('AISLE_MODEL_DIR');
      expect(e.message).toContain(empty);
      expect(e.userMessage()).toContain('huggingface-cli download aisle/tiny-gpt2');
      expect(e.userMessage()).not.toMatch(/\n\s+at /);
      expect(hub.requests).toEqual([]);
      expect(env.allowRemoteModels).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('points at a nested folder when AISLE_MODEL_DIR is one level too high', async () => {
    const err = (await Gpt2Embedder.load({
      modelId: MODEL_ID,
      modelDir: tiny.root,
      pooling: 'mean',
      dataDir: join(tiny.root, 'data-nested'),
    }).catch((e: unknown) => e)) as AisleError;
    expect(err.code).toBe('MODEL_NOT_FOUND');
    expect(err.hint).toContain(`AISLE_MODEL_DIR=${tiny.modelDir}`);
  });

  it('without AISLE_MODEL_DIR and no connection, startup fails fast with one clear MODEL_NOT_FOUND', async () => {
    const remoteHost = await deadPort();
    const common = {
      modelId: MODEL_ID,
      pooling: 'mean' as const,
      dataDir: join(tiny.root, 'data-offline'),
      cacheDir: join(tiny.root, 'cache-offline'),
      remoteHost,
      progress: { callback: () => undefined, stop: () => undefined },
    };
    const probed = (await Gpt2Embedder.load(common).catch((e: unknown) => e)) as AisleError;
    expect(probed).toBeInstanceOf(AisleError);
    expect(probed.code).toBe('MODEL_NOT_FOUND');
    expect(probed.message).toContain(`${remoteHost} did not answer`);
    expect(probed.userMessage()).toContain('AISLE_MODEL_DIR');
    // Even when the probe passes, a failed download is the same kind of error, not a stack trace.
    const failed = (await Gpt2Embedder.load({ ...common, probe: async () => true }).catch(
      (e: unknown) => e,
    )) as AisleError;
    expect(failed.code).toBe('MODEL_NOT_FOUND');
    expect(failed.userMessage()).toContain('Could not download the GPT-2 model');
    expect(failed.userMessage()).toContain('AISLE_EMBEDDER=hashing');
  });
});

describe('first-run download', () => {
  it('downloads through transformers.js with progress, then loads from the cache without the network', async () => {
    const hub = await startFakeHub(MODEL_ID, tiny.modelDir);
    const events: ProgressInfo[] = [];
    const cacheDir = join(tiny.root, 'hub-cache');
    const common = {
      modelId: MODEL_ID,
      pooling: 'mean' as const,
      dataDir: join(tiny.root, 'data-dl'),
      cacheDir,
    };
    try {
      const first = await Gpt2Embedder.load({
        ...common,
        remoteHost: hub.url,
        progress: { callback: (e) => events.push(e), stop: () => undefined },
      });
      expect(first.info.origin).toBe('download');
      expect(first.info.modelDir).toBe(join(cacheDir, 'aisle', 'tiny-gpt2'));
      expect(hub.requests).toContain('/aisle/tiny-gpt2/resolve/main/onnx/decoder_model_merged.onnx');
      const onnxProgress = events.filter(
        (e) => e.status === 'progress' && e.file === 'onnx/decoder_model_merged.onnx',
      );
      expect(onnxProgress.length).toBeGreaterThan(0);
      expect(onnxProgress.at(-1)?.progress).toBeCloseTo(100);
      const [v] = await first.embed(['downloaded model']);
      await first.close();

      const seen = hub.requests.length;
      const second = await Gpt2Embedder.load({ ...common, remoteHost: hub.url });
      expect(second.info.origin).toBe('cache');
      expect(hub.requests.length).toBe(seen);
      const [w] = await second.embed(['downloaded model']);
      expect(Array.from(w ?? [])).toEqual(Array.from(v ?? []));
      await second.close();
    } finally {
      await hub.close();
    }
  });

  it('reports progress as log lines when not on a terminal', () => {
    const { logger, records } = memoryLogger();
    const progress = createDownloadProgress({ logger, tty: false });
    const file = 'onnx/decoder_model_merged.onnx';
    progress.callback({ status: 'initiate', name: MODEL_ID, file });
    progress.callback({ status: 'progress', name: MODEL_ID, file, loaded: 10, total: 100 * 1024 * 1024 });
    progress.callback({ status: 'progress', name: MODEL_ID, file, loaded: 20, total: 100 * 1024 * 1024 });
    progress.callback({ status: 'done', name: MODEL_ID, file });
    progress.stop();
    expect(records.map((r) => [r.msg, r.file, r.mb ?? null])).toEqual([
      ['downloading model file', file, 100],
      ['downloaded model file', file, null],
    ]);
  });
});
