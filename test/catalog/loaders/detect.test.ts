import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { detectFormat } from '../../../src/catalog/loaders/detect.ts';
import { fixture, rejection, tempDir } from './helpers.ts';

describe('format auto-detection', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it.each([
    ['products.json', 'json'],
    ['products.jsonl', 'jsonl'],
    ['generic.csv', 'csv'],
    ['mapped.csv', 'csv'],
    ['shopify-legacy.csv', 'shopify'],
    ['shopify-current.csv', 'shopify'],
    ['gmc.tsv', 'gmc'],
    ['gmc-rss.xml', 'gmc'],
    ['gmc-atom.xml', 'gmc'],
  ])('picks the right format for %s', async (name, format) => {
    const csvMapping =
      name === 'mapped.csv' ? { id: 'Artikelnummer', title: 'Bezeichnung', price: 'Preis' } : undefined;
    const load = await loadCatalog({ path: fixture(name), ...(csvMapping ? { csvMapping } : {}) });
    expect(load.format).toBe(format);
  });

  it('goes by content when the extension says nothing or misleads', () => {
    expect(detectFormat('export.txt', '[{"id":"a"}]')).toBe('json');
    expect(detectFormat('export.txt', '{"id":"a"}\n{"id":"b"}\n')).toBe('jsonl');
    expect(detectFormat('export.json', '{"id":"a"}\n{"id":"b"}\n')).toBe('jsonl');
    expect(detectFormat('export.json', '{"products": []}')).toBe('json');
    expect(detectFormat('export.json', '{\n  "products": []\n}')).toBe('json');
    expect(detectFormat('feed.txt', '<?xml version="1.0"?><rss/>')).toBe('gmc');
    expect(detectFormat('feed.txt', 'g:id\tg:title\tg:price\n1\tA\t1 USD')).toBe('gmc');
    expect(detectFormat('feed.csv', 'id,title,price,link,image_link,availability\n')).toBe('gmc');
    expect(detectFormat('x.csv', 'Handle,Title,Body (HTML),Vendor,Variant Price\n')).toBe('shopify');
    expect(detectFormat('x.csv', 'title,url handle,description,vendor,price,status\n')).toBe('shopify');
    expect(detectFormat('x.csv', 'id;name;price\n')).toBe('csv');
    expect(detectFormat('x.csv', 'id,title,price,link,availability\n')).toBe('csv');
    expect(detectFormat('x.xml', 'id,title,price\n')).toBeUndefined();
    expect(detectFormat('x.txt', 'hello\n')).toBeUndefined();
  });

  it('a named format overrides detection, and a wrong one says what went wrong', async () => {
    const path = tmp.write('products.txt', 'id,title,price\na,A,1.00\n');
    expect((await loadCatalog({ path, format: 'csv' })).format).toBe('csv');
    const err = await rejection(loadCatalog({ path, format: 'json' }), 'CATALOG_FORMAT');
    expect(err.message).toContain('is not valid JSON');
    expect(err.hint).toContain('probably not JSON');
  });
});
