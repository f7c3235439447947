/** One ranked list from one retriever: ids best first. */
export type RankedList = readonly string[];

/** Options for reciprocal rank fusion. */
export interface FusionOptions {
  /** Rank damping: 60 is the constant from Cormack et al. (2009). */
  readonly k?: number;
  /** Weight per list, in the order the lists are given (default 1 each). */
  readonly weights?: readonly number[];
}

/** A fused result with the rank it had in each input list (undefined when absent). */
export interface FusedHit {
  readonly id: string;
  readonly score: number;
  readonly ranks: readonly (number | undefined)[];
}

/**
 * Weighted reciprocal rank fusion: score(d) = Σ w_i / (k + rank_i(d)), rank from 1. Rank-based,
 * so it needs no calibration between BM25 scores and cosine similarities.
 */
export function reciprocalRankFusion(lists: readonly RankedList[], opts: FusionOptions = {}): FusedHit[] {
  const k = opts.k ?? 60;
  const acc = new Map<string, { score: number; ranks: (number | undefined)[] }>();
  lists.forEach((list, li) => {
    const w = opts.weights?.[li] ?? 1;
    list.forEach((id, idx) => {
      let entry = acc.get(id);
      if (!entry) {
        entry = { score: 0, ranks: lists.map(() => undefined) };
        acc.set(id, entry);
      }
      if (entry.ranks[li] !== undefined) return;
      entry.ranks[li] = idx + 1;
      entry.score += w / (k + idx + 1);
    });
  });
  return [...acc.entries()]
    .map(([id, e]) => ({ id, score: e.score, ranks: e.ranks }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}
