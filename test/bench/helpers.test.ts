import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UPS, scriptedMessage } from '../../bench/e2e-load.ts';
import { QUERY_WORDS, queryOfTokens } from '../../bench/embed-probe.ts';
import { changeOnePercent } from '../../bench/indexing.ts';
import { chorusQueries, formatCount } from '../../bench/vector-datasets.ts';

describe('scripted conversations', () => {
  it('start with a request and continue with follow-ups, a new request every fourth message', () => {
    const queries = ['laptop', 'desk', 'mouse'];
    const script = Array.from({ length: 8 }, (_, index) =>
      scriptedMessage({ queries, conversation: 2, index }),
    );
    expect(queries).toContain(script[0]);
    expect(queries).toContain(script[4]);
    for (const i of [1, 2, 3, 5, 6, 7]) expect(FOLLOW_UPS).toContain(script[i]);
  });

  it('give different conversations different requests', () => {
    const queries = Array.from({ length: 50 }, (_, i) => `query ${i}`);
    const firsts = new Set(
      Array.from({ length: 10 }, (_, c) => scriptedMessage({ queries, conversation: c, index: 0 })),
    );
    expect(firsts.size).toBe(10);
  });
});

describe('the 16-token query', () => {
  it('is the longest prefix of the request that fits the token budget', () => {
    const oneTokenPerWord = (text: string) => text.split(' ').map((_, i) => i);
    const query = queryOfTokens(oneTokenPerWord, 16);
    expect(query.split(' ')).toEqual(QUERY_WORDS.slice(0, 16));
  });
});

describe('the 1% change', () => {
  it('changes the title of every 100th product and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aisle-bench-test-'));
    try {
      const lines = Array.from({ length: 250 }, (_, i) =>
        JSON.stringify({ id: `p${i}`, title: `Product ${i}` }),
      );
      await writeFile(join(dir, 'in.jsonl'), `${lines.join('\n')}\n`);
      const changed = await changeOnePercent(join(dir, 'in.jsonl'), join(dir, 'out.jsonl'));
      const out = (await readFile(join(dir, 'out.jsonl'), 'utf8')).split('\n').filter(Boolean);
      expect(changed).toBe(3);
      expect(out).toHaveLength(250);
      const differing = out.filter((line, i) => line !== lines[i]);
      expect(differing.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['p0', 'p100', 'p200']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the Chorus queries', () => {
  it('are the distinct queries of the judgments, quoted or not, in order of appearance', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aisle-bench-test-'));
    try {
      const file = join(dir, 'judgments.csv');
      await writeFile(file, 'query,docid,rating\nlaptop,123,2\n"usb-c, 2m ""braided""",1,0\nlaptop,456,1\n');
      expect(await chorusQueries(file)).toEqual(['laptop', 'usb-c, 2m "braided"']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('small formatting helpers', () => {
  it('name vector counts the short way', () => {
    expect(formatCount(19_406)).toBe('19k');
    expect(formatCount(100_000)).toBe('100k');
    expect(formatCount(1_000_000)).toBe('1M');
  });
});
