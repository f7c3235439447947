/**
 * The benchmark report: headline figures (the keys CI and the README read), target checks, and every
 * section's full result, written as JSON and as a markdown table to bench/out.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Skip } from './context.ts';
import type { EmbeddingReport } from './embedding.ts';
import type { EndToEndReport } from './end-to-end.ts';
import { headlineLevel, headlineSet } from './headline.ts';
import { renderMarkdown } from './markdown.ts';
import type { QualityReport } from './quality.ts';
import type { BenchReport, Machine, Sections, TargetCheck } from './report-types.ts';
import type { VectorSearchReport } from './vector-search.ts';

export type { BenchReport, Machine, Sections, TargetCheck } from './report-types.ts';

/** Describe the machine now. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpu_model: list[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    memory_gb: Math.round(totalmem() / 1e8) / 10,
    free_memory_gb_at_start: Math.round(freemem() / 1e8) / 10,
    load_avg_1m_at_start: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** Assemble the report from what ran. */
export function buildReport(opts: {
  profile: 'quick' | 'full';
  startedAt: Date;
  machine: Machine;
  sections: Sections;
  skipped: readonly Skip[];
  errors: readonly { section: string; message: string }[];
}): BenchReport {
  const { sections: s } = opts;
  const ix = s.indexing;
  const report: Omit<BenchReport, 'targets'> = {
    schema: 1,
    profile: opts.profile,
    started_at: opts.startedAt.toISOString(),
    duration_s: Math.round((Date.now() - opts.startedAt.getTime()) / 1000),
    machine: opts.machine,
    hnsw: hnswHeadline(s.vector_search),
    chat: chatHeadline(s.end_to_end),
    embed: embedHeadline(s.embedding),
    restart_ms: s.vector_search?.sets.find((x) => x.n === 100_000)?.load_ms ?? null,
    restart_store_ms: ix?.restart.load_ms ?? null,
    index_from_scratch_ms: ix?.from_scratch.ms ?? null,
    reindex_1pct: ix
      ? { ms: ix.reindex_1pct.ms, changed: ix.reindex_1pct.changed, embedded: ix.reindex_1pct.embedded }
      : null,
    quality: qualityHeadline(s.quality),
    sections: s,
    skipped: opts.skipped,
    errors: opts.errors,
  };
  return { ...report, targets: checkTargets(report) };
}

function hnswHeadline(v: VectorSearchReport | undefined): BenchReport['hnsw'] {
  const set = headlineSet(v);
  const at = set?.at_target;
  return {
    set: set?.name ?? null,
    n: set?.n ?? null,
    dimension: set?.dimension ?? null,
    ef: at?.ef ?? null,
    recall10: at?.recall10 ?? null,
    speedup_vs_bruteforce: at?.speedup ?? null,
    qps: at?.qps ?? null,
    bruteforce_qps: set?.bruteforce.qps ?? null,
  };
}

function chatHeadline(e: EndToEndReport | undefined): BenchReport['chat'] {
  const slack = headlineLevel(e?.slack.levels);
  const web = headlineLevel(e?.web.levels);
  return {
    concurrency: slack?.concurrency ?? null,
    think_ms: slack?.think_ms ?? null,
    reply_p50_ms: slack?.reply.p50_ms ?? null,
    reply_p99_ms: slack?.reply.p99_ms ?? null,
    ack_p50_ms: slack?.ack?.p50_ms ?? null,
    ack_p99_ms: slack?.ack?.p99_ms ?? null,
    web_reply_p50_ms: web?.reply.p50_ms ?? null,
    web_reply_p99_ms: web?.reply.p99_ms ?? null,
    max_messages_per_s: e
      ? Math.max(e.web.saturation.messages_per_s, e.slack.saturation.messages_per_s)
      : null,
    errors: e ? countErrors(e) : null,
  };
}

function embedHeadline(e: EmbeddingReport | undefined): BenchReport['embed'] {
  const headline = e?.q8 ?? e?.fp32 ?? null;
  return {
    gpt2_small_ms_p50: headline?.query.p50_ms ?? null,
    gpt2_small_dtype: headline?.dtype ?? null,
    fp32_ms_p50: e?.fp32?.query.p50_ms ?? null,
    q8_ms_p50: e?.q8?.query.p50_ms ?? null,
    q8_products_per_s: e?.q8?.batch.products_per_s ?? null,
  };
}

function qualityHeadline(q: QualityReport | undefined): BenchReport['quality'] {
  return {
    hybrid_ndcg10: q?.hybrid.ndcg10 ?? null,
    baseline_ndcg10: q?.baseline.ndcg10 ?? null,
    lexical_ndcg10: q?.lexical.ndcg10 ?? null,
    dense_ndcg10: q?.dense.ndcg10 ?? null,
    hybrid_recall50: q?.hybrid.recall50 ?? null,
  };
}

function countErrors(r: EndToEndReport): number {
  const all = [...r.web.levels, r.web.saturation, ...r.slack.levels, r.slack.saturation];
  return all.reduce((a, l) => a + l.errors, 0);
}

function atMost(value: number | null, limit: number): boolean | null {
  return value === null ? null : value <= limit;
}

/** The targets against this run. */
export function checkTargets(r: Omit<BenchReport, 'targets'>): TargetCheck[] {
  const speedup = r.hnsw.n === 100_000 ? r.hnsw.speedup_vs_bruteforce : null;
  const reindex = r.reindex_1pct;
  return [
    {
      target: 'HNSW speed-up over brute force at recall@10 ≥ 0.98, 100k vectors',
      goal: '≥ 20×',
      value: speedup,
      met: speedup === null ? null : speedup >= 20,
    },
    {
      target: `Chat reply p50, ${r.chat.concurrency ?? 50} conversations (Slack), hashing embedder`,
      goal: '≤ 60 ms',
      value: r.chat.reply_p50_ms,
      met: atMost(r.chat.reply_p50_ms, 60),
    },
    {
      target: `Slack ack p99, ${r.chat.concurrency ?? 50} conversations`,
      goal: '≤ 100 ms',
      value: r.chat.ack_p99_ms,
      met: atMost(r.chat.ack_p99_ms, 100),
    },
    {
      target: `16-token GPT-2-small embed p50 (${r.embed.gpt2_small_dtype ?? 'int8'})`,
      goal: '≤ 25 ms',
      value: r.embed.gpt2_small_ms_p50,
      met: atMost(r.embed.gpt2_small_ms_p50, 25),
    },
    {
      target: 'Restart on a persisted 100k-vector index',
      goal: '≤ 2000 ms',
      value: r.restart_ms,
      met: atMost(r.restart_ms, 2000),
    },
    {
      target: 'Re-index after a 1% change embeds only that 1%',
      goal: 'embedded = changed',
      value: reindex ? reindex.embedded === reindex.changed : null,
      met: reindex ? reindex.embedded === reindex.changed : null,
    },
  ];
}

/**
 * Write `bench-<profile>.json` and `.md` to `outDir` (`bench-<profile>-<sections>.…` when only some
 * sections ran, so a partial run never replaces a whole report). Returns their paths.
 */
export async function writeReport(
  report: BenchReport,
  opts: { outDir: string; only?: readonly string[] },
): Promise<{ json: string; markdown: string }> {
  await mkdir(opts.outDir, { recursive: true });
  const suffix = opts.only && opts.only.length > 0 ? `-${opts.only.join('+')}` : '';
  const base = join(opts.outDir, `bench-${report.profile}${suffix}`);
  await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(`${base}.md`, renderMarkdown(report));
  return { json: `${base}.json`, markdown: `${base}.md` };
}
