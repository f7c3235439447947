/**
 * `npm run bench [-- --quick|--full] [--json] [--only <section>…] [--rebuild]`
 *
 * Runs the benchmark sections (vectors, embedding, indexing, quality, e2e), writes
 * bench/out/bench-<profile>.json and .md (bench-<profile>-<sections>.… with --only), and with
 * --json prints only the JSON object on stdout (use `npm run -s …`: npm prints a banner otherwise).
 * Progress goes to stderr. Timings never fail the run; a section that crashes is recorded in the
 * report and makes the exit code 1.
 */
import { parseArgs } from 'node:util';
import { type BenchContext, FULL, OUT_DIR, QUICK, type Skip } from './context.ts';
import { benchEmbedding } from './embedding.ts';
import { benchEndToEnd } from './end-to-end.ts';
import { benchIndexing } from './indexing.ts';
import { benchQuality } from './quality.ts';
import { buildReport, describeMachine, type Sections, writeReport } from './report.ts';
import { benchVectorSearch } from './vector-search.ts';

/** Section names accepted by --only, in the order they run. */
export const SECTIONS = ['vectors', 'embedding', 'indexing', 'quality', 'e2e'] as const;
type SectionName = (typeof SECTIONS)[number];

const USAGE = `usage: npm run bench -- [--quick | --full] [--json] [--only ${SECTIONS.join('|')}]… [--rebuild]`;

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.quick && values.full) throw new Error('choose --quick or --full, not both');
  const only = values.only ?? [];
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new Error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  return {
    profile: values.full ? FULL : QUICK,
    json: values.json,
    sections: SECTIONS.filter((s) => only.length === 0 || only.includes(s)),
    only: SECTIONS.filter((s) => only.includes(s)),
    rebuild: values.rebuild,
    help: values.help,
  };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const startedAt = new Date();
  const machine = describeMachine();
  const ctx: BenchContext = {
    profile: args.profile,
    outDir: OUT_DIR,
    rebuild: args.rebuild,
    log: (message) => process.stderr.write(`[bench ${elapsed(startedAt)}] ${message}\n`),
  };
  ctx.log(
    `${args.profile.name} profile on ${machine.cpus} cores (${machine.cpu_model}), Node ${machine.node}, load ${machine.load_avg_1m_at_start}`,
  );
  const sections: Sections = {};
  const skipped: Skip[] = [];
  const errors: { section: string; message: string }[] = [];
  const runners: Record<SectionName, () => Promise<void>> = {
    vectors: async () => {
      sections.vector_search = await benchVectorSearch(ctx);
      skipped.push(...sections.vector_search.skipped);
    },
    embedding: async () => {
      sections.embedding = await benchEmbedding(ctx);
    },
    indexing: async () => {
      sections.indexing = await benchIndexing(ctx);
      skipped.push(...sections.indexing.skipped);
    },
    quality: async () => {
      const quality = await benchQuality(ctx);
      if (quality) sections.quality = quality;
      else skipped.push({ part: 'quality', reason: 'Chorus dataset not found (set AISLE_CHORUS_DIR)' });
    },
    e2e: async () => {
      sections.end_to_end = await benchEndToEnd(ctx);
      skipped.push(...sections.end_to_end.skipped);
    },
  };
  for (const name of args.sections) {
    try {
      await runners[name]();
    } catch (err) {
      const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
      ctx.log(`${name} failed: ${message}`);
      errors.push({ section: name, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const report = buildReport({ profile: args.profile.name, startedAt, machine, sections, skipped, errors });
  const files = await writeReport(report, { outDir: ctx.outDir, only: args.only });
  ctx.log(`wrote ${files.json} and ${files.markdown}`);
  for (const t of report.targets) {
    ctx.log(
      `target: ${t.target}: ${t.goal}, measured ${String(t.value ?? '–')} (${t.met === null ? 'not measured' : t.met ? 'met' : 'missed'})`,
    );
  }
  if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return errors.length > 0 ? 1 : 0;
}

function elapsed(since: Date): string {
  const s = Math.round((Date.now() - since.getTime()) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

process.exitCode = await main();
