/**
 * Test harness for the web adapter: a demo-catalog index built with the hashing embedder in a
 * temp dir, the real assistant over it, a web server on an ephemeral loopback port, a logger
 * that keeps its lines in memory, and raw HTTP requests (paths sent exactly as written).
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ServiceMetrics } from '../../adapters/web/metrics.ts';
import { RateLimits } from '../../adapters/web/rate-limit.ts';
import { Readiness } from '../../adapters/web/readiness.ts';
import { contextualLogger } from '../../adapters/web/request-log.ts';
import { createWebServer, type WebServer, type WebServerOptions } from '../../adapters/web/server.ts';
import { type Engine, openEngine, runIndex } from '../../src/app.ts';
import { openAssistant } from '../../src/assistant/create.ts';
import type { AssistantPort } from '../../src/assistant/types.ts';
import { type Config, DEFAULT_CATALOG, loadConfig } from '../../src/config.ts';
import { type Logger, silentLogger } from '../../src/log.ts';

export { type MemoryLog, memoryLogger } from '../fakes/memory-log.ts';

/** The demo catalog indexed with the hashing embedder, and the real assistant over it. */
export interface DemoCore {
  readonly config: Config;
  readonly engine: Engine;
  readonly assistant: AssistantPort;
  close(): Promise<void>;
}

/** Build the demo index in a fresh temp dir and open the engine and assistant on it. */
export async function openDemoCore(opts: { logger: Logger; observe?: ServiceMetrics }): Promise<DemoCore> {
  const dataDir = await mkdtemp(join(tmpdir(), 'aisle-web-'));
  const config: Config = { ...loadConfig({ AISLE_EMBEDDER: 'hashing' }), dataDir };
  await runIndex({ config, logger: silentLogger() });
  const logger = contextualLogger(opts.logger);
  const engine = await openEngine({
    config,
    logger,
    ...(opts.observe ? { observe: opts.observe.observeStages } : {}),
  });
  const core = await openAssistant({ engine, config, logger });
  return {
    config,
    engine,
    assistant: core.assistant,
    async close() {
      await core.close();
      await engine.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A running test server and the parts it was built from. */
export interface TestServer {
  readonly url: string;
  readonly web: WebServer;
  readonly metrics: ServiceMetrics;
  readonly readiness: Readiness;
  /** Replace what `deps.assistant()` returns (undefined = index still loading). */
  setAssistant(a: AssistantPort | undefined): void;
}

/** Start a web server on 127.0.0.1:0. */
export async function startTestServer(opts: {
  logger: Logger;
  assistant?: AssistantPort;
  metrics?: ServiceMetrics;
  perSession?: number;
  perIp?: number;
  slackListener?: WebServerOptions['slackListener'];
  imagesDir?: string;
}): Promise<TestServer> {
  const metrics = opts.metrics ?? new ServiceMetrics();
  const readiness = new Readiness();
  let assistant = opts.assistant;
  readiness.set('index', () => assistant !== undefined);
  const web = createWebServer({
    logger: opts.logger,
    metrics,
    readiness,
    assistant: () => assistant,
    limits: new RateLimits({ perSession: opts.perSession ?? 1_000, perIp: opts.perIp ?? 10_000 }),
    imagesDir: opts.imagesDir ?? join(dirname(DEFAULT_CATALOG), 'images'),
    ...(opts.slackListener ? { slackListener: opts.slackListener } : {}),
  });
  const { url } = await web.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    web,
    metrics,
    readiness,
    setAssistant: (a) => {
      assistant = a;
    },
  };
}

/** POST a JSON body (already a string when `raw`) to /api/chat. */
export async function chat(
  url: string,
  body: unknown,
  opts: { raw?: boolean; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const res = await fetch(new URL('/api/chat', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: opts.raw ? String(body) : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

/** The response of a raw request. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Send a request with the path exactly as given (no URL normalisation) and an optional chunked body. */
export function rawRequest(
  url: string,
  opts: { method?: string; path: string; headers?: Record<string, string>; chunks?: readonly string[] },
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of opts.chunks ?? []) req.write(chunk);
    req.end();
  });
}
