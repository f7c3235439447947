import { truncateSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCatalogSource, loadCatalog } from '../../../src/catalog/load.ts';
import { ids, issuesFor, product, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A CSV of `n` rows where every tenth row is broken in a different way. */
function tenPercentBroken(n: number): { csv: string; broken: Map<number, string> } {
  const breakers: ((i: number) => string)[] = [
    (i) => `P${i},,10.00,in stock`, // no title
    (i) => `P${i},Thing ${i},abc,in stock`, // not a price
    (i) => `P${i},Thing ${i},,in stock`, // no price
    (i) => `P${i},Thing ${i},-1.00,in stock`, // negative
    (i) => `P1,Thing ${i},5.00,in stock`, // duplicate id
    (i) => `,Thing ${i},5.00,in stock`, // no id
    (i) => `P${i},Thing ${i},2000000.00,in stock`, // absurd
    (i) => `P${i},Thing ${i},12.3.4,in stock`, // not a price
    (i) => `P${i},Thing ${i},5.00,in stock,surplus`, // an extra field
    (i) => `P${i},Thing ${i},5.00 XYZ,in stock`, // unknown currency code
  ];
  const lines = ['id,title,price,availability'];
  const broken = new Map<number, string>();
  for (let i = 1; i <= n; i++) {
    const line = i + 1;
    const breaker = breakers[(i / 10 - 1) % breakers.length];
    if (i % 10 === 0 && breaker) {
      lines.push(breaker(i));
      broken.set(line, lines.at(-1) ?? '');
    } else lines.push(`P${i},Thing ${i},${i}.99,in stock`);
  }
  return { csv: `${lines.join('\n')}\n`, broken };
}

describe('a catalog with 10% broken rows', () => {
  it('loads the other 90% and names every skipped row by line', async () => {
    const { csv, broken } = tenPercentBroken(100);
    const load = await loadCatalog({ path: tmp.write('ten-percent.csv', csv) });
    expect(load.recordsSeen).toBe(100);
    expect(load.products).toHaveLength(90);
    const errors = load.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.line)).toEqual([...broken.keys()]);
    expect(errors.every((i) => i.reason.length > 0 && i.file.endsWith('ten-percent.csv'))).toBe(true);
    expect(errors.find((i) => i.line === 51)?.reason).toBe(
      'duplicate id, later record skipped (first at line 2, again at line 51)',
    );
    expect(product(load, 'P99').price).toEqual({ minor: 9999, currency: 'USD' });
  });
});

