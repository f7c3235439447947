import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/config.ts';
import { buildDemoIndex } from '../assistant/harness.ts';

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'aisle-chat-'));
  await buildDemoIndex(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `aisle chat` with piped stdin; resolve with its stdout lines and exit code. */
function chat(
  args: readonly string[],
  input: string,
): Promise<{ lines: string[]; code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [resolve(PACKAGE_ROOT, 'bin/aisle.js'), 'chat', ...args, '--data-dir', dir],
      {
        cwd: dir,
        env: { ...process.env, AISLE_LOG_LEVEL: 'warn', NO_COLOR: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('error', fail);
    child.on('close', (code) => done({ lines: out.split('\n').filter(Boolean), code, stderr: err }));
    child.stdin.end(input);
  });
}

interface JsonReply {
  kind: string;
  text: string;
  constraints: { price?: { maxMinor?: number } } | null;
  products: {
    id: string;
    price: number;
    currency: string;
    inStock: boolean;
    url: string | null;
    score: number;
  }[];
  chips: { id: string; label: string }[];
  suggestions: string[];
  comparison: { columns: { productId: string }[]; rows: { label: string; values: string[] }[] } | null;
  ephemeral: boolean;
}

describe('aisle chat --json', () => {
  it('answers one JSON line per message: budget, cheaper, comparison', async () => {
    const { lines, code, stderr } = await chat(
      ['--json'],
      'bluetooth speaker under 60\ncheaper\ncompare 1 and 2\n',
    );
    expect(code, stderr).toBe(0);
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((l) => JSON.parse(l) as JsonReply);
    if (!first || !second || !third) throw new Error('missing replies');

    expect(first.products.length).toBeGreaterThan(0);
    expect(first.products.every((p) => p.price <= 60 && p.currency === 'USD')).toBe(true);
    expect(first.constraints?.price?.maxMinor).toBe(6000);
    expect(first.chips.map((c) => c.id)).toContain('price');
    expect(first.suggestions).toContain('cheaper');
    expect(first.ephemeral).toBe(false);
    expect(first.comparison).toBeNull();

    expect(second.text).toMatch(/^Cheaper: under \$/);
    expect(second.products.length).toBeGreaterThan(0);
    const max = (r: JsonReply) => Math.max(...r.products.map((p) => p.price));
    expect(max(second)).toBeLessThan(max(first));
    expect(second.products.every((p) => p.price < 60)).toBe(true);

    expect(third.kind).toBe('comparison');
    expect(third.comparison?.columns.map((c) => c.productId)).toEqual(
      second.products.slice(0, 2).map((p) => p.id),
    );
    expect(third.comparison?.rows[0]?.label).toBe('Price');
  });

  it('prints plain numbered text without --json, and honours --role', async () => {
    const { lines, code } = await chat(
      ['--role', 'manager', '--user', 'ops'],
      'gaming mouse under 50\npromo list\n',
    );
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^\d gaming mice under \$50:$/);
    expect(lines[1]).toMatch(/^1\. /);
    expect(lines.some((l) => l.includes('staff: SKU'))).toBe(true);
    expect(lines.some((l) => l.startsWith('No promos yet'))).toBe(true);
  });
});
