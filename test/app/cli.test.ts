import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'aisle.js');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function aisle(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, AISLE_EMBEDDER: 'hashing', AISLE_LOG_LEVEL: 'warn', ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('aisle CLI over the demo catalog', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'aisle-cli-'));
    const indexed = await aisle(['index', '--data-dir', dataDir]);
    expect(indexed.code, indexed.stderr).toBe(0);
    expect(indexed.stdout).toMatch(/Indexed 7\d\d products with hashing-v1-512/);
  });

  it('answers "wireless headphones under 100 dollars" with in-budget headphones as JSON', async () => {
    const res = await aisle([
      'ask',
      '--json',
      '--data-dir',
      dataDir,
      'wireless headphones under 100 dollars',
    ]);
    expect(res.code, res.stderr).toBe(0);
    const answer = JSON.parse(res.stdout) as {
      text: string;
      constraints: { price?: { maxMinor?: number } };
      products: { title: string; category: string; price: number; currency: string; inStock: boolean }[];
    };
    expect(answer.constraints.price?.maxMinor).toBe(10_000);
    expect(answer.products.length).toBeGreaterThanOrEqual(3);
    for (const p of answer.products) {
      expect(p.price).toBeLessThanOrEqual(100);
      expect(p.currency).toBe('USD');
      expect(p.category).toMatch(/Headphones/);
    }
    expect(typeof answer.text).toBe('string');
  });

  it('counts asked queries in the manager statistics', async () => {
    await aisle(['ask', '--data-dir', dataDir, 'gaming mouse under 50']);
    const res = await aisle(['stats', '--json', '--data-dir', dataDir]);
    expect(res.code, res.stderr).toBe(0);
    const stats = JSON.parse(res.stdout) as { topQueries: { text: string; count: number }[] };
    expect(stats.topQueries).toContainEqual({ text: 'gaming mouse under 50', count: 1 });
  });

  it('re-indexing an unchanged catalog embeds nothing', async () => {
    const res = await aisle(['index', '--data-dir', dataDir, '--json']);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ embedded: 0, added: 0, removed: 0 });
  });

  it('refuses a broken catalog with a readable message and keeps the previous index', async () => {
    const bad = join(dataDir, 'empty.jsonl');
    await writeFile(bad, '');
    const res = await aisle(['index', '--data-dir', dataDir, '--catalog', bad]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/^error: .*empty/im);
    expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const ask = await aisle(['ask', '--json', '--data-dir', dataDir, 'bluetooth speaker']);
    expect(JSON.parse(ask.stdout).products.length).toBeGreaterThan(0);
  });

  it('names the fix when there is no index yet', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'aisle-none-'));
    const res = await aisle(['ask', '--data-dir', empty, 'speaker']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/No index in .*\n.*aisle index/);
  });

  it('rejects an unknown --format value', async () => {
    const res = await aisle(['index', '--data-dir', dataDir, '--format', 'xlsx']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/--format must be one of auto, json, jsonl, csv, shopify, gmc/);
  });

  it('refuses to query a hashing index with a named GPT-2 embedder', async () => {
    const res = await aisle(['ask', '--data-dir', dataDir, '--embedder', 'gpt2', 'speaker']);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/built with hashing-v1-512.*\n.*Re-index/);
  });

  it('reports invalid configuration variables by name', async () => {
    const res = await aisle(['ask', '--data-dir', dataDir, 'speaker'], {
      PORT: 'eighty',
      AISLE_EMBEDDER: 'bert',
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/PORT/);
    expect(res.stderr).toMatch(/AISLE_EMBEDDER/);
  });
});
