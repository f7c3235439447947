/**
 * `aisle serve`: the whole service in one process on one port. Composition: config → logger →
 * web server (health answers at once; readiness waits) → index (built from the catalog when the
 * data dir has none) → engine (stage timings feed the metrics) → assistant → Slack and Discord
 * when configured → hot reload of the index (and of the catalog when watching is on).
 * SIGTERM/SIGINT shut it down gracefully.
 */
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { type Engine, openEngine, runIndex } from '../../src/app.ts';
import { openAssistant } from '../../src/assistant/create.ts';
import type { AssistantPort } from '../../src/assistant/types.ts';
import type { Config } from '../../src/config.ts';
import { AisleError, toAisleError } from '../../src/errors.ts';
import { createLogger, type Logger } from '../../src/log.ts';
import { readManifest } from '../../src/search/manifest.ts';
import type { DiscordAdapter } from '../discord/client.ts';
import type { SlackAdapter } from '../slack/app.ts';
import { SLACK_EVENTS_PATH } from '../slack/paths.ts';
import { type CatalogWatch, watchCatalog } from '../web/catalog-watch.ts';
import { ServiceMetrics } from '../web/metrics.ts';
import { RateLimits } from '../web/rate-limit.ts';
import { Readiness } from '../web/readiness.ts';
import { contextualLogger } from '../web/request-log.ts';
import { createWebServer } from '../web/server.ts';
import type { CliContext } from './context.ts';
import { progressBar } from './progress.ts';

/** Longest a graceful shutdown may take before the process exits with code 1. */
export const SHUTDOWN_LIMIT_MS = 10_000;

/** Options for {@link startService}. */
export interface ServiceOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** Where the "serving at" line goes (stdout). */
  readonly out: (line: string) => void;
}

/** A started service. */
export interface RunningService {
  /** Base URL of the web chat, e.g. `http://127.0.0.1:3000/`. */
  readonly url: string;
  readonly port: number;
  /** Stop accepting, finish requests in flight, flush stores, close adapters and the engine. */
  shutdown(): Promise<void>;
}

/** Start everything; on a start-up failure, whatever started is stopped again before rethrowing. */
export async function startService(opts: ServiceOptions): Promise<RunningService> {
  const { config, logger } = opts;
  const metrics = new ServiceMetrics({ processMetrics: true });
  const readiness = new Readiness();
  let assistant: AssistantPort | undefined;
  let engine: Engine | undefined;
  let closeAssistant: (() => Promise<void>) | undefined;
  let slack: SlackAdapter | undefined;
  let discord: DiscordAdapter | undefined;
  let stopIndexWatch: (() => void) | undefined;
  let catalogWatch: CatalogWatch | undefined;

  readiness.set('index', () => assistant !== undefined);
  const web = createWebServer({
    logger,
    metrics,
    readiness,
    assistant: () => assistant,
    limits: new RateLimits({ perSession: config.server.rateLimitSession, perIp: config.server.rateLimitIp }),
    imagesDir: join(dirname(config.catalog), 'images'),
    logText: config.log.text,
    slackListener: () => slack?.requestListener,
  });

  let stopping: Promise<void> | undefined;
  const shutdown = (): Promise<void> => {
    stopping ??= (async () => {
      readiness.markStopping();
      logger.info({ inFlight: web.inFlight() }, 'shutting down');
      stopIndexWatch?.();
      catalogWatch?.stop();
      await web.close();
      await Promise.allSettled([slack?.stop(), discord?.stop()]);
      await catalogWatch?.idle();
      await closeAssistant?.();
      await engine?.close();
      logger.info('stopped');
    })();
    return stopping;
  };

  try {
    const { url, port } = await web.listen({ port: config.server.port, host: config.server.host });
    logger.info({ url }, 'listening; loading the index');
    await ensureIndex(config, logger);
    // The engine and the assistant log through the current web request's logger (its request id).
    const scoped = contextualLogger(logger);
    const opened = await openEngine({ config, logger: scoped, observe: metrics.observeStages });
    engine = opened;
    metrics.trackIndex(() => ({ products: opened.index().size }));
    const core = await openAssistant({ engine: opened, config, logger: scoped });
    closeAssistant = core.close;
    const measured = metrics.instrument(core.assistant);
    assistant = measured;

    const publicUrl = config.server.publicUrl;
    // Bolt and discord.js load only when their tokens are set (other commands start faster).
    if (config.slack) {
      const { createSlackAdapter } = await import('../slack/app.ts');
      const s = createSlackAdapter({ assistant: measured, slack: config.slack, publicUrl, logger });
      slack = s;
      readiness.set('slack', () => s.isReady());
    }
    if (config.discord) {
      const { createDiscordAdapter } = await import('../discord/client.ts');
      const d = createDiscordAdapter({ assistant: measured, discord: config.discord, publicUrl, logger });
      discord = d;
      readiness.set('discord', () => d.isReady());
    }
    await Promise.all([slack?.start(), discord?.start()]);

    stopIndexWatch = opened.watchIndex({
      onReload: (index) => {
        metrics.reload('ok');
        logger.info({ products: index.size }, 'serving the new index');
      },
      onError: (err) => {
        const e = toAisleError(err, { code: 'INDEX_CORRUPT', message: 'Could not load the new index.' });
        metrics.reload('failed');
        metrics.error(e.code);
        logger.error(
          { code: e.code, err: e.message },
          'index reload failed; the previous index keeps serving',
        );
      },
    });
    if (config.catalogWatch) catalogWatch = startCatalogWatch({ config, logger, metrics });

    opts.out(`aisle is serving the web chat at ${url}`);
    if (slack)
      opts.out(
        `Slack: connected (${config.slack?.socketMode ? 'Socket Mode' : `events at ${url}${SLACK_EVENTS_PATH.slice(1)}`})`,
      );
    if (discord) opts.out('Discord: connected');
    return { url, port, shutdown };
  } catch (err) {
    await shutdown().catch(() => {});
    throw err;
  }
}

