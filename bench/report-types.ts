/** The shape of a benchmark report (kept apart so the writer and the markdown renderer share it). */
import type { Skip } from './context.ts';
import type { EmbeddingReport } from './embedding.ts';
import type { EndToEndReport } from './end-to-end.ts';
import type { IndexingReport } from './indexing.ts';
import type { QualityReport } from './quality.ts';
import type { VectorSearchReport } from './vector-search.ts';

/** Every section's full result (absent when it did not run). */
export interface Sections {
  vector_search?: VectorSearchReport;
  embedding?: EmbeddingReport;
  end_to_end?: EndToEndReport;
  indexing?: IndexingReport;
  quality?: QualityReport;
}

/** The machine the figures were measured on. */
export interface Machine {
  readonly cpus: number;
  readonly cpu_model: string;
  readonly node: string;
  readonly platform: string;
  readonly memory_gb: number;
  readonly free_memory_gb_at_start: number;
  /** Other work competing for the cores when the run started. */
  readonly load_avg_1m_at_start: number;
}

/** One target of the issue and whether this run met it (null: not measured). */
export interface TargetCheck {
  readonly target: string;
  readonly goal: string;
  readonly value: number | boolean | null;
  readonly met: boolean | null;
}

/** The whole report. */
export interface BenchReport {
  readonly schema: 1;
  readonly profile: 'quick' | 'full';
  readonly started_at: string;
  readonly duration_s: number;
  readonly machine: Machine;
  readonly hnsw: {
    readonly set: string | null;
    readonly n: number | null;
    readonly dimension: number | null;
    readonly ef: number | null;
    readonly recall10: number | null;
    readonly speedup_vs_bruteforce: number | null;
    readonly qps: number | null;
    readonly bruteforce_qps: number | null;
  };
  readonly chat: {
    readonly concurrency: number | null;
    readonly think_ms: number | null;
    readonly reply_p50_ms: number | null;
    readonly reply_p99_ms: number | null;
    readonly ack_p50_ms: number | null;
    readonly ack_p99_ms: number | null;
    readonly web_reply_p50_ms: number | null;
    readonly web_reply_p99_ms: number | null;
    /** Saturation (no think time): the most messages per second the service answered. */
    readonly max_messages_per_s: number | null;
    readonly errors: number | null;
  };
  readonly embed: {
    /** int8 when it ran, else fp32. */
    readonly gpt2_small_ms_p50: number | null;
    readonly gpt2_small_dtype: 'q8' | 'fp32' | null;
    readonly fp32_ms_p50: number | null;
    readonly q8_ms_p50: number | null;
    readonly q8_products_per_s: number | null;
  };
  /** HnswVectorIndex.load of the persisted 100k-vector index, in a fresh process. */
  readonly restart_ms: number | null;
  /** loadIndex of the whole persisted Chorus store (products, BM25, HNSW), in a fresh process. */
  readonly restart_store_ms: number | null;
  readonly index_from_scratch_ms: number | null;
  readonly reindex_1pct: { readonly ms: number; readonly changed: number; readonly embedded: number } | null;
  readonly quality: {
    readonly hybrid_ndcg10: number | null;
    readonly baseline_ndcg10: number | null;
    readonly lexical_ndcg10: number | null;
    readonly dense_ndcg10: number | null;
    readonly hybrid_recall50: number | null;
  };
  readonly targets: readonly TargetCheck[];
  readonly sections: Sections;
  readonly skipped: readonly Skip[];
  readonly errors: readonly { readonly section: string; readonly message: string }[];
}
