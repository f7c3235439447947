import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProductCard, Reply } from '../../src/assistant/types.ts';
import { FakeAssistant } from '../fakes/fake-assistant.ts';
import {
  chat,
  type DemoCore,
  memoryLogger,
  openDemoCore,
  rawRequest,
  startTestServer,
  type TestServer,
} from './harness.ts';

type ReplyJson = Reply & { requestId: string };

describe('POST /api/chat over the demo catalog', () => {
  const log = memoryLogger();
  let core: DemoCore;
  let server: TestServer;

  beforeAll(async () => {
    core = await openDemoCore({ logger: log.logger });
    server = await startTestServer({ logger: log.logger, assistant: core.assistant });
  });
  afterAll(async () => {
    await server?.web.close();
    await core?.close();
  });

  it('answers "running shoes under 80" with in-budget running shoes as a Reply', async () => {
    const res = await chat(server.url, { sessionId: 's1', text: 'running shoes under 80' });
    expect(res.status).toBe(200);
    const reply = res.json as unknown as ReplyJson;
    expect(reply.kind).toBe('results');
    expect(reply.cards.length).toBeGreaterThanOrEqual(3);
    for (const card of reply.cards) {
      expect(card.price.currency).toBe('USD');
      expect(card.price.minor).toBeLessThanOrEqual(8_000);
      expect(card.priceText).toMatch(/^\$\d+\.\d\d$/);
      expect(card.category).toMatch(/Running Shoes/);
    }
    expect(reply.chips.map((c) => c.label)).toContain('Under $80');
    expect(reply.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('keeps the conversation per session: removing the budget chip widens the results', async () => {
    const first = (await chat(server.url, { sessionId: 'chips', text: 'headphones under 100' }))
      .json as unknown as ReplyJson;
    const price = first.chips.find((c) => c.label === 'Under $100');
    expect(price).toBeDefined();
    const res = await chat(server.url, {
      sessionId: 'chips',
      action: { type: 'remove_constraint', chipId: price?.id },
    });
    expect(res.status).toBe(200);
    const widened = res.json as unknown as ReplyJson;
    expect(widened.chips.map((c) => c.label)).not.toContain('Under $100');
    expect(widened.cards.some((c: ProductCard) => c.price.minor > 10_000)).toBe(true);
  });

  it('answers "More like this" with other products than the one pressed', async () => {
    const first = (await chat(server.url, { sessionId: 'more', text: 'bluetooth speaker' }))
      .json as unknown as ReplyJson;
    const pressed = first.cards[0]?.id;
    expect(pressed).toBeDefined();
    const res = await chat(server.url, {
      sessionId: 'more',
      action: { type: 'more_like_this', productId: pressed },
    });
    expect(res.status).toBe(200);
    const similar = res.json as unknown as ReplyJson;
    expect(similar.cards.length).toBeGreaterThan(0);
    expect(similar.cards.map((c) => c.id)).not.toContain(pressed);
  });

  it('echoes a sane x-request-id and replaces an unsafe one', async () => {
    const kept = await chat(
      server.url,
      { sessionId: 's2', text: 'hi' },
      { headers: { 'x-request-id': 'abc-123' } },
    );
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    expect(kept.json.requestId).toBe('abc-123');
    const replaced = await chat(
      server.url,
      { sessionId: 's2', text: 'hi' },
      { headers: { 'x-request-id': 'bad id<script>' } },
    );
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs the request id on every line of a request, and never the message text', async () => {
    await chat(
      server.url,
      { sessionId: 'logs', text: 'secret wish list' },
      { headers: { 'x-request-id': 'req-log-1' } },
    );
    const mine = log.records.filter((l) => l.requestId === 'req-log-1');
    const messages = mine.map((l) => l.msg);
    expect(messages).toEqual(
      expect.arrayContaining(['request received', 'message handled', 'chat reply', 'request']),
    );
    expect(JSON.stringify(log.records)).not.toContain('secret wish list');
  });
});

describe('POST /api/chat refuses bad input with a 4xx and a clear message', () => {
  const log = memoryLogger();
  const fake = new FakeAssistant();
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ logger: log.logger, assistant: fake });
  });
  afterAll(async () => {
    await server?.web.close();
  });

  const cases: { name: string; body: unknown; raw?: boolean; code: string; mentions: RegExp }[] = [
    {
      name: 'bad JSON',
      body: '{"sessionId": "s1", "text": ',
      raw: true,
      code: 'BAD_JSON',
      mentions: /not valid JSON/,
    },
    { name: 'an empty body', body: '', raw: true, code: 'BAD_JSON', mentions: /empty/ },
    { name: 'a JSON array', body: '[1,2]', raw: true, code: 'INVALID_REQUEST', mentions: /JSON object/ },
    {
      name: 'no sessionId',
      body: { text: 'hi' },
      code: 'INVALID_REQUEST',
      mentions: /sessionId: is required/,
    },
    {
      name: 'a bad sessionId',
      body: { sessionId: 'a b/c', text: 'hi' },
      code: 'INVALID_REQUEST',
      mentions: /sessionId/,
    },
    {
      name: 'a sessionId over 128 characters',
      body: { sessionId: 'x'.repeat(129), text: 'hi' },
      code: 'INVALID_REQUEST',
      mentions: /sessionId/,
    },
    { name: 'neither text nor action', body: { sessionId: 's1' }, code: 'INVALID_REQUEST', mentions: /text/ },
    { name: 'blank text', body: { sessionId: 's1', text: '   ' }, code: 'INVALID_REQUEST', mentions: /text/ },
    {
      name: 'text over 2,000 characters',
      body: { sessionId: 's1', text: 'a'.repeat(2_001) },
      code: 'INVALID_REQUEST',
      mentions: /text: must be at most 2000 characters/,
    },
    {
      name: 'text of the wrong type',
      body: { sessionId: 's1', text: 42 },
      code: 'INVALID_REQUEST',
      mentions: /text: must be of type string/,
    },
    {
      name: 'an unknown action',
      body: { sessionId: 's1', action: { type: 'buy_now' } },
      code: 'INVALID_REQUEST',
      mentions: /action\.type: unknown action; expected one of more_like_this/,
    },
    {
      name: 'an action without its field',
      body: { sessionId: 's1', action: { type: 'more_like_this' } },
      code: 'INVALID_REQUEST',
      mentions: /action\.productId: is required/,
    },
    {
      name: 'feedback with a bad value',
      body: { sessionId: 's1', action: { type: 'feedback', productId: 'p1', value: 'meh' } },
      code: 'INVALID_REQUEST',
      mentions: /action\.value/,
    },
    {
      name: 'an unknown field',
      body: { sessionId: 's1', text: 'hi', admin: true },
      code: 'INVALID_REQUEST',
      mentions: /unknown field\(s\) admin/,
    },
  ];

  for (const c of cases) {
    it(`answers 400 ${c.code} for ${c.name}`, async () => {
      const res = await chat(server.url, c.body, { raw: c.raw ?? false });
      expect(res.status).toBe(400);
      const error = res.json.error as { code: string; message: string };
      expect(error.code).toBe(c.code);
      expect(error.message).toMatch(c.mentions);
    });
  }

  it('accepts every action shape the page sends', async () => {
    for (const action of [
      { type: 'more_like_this', productId: 'p-sony-wh' },
      { type: 'feedback', productId: 'p-sony-wh', value: 'up' },
      { type: 'remove_constraint', chipId: 'price' },
      { type: 'suggestion', text: 'cheaper' },
      { type: 'show_more' },
    ]) {
      const res = await chat(server.url, { sessionId: 'actions', action });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      expect(fake.received.at(-1)?.action).toEqual(action);
    }
    expect(fake.received.at(-1)).toMatchObject({
      platform: 'web',
      channelId: 'actions',
      userId: 'actions',
      roles: ['shopper'],
      direct: true,
    });
  });

  it('answers 413 for a body over 16 KB, whether or not it declares its length', async () => {
    const big = JSON.stringify({ sessionId: 's1', text: 'a'.repeat(17_000) });
    const declared = await chat(server.url, big, { raw: true });
    expect(declared.status).toBe(413);
    expect(declared.json.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const chunked = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/chat',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: [big.slice(0, 9_000), big.slice(9_000)],
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 415 when the body is not declared as JSON', async () => {
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/api/chat',
      headers: { 'content-type': 'text/plain' },
      chunks: ['{"sessionId":"s1","text":"hi"}'],
    });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers 405 with Allow for the wrong method and 404 for an unknown route', async () => {
    const get = await rawRequest(server.url, { path: '/api/chat' });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(JSON.parse(get.body).error.code).toBe('METHOD_NOT_ALLOWED');
    const missing = await rawRequest(server.url, { path: '/api/nothing-here' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe('NOT_FOUND');
  });

  it('answers 500 with the request id and no stack trace when the assistant throws', async () => {
    fake.failNext(new Error('database on fire at /srv/app/secret.ts:12'));
    const res = await chat(
      server.url,
      { sessionId: 's1', text: 'hi' },
      { headers: { 'x-request-id': 'boom-1' } },
    );
    expect(res.status).toBe(500);
    const error = res.json.error as { code: string; message: string; requestId: string };
    expect(error.code).toBe('INTERNAL');
    expect(error.requestId).toBe('boom-1');
    expect(error.message).toContain('boom-1');
    expect(JSON.stringify(res.json)).not.toMatch(/on fire|secret\.ts|\n\s+at /);
    expect(log.records.some((l) => l.requestId === 'boom-1' && l.msg === 'request failed')).toBe(true);
  });
});
