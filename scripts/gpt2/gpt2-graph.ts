import type { ModelProto } from '../../src/embed/gpt2/onnx-io.ts';
import { attribute, ElemType, GraphBuilder, ModelBuilder, valueInfo } from './onnx-builder.ts';
import type { Gpt2Weights } from './weights.ts';

/** Which decoder file to build. */
export interface DecoderOptions {
  /** `decoder_model_merged.onnx` (an `If` on `use_cache_branch`) or a plain `decoder_model.onnx`. */
  readonly merged: boolean;
  /** Dynamic int8 quantization of every weight matrix, like the public `*_quantized.onnx` files. */
  readonly quantized: boolean;
}

/** Names of a linear layer's parameters in the model. */
type Linear =
  | { readonly kind: 'fp32'; readonly w: string; readonly b: string }
  | {
      readonly kind: 'q8';
      readonly w: string;
      readonly scale: string;
      readonly zero: string;
      readonly b: string;
    };

interface BlockNames {
  readonly ln1: readonly [string, string];
  readonly attn: Linear;
  readonly attnProj: Linear;
  readonly ln2: readonly [string, string];
  readonly fc: Linear;
  readonly fcProj: Linear;
}

interface WeightNames {
  readonly wte: string;
  readonly wpe: string;
  readonly blocks: readonly BlockNames[];
  readonly lnf: readonly [string, string];
  /** Quantized LM head ([C, V]); the fp32 head is the transposed `wte` (tied weights). */
  readonly lmHead: Linear | undefined;
}

/**
 * A GPT-2 decoder graph with the public export's interface: inputs `input_ids`, `attention_mask`,
 * `position_ids` (+ `past_key_values.N.key/value` and `use_cache_branch` when merged), outputs
 * `logits` and `present.N.key/value`. IR 8, opset 17.
 */
export function buildDecoderModel(w: Gpt2Weights, opts: DecoderOptions): ModelProto {
  const mb = new ModelBuilder();
  const names = registerWeights(mb, w, opts.quantized);
  const s = w.spec;
  const headDim = s.nEmbd / s.nHead;
  const inputs = [
    valueInfo('input_ids', ElemType.INT64, ['batch_size', 'sequence_length']),
    valueInfo('attention_mask', ElemType.INT64, ['batch_size', 'total_sequence_length']),
    valueInfo('position_ids', ElemType.INT64, ['batch_size', 'sequence_length']),
  ];
  const outputNames = ['logits'];
  const outputs = [valueInfo('logits', ElemType.FLOAT, ['batch_size', 'sequence_length', s.vocabSize])];
  for (let l = 0; l < s.nLayer; l++) {
    for (const kv of ['key', 'value']) {
      outputNames.push(`present.${l}.${kv}`);
      outputs.push(
        valueInfo(`present.${l}.${kv}`, ElemType.FLOAT, [
          'batch_size',
          s.nHead,
          'total_sequence_length',
          headDim,
        ]),
      );
    }
  }
  const main = new GraphBuilder(mb, '');
  if (opts.merged) {
    for (let l = 0; l < s.nLayer; l++) {
      for (const kv of ['key', 'value']) {
        inputs.push(
          valueInfo(`past_key_values.${l}.${kv}`, ElemType.FLOAT, [
            'batch_size',
            s.nHead,
            'past_sequence_length',
            headDim,
          ]),
        );
      }
    }
    inputs.push(valueInfo('use_cache_branch', ElemType.BOOL, [1]));
    const branch = (prefix: string, withPast: boolean) => {
      const g = new GraphBuilder(mb, prefix);
      const out = decoderBody(g, names, w, withPast);
      const values = [out.logits, ...out.presents];
      return g.graph({
        name: `${prefix}branch`,
        outputs: values.map((v) => valueInfo(v, ElemType.FLOAT)),
      });
    };
    main.nodes.push({
      name: 'optimum::if',
      opType: 'If',
      input: ['use_cache_branch'],
      output: outputNames,
      attribute: [
        attribute('then_branch', { graph: branch('then/', true) }),
        attribute('else_branch', { graph: branch('else/', false) }),
      ],
    });
  } else {
    const out = decoderBody(main, names, w, false);
    [out.logits, ...out.presents].forEach((v, i) => {
      main.rename(v, outputNames[i] ?? '');
    });
  }
  const graph = main.graph({ name: 'gpt2', inputs, outputs, initializers: mb.initializers });
  return {
    irVersion: 8,
    opsetImport: [{ domain: '', version: 17 }],
    producerName: 'aisle-make-gpt2',
    producerVersion: '1',
    graph,
  };
}

