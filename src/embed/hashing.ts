import { createHash } from 'node:crypto';
import { tokenizeForSearch } from '../text/tokenize.ts';
import { type Embedder, l2normalize } from './embedder.ts';

/** Options for the hashing embedder. */
export interface HashingEmbedderOptions {
  /** Vector length; more dimensions mean fewer hash collisions. */
  readonly dimension?: number;
}

const VERSION = 'v1';
const WORD_WEIGHT = 1;
const BIGRAM_WEIGHT = 0.7;
const NGRAM_WEIGHT = 0.35;

/**
 * Weight-free embedder: signed feature hashing of words, word bigrams and character 3-5-grams,
 * weighted and L2-normalised. Deterministic, fast, offline. It captures spelling overlap and
 * morphology ("headphone"/"headphones"), not meaning; the GPT-2 embedder brings the latter.
 */
export class HashingEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  readonly maxBatchSize = 1024;

  constructor(opts: HashingEmbedderOptions = {}) {
    this.dimension = opts.dimension ?? 512;
    this.id = `hashing-${VERSION}-${this.dimension}`;
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    return texts.map((t) => this.embedOne(t));
  }

  /** Synchronous form, for callers that embed one short text on a hot path. */
  embedOne(text: string): Float32Array {
    const v = new Float32Array(this.dimension);
    const words = tokenizeForSearch(text);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      this.add(v, `w:${w}`, WORD_WEIGHT);
      const next = words[i + 1];
      if (next !== undefined) this.add(v, `b:${w} ${next}`, BIGRAM_WEIGHT);
      const padded = `<${w}>`;
      const chars = Array.from(padded);
      for (let n = 3; n <= 5; n++) {
        for (let s = 0; s + n <= chars.length; s++)
          this.add(v, `c:${chars.slice(s, s + n).join('')}`, NGRAM_WEIGHT);
      }
    }
    return l2normalize(v);
  }

  private add(v: Float32Array, feature: string, weight: number): void {
    const h = hash32(feature);
    const index = h % this.dimension;
    const sign = (h & 0x80000000) === 0 ? 1 : -1;
    v[index] = (v[index] ?? 0) + sign * weight;
  }

  async close(): Promise<void> {}
}

/** FNV-1a over UTF-16 code units, mixed; stable across runs and platforms. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Short stable hash of a text, for cache keys and fingerprints. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
