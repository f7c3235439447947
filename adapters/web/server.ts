/**
 * The one HTTP server of the service. Slack's events path goes straight to bolt's listener (bolt
 * reads the raw body itself to check signatures); everything else goes to the hono app. The
 * server counts requests in flight so shutdown can stop accepting and still finish them.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { AisleError } from '../../src/errors.ts';
import { SLACK_EVENTS_PATH } from '../slack/paths.ts';
import { createWebApp } from './app.ts';
import type { WebDeps } from './context.ts';

/** Bolt's listener for `/slack/events` (HTTP mode). */
export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** Options for {@link createWebServer}. */
export interface WebServerOptions extends WebDeps {
  /** Slack's listener, once Slack is configured (read on every request). */
  readonly slackListener?: () => RequestListener | undefined;
}

/** A running (or startable) web server. */
export interface WebServer {
  /** Listen on `host:port` (port 0 = any free port); resolves with the address and base URL. */
  listen(opts: { port: number; host: string }): Promise<{ port: number; url: string }>;
  /** Stop accepting connections, wait for requests in flight, then close every connection. */
  close(): Promise<void>;
  /** Requests being answered now. */
  inFlight(): number;
}

/** Create the server (not listening yet). */
export function createWebServer(opts: WebServerOptions): WebServer {
  const app = createWebApp(opts);
  const hono = getRequestListener(app.fetch);
  const active = new Set<ServerResponse>();
  let drained: (() => void) | undefined;
  let stopping = false;
  let closing: Promise<void> | undefined;

  const server = createServer((req, res) => {
    active.add(res);
    res.once('close', () => {
      active.delete(res);
      if (active.size === 0) drained?.();
    });
    if (stopping) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0];
    const slack = path === SLACK_EVENTS_PATH ? opts.slackListener?.() : undefined;
    if (slack) {
      const started = performance.now();
      res.once('finish', () =>
        opts.metrics.request({
          method: req.method ?? 'POST',
          route: SLACK_EVENTS_PATH,
          status: res.statusCode,
          ms: performance.now() - started,
        }),
      );
      slack(req, res);
      return;
    }
    void hono(req, res);
  });
  // A client gets 30 s to send a request and 10 s for its headers (slow clients cannot pin us).
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    async listen({ port, host }) {
      server.listen(port, host);
      try {
        await Promise.race([
          once(server, 'listening'),
          once(server, 'error').then(([err]) => Promise.reject(err)),
        ]);
      } catch (err) {
        throw listenError(err, host, port);
      }
      const address = server.address() as AddressInfo;
      return { port: address.port, url: baseUrl(host, address.port) };
    },
    close() {
      closing ??= (async () => {
        stopping = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        if (active.size > 0) await new Promise<void>((resolve) => (drained = resolve));
        server.closeAllConnections();
        await closed;
      })();
      return closing;
    },
    inFlight: () => active.size,
  };
}

/** The URL a person opens: loopback for a wildcard bind, brackets for IPv6. */
export function baseUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

function listenError(err: unknown, host: string, port: number): AisleError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new AisleError({
      code: 'CONFIG_INVALID',
      message: `Port ${port} on ${host} is already in use.`,
      hint: 'Stop the other process, or set PORT to a free port (PORT=0 picks one).',
      cause: err,
    });
  }
  return new AisleError({
    code: 'CONFIG_INVALID',
    message: `Could not listen on ${host}:${port} (${code ?? 'unknown error'}).`,
    hint: 'Check HOST and PORT.',
    cause: err,
  });
}
