import type { Embedder } from '../../src/embed/embedder.ts';
import { HashingEmbedder } from '../../src/embed/hashing.ts';

/** A deterministic embedder (hashing) that counts the texts it was asked to embed. */
export class CountingEmbedder implements Embedder {
  readonly inner: HashingEmbedder;
  readonly id: string;
  readonly dimension: number;
  readonly maxBatchSize = 64;
  texts = 0;
  calls = 0;

  constructor(opts: { dimension?: number } = {}) {
    this.inner = new HashingEmbedder({ dimension: opts.dimension ?? 64 });
    this.id = this.inner.id;
    this.dimension = this.inner.dimension;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    this.calls++;
    this.texts += texts.length;
    return this.inner.embed(texts);
  }

  async close(): Promise<void> {}
}
