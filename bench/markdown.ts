/** The benchmark report as markdown tables (what the README's Performance section shows). */
import type { EndToEndReport, LevelResult } from './end-to-end.ts';
import { headlineLevel } from './headline.ts';
import type { BenchReport } from './report-types.ts';

/** A markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number for a table cell ('–' when missing). */
export function fmt(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function mb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined ? '–' : `${fmt(bytes / 1e6, 0)} MB`;
}

function met(m: boolean | null): string {
  return m === null ? 'not measured' : m ? 'yes' : '**no**';
}

/** The whole report. */
export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [
    `## Benchmarks (${r.profile} profile, ${r.started_at.slice(0, 10)})`,
    '',
    `${m.cpus} cores (${m.cpu_model}), ${m.memory_gb} GB, Node ${m.node}, ${m.platform}; load average ${m.load_avg_1m_at_start} when the run started; ${r.duration_s} s in all.`,
    '',
    '### Targets',
    '',
    table(
      ['Target', 'Goal', 'Measured', 'Met'],
      r.targets.map((t) => [
        t.target,
        t.goal,
        typeof t.value === 'number' ? fmt(t.value, 2) : String(t.value ?? '–'),
        met(t.met),
      ]),
    ),
  ];
  out.push(
    ...vectorSection(r),
    ...embedSection(r),
    ...e2eSection(r.sections.end_to_end),
    ...indexSection(r),
    ...qualitySection(r),
  );
  if (r.skipped.length > 0)
    out.push('', '### Skipped', '', ...r.skipped.map((s) => `- ${s.part}: ${s.reason}`));
  if (r.errors.length > 0)
    out.push('', '### Errors', '', ...r.errors.map((e) => `- ${e.section}: ${e.message}`));
  return `${out.join('\n')}\n`;
}

function vectorSection(r: BenchReport): string[] {
  const v = r.sections.vector_search;
  if (!v) return [];
  const out = ['', '### Vector search (top 10, one query at a time)', ''];
  const rows: string[][] = [];
  for (const s of v.sets) {
    rows.push([
      s.name,
      `${s.dimension}`,
      'exact',
      '1',
      fmt(s.bruteforce.p50_ms, 2),
      fmt(s.bruteforce.p99_ms, 2),
      fmt(s.bruteforce.qps, 0),
      '1×',
    ]);
    for (const p of s.sweep) {
      const mark = s.at_target?.ef === p.ef ? ' ◀' : '';
      rows.push([
        s.name,
        `${s.dimension}`,
        `ef ${p.ef}${mark}`,
        fmt(p.recall10, 3),
        fmt(p.p50_ms, 3),
        fmt(p.p99_ms, 3),
        fmt(p.qps, 0),
        `${fmt(p.speedup, 1)}×`,
      ]);
    }
  }
  out.push(table(['Set', 'Dim', 'Search', 'Recall@10', 'p50 ms', 'p99 ms', 'Queries/s', 'Speed-up'], rows));
  out.push('', '◀ the fastest ef with recall@10 ≥ 0.98.', '');
  out.push(
    table(
      [
        'Set',
        'Build',
        'Vectors/s',
        'Index file',
        'Load (fresh process)',
        'Memory/vector',
        'Brute force memory/vector',
        'Array.from / loop copy',
      ],
      v.sets.map((s) => [
        s.name,
        `${fmt(s.build.ms / 1000, 1)} s${s.build.cached ? ' (cached)' : ''}`,
        fmt(s.build.vectors_per_s, 0),
        mb(s.index_file_bytes),
        `${fmt(s.load_ms, 0)} ms`,
        `${fmt(s.bytes_per_vector, 0)} B`,
        `${fmt(s.bruteforce.bytes_per_vector, 0)} B`,
        s.conversion
          ? `${fmt(s.conversion.array_from_us, 1)} µs / ${fmt(s.conversion.loop_copy_us, 1)} µs`
          : '–',
      ]),
    ),
  );
  return out;
}

function embedSection(r: BenchReport): string[] {
  const e = r.sections.embedding;
  if (!e) return [];
  const rows = [e.fp32, e.q8].flatMap((x) =>
    x
      ? [
          [
            x.dtype === 'q8' ? 'int8' : 'fp32',
            `${fmt(x.load_ms, 0)} ms`,
            fmt(x.query.p50_ms, 1),
            fmt(x.query.p99_ms, 1),
            fmt(x.batch.products_per_s, 1),
            fmt(x.unbatched?.products_per_s, 1),
            mb(x.rss_delta_bytes),
          ],
        ]
      : [],
  );
  return [
    '',
    `### GPT-2 small embedding (${e.model.shape}; ${e.threads} threads)`,
    '',
    table(
      [
        'Model',
        'Load',
        '16-token p50 ms',
        'p99 ms',
        'Products/s (batches)',
        'Products/s (one by one)',
        'Memory',
      ],
      rows,
    ),
    '',
    `Product texts: ${e.texts_from}, ${e.fp32?.batch.mean_tokens ?? e.q8?.batch.mean_tokens ?? '–'} tokens on average. Model files: fp32 ${mb(e.model.fp32_file_bytes)}, int8 ${mb(e.model.q8_file_bytes)}.`,
    ...e.errors.map((x) => `- error: ${x}`),
  ];
}

function levelRow(transport: string, l: LevelResult): string[] {
  return [
    transport,
    `${l.concurrency}`,
    l.think_ms ? `${fmt(l.think_ms, 0)} ms` : 'none',
    `${l.messages}`,
    fmt(l.reply.p50_ms, 1),
    fmt(l.reply.p99_ms, 1),
    fmt(l.ack?.p50_ms, 1),
    fmt(l.ack?.p99_ms, 1),
    fmt(l.messages_per_s, 1),
    `${l.errors}`,
    fmt(l.server_loop_delay_p99_ms, 0),
  ];
}

