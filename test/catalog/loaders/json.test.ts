import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { fixture, ids, issuesFor, product, rejection, tempDir } from './helpers.ts';

describe('JSON array catalogs', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('loads the good products and reports every broken one', async () => {
    const load = await loadCatalog({ path: fixture('products.json') });
    expect(load.format).toBe('json');
    expect(load.recordsSeen).toBe(11);
    expect(ids(load)).toEqual(['kettle-1', 'tee-trail', 'lamp-9', 'mug-3', 'sold-out-bowl']);
    const skipped = load.issues.filter((i) => i.severity === 'error');
    expect(skipped.map((i) => [i.id, i.field, i.line])).toEqual([
      ['no-title', 'title', 43],
      ['bad-price', 'price', 47],
      ['kettle-1', 'id', 52],
      ['negative', 'price', 57],
      ['yacht', 'price', 76],
      [undefined, undefined, 81],
    ]);
    expect(issuesFor(load, 'bad-price')[0]?.reason).toBe('not a valid price (got "abc")');
    expect(issuesFor(load, 'yacht')[0]?.reason).toContain('price above 1,000,000');
    expect(load.issues.find((i) => i.line === 81)?.reason).toContain('not a product object');
  });

  it('reads canonical fields, snake_case aliases and cleans text', async () => {
    const load = await loadCatalog({ path: fixture('products.json') });
    const kettle = product(load, 'kettle-1');
    expect(kettle).toMatchObject({
      title: 'Kettlebrook Steel Kettle',
      brand: 'Kettlebrook',
      category: ['Home', 'Kitchen', 'Kettles'],
      price: { minor: 4999, currency: 'USD' },
      availability: 'in_stock',
      stockCount: 12,
      imageUrl: 'https://cdn.shop.example/kettle-1.jpg',
      tags: ['kitchen', 'tea'],
      attributes: { capacity: '1.7 L', wattage: '2200', cordless: 'true' },
      rating: 4.6,
      ratingCount: 210,
      gtin: '0012345678905',
    });
    expect(kettle.description).toContain('Boils 1.7 L in four minutes.');
    expect(kettle.description).toContain('Limescale filter');
    expect(kettle.description).not.toMatch(/<|&nbsp;/);
    expect(product(load, 'mug-3').title).toBe('Pebblestone Ceramic Mug');
  });

  it('takes a price object with its currency, and a list price in that currency', async () => {
    const lamp = product(await loadCatalog({ path: fixture('products.json') }), 'lamp-9');
    expect(lamp.price).toEqual({ minor: 12900, currency: 'EUR' });
    expect(lamp.listPrice).toEqual({ minor: 14900, currency: 'EUR' });
    expect(lamp.availability).toBe('preorder');
  });

  it('prices a product at its lowest variant and keeps it in stock when any variant is', async () => {
    const load = await loadCatalog({ path: fixture('products.json') });
    const tee = product(load, 'tee-trail');
    expect(tee.price).toEqual({ minor: 2250, currency: 'USD' });
    expect(tee.availability).toBe('in_stock');
    expect(tee.variants.map((v) => [v.id, v.title, v.stockCount])).toEqual([
      ['tee-trail-s-red', 'S / Red', 0],
      ['tee-trail-m-red', 'M / Red', 5],
    ]);
    const dropped = issuesFor(load, 'tee-trail');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ severity: 'warning', field: 'variants[2].price' });
  });

  it('drops absurd optional values with a warning and keeps the product', async () => {
    const load = await loadCatalog({ path: fixture('products.json') });
    const mug = product(load, 'mug-3');
    expect(mug.rating).toBeUndefined();
    expect(mug.availability).toBe('in_stock');
    expect(issuesFor(load, 'mug-3').map((i) => i.reason)).toEqual([
      'unknown availability, treated as in stock (got "maybe")',
      'rating outside 0–5, ignored (got "7.5")',
    ]);
    const bowl = product(load, 'sold-out-bowl');
    expect(bowl.stockCount).toBeUndefined();
    expect(bowl.availability).toBe('out_of_stock');
    expect(load.issues.some((i) => i.field === 'colour' && i.reason === 'unknown field, ignored')).toBe(true);
  });

  it('accepts an object with a "products" array and uses the default currency', async () => {
    const path = tmp.write(
      'wrapped.json',
      JSON.stringify(
        {
          shop: 'x',
          products: [
            { id: 'a', title: 'A', price: 3 },
            { id: 'b', title: 'B', price: 'x' },
          ],
        },
        null,
        2,
      ),
    );
    const load = await loadCatalog({ path, defaultCurrency: 'gbp' });
    expect(product(load, 'a').price).toEqual({ minor: 300, currency: 'GBP' });
    expect(load.issues[0]).toMatchObject({ id: 'b', record: 2, line: 9, severity: 'error' });
  });

  it('reports an invalid document with its line and column', async () => {
    const path = tmp.write(
      'broken.json',
      '[\n  {"id": "a", "title": "A", "price": 1},\n  {"id": "b" "title": "B"}\n]\n',
    );
    const err = await rejection(loadCatalog({ path }), 'CATALOG_FORMAT');
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/line 3, column 14/);
  });

  it('says so when the JSON is not a list of products', async () => {
    const path = tmp.write('object.json', '{"name": "not a catalog"}');
    const err = await rejection(loadCatalog({ path }), 'CATALOG_FORMAT');
    expect(err.message).toContain('not a list of products');
  });
});