function registerWeights(mb: ModelBuilder, w: Gpt2Weights, quantized: boolean): WeightNames {
  const c = w.spec.nEmbd;
  const linear = (name: string, weight: Float32Array, bias: Float32Array, dims: [number, number]): Linear => {
    const b = mb.float(`${name}.bias`, bias, [dims[1]]);
    if (!quantized) return { kind: 'fp32', w: mb.float(`${name}.weight`, weight, dims), b };
    const q = quantizeUint8(weight);
    return {
      kind: 'q8',
      w: mb.uint8(`${name}.weight_quantized`, q.data, dims),
      scale: mb.scalar(q.scale),
      zero: mb.uint8(`${name}.weight_zero_point`, Uint8Array.of(q.zeroPoint), []),
      b,
    };
  };
  const blocks = w.blocks.map((b, l) => ({
    ln1: [
      mb.float(`h.${l}.ln_1.weight`, b.ln1Gamma, [c]),
      mb.float(`h.${l}.ln_1.bias`, b.ln1Beta, [c]),
    ] as const,
    attn: linear(`h.${l}.attn.c_attn`, b.attnW, b.attnB, [c, 3 * c]),
    attnProj: linear(`h.${l}.attn.c_proj`, b.attnProjW, b.attnProjB, [c, c]),
    ln2: [
      mb.float(`h.${l}.ln_2.weight`, b.ln2Gamma, [c]),
      mb.float(`h.${l}.ln_2.bias`, b.ln2Beta, [c]),
    ] as const,
    fc: linear(`h.${l}.mlp.c_fc`, b.fcW, b.fcB, [c, 4 * c]),
    fcProj: linear(`h.${l}.mlp.c_proj`, b.fcProjW, b.fcProjB, [4 * c, c]),
  }));
  const v = w.spec.vocabSize;
  let lmHead: Linear | undefined;
  if (quantized) {
    const transposed = new Float32Array(c * v);
    for (let t = 0; t < v; t++) for (let j = 0; j < c; j++) transposed[j * v + t] = w.wte[t * c + j] ?? 0;
    lmHead = linear('lm_head', transposed, new Float32Array(v), [c, v]);
  }
  return {
    wte: mb.float('wte.weight', w.wte, [v, c]),
    wpe: mb.float('wpe.weight', w.wpe, [w.spec.nPositions, c]),
    blocks,
    lnf: [mb.float('ln_f.weight', w.lnfGamma, [c]), mb.float('ln_f.bias', w.lnfBeta, [c])],
    lmHead,
  };
}

/** Per-tensor asymmetric uint8 quantization (what dynamic quantization does to weights). */
function quantizeUint8(x: Float32Array): { data: Uint8Array; scale: number; zeroPoint: number } {
  let lo = 0;
  let hi = 0;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const scale = (hi - lo) / 255 || 1;
  const zeroPoint = Math.round(-lo / scale);
  const data = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++)
    data[i] = Math.min(255, Math.max(0, Math.round((x[i] ?? 0) / scale) + zeroPoint));
  return { data, scale, zeroPoint };
}

