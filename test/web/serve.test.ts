import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/assistant/types.ts';
import { DEFAULT_CATALOG } from '../../src/config.ts';
import { AisleProcess, BIN } from './child.ts';
import { chat } from './harness.ts';

const run = promisify(execFile);
const BASE_ENV = {
  AISLE_EMBEDDER: 'hashing',
  AISLE_LOG_LEVEL: 'debug',
  PORT: '0',
  HOST: '127.0.0.1',
};

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aisle-serve-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Start a POST whose body is sent in two parts; `finish()` sends the rest and resolves with the response. */
function halfSentChat(url: string, requestId: string, body: string) {
  const { hostname, port } = new URL(url);
  const bytes = Buffer.from(body);
  let respond: (r: { status: number; body: string }) => void = () => {};
  let fail: (err: Error) => void = () => {};
  const response = new Promise<{ status: number; body: string }>((res, rej) => {
    respond = res;
    fail = rej;
  });
  const req = httpRequest(
    {
      host: hostname,
      port,
      method: 'POST',
      path: '/api/chat',
      headers: {
        'content-type': 'application/json',
        'content-length': bytes.length,
        'x-request-id': requestId,
      },
    },
    (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () => respond({ status: res.statusCode ?? 0, body: text }));
    },
  );
  req.on('error', fail);
  req.write(bytes.subarray(0, 10));
  return {
    finish() {
      req.end(bytes.subarray(10));
      return response;
    },
  };
}

describe('aisle start (npm start) on a fresh data dir', () => {
  it('indexes the demo catalog, serves chat, health, readiness and metrics, and shuts down gracefully on SIGTERM', async () => {
    const dataDir = join(work, 'fresh');
    const aisle = new AisleProcess(['start'], { cwd: work, env: { ...BASE_ENV, AISLE_DATA_DIR: dataDir } });
    try {
      const url = await aisle.url();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(existsSync(join(dataDir, 'manifest.json'))).toBe(true);
      expect(aisle.logs.some((l) => l.msg === 'no index yet: indexing the catalog')).toBe(true);

      const res = await chat(url, { sessionId: 's1', text: 'running shoes under 80' });
      expect(res.status).toBe(200);
      const reply = res.json as unknown as Reply;
      expect(reply.cards.length).toBeGreaterThanOrEqual(3);
      for (const card of reply.cards) expect(card.price.minor).toBeLessThanOrEqual(8_000);

      expect((await fetch(new URL('/healthz', url))).status).toBe(200);
      const ready = await fetch(new URL('/readyz', url));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', components: { index: 'ready' } });
      const metrics = await (await fetch(new URL('/metrics', url))).text();
      expect(metrics).toMatch(/aisle_index_products 7\d\d/);
      expect(metrics).toMatch(/aisle_stage_duration_seconds_count\{stage="search"\} [1-9]/);

      // A request is in flight (its body half sent) when SIGTERM arrives: it still gets its answer.
      const held = halfSentChat(
        url,
        'in-flight-1',
        JSON.stringify({ sessionId: 's2', text: 'bluetooth speaker' }),
      );
      await aisle.waitForLog((l) => l.requestId === 'in-flight-1' && l.msg === 'request received');
      aisle.child.kill('SIGTERM');
      const stopping = await aisle.waitForLog((l) => l.msg === 'shutting down');
      expect(stopping.inFlight).toBe(1);
      const answered = await held.finish();
      expect(answered.status).toBe(200);
      expect((JSON.parse(answered.body) as Reply).kind).toBe('results');
      expect(await aisle.exited).toBe(0);
      expect(aisle.logs.at(-1)?.msg).toBe('stopped');
      const lines = aisle.logs.filter((l) => l.requestId === 'in-flight-1').map((l) => l.msg);
      expect(lines).toEqual(
        expect.arrayContaining(['request received', 'message handled', 'chat reply', 'request']),
      );
    } finally {
      aisle.child.kill('SIGKILL');
    }
  });
});