function e2eSection(e: EndToEndReport | undefined): string[] {
  if (!e) return [];
  const busiest = headlineLevel(e.slack.levels) ?? e.slack.saturation;
  const rows = [
    ...e.web.levels.map((l) => levelRow('web', l)),
    levelRow('web (saturated)', e.web.saturation),
    ...e.slack.levels.map((l) => levelRow('Slack', l)),
    levelRow('Slack (saturated)', e.slack.saturation),
  ];
  const stageRows = [...e.web.levels, ...e.slack.levels].map((l, i) => [
    `${i < e.web.levels.length ? 'web' : 'Slack'} × ${l.concurrency}`,
    fmt(l.stages.handle.p50_ms, 2),
    fmt(l.stages.embed.p50_ms, 2),
    fmt(l.stages.search.p50_ms, 2),
    fmt(l.stages.rerank.p50_ms, 2),
    fmt(l.stages.other.p50_ms, 2),
    fmt(l.stages.retrievals_per_message, 2),
  ]);
  return [
    '',
    `### Chat end to end (${e.catalog}, ${fmt(e.products, 0)} products, hashing embedder)`,
    '',
    table(
      [
        'Transport',
        'Conversations',
        'Think time (mean)',
        'Messages',
        'Reply p50 ms',
        'Reply p99 ms',
        'Ack p50 ms',
        'Ack p99 ms',
        'Messages/s',
        'Errors',
        'Event-loop delay p99 ms',
      ],
      rows,
    ),
    '',
    'Per message, p50 in ms (inside the service; "other" is the assistant outside retrieval: state, references, cards):',
    '',
    table(
      ['Level', 'Assistant total', 'Embed', 'Search', 'Rerank', 'Other', 'Retrievals/message'],
      stageRows,
    ),
    '',
    `Slowest messages at ${busiest.concurrency} Slack conversations: ${busiest.stages.slowest.map((m) => `"${m.text}" ${fmt(m.handle_ms, 0)} ms (search ${fmt(m.search_ms, 0)}, other ${fmt(m.other_ms, 0)})`).join('; ') || '–'}.`,
    '',
    `Parse (query understanding) p50 ${fmt(e.parse.p50_ms, 3)} ms, p99 ${fmt(e.parse.p99_ms, 3)} ms; render to Slack blocks p50 ${fmt(e.render.slack.p50_ms, 3)} ms, to the API's JSON p50 ${fmt(e.render.web_json.p50_ms, 3)} ms.`,
  ];
}

function indexSection(r: BenchReport): string[] {
  const x = r.sections.indexing;
  if (!x) return [];
  const rows = [
    [
      'Index from scratch',
      `${fmt(x.from_scratch.ms / 1000, 1)} s`,
      `${x.from_scratch.embedded}`,
      `${fmt(x.from_scratch.products_per_s, 0)} products/s`,
    ],
    [
      'Restart (loadIndex, fresh process)',
      `${fmt(x.restart.load_ms, 0)} ms`,
      '–',
      `products JSON ${fmt(x.restart.phases_ms.products_json, 0)} ms, BM25 ${fmt(x.restart.phases_ms.lexical, 0)} ms, HNSW ${fmt(x.restart.phases_ms.hnsw, 0)} ms; ${mb(x.restart.rss_delta_bytes)}`,
    ],
    [
      'Re-index, nothing changed',
      `${fmt(x.reindex_unchanged.ms / 1000, 1)} s`,
      `${x.reindex_unchanged.embedded}`,
      '',
    ],
    [
      'Re-index after changing 1%',
      `${fmt(x.reindex_1pct.ms / 1000, 1)} s`,
      `${x.reindex_1pct.embedded} of ${x.reindex_1pct.changed} changed`,
      x.reindex_1pct.only_changed_embedded
        ? 'only the changed products'
        : '**more than the changed products**',
    ],
  ];
  if (x.store_100k) {
    rows.push([
      '100k-product store: index',
      `${fmt(x.store_100k.index.ms / 1000, 1)} s`,
      `${x.store_100k.index.embedded}`,
      '',
    ]);
    rows.push([
      '100k-product store: restart',
      `${fmt(x.store_100k.restart.load_ms, 0)} ms`,
      '–',
      `BM25 ${fmt(x.store_100k.restart.phases_ms.lexical, 0)} ms`,
    ]);
  }
  return [
    '',
    `### Indexing and restart (${x.catalog}, ${fmt(x.products, 0)} products, hashing embedder)`,
    '',
    table(['Step', 'Time', 'Embedded', 'Notes'], rows),
  ];
}

function qualitySection(r: BenchReport): string[] {
  const q = r.sections.quality;
  if (!q) return [];
  const rows = (['lexical', 'dense', 'hybrid', 'baseline'] as const).map((mode) => [
    mode === 'baseline' ? 'untuned MiniSearch (peer)' : mode,
    fmt(q[mode].ndcg10, 4),
    fmt(q[mode].recall50, 4),
    fmt(q[mode].judged10, 2),
  ]);
  return [
    '',
    `### Quality (Chorus: ${q.queries} queries, ${fmt(q.products, 0)} products, ${q.embedder})`,
    '',
    table(['Mode', 'nDCG@10', 'Recall@50', 'Judged@10'], rows),
    '',
    q.attribution,
  ];
}
