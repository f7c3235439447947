/** A candidate with whatever each retriever said about it. */
export interface FusionCandidate {
  readonly id: string;
  /** BM25 score, when the lexical retriever found it. */
  readonly lexical?: number;
  /** Cosine similarity to the (expanded) query vector. */
  readonly cosine?: number;
}

/** A fused result. */
export interface FusedHit {
  readonly id: string;
  readonly score: number;
}

/** Options for convex score fusion. */
export interface FusionOptions {
  /** Weight of the lexical score; the dense score gets 1 − alpha. */
  readonly alpha: number;
}

/**
 * Convex combination of the lexical score (divided by the best lexical score of this query, so
 * it lies in 0..1) and the cosine similarity. On the Chorus judgments this beat reciprocal rank
 * fusion, which gives the weaker list's noise the same say as the stronger list's top (README).
 */
export function convexFusion(candidates: readonly FusionCandidate[], opts: FusionOptions): FusedHit[] {
  let maxLexical = 0;
  for (const c of candidates) if ((c.lexical ?? 0) > maxLexical) maxLexical = c.lexical ?? 0;
  return candidates
    .map((c) => {
      const lexical = maxLexical > 0 ? (c.lexical ?? 0) / maxLexical : 0;
      return { id: c.id, score: opts.alpha * lexical + (1 - opts.alpha) * (c.cosine ?? 0) };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/**
 * Pseudo-relevance feedback in vector space (Rocchio): move the query vector toward the mean of
 * the top lexical hits, so the dense side looks for "products like the best text matches".
 */
export function expandQuery(opts: {
  query: Float32Array;
  feedback: readonly Float32Array[];
  beta: number;
}): Float32Array {
  const out = Float32Array.from(opts.query);
  if (opts.feedback.length === 0 || opts.beta === 0) return out;
  const w = opts.beta / opts.feedback.length;
  for (const v of opts.feedback)
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + w * (v[i] ?? 0);
  let norm = 0;
  for (const x of out) norm += x * x;
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) * inv;
  }
  return out;
}
