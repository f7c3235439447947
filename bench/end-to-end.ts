/**
 * Section 3, end to end: the assistant answering chat messages through the web JSON API and through
 * Slack's HTTP receiver (signed requests, replies caught by the loopback Slack Web API fake), with
 * 1, 10 and 50 concurrent conversations on the hashing embedder, then once more without think time
 * to find the most messages per second. Per-stage timings come from the engine's observe hook.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { renderReply } from '../adapters/slack/render.ts';
import { runIndex } from '../src/app.ts';
import { DEFAULT_CATALOG, loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { parseConstraints } from '../src/query/constraints.ts';
import { readManifest } from '../src/search/manifest.ts';
import { convertChorus } from './chorus-convert.ts';
import type { BenchContext, Skip } from './context.ts';
import { LoadClient } from './e2e-client.ts';
import type { LevelRun } from './e2e-load.ts';
import { type BenchService, startBenchService } from './e2e-service.ts';
import { breakdown, type MessageStages, type StageBreakdown } from './stage-timings.ts';
import { type LatencySummary, perSecond, round, summarize } from './stats.ts';
import { chorusQueries } from './vector-datasets.ts';

/** One load level on one transport. */
export interface LevelResult {
  readonly concurrency: number;
  readonly think_ms: number;
  readonly messages: number;
  readonly errors: number;
  /** Until the reply is in hand: the HTTP response (web) or the Web API post (Slack). */
  readonly reply: LatencySummary;
  /** Slack only: the events endpoint's HTTP response. */
  readonly ack: LatencySummary | null;
  readonly messages_per_s: number;
  /** Event-loop delay of the service while the level ran (p99): synchronous work blocks acks. */
  readonly server_loop_delay_p99_ms: number;
  /** The same in the load generator (high values would mean the client, not the service, was slow). */
  readonly client_loop_delay_p99_ms: number;
  readonly stages: StageBreakdown;
}

/** Section result. */
export interface EndToEndReport {
  readonly catalog: string;
  readonly products: number;
  readonly web: { readonly levels: LevelResult[]; readonly saturation: LevelResult };
  readonly slack: { readonly levels: LevelResult[]; readonly saturation: LevelResult };
  /** Query understanding (parseConstraints), per message text. */
  readonly parse: LatencySummary;
  /** Building the Slack Block Kit payload of a reply, and the web API's JSON of it. */
  readonly render: { readonly slack: LatencySummary; readonly web_json: LatencySummary };
  readonly skipped: readonly Skip[];
}

const DEMO_QUERIES = [
  'wireless headphones',
  'running shoes',
  'a gift for a ten year old',
  'laptop for programming',
  'bluetooth speaker',
  'coffee grinder',
  'waterproof jacket',
  'smart watch',
  'noise cancelling earbuds',
  'desk lamp',
];

/** Run the section. */
export async function benchEndToEnd(ctx: BenchContext): Promise<EndToEndReport> {
  const skipped: Skip[] = [];
  const chorus = await convertChorus(ctx.outDir);
  if (!chorus)
    skipped.push({ part: 'e2e: chorus', reason: 'Chorus dataset not found; serving the demo catalog' });
  const dataDir = join(ctx.outDir, 'data', chorus ? 'chorus-hashing' : 'demo-hashing');
  await ensureIndex(ctx, { catalog: chorus?.catalog ?? DEFAULT_CATALOG, dataDir });
  const queries = chorus ? await chorusQueries(chorus.judgments) : DEMO_QUERIES;
  const client = await LoadClient.start();
  let service: BenchService | undefined;
  try {
    service = await startBenchService({ dataDir, slackApiUrl: client.slackApiUrl });
    const base = { serviceUrl: service.url, queries, thinkMs: 0, concurrency: 10, messagesEach: 6 };
    ctx.log('e2e: warming up');
    await client.run({ ...base, transport: 'web', firstConversation: 900_000 });
    await client.run({ ...base, transport: 'slack', firstConversation: 900_000 });
    service.stages.reset();
    const webResult = await transport(ctx, { service, client, name: 'web', queries });
    const slackResult = await transport(ctx, { service, client, name: 'slack', queries });
    return {
      catalog: chorus ? 'Chorus (Icecat)' : 'demo catalog',
      products: service.engine.index().size,
      web: webResult.report,
      slack: slackResult.report,
      parse: measureParse(service, queries),
      render: measureRender([...webResult.messages, ...slackResult.messages]),
      skipped,
    };
  } finally {
    await service?.close();
    await client.close();
  }
}

