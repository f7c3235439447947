/**
 * The service as `aisle serve` composes it (engine with stage timings, assistant with metrics, the
 * web server with the chat API and Slack's HTTP receiver on one loopback port), wired to the
 * loopback Slack Web API fake (run by the load generator) instead of slack.com. Rate limits are
 * lifted: the load comes from one address.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackAdapter, type SlackAdapter } from '../adapters/slack/app.ts';
import { ServiceMetrics } from '../adapters/web/metrics.ts';
import { RateLimits } from '../adapters/web/rate-limit.ts';
import { Readiness } from '../adapters/web/readiness.ts';
import { createWebServer, type WebServer } from '../adapters/web/server.ts';
import { type Engine, openEngine } from '../src/app.ts';
import { openAssistant } from '../src/assistant/create.ts';
import { loadConfig } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import { BENCH_SIGNING_SECRET } from './e2e-load.ts';
import { StageCollector } from './stage-timings.ts';

/** A running service under test. */
export interface BenchService {
  /** Base URL, e.g. http://127.0.0.1:PORT/ */
  readonly url: string;
  readonly engine: Engine;
  readonly stages: StageCollector;
  close(): Promise<void>;
}

/** Start the service over the index in `dataDir` (built with the hashing embedder). */
export async function startBenchService(opts: {
  dataDir: string;
  slackApiUrl: string;
}): Promise<BenchService> {
  const scratch = await mkdtemp(join(tmpdir(), 'aisle-bench-e2e-'));
  const logger = silentLogger();
  const config = loadConfig({
    AISLE_DATA_DIR: scratch,
    AISLE_EMBEDDER: 'hashing',
    AISLE_LOG_LEVEL: 'silent',
  });
  const stages = new StageCollector();
  const metrics = new ServiceMetrics({ processMetrics: false });
  const cleanups: (() => Promise<void>)[] = [() => rm(scratch, { recursive: true, force: true })];
  const close = async () => {
    for (const step of cleanups.reverse()) await step().catch(() => {});
  };
  try {
    const engine = await openEngine({
      config,
      logger,
      dataDir: opts.dataDir,
      embedder: 'hashing',
      observe: (t) => {
        metrics.observeStages(t);
        stages.observe(t);
      },
    });
    cleanups.push(() => engine.close());
    // The assistant's own database goes to the scratch folder, never into the shared index folder.
    const core = await openAssistant({
      engine: { retriever: engine.retriever, index: () => engine.index(), dataDir: scratch },
      config,
      logger,
    });
    cleanups.push(() => core.close());
    const assistant = stages.wrap(metrics.instrument(core.assistant));

    const slack: SlackAdapter = createSlackAdapter({
      assistant,
      slack: {
        botToken: 'xoxb-bench',
        signingSecret: BENCH_SIGNING_SECRET,
        appToken: undefined,
        socketMode: false,
        apiUrl: opts.slackApiUrl,
        roles: { staff: [], managers: [] },
      },
      logger,
    });
    await slack.start();
    cleanups.push(() => slack.stop());

    const readiness = new Readiness();
    readiness.set('index', () => true);
    const web: WebServer = createWebServer({
      logger,
      metrics,
      readiness,
      assistant: () => assistant,
      limits: new RateLimits({ perSession: 1_000_000, perIp: 1_000_000 }),
      logText: false,
      slackListener: () => slack.requestListener,
    });
    const { url } = await web.listen({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => web.close());
    return { url, engine, stages, close };
  } catch (err) {
    await close();
    throw err;
  }
}
