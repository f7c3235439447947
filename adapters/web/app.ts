/**
 * The hono application: request ids, access logs and metrics around every route, the chat API,
 * the ops endpoints and the page, and one JSON error shape for everything that goes wrong.
 */
import { Hono } from 'hono';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import type { WebDeps, WebEnv } from './context.ts';
import { ApiError, type ApiErrorCode, errorBody, STATUS } from './http-errors.ts';
import { withRequestLogger } from './request-log.ts';
import { apiRoutes } from './routes-api.ts';
import { opsRoutes } from './routes-ops.ts';
import { PAGE_PATHS, staticRoutes } from './static.ts';

const OPS_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);
const KNOWN_ROUTES = new Set([...OPS_ROUTES, ...PAGE_PATHS, '/api/chat']);

/** A bounded metrics label for a path. */
export function routeLabel(path: string): string {
  if (KNOWN_ROUTES.has(path)) return path;
  if (path.startsWith('/images/')) return '/images/*';
  return 'other';
}

/** Build the web application over the service parts. */
export function createWebApp(deps: WebDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>();

  app.use(requestId({ headerName: 'x-request-id', limitLength: 128 }));
  app.use(async (c, next) => {
    const started = performance.now();
    const log = deps.logger.child({ requestId: c.get('requestId') });
    c.set('log', log);
    const method = c.req.method;
    const route = routeLabel(c.req.path);
    const quiet = OPS_ROUTES.has(route);
    log.debug({ method, route }, 'request received');
    deps.metrics.inFlightDelta(1);
    try {
      await withRequestLogger(log, next);
    } finally {
      deps.metrics.inFlightDelta(-1);
    }
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    const status = c.res.status;
    const ms = performance.now() - started;
    deps.metrics.request({ method, route, status, ms });
    const code = c.get('errorCode');
    if (code) deps.metrics.error(code);
    const entry = { method, route, status, ms: Math.round(ms * 10) / 10 };
    // "Not ready yet" while the index loads is expected, not an error.
    if (status >= 500 && code !== 'NOT_READY') log.error(entry, 'request');
    else if (quiet) log.debug(entry, 'request');
    else log.info(entry, 'request');
  });
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        fail(c, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed here; use ${methods.join(' or ')}.`, {
          allow: methods.join(', '),
        }),
    }),
  );

  app.route('/api', apiRoutes(deps));
  app.route('/', opsRoutes(deps));
  app.route('/', staticRoutes(deps));

  app.notFound((c) => fail(c, 'NOT_FOUND', `Nothing at ${c.req.method} ${c.req.path.slice(0, 200)}.`));
  app.onError((err, c) => {
    if (err instanceof ApiError) return fail(c, err.code, err.message, err.headers);
    const requestId = c.get('requestId');
    c.get('log')?.error(
      { code: 'INTERNAL', errorName: err.name, err: err.message.slice(0, 300) },
      'request failed',
    );
    return fail(c, 'INTERNAL', `Something went wrong on our side (request ${requestId}). Please try again.`);
  });

  return app;
}

type Ctx = Parameters<Parameters<Hono<WebEnv>['notFound']>[0]>[0];

function fail(c: Ctx, code: ApiErrorCode, message: string, headers: Record<string, string> = {}): Response {
  const requestId = c.get('requestId');
  c.set('errorCode', code);
  return c.json(errorBody(code, message, code === 'INTERNAL' ? requestId : undefined), STATUS[code], {
    'cache-control': 'no-store',
    ...headers,
  });
}
