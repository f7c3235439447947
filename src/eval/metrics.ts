/** Graded relevance judgments for one query: product id -> rating (0 = irrelevant … 3 = perfect). */
export type Judgments = ReadonlyMap<string, number>;

/** A rating at or above this counts as relevant for recall. */
export const RELEVANT_AT = 1;

/** Discounted cumulative gain with exponential gain (2^rel − 1) and log2 discount. */
function dcg(ratings: readonly number[]): number {
  return ratings.reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k: unjudged results count as irrelevant; the ideal ranking uses every judged product. */
export function ndcgAt(k: number, ranked: readonly string[], judged: Judgments): number {
  const gains = ranked.slice(0, k).map((id) => judged.get(id) ?? 0);
  const ideal = [...judged.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = dcg(ideal);
  return idcg > 0 ? dcg(gains) / idcg : 0;
}

/** Share of the relevant products (rating ≥ RELEVANT_AT) found in the top k. */
export function recallAt(k: number, ranked: readonly string[], judged: Judgments): number {
  const relevant = [...judged.entries()].filter(([, r]) => r >= RELEVANT_AT).map(([id]) => id);
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

/** Share of the top k that has a judgment at all (pooled judgments leave many unjudged). */
export function judgedAt(k: number, ranked: readonly string[], judged: Judgments): number {
  const top = ranked.slice(0, k);
  if (top.length === 0) return 0;
  return top.filter((id) => judged.has(id)).length / top.length;
}

/** Arithmetic mean, 0 for an empty list. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
