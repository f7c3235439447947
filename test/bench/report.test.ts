import { describe, expect, it } from 'vitest';
import type { Skip } from '../../bench/context.ts';
import { renderMarkdown } from '../../bench/markdown.ts';
import { type BenchReport, buildReport, describeMachine, type Sections } from '../../bench/report.ts';
import type { VectorSetResult } from '../../bench/vector-search.ts';

const REQUIRED = [
  'hnsw.speedup_vs_bruteforce',
  'hnsw.recall10',
  'hnsw.n',
  'chat.reply_p50_ms',
  'chat.ack_p99_ms',
  'embed.gpt2_small_ms_p50',
  'restart_ms',
  'quality.hybrid_ndcg10',
  'quality.baseline_ndcg10',
];

function at(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
}

function vectorSet(n: number, speedups: readonly [number, number][]): VectorSetResult {
  const sweep = speedups.map(([recall, speedup], i) => ({
    ef: 16 * 2 ** i,
    recall10: recall,
    recall10_strict: recall,
    p50_ms: 0.1 * (i + 1),
    p99_ms: 0.2 * (i + 1),
    qps: 1000 / (i + 1),
    speedup,
  }));
  const reaching = sweep.filter((p) => p.recall10 >= 0.98);
  return {
    name: `set-${n}`,
    source: 'test',
    n,
    dimension: 8,
    queries: 10,
    bruteforce: { p50_ms: 1, p99_ms: 2, qps: 10, bytes_per_vector: 32 },
    build: { ms: 10, vectors_per_s: 100, m: 16, ef_construction: 200, cached: false },
    index_file_bytes: 1000,
    load_ms: n === 100_000 ? 150 : 5,
    bytes_per_vector: 100,
    sweep,
    at_target: reaching[0] ?? null,
    conversion: {
      ef: 32,
      array_from_us: 20,
      loop_copy_us: 2,
      wrapper_p50_ms: 0.2,
      native_prebuilt_array_p50_ms: 0.18,
    },
  };
}

/** A report of a run on this machine that produced `sections`. */
function reportOf(
  sections: Sections,
  opts: { profile?: 'quick' | 'full'; skipped?: Skip[] } = {},
): BenchReport {
  return buildReport({
    profile: opts.profile ?? 'quick',
    startedAt: new Date(),
    machine: describeMachine(),
    sections,
    skipped: opts.skipped ?? [],
    errors: [],
  });
}

describe('the benchmark report', () => {
  it('always carries the headline keys, null when a section did not run', () => {
    const report = reportOf({});
    for (const key of REQUIRED) expect(at(report, key), key).toBeNull();
    expect(report.targets.every((t) => t.met === null)).toBe(true);
    expect(report.machine.cpus).toBeGreaterThan(0);
  });

  it('quotes the HNSW speed-up on the 100k set at the fastest ef reaching recall 0.98', () => {
    const report = reportOf({
      vector_search: {
        sets: [
          vectorSet(20_000, [[0.99, 50]]),
          vectorSet(100_000, [
            [0.9, 90],
            [0.985, 40],
            [0.999, 20],
          ]),
        ],
        skipped: [],
      },
    });
    expect(report.hnsw).toMatchObject({ n: 100_000, ef: 32, recall10: 0.985, speedup_vs_bruteforce: 40 });
    expect(report.restart_ms).toBe(150);
    const hnswTarget = report.targets.find((t) => t.target.startsWith('HNSW'));
    expect(hnswTarget?.met).toBe(true);
    const restartTarget = report.targets.find((t) => t.target.startsWith('Restart'));
    expect(restartTarget?.met).toBe(true);
  });

  it('reports a missed target as missed', () => {
    const report = reportOf({ vector_search: { sets: [vectorSet(100_000, [[0.99, 12]])], skipped: [] } });
    expect(report.targets.find((t) => t.target.startsWith('HNSW'))?.met).toBe(false);
    expect(renderMarkdown(report)).toContain('| **no** |');
  });

  it('renders the sweep with the chosen ef marked', () => {
    const report = reportOf(
      {
        vector_search: {
          sets: [
            vectorSet(100_000, [
              [0.9, 90],
              [0.985, 40],
            ]),
          ],
          skipped: [],
        },
      },
      { profile: 'full', skipped: [{ part: 'quality', reason: 'Chorus dataset not found' }] },
    );
    const md = renderMarkdown(report);
    expect(md).toContain('ef 32 ◀');
    expect(md).toContain('- quality: Chorus dataset not found');
  });
});
