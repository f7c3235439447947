import { Tensor } from '@huggingface/transformers';
import { AisleError } from '../../errors.ts';
import { type Embedder, l2normalize } from '../embedder.ts';
import { modelFingerprint } from './fingerprint.ts';
import { type Gpt2LoadOptions, type LoadedGpt2, loadGpt2 } from './load.ts';
import { gpt2EmbedderId, type ModelDtype, onnxPath } from './model-files.ts';
import { type Pooling, planBatches, poolHidden } from './pooling.ts';

/** Options for {@link Gpt2Embedder.load}. */
export interface Gpt2EmbedderOptions extends Gpt2LoadOptions {
  readonly pooling: Pooling;
  /** Most texts per forward pass (default 8). */
  readonly maxBatchSize?: number | undefined;
  /** Most padded tokens per forward pass (default 2048). */
  readonly maxBatchTokens?: number | undefined;
  /** Longer texts are cut to this many tokens (default 256, at most the model's positions). */
  readonly maxTokens?: number | undefined;
}

/** Where the serving model came from, for startup logs and `aisle status`-style output. */
export interface Gpt2ModelInfo {
  readonly modelId: string;
  readonly modelDir: string;
  readonly origin: LoadedGpt2['origin'];
  /** The ONNX file the session runs (the edited copy when the hidden state had to be exposed). */
  readonly onnxFile: string;
  readonly dtype: ModelDtype;
  readonly pooling: Pooling;
  readonly hiddenOutput: string;
}

/**
 * Text → GPT-2 final hidden state (never the logits), pooled over real tokens and L2-normalised.
 * Texts are tokenized with the model's own byte-level BPE tokenizer, grouped into right-padded
 * batches of similar length, and run through the ONNX session that transformers.js loaded.
 * Padding never changes a vector: the attention mask hides it and pooling skips it.
 */
export class Gpt2Embedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly maxBatchSize: number;
  readonly info: Gpt2ModelInfo;
  readonly fingerprint: string;
  private readonly maxBatchTokens: number;
  private readonly maxTokens: number;
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    private readonly loaded: LoadedGpt2,
    opts: Gpt2EmbedderOptions,
    fingerprint: string,
  ) {
    this.fingerprint = fingerprint;
    const { prepared, shape } = loaded;
    this.dimension = shape.hiddenSize;
    this.maxBatchSize = Math.max(1, opts.maxBatchSize ?? 8);
    this.maxBatchTokens = Math.max(1, opts.maxBatchTokens ?? 2048);
    this.maxTokens = Math.max(1, Math.min(opts.maxTokens ?? 256, shape.maxPositions));
    this.id = gpt2EmbedderId({ modelId: opts.modelId, pooling: opts.pooling, dtype: prepared.dtype });
    this.info = {
      modelId: opts.modelId,
      modelDir: loaded.modelDir,
      origin: loaded.origin,
      onnxFile: onnxPath(prepared.dir, prepared.base, prepared.dtype),
      dtype: prepared.dtype,
      pooling: opts.pooling,
      hiddenOutput: prepared.outputName,
    };
  }

  /** Load the model (downloading it first when allowed and needed) and build the embedder. */
  static async load(opts: Gpt2EmbedderOptions): Promise<Gpt2Embedder> {
    const loaded = await loadGpt2(opts);
    const source = loaded.prepared.source;
    return new Gpt2Embedder(loaded, opts, await modelFingerprint({ dir: source.dir, onnxFile: source.file }));
  }

  /** Token ids the model sees for a text (trimmed, cut to the token limit, never empty). */
  tokenize(text: string): number[] {
    const ids = this.loaded.tokenizer.encode(text.trim(), { add_special_tokens: false });
    if (ids.length === 0) return [this.loaded.shape.eosTokenId];
    return ids.slice(0, this.maxTokens);
  }

  embed(texts: readonly string[]): Promise<Float32Array[]> {
    const run = this.chain.then(() => this.embedNow(texts));
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async embedNow(texts: readonly string[]): Promise<Float32Array[]> {
    if (this.closed) throw new AisleError({ code: 'EMBED_FAILED', message: 'The GPT-2 embedder is closed.' });
    const ids = texts.map((t) => this.tokenize(t));
    const out = new Array<Float32Array>(texts.length);
    const limits = { maxBatchSize: this.maxBatchSize, maxBatchTokens: this.maxBatchTokens };
    for (const batch of planBatches(
      ids.map((x) => x.length),
      limits,
    )) {
      const vectors = await this.forward(batch.map((i) => ids[i] ?? []));
      batch.forEach((i, j) => {
        const v = vectors[j];
        if (v) out[i] = v;
      });
    }
    return out;
  }

  /** One right-padded forward pass; returns one unit vector per sequence. */
  private async forward(seqs: readonly number[][]): Promise<Float32Array[]> {
    const batch = seqs.length;
    const seqLen = Math.max(...seqs.map((s) => s.length));
    const inputIds = new BigInt64Array(batch * seqLen).fill(BigInt(this.loaded.shape.eosTokenId));
    const mask = new BigInt64Array(batch * seqLen);
    seqs.forEach((seq, b) => {
      seq.forEach((id, t) => {
        inputIds[b * seqLen + t] = BigInt(id);
        mask[b * seqLen + t] = 1n;
      });
    });
    let hidden: { data: ArrayLike<number>; dims: number[] };
    try {
      const outputs = (await this.loaded.model.forward({
        input_ids: new Tensor('int64', inputIds, [batch, seqLen]),
        attention_mask: new Tensor('int64', mask, [batch, seqLen]),
      })) as Record<string, { data: ArrayLike<number>; dims: number[] } | undefined>;
      const tensor = outputs[this.info.hiddenOutput];
      if (!tensor) throw new Error(`the model returned no "${this.info.hiddenOutput}" output`);
      hidden = tensor;
    } catch (err) {
      throw new AisleError({
        code: 'EMBED_FAILED',
        message: `GPT-2 could not embed ${batch} text(s): ${err instanceof Error ? err.message : String(err)}`,
        cause: err,
      });
    }
    const dim = hidden.dims.at(-1);
    if (dim !== this.dimension || hidden.dims.length !== 3) {
      throw new AisleError({
        code: 'MODEL_INVALID',
        message: `The GPT-2 graph output "${this.info.hiddenOutput}" has shape [${hidden.dims.join(', ')}], expected [batch, tokens, ${this.dimension}].`,
        hint: 'The ONNX file does not look like a GPT-2 export; point AISLE_MODEL_DIR at Xenova/gpt2.',
      });
    }
    return poolHidden({
      hidden: hidden.data,
      batch,
      seqLen,
      dim,
      lengths: seqs.map((s) => s.length),
      pooling: this.info.pooling,
    }).map(l2normalize);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.chain;
    await this.loaded.model.dispose();
  }
}
