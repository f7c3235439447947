import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../../src/catalog/loaders/csv.ts';
import { decodeCatalogBytes, decodeWindows1252 } from '../../../src/catalog/loaders/decode.ts';
import { IssueLog } from '../../../src/catalog/loaders/issues.ts';
import { loadJsonl } from '../../../src/catalog/loaders/json.ts';

describe('decoding in pieces', () => {
  const bytes = Buffer.concat([
    Buffer.from('id,title,price,description\n1,Alpha,1.00,"two\nlines"\n2,Beta,2.00,x\n'),
    Buffer.from([...Buffer.from('3,Gamm'), 0xe4, ...Buffer.from(',3.00,y\n')]),
    Buffer.from('4,Delta,4.00,"quoted, with comma"\n'),
  ]);

  it('cuts pieces at line breaks and numbers invalid lines across pieces', () => {
    const log = new IssueLog('t.csv');
    const text = decodeCatalogBytes(bytes, log, 16);
    expect(text.chunks.length).toBeGreaterThan(3);
    expect(text.chunks.every((c) => c.endsWith('\n'))).toBe(true);
    expect(text.chunks.join('')).toContain('3,Gammä,3.00');
    expect(text.length).toBe(text.chunks.join('').length);
    expect(log.sorted().map((i) => i.line)).toEqual([5]);
  });

  it('parses CSV records that span pieces, with the right line numbers', async () => {
    const log = new IssueLog('t.csv');
    const text = decodeCatalogBytes(bytes, log, 16);
    const out = await loadCsv({ text, log, defaultCurrency: 'USD' });
    expect(out.records.map((r) => [r.where.line, r.id, r.description])).toEqual([
      [2, '1', 'two\nlines'],
      [4, '2', 'x'],
      [5, '3', 'y'],
      [6, '4', 'quoted, with comma'],
    ]);
  });

  it('reads JSON Lines across pieces', () => {
    const log = new IssueLog('t.jsonl');
    const lines = Buffer.from('{"id":"a"}\n{"id":"b"}\n\n{"id":"c"}\n');
    const out = loadJsonl({ text: decodeCatalogBytes(lines, log, 8), log, defaultCurrency: 'USD' });
    expect(out.records.map((r) => [r.where.line, r.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [4, 'c'],
    ]);
  });

  it('maps the Windows-1252 range 0x80–0x9F to the right characters', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x85, 0x91, 0x92, 0x96, 0x99, 0xe9, 0xfc]))).toBe('€…‘’–™éü');
  });
});
