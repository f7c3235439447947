/**
 * The chat API: `POST /api/chat` with `{sessionId, text}` or `{sessionId, action}` answers the
 * assistant's Reply as JSON (plus the request id). Per-IP limits apply before the body is read,
 * per-session limits once the body names its session.
 */
import { Hono } from 'hono';
import { readJsonBody } from './body.ts';
import type { WebDeps, WebEnv } from './context.ts';
import { ApiError } from './http-errors.ts';
import { toIncomingMessage, validateChatBody } from './validate.ts';

/** Seconds a client should wait while the index is still loading. */
const NOT_READY_RETRY_SECONDS = 5;

/** The `/api` routes. */
export function apiRoutes(deps: WebDeps): Hono<WebEnv> {
  const api = new Hono<WebEnv>();

  api.use('*', async (c, next) => {
    const address = c.env.incoming.socket.remoteAddress ?? 'unknown';
    const ip = await deps.limits.takeIp(address);
    if (!ip.allowed) throw rateLimited(ip.retryAfterSeconds, 'this address');
    await next();
  });

  api.post('/chat', async (c) => {
    const body = await readJsonBody(c.req.raw);
    const validated = validateChatBody(body);
    if (!validated.ok) throw new ApiError('INVALID_REQUEST', validated.message);
    const request = validated.value;
    const assistant = deps.assistant();
    if (!assistant) {
      throw new ApiError('NOT_READY', 'The catalog index is still loading; try again in a few seconds.', {
        'retry-after': String(NOT_READY_RETRY_SECONDS),
      });
    }
    const session = await deps.limits.takeSession(request.sessionId);
    if (!session.allowed) throw rateLimited(session.retryAfterSeconds, 'this session');

    const reply = await assistant.handle(toIncomingMessage(request));
    const requestId = c.get('requestId');
    c.get('log').info(
      {
        session: request.sessionId,
        action: request.action?.type,
        kind: reply.kind,
        cards: reply.cards.map((card) => card.id),
        ...(deps.logText ? { text: request.text } : {}),
      },
      'chat reply',
    );
    c.header('cache-control', 'no-store');
    return c.json({ ...reply, requestId });
  });

  return api;
}

function rateLimited(seconds: number, who: string): ApiError {
  return new ApiError('RATE_LIMITED', `Too many messages from ${who}; try again in ${seconds} s.`, {
    'retry-after': String(seconds),
  });
}