describe('aisle serve with catalog watching', () => {
  it('re-indexes on catalog changes and on `aisle index`, without a restart or a failed request', async () => {
    const dataDir = join(work, 'watch');
    const catalog = join(work, 'shop.jsonl');
    const demo = (await readFile(DEFAULT_CATALOG, 'utf8')).split('\n').filter(Boolean).slice(0, 120);
    await writeFile(catalog, `${demo.join('\n')}\n`);
    const writeCatalog = async (lines: string[]) => {
      const tmp = join(work, 'shop.jsonl.tmp');
      await writeFile(tmp, lines.length > 0 ? `${lines.join('\n')}\n` : '');
      await rename(tmp, catalog);
    };
    const product = (id: string, title: string) =>
      JSON.stringify({
        id,
        title,
        description: `${title}: a one-of-a-kind test product.`,
        brand: 'Testbrand',
        category: 'Home & Kitchen > Kitchen > Kettles',
        price: '42.00',
        currency: 'USD',
        availability: 'in_stock',
      });
    const aisle = new AisleProcess(['serve', '--watch-catalog'], {
      cwd: work,
      env: {
        ...BASE_ENV,
        AISLE_DATA_DIR: dataDir,
        AISLE_CATALOG: catalog,
        AISLE_RATE_LIMIT_IP: '100000',
        AISLE_RATE_LIMIT_SESSION: '100000',
      },
    });
    const idsFor = async (text: string) => {
      const res = await chat(url, { sessionId: `q${Math.random().toString(36).slice(2)}`, text });
      expect(res.status).toBe(200);
      return (res.json as unknown as Reply).cards.map((c) => c.id);
    };
    /** Keep asking while `until` is pending; every answer must be a 200. */
    const askDuring = async (until: Promise<unknown>) => {
      let done = false;
      void until.finally(() => {
        done = true;
      });
      const statuses: number[] = [];
      while (!done) statuses.push((await chat(url, { sessionId: 'steady', text: 'kettle' })).status);
      return statuses;
    };
    let url = '';
    try {
      url = await aisle.url();
      expect(await idsFor('Zorblax quantum kettle')).not.toContain('zz-0001');

      // 1. The catalog file changes: re-indexed and served, with requests going on meanwhile.
      const reloaded = aisle.nextLog((l) => l.msg === 'serving the new index');
      await writeCatalog([...demo, product('zz-0001', 'Zorblax Quantum Kettle')]);
      const statuses = await askDuring(reloaded);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200)).toBe(true);
      expect(await idsFor('Zorblax quantum kettle')).toContain('zz-0001');

      // 2. A broken catalog is refused and logged; the previous index keeps serving.
      const failed = aisle.nextLog(
        (l) => l.msg === 'catalog re-index failed; the previous index keeps serving',
      );
      await writeCatalog([]);
      expect((await failed).code).toBe('CATALOG_EMPTY');
      expect(await idsFor('Zorblax quantum kettle')).toContain('zz-0001');

      // 3. `aisle index` from another process while serving.
      const other = join(work, 'other.jsonl');
      await writeFile(other, `${[...demo, product('zz-0002', 'Quibbit Moon Lamp')].join('\n')}\n`);
      const reloadedAgain = aisle.nextLog((l) => l.msg === 'serving the new index');
      await run(process.execPath, [BIN, 'index', '--catalog', other, '--data-dir', dataDir], {
        cwd: work,
        env: { ...process.env, AISLE_EMBEDDER: 'hashing', AISLE_LOG_LEVEL: 'warn' },
      });
      await reloadedAgain;
      expect(await idsFor('Quibbit moon lamp')).toContain('zz-0002');

      aisle.child.kill('SIGINT');
      expect(await aisle.exited).toBe(0);
    } finally {
      aisle.child.kill('SIGKILL');
    }
  });
});