/** Index the catalog into `dataDir` unless an index of it, newer than the file, is already there. */
async function ensureIndex(ctx: BenchContext, opts: { catalog: string; dataDir: string }): Promise<void> {
  const manifest = await readManifest(opts.dataDir).catch(() => undefined);
  const catalogTime = (await stat(opts.catalog)).mtimeMs;
  if (manifest && manifest.catalog.source === opts.catalog && Date.parse(manifest.builtAt) > catalogTime)
    return;
  ctx.log('e2e: indexing the catalog');
  await runIndex({
    config: loadConfig({ AISLE_DATA_DIR: opts.dataDir, AISLE_EMBEDDER: 'hashing' }),
    logger: silentLogger(),
    catalog: opts.catalog,
    dataDir: opts.dataDir,
    embedder: 'hashing',
  });
}

async function transport(
  ctx: BenchContext,
  opts: { service: BenchService; client: LoadClient; name: 'web' | 'slack'; queries: readonly string[] },
): Promise<{ report: EndToEndReport['web']; messages: MessageStages[] }> {
  const { service, client, name } = opts;
  const messages: MessageStages[] = [];
  // Both transports replay the same conversations (their sessions and channels never collide).
  let first = 0;
  const level = async (concurrency: number, messagesEach: number, thinkMs: number): Promise<LevelResult> => {
    ctx.log(`e2e ${name}: ${concurrency} conversations × ${messagesEach} messages, think ${thinkMs} ms`);
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const run = await client.run({
      transport: name,
      serviceUrl: service.url,
      concurrency,
      messagesEach,
      thinkMs,
      queries: opts.queries,
      firstConversation: first,
    });
    loop.disable();
    first += concurrency;
    const collected = service.stages.messages.splice(0);
    messages.push(...collected);
    const result = levelResult({
      run,
      concurrency,
      thinkMs: concurrency > 1 ? thinkMs : 0,
      stages: collected,
      serverLoopDelayP99Ms: loop.percentile(99) / 1e6,
    });
    ctx.log(
      `e2e ${name}: reply p50 ${result.reply.p50_ms} ms p99 ${result.reply.p99_ms} ms` +
        (result.ack ? `, ack p99 ${result.ack.p99_ms} ms` : '') +
        `, ${result.messages_per_s} msg/s, ${result.errors} errors`,
    );
    return result;
  };
  const levels: LevelResult[] = [];
  for (const l of ctx.profile.e2eLevels)
    levels.push(await level(l.concurrency, l.messagesEach, ctx.profile.thinkMs));
  const biggest = Math.max(...ctx.profile.e2eLevels.map((l) => l.concurrency));
  const saturation = await level(biggest, 4, 0);
  return { report: { levels, saturation }, messages };
}

function levelResult(opts: {
  run: LevelRun;
  concurrency: number;
  thinkMs: number;
  stages: readonly MessageStages[];
  serverLoopDelayP99Ms: number;
}): LevelResult {
  const { run } = opts;
  const acks = run.samples.flatMap((s) => (s.ackMs === undefined ? [] : [s.ackMs]));
  return {
    concurrency: opts.concurrency,
    think_ms: opts.thinkMs,
    messages: run.samples.length,
    errors: run.samples.filter((s) => !s.ok).length,
    reply: summarize(run.samples.map((s) => s.replyMs)),
    ack: acks.length > 0 ? summarize(acks) : null,
    messages_per_s: round(perSecond(run.samples.length, run.elapsedMs), 1),
    server_loop_delay_p99_ms: round(opts.serverLoopDelayP99Ms, 1),
    client_loop_delay_p99_ms: round(run.loopDelayP99Ms, 1),
    stages: breakdown(opts.stages),
  };
}

/** parseConstraints over every query and follow-up, against the served catalog's vocabulary. */
function measureParse(service: BenchService, queries: readonly string[]): LatencySummary {
  const vocab = service.engine.index().vocabulary();
  const texts = [...queries, 'under $300', 'cheaper', 'only in stock', 'sony headphones under $100'];
  const times: number[] = [];
  for (let rep = 0; rep < 5; rep++) {
    for (const text of texts) {
      const t = performance.now();
      parseConstraints(text, vocab);
      if (rep > 0) times.push(performance.now() - t);
    }
  }
  return summarize(times);
}

/** Render the replies the service actually gave, as Slack blocks and as the API's JSON. */
function measureRender(messages: readonly MessageStages[]): EndToEndReport['render'] {
  const slack: number[] = [];
  const json: number[] = [];
  for (const m of messages.slice(0, 1_000)) {
    if (!m.reply) continue;
    let t = performance.now();
    renderReply(m.reply);
    slack.push(performance.now() - t);
    t = performance.now();
    JSON.stringify(m.reply);
    json.push(performance.now() - t);
  }
  return { slack: summarize(slack), web_json: summarize(json) };
}
