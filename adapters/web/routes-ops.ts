/**
 * Operations endpoints: `/healthz` (the process answers), `/readyz` (index loaded and every
 * configured adapter connected) and `/metrics` (Prometheus text format).
 */
import { Hono } from 'hono';
import type { WebDeps, WebEnv } from './context.ts';
import { errorBody } from './http-errors.ts';

/** The ops routes. */
export function opsRoutes(deps: WebDeps): Hono<WebEnv> {
  const ops = new Hono<WebEnv>();

  ops.get('/healthz', (c) => {
    c.header('cache-control', 'no-store');
    return c.json({ status: 'ok' });
  });

  ops.get('/readyz', (c) => {
    c.header('cache-control', 'no-store');
    const report = deps.readiness.report();
    if (report.ready) return c.json({ status: 'ready', components: report.components });
    const waiting = Object.entries(report.components)
      .filter(([, state]) => state !== 'ready')
      .map(([name]) => name);
    const message = report.stopping
      ? 'Shutting down.'
      : `Not ready yet: waiting for ${waiting.join(', ') || 'start-up'}.`;
    // Marked like every other error answer, so the request log and metrics know it is expected.
    c.set('errorCode', 'NOT_READY');
    return c.json(
      { ...errorBody('NOT_READY', message), status: 'not_ready', components: report.components },
      503,
    );
  });

  ops.get('/metrics', async (c) => {
    const text = await deps.metrics.registry.metrics();
    c.header('cache-control', 'no-store');
    return c.body(text, 200, { 'content-type': deps.metrics.registry.contentType });
  });

  return ops;
}
