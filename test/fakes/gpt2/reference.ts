import type { BlockWeights, Gpt2Weights } from '../../../scripts/gpt2/weights.ts';

/**
 * Plain TypeScript GPT-2 forward pass (float64, one sequence, no padding, no cache): the
 * independent reference the ONNX graphs are checked against. Returns the final hidden state of
 * every position (after the last layer norm), one row per token.
 */
export function referenceHidden(w: Gpt2Weights, ids: readonly number[]): Float64Array[] {
  const c = w.spec.nEmbd;
  let x: Float64Array[] = ids.map((id, t) => {
    const row = new Float64Array(c);
    for (let k = 0; k < c; k++) row[k] = (w.wte[id * c + k] ?? 0) + (w.wpe[t * c + k] ?? 0);
    return row;
  });
  for (const block of w.blocks) x = blockForward(w, block, x);
  return x.map((row) => layerNorm(row, w.lnfGamma, w.lnfBeta));
}

/** Reference text vector: mean or last position, L2-normalised. */
export function referenceEmbedding(
  w: Gpt2Weights,
  ids: readonly number[],
  pooling: 'mean' | 'last',
): Float64Array {
  const hidden = referenceHidden(w, ids);
  const c = w.spec.nEmbd;
  const v = new Float64Array(c);
  if (pooling === 'last') v.set(hidden[hidden.length - 1] ?? v);
  else
    for (const row of hidden) for (let k = 0; k < c; k++) v[k] = (v[k] ?? 0) + (row[k] ?? 0) / hidden.length;
  const norm = Math.sqrt(v.reduce((s, a) => s + a * a, 0));
  return v.map((a) => a / norm);
}

function blockForward(w: Gpt2Weights, b: BlockWeights, x: Float64Array[]): Float64Array[] {
  const c = w.spec.nEmbd;
  const heads = w.spec.nHead;
  const d = c / heads;
  const qkv = x.map((row) => linear(layerNorm(row, b.ln1Gamma, b.ln1Beta), b.attnW, b.attnB, 3 * c));
  const ctx = x.map(() => new Float64Array(c));
  for (let h = 0; h < heads; h++) {
    for (let i = 0; i < x.length; i++) {
      const q = qkv[i] ?? new Float64Array(3 * c);
      const scores: number[] = [];
      for (let j = 0; j <= i; j++) {
        const k = qkv[j] ?? new Float64Array(3 * c);
        let s = 0;
        for (let e = 0; e < d; e++) s += (q[h * d + e] ?? 0) * (k[c + h * d + e] ?? 0);
        scores.push(s / Math.sqrt(d));
      }
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const sum = exps.reduce((a, e) => a + e, 0);
      const out = ctx[i] ?? new Float64Array(c);
      exps.forEach((e, j) => {
        const v = qkv[j] ?? new Float64Array(3 * c);
        for (let f = 0; f < d; f++)
          out[h * d + f] = (out[h * d + f] ?? 0) + (e / sum) * (v[2 * c + h * d + f] ?? 0);
      });
    }
  }
  return x.map((row, t) => {
    const attn = linear(ctx[t] ?? new Float64Array(c), b.attnProjW, b.attnProjB, c);
    const mid = row.map((a, k) => a + (attn[k] ?? 0));
    const hiddenFc = linear(layerNorm(mid, b.ln2Gamma, b.ln2Beta), b.fcW, b.fcB, 4 * c).map(gelu);
    const mlp = linear(hiddenFc, b.fcProjW, b.fcProjB, c);
    return mid.map((a, k) => a + (mlp[k] ?? 0));
  });
}

function linear(x: Float64Array, weight: Float32Array, bias: Float32Array, out: number): Float64Array {
  const y = new Float64Array(out);
  for (let j = 0; j < out; j++) y[j] = bias[j] ?? 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    for (let j = 0; j < out; j++) y[j] = (y[j] ?? 0) + xi * (weight[i * out + j] ?? 0);
  }
  return y;
}

function layerNorm(x: Float64Array, gamma: Float32Array, beta: Float32Array): Float64Array {
  const mean = x.reduce((s, a) => s + a, 0) / x.length;
  const variance = x.reduce((s, a) => s + (a - mean) ** 2, 0) / x.length;
  const inv = 1 / Math.sqrt(variance + 1e-5);
  return x.map((a, k) => (a - mean) * inv * (gamma[k] ?? 1) + (beta[k] ?? 0));
}

function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}
