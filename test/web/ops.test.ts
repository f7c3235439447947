import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ServiceMetrics } from '../../adapters/web/metrics.ts';
import type { Logger } from '../../src/log.ts';
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

const servers: TestServer[] = [];
type ServeOptions = Omit<Parameters<typeof startTestServer>[0], 'logger'> & { logger?: Logger };
async function serve(opts: ServeOptions = {}): Promise<TestServer> {
  const server = await startTestServer({ logger: memoryLogger().logger, ...opts });
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.web.close()));
});

async function get(url: string, path: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, url));
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('health and readiness', () => {
  it('is alive at once, and ready only once the index is loaded', async () => {
    const log = memoryLogger();
    const server = await serve({ logger: log.logger });
    expect((await get(server.url, '/healthz')).status).toBe(200);
    const before = await get(server.url, '/readyz');
    expect(before.status).toBe(503);
    expect(before.json).toMatchObject({ status: 'not_ready', components: { index: 'not_ready' } });
    expect((before.json.error as { code: string }).code).toBe('NOT_READY');
    // Not being ready yet is expected while the index loads: logged, but not as an error.
    expect(log.records.filter((r) => r.route === '/readyz').map((r) => r.level)).toEqual([20, 20]);

    const early = await chat(server.url, { sessionId: 's1', text: 'headphones' });
    expect(early.status).toBe(503);
    expect(early.json.error).toMatchObject({ code: 'NOT_READY' });
    expect(Number(early.headers.get('retry-after'))).toBeGreaterThan(0);

    server.setAssistant(new FakeAssistant());
    const after = await get(server.url, '/readyz');
    expect(after.status).toBe(200);
    expect(after.json).toEqual({ status: 'ready', components: { index: 'ready' } });
    expect((await chat(server.url, { sessionId: 's1', text: 'headphones' })).status).toBe(200);
  });

  it('is not ready while a configured adapter is disconnected', async () => {
    const server = await serve({ assistant: new FakeAssistant() });
    let slackUp = false;
    server.readiness.set('slack', () => slackUp);
    const down = await get(server.url, '/readyz');
    expect(down.status).toBe(503);
    expect(down.json.components).toEqual({ index: 'ready', slack: 'not_ready' });
    expect((down.json.error as { message: string }).message).toMatch(/slack/);
    slackUp = true;
    expect((await get(server.url, '/readyz')).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('limits one session and tells it when to retry; other sessions go on', async () => {
    const server = await serve({ assistant: new FakeAssistant(), perSession: 2 });
    for (let i = 0; i < 2; i += 1)
      expect((await chat(server.url, { sessionId: 'busy', text: 'hi' })).status).toBe(200);
    const limited = await chat(server.url, { sessionId: 'busy', text: 'hi' });
    expect(limited.status).toBe(429);
    expect(limited.json.error).toMatchObject({ code: 'RATE_LIMITED' });
    const retry = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retry)).toBe(true);
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect((await chat(server.url, { sessionId: 'calm', text: 'hi' })).status).toBe(200);
  });

  it('limits one address across sessions', async () => {
    const server = await serve({ assistant: new FakeAssistant(), perIp: 3 });
    for (const s of ['a', 'b', 'c'])
      expect((await chat(server.url, { sessionId: s, text: 'hi' })).status).toBe(200);
    const limited = await chat(server.url, { sessionId: 'd', text: 'hi' });
    expect(limited.status).toBe(429);
    expect((limited.json.error as { message: string }).message).toMatch(/address/);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});

describe('metrics over the real engine', () => {
  const log = memoryLogger();
  const metrics = new ServiceMetrics();
  let core: DemoCore;

  beforeAll(async () => {
    core = await openDemoCore({ logger: log.logger, observe: metrics });
    metrics.trackIndex(() => ({ products: core.engine.index().size }));
  });
  afterAll(async () => {
    await core?.close();
  });

  it('exposes requests, per-stage latency, replies, errors and index size in Prometheus format', async () => {
    const server = await serve({ assistant: metrics.instrument(core.assistant), metrics });
    expect((await chat(server.url, { sessionId: 'm1', text: 'wireless headphones under 100' })).status).toBe(
      200,
    );
    expect((await chat(server.url, '{oops', { raw: true })).status).toBe(400);
    const res = await fetch(new URL('/metrics', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('aisle_http_requests_total{method="POST",route="/api/chat",status="200"} 1');
    expect(text).toContain('aisle_http_requests_total{method="POST",route="/api/chat",status="400"} 1');
    for (const stage of ['embed', 'search', 'rerank', 'render']) {
      expect(text).toMatch(new RegExp(`aisle_stage_duration_seconds_count\\{stage="${stage}"\\} [1-9]`));
    }
    expect(text).toMatch(
      /aisle_http_request_duration_seconds_bucket\{le="[\d.]+",method="POST",route="\/api\/chat"\}/,
    );
    expect(text).toContain('aisle_replies_total{platform="web",kind="results"} 1');
    expect(text).toContain('aisle_errors_total{code="BAD_JSON"} 1');
    expect(text).toContain(`aisle_index_products ${core.engine.index().size}`);
    expect(core.engine.index().size).toBeGreaterThan(700);
  });
});

describe('the page and catalog images', () => {
  it('serves the chat page with a strict content security policy, and its script and styles', async () => {
    const server = await serve();
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    expect(html).toMatch(/<label for="message"/);
    for (const [path, type] of [
      ['/app.js', /javascript/],
      ['/render.js', /javascript/],
      ['/card.js', /javascript/],
      ['/dom.js', /javascript/],
      ['/styles.css', /text\/css/],
    ] as const) {
      const res = await fetch(new URL(path, server.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
    }
  });

  it('serves catalog images with cache headers and a sandbox, and answers 304 to a matching etag', async () => {
    const server = await serve();
    const res = await rawRequest(server.url, { path: '/images/headphones.svg' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.body).toContain('<svg');
    const again = await rawRequest(server.url, {
      path: '/images/headphones.svg',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.status).toBe(304);
  });

  it('refuses anything but an image inside the images folder', async () => {
    const server = await serve();
    for (const path of [
      '/images/../demo.jsonl',
      '/images/..%2fdemo.jsonl',
      '/images/%2e%2e/README.md',
      '/images/../../package.json',
      '/images/.hidden.svg',
      '/images/README.md',
      '/images/missing.svg',
      '/images/',
      '/images//etc/passwd.png',
    ]) {
      const res = await rawRequest(server.url, { path });
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toMatch(/"id":"|svg xmlns|"name": "aisle"/);
    }
  });

  it('does not follow a symlink out of the images folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'aisle-images-'));
    try {
      const images = join(root, 'images');
      await mkdir(images);
      await writeFile(join(images, 'ok.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      await writeFile(join(root, 'private.svg'), '<svg><title>private</title></svg>');
      await symlink(join(root, 'private.svg'), join(images, 'leak.svg'));
      const server = await serve({ imagesDir: images });
      expect((await rawRequest(server.url, { path: '/images/ok.svg' })).status).toBe(200);
      const leak = await rawRequest(server.url, { path: '/images/leak.svg' });
      expect(leak.status).toBe(404);
      expect(leak.body).not.toContain('private');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('Slack mount', () => {
  it('hands /slack/events to the Slack listener with its raw body unread', async () => {
    const seen: string[] = [];
    const listener = (req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => {
        body += c;
      });
      req.on('end', () => {
        seen.push(body);
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    };
    const server = await serve({ slackListener: () => listener });
    const raw = 'token=x&command=%2Faisle&text=headphones';
    const res = await rawRequest(server.url, {
      method: 'POST',
      path: '/slack/events',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      chunks: [raw],
    });
    expect(res.status).toBe(200);
    expect(seen).toEqual([raw]);
    const metrics = await (await fetch(new URL('/metrics', server.url))).text();
    expect(metrics).toContain(
      'aisle_http_requests_total{method="POST",route="/slack/events",status="200"} 1',
    );
  });

  it('answers 404 at /slack/events when Slack is not configured', async () => {
    const server = await serve({ slackListener: () => undefined });
    const res = await rawRequest(server.url, { method: 'POST', path: '/slack/events' });
    expect(res.status).toBe(404);
  });
});