describe('fatal catalog problems', () => {
  it('a missing file names the path and how to point aisle at the catalog', async () => {
    const path = tmp.path('nope/products.csv');
    const err = await rejection(loadCatalog({ path }), 'CATALOG_NOT_FOUND');
    expect(err.message).toContain(path);
    expect(err.hint).toContain('AISLE_CATALOG');
    expect(err.hint).toContain('--catalog');
    tmp.write('keep', '');
    await rejection(loadCatalog({ path: tmp.path('') }), 'CATALOG_NOT_FOUND');
  });

  it('an empty file, a blank file and a header without rows are CATALOG_EMPTY', async () => {
    const empty = tmp.write('empty.csv', '');
    expect((await rejection(loadCatalog({ path: empty }), 'CATALOG_EMPTY')).message).toContain(empty);
    await rejection(loadCatalog({ path: tmp.write('blank.jsonl', '\n\n  \n') }), 'CATALOG_EMPTY');
    const header = await rejection(
      loadCatalog({ path: tmp.write('header.csv', 'id,title,price\n') }),
      'CATALOG_EMPTY',
    );
    expect(header.message).toContain('header row but no products');
    await rejection(loadCatalog({ path: tmp.write('none.json', '[]') }), 'CATALOG_EMPTY');
  });

  it('a file with no valid rows is CATALOG_NO_VALID_ROWS quoting the first issues', async () => {
    const path = tmp.write('all-bad.csv', 'id,title,price\na,,1.00\nb,B,abc\nc,C,\n');
    const err = await rejection(loadCatalog({ path }), 'CATALOG_NO_VALID_ROWS');
    expect(err.message).toContain('None of the 3 records');
    expect(err.message).toContain(`${path}:2 [a] title: missing title`);
    expect(err.message).toContain(`${path}:3 [b] price: not a valid price (got "abc")`);
    expect(err.message).toContain(`${path}:4 [c] price: missing price`);
  });

  it('a file over 2 GiB is CATALOG_TOO_LARGE without being read', async () => {
    const path = tmp.write('huge.jsonl', '');
    truncateSync(path, 2 * 1024 ** 3 + 1); // sparse: takes no disk space
    const err = await rejection(loadCatalog({ path }), 'CATALOG_TOO_LARGE');
    expect(err.message).toContain(path);
  });

  it('an unknown format name or undetectable content is CATALOG_FORMAT', async () => {
    const path = tmp.write('notes.txt', 'just some notes\nwith no columns\n');
    const unknown = await rejection(loadCatalog({ path, format: 'xlsx' as 'csv' }), 'CATALOG_FORMAT');
    expect(unknown.message).toContain('Unknown catalog format "xlsx"');
    const undetected = await rejection(loadCatalog({ path }), 'CATALOG_FORMAT');
    expect(undetected.message).toContain(path);
    expect(undetected.hint).toContain('AISLE_CATALOG_FORMAT');
  });

  it('spreadsheets, archives and headerless UTF-16 are refused with advice', async () => {
    const xlsx = tmp.write('products.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect((await rejection(loadCatalog({ path: xlsx }), 'CATALOG_FORMAT')).hint).toContain('CSV');
    const gz = tmp.write('products.csv.gz', Buffer.from([0x1f, 0x8b, 8, 0]));
    expect((await rejection(loadCatalog({ path: gz }), 'CATALOG_FORMAT')).message).toContain('gzip');
    const utf16 = tmp.write('utf16.csv', Buffer.from('id,title,price\n', 'utf16le'));
    await rejection(loadCatalog({ path: utf16 }), 'CATALOG_ENCODING');
  });

  it('a format named by the user that does not fit says which columns are missing', async () => {
    const path = tmp.write('plain.csv', 'id,title,price\na,A,1\n');
    expect((await rejection(loadCatalog({ path, format: 'shopify' }), 'CATALOG_FORMAT')).message).toContain(
      '"Handle"',
    );
    const tsv = tmp.write('plain.tsv', 'sku\tname\tprice\na\tA\t1\n');
    expect((await rejection(loadCatalog({ path: tsv, format: 'gmc' }), 'CATALOG_FORMAT')).message).toContain(
      '"id"',
    );
  });

  it('a stray NUL byte is dropped rather than refusing the file', async () => {
    const path = tmp.write('nul.csv', 'id,title,price\na,Tea\u0000 cup,1\nb,Pot,2\n');
    const load = await loadCatalog({ path });
    expect(load.products.map((p) => p.title)).toEqual(['Tea cup', 'Pot']);
  });

  it('an invalid default currency is a configuration error', async () => {
    const path = tmp.write('ok.csv', 'id,title,price\na,A,1\n');
    await rejection(loadCatalog({ path, defaultCurrency: 'dollars' }), 'CONFIG_INVALID');
  });
});

describe('text encodings', () => {
  it('reads Windows-1252 lines with a warning naming each line, and keeps the rows', async () => {
    const bytes = Buffer.concat([
      Buffer.from('id,title,price\nA1,Crème brûlée set,20.00\n', 'utf8'),
      Buffer.from([...Buffer.from('A2,Caf'), 0xe9, ...Buffer.from(' au lait cups,12.00\n')]),
      Buffer.from('A3,Plain mug,8.00\n', 'utf8'),
      Buffer.from([
        ...Buffer.from('A4,'),
        0x93,
        ...Buffer.from('Best'),
        0x94,
        ...Buffer.from(' tray,'),
        0x80,
        ...Buffer.from('9.50\n'),
      ]),
    ]);
    const load = await loadCatalog({ path: tmp.write('cp1252.csv', bytes) });
    expect(ids(load)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(product(load, 'A1').title).toBe('Crème brûlée set');
    expect(product(load, 'A2').title).toBe('Café au lait cups');
    expect(product(load, 'A4').title).toBe('“Best” tray');
    expect(product(load, 'A4').price).toEqual({ minor: 950, currency: 'EUR' });
    expect(load.issues.map((i) => [i.line, i.severity, i.reason])).toEqual([
      [3, 'warning', 'not valid UTF-8, read as Windows-1252 (check accented letters and symbols)'],
      [5, 'warning', 'not valid UTF-8, read as Windows-1252 (check accented letters and symbols)'],
    ]);
  });

  it('drops a UTF-8 byte-order mark and reads UTF-16 with one', async () => {
    const bom = await loadCatalog({ path: tmp.write('bom.csv', `\ufeffid,title,price\nB1,Bowl,5\n`) });
    expect(bom.products[0]?.id).toBe('B1');
    expect(bom.issues).toEqual([]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('id\ttitle\tprice\nU1\tÜber mug\t7\n', 'utf16le'),
    ]);
    const wide = await loadCatalog({ path: tmp.write('utf16-bom.tsv', utf16) });
    expect(wide.products[0]).toMatchObject({ id: 'U1', title: 'Über mug' });
  });
});

describe('field clean-up in every record', () => {
  it('collapses newlines in titles, cuts long titles with a warning and dedupes tags', async () => {
    const long = `Very ${'long '.repeat(100)}title`;
    const rows = [
      { id: 't1', title: ' Two\nline\r\n\ttitle ', price: '1', tags: 'a, b, A, ,b' },
      { id: 't2', title: long, price: '1' },
      { id: 't3', title: '<b>Bold</b> &amp; bright', price: '1' },
    ];
    const load = await loadCatalog({
      path: tmp.write('titles.jsonl', rows.map((r) => JSON.stringify(r)).join('\n')),
    });
    expect(product(load, 't1')).toMatchObject({ title: 'Two line title', tags: ['a', 'b'] });
    const cut = product(load, 't2').title;
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('…')).toBe(true);
    expect(issuesFor(load, 't2')).toMatchObject([{ field: 'title', severity: 'warning' }]);
    expect(issuesFor(load, 't2')[0]?.reason).toMatch(/^title longer than 300 characters, cut/);
    expect(product(load, 't3').title).toBe('Bold & bright');
  });
});

describe('FileCatalogSource', () => {
  it('describes itself by path and reads the file again on every load', async () => {
    const path = tmp.write('live.jsonl', '{"id":"a","title":"A","price":"1.00"}\n');
    const source = new FileCatalogSource({ path });
    expect(source.description).toBe(path);
    expect(ids(await source.load())).toEqual(['a']);
    tmp.write('live.jsonl', '{"id":"a","title":"A","price":"1.00"}\n{"id":"b","title":"B","price":"2.00"}\n');
    expect(ids(await source.load())).toEqual(['a', 'b']);
  });
});
