/** Which measured set and chat level the report's headline figures are quoted on. */
import type { LevelResult } from './end-to-end.ts';
import type { VectorSearchReport, VectorSetResult } from './vector-search.ts';

/** The set the HNSW headline is quoted on: 100k vectors when measured, else the largest. */
export function headlineSet(report: VectorSearchReport | undefined): VectorSetResult | undefined {
  const sets = report?.sets ?? [];
  return sets.find((s) => s.n === 100_000) ?? [...sets].sort((a, b) => b.n - a.n)[0];
}

/** The level the chat headline is quoted on: the most conversations with think time. */
export function headlineLevel(levels: readonly LevelResult[] | undefined): LevelResult | undefined {
  return [...(levels ?? [])].sort((a, b) => b.concurrency - a.concurrency)[0];
}
