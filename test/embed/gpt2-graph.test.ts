import { existsSync } from 'node:fs';
import { stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Gpt2Embedder } from '../../src/embed/gpt2/embedder.ts';
import { findOnnxSource } from '../../src/embed/gpt2/model-files.ts';
import { exposeHiddenState, LmHeadNotFoundError, outputNames } from '../../src/embed/gpt2/onnx-graph.ts';
import { type GraphProto, type ModelProto, readModel, writeModel } from '../../src/embed/gpt2/onnx-io.ts';
import { prepareHiddenStateModel, shadowDir } from '../../src/embed/gpt2/prepare.ts';
import { makeTinyGpt2, type TinyGpt2 } from '../fakes/gpt2/fixture.ts';
import { memoryLogger } from '../fakes/memory-log.ts';

let tiny: TinyGpt2;

beforeAll(async () => {
  tiny = await makeTinyGpt2();
});

afterAll(async () => {
  await tiny.cleanup();
});

const onnxFile = (name: string) => join(tiny.modelDir, 'onnx', name);

function ifNode(model: ModelProto) {
  const node = model.graph?.node?.find((n) => n.opType === 'If');
  if (!node) throw new Error('no If node');
  return node;
}

function branchOutputs(model: ModelProto): string[][] {
  return (ifNode(model).attribute ?? []).map((a) => (a.g?.output ?? []).map((o) => o.name ?? ''));
}

function opTypes(graph: GraphProto | null | undefined): string[] {
  return (graph?.node ?? []).map((n) => n.opType ?? '');
}

describe('exposeHiddenState', () => {
  it("turns the merged decoder's logits output into the final hidden state, in both If branches", async () => {
    const model = await readModel(onnxFile('decoder_model_merged.onnx'));
    expect(outputNames(model)).toContain('logits');
    const lmHead = (g: GraphProto | null | undefined) =>
      (g?.node ?? []).some((n) => n.opType === 'Transpose' && n.input?.includes('wte.weight'));
    for (const attr of ifNode(model).attribute ?? []) expect(lmHead(attr.g)).toBe(true);
    const result = exposeHiddenState(model);
    expect(result).toEqual({ outputName: 'last_hidden_state', edited: true });
    expect(outputNames(model)).not.toContain('logits');
    expect(outputNames(model).at(-1)).toBe('last_hidden_state');
    expect(ifNode(model).output).toEqual(outputNames(model));
    for (const outputs of branchOutputs(model)) {
      expect(outputs).toHaveLength(outputNames(model).length);
      expect(outputs.at(-1)).toMatch(/^last_hidden_state__/);
    }
    // The tied LM head (Transpose of wte + MatMul to the vocabulary) is pruned from both branches.
    for (const attr of ifNode(model).attribute ?? []) {
      const last = attr.g?.node?.at(-1);
      expect(last?.opType).toBe('Identity');
      const feeding = attr.g?.node?.find((n) => n.output?.includes(last?.input?.[0] ?? ''));
      expect(feeding?.opType).toBe('LayerNormalization');
      expect(lmHead(attr.g)).toBe(false);
      expect(opTypes(attr.g).filter((t) => t === 'MatMul')).toHaveLength(2 * 6);
    }
  });

  it('handles the plain decoder and the quantized LM head (DynamicQuantizeLinear → MatMulInteger)', async () => {
    const plain = await readModel(onnxFile('decoder_model.onnx'));
    exposeHiddenState(plain);
    expect(outputNames(plain)).toEqual([
      'present.0.key',
      'present.0.value',
      'present.1.key',
      'present.1.value',
      'last_hidden_state',
    ]);
    const quantized = await readModel(onnxFile('decoder_model_merged_quantized.onnx'));
    const names = (m: ModelProto) => (m.graph?.initializer ?? []).map((t) => t.name);
    expect(names(quantized)).toContain('lm_head.weight_quantized');
    exposeHiddenState(quantized);
    expect(names(quantized)).not.toContain('lm_head.weight_quantized');
    expect(names(quantized)).toContain('wte.weight');
  });

  it('leaves an export that already outputs last_hidden_state untouched', async () => {
    const model = await readModel(onnxFile('decoder_model_merged.onnx'));
    exposeHiddenState(model);
    const before = JSON.stringify(outputNames(model));
    expect(exposeHiddenState(model)).toEqual({ outputName: 'last_hidden_state', edited: false });
    expect(JSON.stringify(outputNames(model))).toBe(before);
  });

  it('reports a graph without logits', async () => {
    const model = await readModel(onnxFile('decoder_model.onnx'));
    const graph = model.graph ?? {};
    graph.output = (graph.output ?? []).filter((o) => o.name !== 'logits');
    expect(() => exposeHiddenState(model)).toThrow(LmHeadNotFoundError);
  });
});