/** Build the index from the catalog when the data dir has none yet (with a progress bar). */
async function ensureIndex(config: Config, logger: Logger): Promise<void> {
  if (await readManifest(config.dataDir)) return;
  logger.info({ catalog: config.catalog, dataDir: config.dataDir }, 'no index yet: indexing the catalog');
  const bar = progressBar('indexing the catalog');
  const run = await runIndex({
    config,
    logger,
    onProgress: (done, total) => bar.update(done, total),
  }).finally(() => bar.stop());
  logger.info(
    { products: run.report.total, embedder: run.embedderId, ms: Math.round(run.report.ms) },
    'index built',
  );
}

function startCatalogWatch(opts: { config: Config; logger: Logger; metrics: ServiceMetrics }): CatalogWatch {
  const { config, logger, metrics } = opts;
  logger.info({ catalog: config.catalog }, 'watching the catalog for changes');
  return watchCatalog({
    file: config.catalog,
    reindex: async () => {
      logger.info({ catalog: config.catalog }, 'catalog changed: re-indexing');
      const run = await runIndex({ config, logger });
      const r = run.report;
      logger.info(
        {
          products: r.total,
          added: r.added,
          updated: r.updated,
          removed: r.removed,
          generation: run.manifest.generation,
        },
        'catalog re-indexed',
      );
    },
    onError: (err) => {
      const e = toAisleError(err, { code: 'INTERNAL', message: 'Re-indexing the catalog failed.' });
      metrics.error(e.code);
      logger.error(
        { code: e.code, err: e.message },
        'catalog re-index failed; the previous index keeps serving',
      );
    },
  });
}

/**
 * Run until SIGTERM or SIGINT, then shut down gracefully and exit 0 (1 when shutdown fails or
 * takes longer than {@link SHUTDOWN_LIMIT_MS}; a second signal exits at once).
 */
export function exitOnSignal(service: RunningService, logger: Logger): Promise<never> {
  return new Promise<never>(() => {
    let stopping = false;
    const exit = (code: number) => logger.flush(() => process.exit(code));
    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        exit(1);
        return;
      }
      stopping = true;
      logger.info({ signal }, 'signal received');
      setTimeout(() => {
        logger.error({ code: 'INTERNAL', limitMs: SHUTDOWN_LIMIT_MS }, 'shutdown took too long; exiting');
        exit(1);
      }, SHUTDOWN_LIMIT_MS);
      service.shutdown().then(
        () => exit(0),
        (err: unknown) => {
          logger.error({ code: 'INTERNAL', err: String(err) }, 'shutdown failed');
          exit(1);
        },
      );
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

/** Flag overrides shared by `serve` and `start`. */
export interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  catalog?: string;
  watchCatalog?: boolean;
}

/** Configuration with the command's flags applied. */
export function serveConfig(ctx: CliContext, flags: ServeFlags): Config {
  const base = ctx.config({ dataDir: flags.dataDir });
  const port = flags.port === undefined ? base.server.port : Number(flags.port.trim() || Number.NaN);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new AisleError({
      code: 'BAD_REQUEST',
      message: `--port must be a number from 0 to 65535 (got "${flags.port}").`,
    });
  }
  return {
    ...base,
    ...(flags.catalog ? { catalog: resolve(flags.catalog) } : {}),
    ...(flags.watchCatalog ? { catalogWatch: true } : {}),
    server: { ...base.server, port, host: flags.host ?? base.server.host },
  };
}

/** `aisle serve`: the service with JSON logs (for servers and containers). */
export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the web chat, JSON API, health and metrics (and Slack/Discord when configured)')
    .option('--port <n>', 'port (default: PORT or 3000; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--data-dir <dir>', 'where the index lives (default: AISLE_DATA_DIR or .aisle)')
    .option('--catalog <path>', 'catalog to index when there is no index yet, and to watch')
    .option('--watch-catalog', 're-index when the catalog file changes (AISLE_CATALOG_WATCH=1)')
    .action(async (flags: ServeFlags) => {
      const config = serveConfig(ctx, flags);
      const logger = createLogger({ level: config.log.level });
      const service = await startService({ config, logger, out: ctx.out });
      await exitOnSignal(service, logger);
    });
}
