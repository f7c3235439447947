import type { Constraints } from '../query/types.ts';
import type { LexicalIndex } from '../search/ports.ts';
import type { RetrievalMode, Retriever } from '../search/retriever.ts';
import { type Judgments, judgedAt, mean, ndcgAt, recallAt } from './metrics.ts';

/** Quality figures for one retrieval mode over all queries. */
export interface ModeScore {
  readonly ndcg10: number;
  readonly recall50: number;
  /** Share of the top 10 that carries a human judgment. */
  readonly judged10: number;
}

/** The whole evaluation: one score per mode, plus the untuned peer baseline. */
export interface EvalReport {
  readonly queries: number;
  readonly products: number;
  readonly modes: Record<RetrievalMode | 'baseline', ModeScore>;
}

/** Inputs of one evaluation run. */
export interface EvaluateOptions {
  readonly retriever: Retriever;
  readonly judgments: ReadonlyMap<string, Judgments>;
  /** Query understanding applied to each query before retrieval (as in chat). */
  readonly understand: (query: string) => Constraints;
  /** The untuned lexical peer, indexed over the same catalog. */
  readonly baseline: LexicalIndex;
  readonly onQuery?: (done: number, total: number) => void;
}

const MODES: readonly RetrievalMode[] = ['lexical', 'dense', 'hybrid'];

/** nDCG@10, recall@50 and judged@10 for lexical, dense, hybrid and the baseline, in one run. */
export async function evaluate(opts: EvaluateOptions): Promise<EvalReport> {
  const perMode = new Map<string, { ndcg: number[]; recall: number[]; judged: number[] }>();
  const record = (mode: string, ranked: readonly string[], judged: Judgments) => {
    let m = perMode.get(mode);
    if (!m) {
      m = { ndcg: [], recall: [], judged: [] };
      perMode.set(mode, m);
    }
    m.ndcg.push(ndcgAt(10, ranked, judged));
    m.recall.push(recallAt(50, ranked, judged));
    m.judged.push(judgedAt(10, ranked, judged));
  };

  let done = 0;
  for (const [query, judged] of opts.judgments) {
    const constraints = opts.understand(query);
    for (const mode of MODES) {
      const { hits } = await opts.retriever.retrieve({ constraints, k: 50, mode });
      record(
        mode,
        hits.map((h) => h.product.id),
        judged,
      );
    }
    record(
      'baseline',
      opts.baseline.search({ query, k: 50 }).map((h) => h.id),
      judged,
    );
    opts.onQuery?.(++done, opts.judgments.size);
  }

  const score = (mode: string): ModeScore => {
    const m = perMode.get(mode);
    return {
      ndcg10: round(mean(m?.ndcg ?? [])),
      recall50: round(mean(m?.recall ?? [])),
      judged10: round(mean(m?.judged ?? [])),
    };
  };
  return {
    queries: opts.judgments.size,
    products: opts.retriever.index.size,
    modes: {
      lexical: score('lexical'),
      dense: score('dense'),
      hybrid: score('hybrid'),
      baseline: score('baseline'),
    },
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
