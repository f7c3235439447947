/**
 * Prometheus metrics for the service: HTTP requests and latency, per-stage latency of every
 * reply (embed, search, rerank from the retriever; render = building the reply around them),
 * replies per platform, errors by code and the size of the serving index. Each instance owns a
 * fresh registry, so two servers in one process (tests) never collide.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AssistantPort, IncomingMessage, Reply } from '../../src/assistant/types.ts';
import type { StageTimings } from '../../src/search/retriever.ts';

/** Latency buckets in seconds, from sub-millisecond searches to slow GPT-2 embeddings. */
const STAGE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const HTTP_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What the metrics read from the serving index when scraped. */
export interface IndexStats {
  readonly products: number;
}

/** The service's metrics and the hooks that feed them. */
export class ServiceMetrics {
  /** The registry `/metrics` exposes. */
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly httpDuration: Histogram<'method' | 'route'>;
  private readonly stageDuration: Histogram<'stage'>;
  private readonly replyDuration: Histogram<'platform'>;
  private readonly replies: Counter<'platform' | 'kind'>;
  private readonly errors: Counter<'code'>;
  private readonly reloads: Counter<'result'>;
  private readonly inFlight: Gauge;
  private readonly turns = new AsyncLocalStorage<{ retrievalMs: number }>();
  private stats: (() => IndexStats | undefined) | undefined;

  constructor(opts: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    if (opts.processMetrics) collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({
      name: 'aisle_http_requests_total',
      help: 'HTTP requests answered, by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.httpDuration = new Histogram({
      name: 'aisle_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route.',
      labelNames: ['method', 'route'],
      buckets: HTTP_BUCKETS,
      registers,
    });
    this.stageDuration = new Histogram({
      name: 'aisle_stage_duration_seconds',
      help: 'Time per stage of a reply: embed, search and rerank (retrieval), render (building the reply).',
      labelNames: ['stage'],
      buckets: STAGE_BUCKETS,
      registers,
    });
    this.replyDuration = new Histogram({
      name: 'aisle_reply_duration_seconds',
      help: 'Time the assistant took to answer one message, by platform.',
      labelNames: ['platform'],
      buckets: HTTP_BUCKETS,
      registers,
    });
    this.replies = new Counter({
      name: 'aisle_replies_total',
      help: 'Replies sent, by platform and reply kind.',
      labelNames: ['platform', 'kind'],
      registers,
    });
    this.errors = new Counter({
      name: 'aisle_errors_total',
      help: 'Errors by code (HTTP API error codes and aisle error codes).',
      labelNames: ['code'],
      registers,
    });
    this.reloads = new Counter({
      name: 'aisle_index_reloads_total',
      help: 'Hot reloads of the index, by result.',
      labelNames: ['result'],
      registers,
    });
    this.inFlight = new Gauge({
      name: 'aisle_http_requests_in_flight',
      help: 'HTTP requests being answered right now.',
      registers,
    });
    const stats = () => this.stats?.();
    new Gauge({
      name: 'aisle_index_products',
      help: 'Products in the serving index (0 until it is loaded).',
      registers,
      collect() {
        this.set(stats()?.products ?? 0);
      },
    });
    new Gauge({
      name: 'aisle_index_loaded',
      help: '1 once the index is loaded and serving.',
      registers,
      collect() {
        this.set(stats() ? 1 : 0);
      },
    });
  }

  /** Read index figures from `fn` at every scrape (undefined while nothing is loaded). */
  trackIndex(fn: () => IndexStats | undefined): void {
    this.stats = fn;
  }

  /** The engine's `observe` hook: retrieval stage timings of one search, in milliseconds. */
  readonly observeStages = (t: StageTimings): void => {
    this.stageDuration.observe({ stage: 'embed' }, t.embed / 1000);
    this.stageDuration.observe({ stage: 'search' }, t.search / 1000);
    this.stageDuration.observe({ stage: 'rerank' }, t.rerank / 1000);
    const turn = this.turns.getStore();
    if (turn) turn.retrievalMs += t.embed + t.search + t.rerank;
  };

  /** One answered HTTP request. */
  request(opts: { method: string; route: string; status: number; ms: number }): void {
    this.httpRequests.inc({ method: opts.method, route: opts.route, status: String(opts.status) });
    this.httpDuration.observe({ method: opts.method, route: opts.route }, opts.ms / 1000);
  }

  /** An HTTP request started (+1) or finished (-1). */
  inFlightDelta(delta: 1 | -1): void {
    this.inFlight.inc(delta);
  }

  /** One error, by code. */
  error(code: string): void {
    this.errors.inc({ code });
  }

  /** One hot reload of the index. */
  reload(result: 'ok' | 'failed'): void {
    this.reloads.inc({ result });
  }

  /**
   * Wrap an assistant so every reply is measured: its duration per platform, its kind, and the
   * render stage (the time spent outside retrieval while answering).
   */
  instrument(assistant: AssistantPort): AssistantPort {
    return {
      handle: async (message: IncomingMessage): Promise<Reply> => {
        const turn = { retrievalMs: 0 };
        const started = performance.now();
        const reply = await this.turns.run(turn, () => assistant.handle(message));
        const ms = performance.now() - started;
        this.replyDuration.observe({ platform: message.platform }, ms / 1000);
        this.stageDuration.observe({ stage: 'render' }, Math.max(0, ms - turn.retrievalMs) / 1000);
        this.replies.inc({ platform: message.platform, kind: reply.kind });
        return reply;
      },
    };
  }
}