function decoderBody(g: GraphBuilder, n: WeightNames, w: Gpt2Weights, withPast: boolean) {
  const { nEmbd: c, nHead: heads } = w.spec;
  const d = c / heads;
  const mb = g.model;
  const tok = g.op('Gather', [n.wte, 'input_ids'], { axis: 0 });
  const pos = g.op('Gather', [n.wpe, 'position_ids'], { axis: 0 });
  let h = g.op('Add', [tok, pos]);
  const allowed = attentionMask(g);
  const presents: string[] = [];
  n.blocks.forEach((b, l) => {
    const x = layerNorm(g, h, b.ln1);
    const qkv = linear(g, x, b.attn);
    const [q, k, v] = g.ops('Split', [qkv, mb.int64([c, c, c])], 3, { axis: 2 });
    const split = (t: string | undefined) =>
      g.op('Transpose', [g.op('Reshape', [t ?? '', mb.int64([0, 0, heads, d])])], { perm: [0, 2, 1, 3] });
    let kAll = split(k);
    let vAll = split(v);
    if (withPast) {
      kAll = g.op('Concat', [`past_key_values.${l}.key`, kAll], { axis: 2 });
      vAll = g.op('Concat', [`past_key_values.${l}.value`, vAll], { axis: 2 });
    }
    presents.push(kAll, vAll);
    const scores = g.op('MatMul', [split(q), g.op('Transpose', [kAll], { perm: [0, 1, 3, 2] })]);
    const scaled = g.op('Mul', [scores, mb.scalar(1 / Math.sqrt(d))]);
    const masked = g.op('Where', [allowed, scaled, mb.scalar(-1e9)]);
    const probs = g.op('Softmax', [masked], { axis: -1 });
    const ctx = g.op('Transpose', [g.op('MatMul', [probs, vAll])], { perm: [0, 2, 1, 3] });
    const merged = g.op('Reshape', [ctx, mb.int64([0, 0, c])]);
    h = g.op('Add', [h, linear(g, merged, b.attnProj)]);
    const x2 = layerNorm(g, h, b.ln2);
    h = g.op('Add', [h, linear(g, gelu(g, linear(g, x2, b.fc)), b.fcProj)]);
  });
  const hidden = layerNorm(g, h, n.lnf);
  const logits = n.lmHead
    ? linear(g, hidden, n.lmHead)
    : g.op('MatMul', [hidden, g.op('Transpose', [n.wte], { perm: [1, 0] })]);
  return { logits, presents };
}

/** Boolean [B, 1, T, S]: query i may see key j when j <= past + i and key j is not padding. */
function attentionMask(g: GraphBuilder): string {
  const mb = g.model;
  const zero = mb.int64([0], []);
  const one = mb.int64([1], []);
  const t = g.op('Gather', [g.op('Shape', ['input_ids']), one], { axis: 0 });
  const s = g.op('Gather', [g.op('Shape', ['attention_mask']), one], { axis: 0 });
  const cols = g.op('Range', [zero, s, one]);
  const rows = g.op('Add', [g.op('Range', [zero, t, one]), g.op('Sub', [s, t])]);
  const causal = g.op('LessOrEqual', [cols, g.op('Unsqueeze', [rows, mb.int64([1])])]);
  const keep = g.op('Unsqueeze', [g.op('Cast', ['attention_mask'], { to: ElemType.BOOL }), mb.int64([1, 2])]);
  return g.op('And', [causal, keep]);
}

function layerNorm(g: GraphBuilder, x: string, [gamma, beta]: readonly [string, string]): string {
  return g.op('LayerNormalization', [x, gamma, beta], { axis: -1, epsilon: { float: 1e-5 } });
}

function linear(g: GraphBuilder, x: string, p: Linear): string {
  if (p.kind === 'fp32') return g.op('Add', [g.op('MatMul', [x, p.w]), p.b]);
  const [xq, xScale, xZero] = g.ops('DynamicQuantizeLinear', [x], 3);
  const acc = g.op('MatMulInteger', [xq ?? '', p.w, xZero ?? '', p.zero]);
  const scale = g.op('Mul', [xScale ?? '', p.scale]);
  const y = g.op('Mul', [g.op('Cast', [acc], { to: ElemType.FLOAT }), scale]);
  return g.op('Add', [y, p.b]);
}

/** GPT-2's GELU (tanh approximation). */
function gelu(g: GraphBuilder, x: string): string {
  const mb = g.model;
  const cube = g.op('Mul', [g.op('Mul', [x, x]), x]);
  const inner = g.op('Mul', [
    g.op('Add', [x, g.op('Mul', [cube, mb.scalar(0.044715)])]),
    mb.scalar(Math.sqrt(2 / Math.PI)),
  ]);
  return g.op('Mul', [g.op('Mul', [x, mb.scalar(0.5)]), g.op('Add', [g.op('Tanh', [inner]), mb.scalar(1)])]);
}