describe('prepareHiddenStateModel', () => {
  it('edits once, next to the original, and reuses the edit until the source changes', async () => {
    const source = findOnnxSource(tiny.modelDir, 'fp32');
    if (!source) throw new Error('no source');
    const dataDir = join(tiny.root, 'data-once');
    const first = await prepareHiddenStateModel({ source, dataDir });
    const edited = onnxFile('decoder_model_merged_aisle_hidden.onnx');
    expect(first).toMatchObject({
      dir: tiny.modelDir,
      base: 'decoder_model_merged_aisle_hidden',
      edited: true,
    });
    const stamp = (await stat(edited)).mtimeMs;
    await utimes(edited, new Date(stamp - 60_000), new Date(stamp - 60_000));
    const older = (await stat(edited)).mtimeMs;
    await prepareHiddenStateModel({ source, dataDir });
    expect((await stat(edited)).mtimeMs).toBe(older);
    const now = new Date();
    await utimes(source.file, now, new Date(now.getTime() + 5_000));
    await prepareHiddenStateModel({ source, dataDir });
    expect((await stat(edited)).mtimeMs).not.toBe(older);
  });

  it('keeps the edit under the data dir when the model folder is read-only, and still embeds', async () => {
    const dataDir = join(tiny.root, 'data-ro');
    const { logger, messages } = memoryLogger();
    const readOnly = async (dir: string) => !dir.startsWith(tiny.modelDir);
    const e = await Gpt2Embedder.load({
      modelId: 'aisle/tiny-gpt2',
      modelDir: tiny.modelDir,
      pooling: 'mean',
      dataDir,
      logger,
      isWritable: readOnly,
      quantized: true,
    });
    try {
      const shadow = shadowDir(dataDir, tiny.modelDir);
      expect(e.info.onnxFile).toBe(join(shadow, 'onnx', 'decoder_model_merged_aisle_hidden_quantized.onnx'));
      expect(existsSync(join(shadow, 'tokenizer.json'))).toBe(true);
      expect(existsSync(onnxFile('decoder_model_merged_aisle_hidden_quantized.onnx'))).toBe(false);
      expect(messages().some((m) => m.includes('not writable'))).toBe(true);
      const [v] = await e.embed(['read-only model folder']);
      expect(v?.length).toBe(32);
    } finally {
      await e.close();
    }
  });

  it('falls back to the fp32 file, with a log line, when the quantized graph cannot be edited', async () => {
    const other = await makeTinyGpt2(['merged', 'merged-quantized']);
    try {
      const file = join(other.modelDir, 'onnx', 'decoder_model_merged_quantized.onnx');
      const model = await readModel(file);
      for (const o of model.graph?.output ?? []) if (o.name === 'logits') o.name = 'scores';
      ifNode(model).output = (ifNode(model).output ?? []).map((n) => (n === 'logits' ? 'scores' : n));
      await writeModel(file, model);
      const { logger, messages } = memoryLogger();
      const e = await Gpt2Embedder.load({
        modelId: 'aisle/tiny-gpt2',
        modelDir: other.modelDir,
        pooling: 'mean',
        dataDir: join(other.root, 'data'),
        quantized: true,
        logger,
      });
      expect(e.info.dtype).toBe('fp32');
      expect(e.id).toBe('gpt2:aisle/tiny-gpt2:mean');
      expect(messages()).toContain(
        'cannot expose the hidden state in the quantized GPT-2 file; using the fp32 file instead',
      );
      await e.close();
    } finally {
      await other.cleanup();
    }
  });
});
