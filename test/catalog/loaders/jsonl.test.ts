import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { fixture, ids, issuesFor, product, tempDir } from './helpers.ts';

describe('JSON Lines catalogs', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('loads good lines and skips each bad line on its own', async () => {
    const load = await loadCatalog({ path: fixture('products.jsonl') });
    expect(load.format).toBe('jsonl');
    expect(load.recordsSeen).toBe(8);
    expect(ids(load)).toEqual(['hp-100', 'hp-200', 'hp-600', 'hp-700']);
    const errors = load.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.line, i.id, i.field])).toEqual([
      [4, 'hp-300', 'price'],
      [5, 'hp-400', 'price'],
      [6, undefined, undefined],
      [7, undefined, undefined],
    ]);
    expect(issuesFor(load, 'hp-300')[0]?.reason).toBe('not a valid price (got "12.3.4")');
    expect(issuesFor(load, 'hp-400')[0]?.reason).toBe('missing price');
    expect(errors[2]?.reason).toMatch(/^not valid JSON, line skipped \(column 38: /);
  });

  it('reads currency from a "15.00 USD" price and fixes protocol-relative images', async () => {
    const load = await loadCatalog({ path: fixture('products.jsonl'), defaultCurrency: 'EUR' });
    const buds = product(load, 'hp-200');
    expect(buds.price).toEqual({ minor: 1500, currency: 'USD' });
    expect(buds.availability).toBe('in_stock');
    expect(buds.imageUrl).toBe('https://cdn.shop.example/hp-200.png');
  });

  it('reads decimal commas in the record currency and drops unsafe links', async () => {
    const load = await loadCatalog({ path: fixture('products.jsonl') });
    const bar = product(load, 'hp-600');
    expect(bar.price).toEqual({ minor: 24900, currency: 'EUR' });
    expect(bar.url).toBeUndefined();
    expect(bar.rating).toBe(4.8);
    expect(issuesFor(load, 'hp-600')).toMatchObject([{ field: 'url', severity: 'warning' }]);
  });

  it('keeps a list price above the price and drops an invalid GTIN', async () => {
    const load = await loadCatalog({ path: fixture('products.jsonl') });
    const deck = product(load, 'hp-700');
    expect(deck).toMatchObject({ availability: 'backorder', listPrice: { minor: 24900, currency: 'USD' } });
    expect(deck.gtin).toBeUndefined();
    expect(issuesFor(load, 'hp-700')[0]?.reason).toBe('not a valid GTIN, ignored (got "abc")');
  });

  it('handles CRLF line endings and blank lines without shifting line numbers', async () => {
    const path = tmp.write(
      'crlf.jsonl',
      '{"id":"a","title":"A","price":"1.00"}\r\n\r\n{"id":"b","title":"","price":"2.00"}\r\n{"id":"c","title":"C","price":"3"}\r\n',
    );
    const load = await loadCatalog({ path });
    expect(ids(load)).toEqual(['a', 'c']);
    expect(load.issues).toMatchObject([
      { line: 3, record: 2, id: 'b', field: 'title', reason: 'missing title' },
    ]);
  });
});
