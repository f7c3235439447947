import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { fixture, ids, issuesFor, product, rejection, tempDir } from './helpers.ts';

describe('Google Merchant Center TSV feeds', () => {
  it('reads prices with currencies, sale prices and attributes', async () => {
    const load = await loadCatalog({ path: fixture('gmc.tsv') });
    expect(load.format).toBe('gmc');
    expect(load.recordsSeen).toBe(8);
    expect(ids(load)).toEqual(['KB-7', 'FL-1', 'CB-2', 'OK-3']);
    expect(product(load, 'KB-7')).toMatchObject({
      title: 'Kettlebrook Gooseneck Kettle',
      description: 'Pour-over kettle with thermometer.',
      price: { minor: 4900, currency: 'USD' },
      listPrice: { minor: 5900, currency: 'USD' },
      category: ['Home', 'Kitchen', 'Kettles'],
      url: 'https://shop.example/kb-7',
      gtin: '0614141000029',
      tags: ['summer sale'],
      attributes: {
        mpn: 'KB7',
        condition: 'new',
        color: 'Matte Black',
        google_product_category: 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles',
      },
    });
    expect(product(load, 'CB-2')).toMatchObject({
      price: { minor: 3500, currency: 'EUR' },
      availability: 'backorder',
      category: [],
      attributes: { condition: 'refurbished', google_product_category: '638' },
    });
  });

  it('makes items of one item_group_id variants of one product', async () => {
    const vest = product(await loadCatalog({ path: fixture('gmc.tsv') }), 'FL-1');
    expect(vest).toMatchObject({
      title: 'Fjord Fleece Vest',
      price: { minor: 3900 },
      listPrice: { minor: 4200 },
      availability: 'in_stock',
      attributes: { condition: 'new', material: 'Recycled polyester', google_product_category: '5598' },
    });
    expect(vest.variants.map((v) => [v.id, v.title, v.availability, v.price.minor])).toEqual([
      ['FL-1-S', 'Grey / S', 'in_stock', 4500],
      ['FL-1-M', 'Grey / M', 'out_of_stock', 4500],
      ['FL-1-L', 'Ochre / L', 'preorder', 3900],
    ]);
  });

  it('skips items without title or price and ignores a bad sale price', async () => {
    const load = await loadCatalog({ path: fixture('gmc.tsv') });
    expect(load.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.id, i.field])).toEqual([
      [7, 'BAD-1', 'title'],
      [8, 'BAD-2', 'price'],
    ]);
    expect(product(load, 'OK-3').price.minor).toBe(2200);
    expect(issuesFor(load, 'OK-3').map((i) => i.field)).toEqual(['sale_price', 'availability']);
  });
});

describe('Google Merchant Center XML feeds', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('reads RSS 2.0 items with the g: namespace', async () => {
    const load = await loadCatalog({ path: fixture('gmc-rss.xml') });
    expect(load.format).toBe('gmc');
    expect(load.recordsSeen).toBe(4);
    expect(ids(load)).toEqual(['TW-HP-1', 'TW-SP-1']);
    expect(product(load, 'TW-HP-1')).toMatchObject({
      title: 'Tidewater Wireless Headphones',
      description: 'Noise cancelling, 30 h battery.',
      price: { minor: 9900, currency: 'USD' },
      listPrice: { minor: 12_900, currency: 'USD' },
      category: ['Electronics', 'Audio', 'Audio Components', 'Headphones & Headsets'],
      imageUrl: 'https://cdn.shop.example/tw-hp-1.jpg',
      attributes: { condition: 'new', 'Battery life': '30 hours' },
    });
    const speaker = product(load, 'TW-SP-1');
    expect(speaker).toMatchObject({
      title: 'Tidewater Pocket Speaker',
      price: { minor: 4500 },
      category: ['Electronics', 'Speakers'],
    });
    expect(speaker.variants.map((v) => v.title)).toEqual(['Black', 'Teal']);
    expect(load.issues).toMatchObject([
      { line: 54, record: 4, id: 'TW-BAD', field: 'price', severity: 'error' },
    ]);
  });

  it('reads Atom entries, link hrefs and keeps a numeric category as an attribute', async () => {
    const load = await loadCatalog({ path: fixture('gmc-atom.xml') });
    expect(product(load, 'LO-LAMP-5')).toMatchObject({
      title: 'Lumen & Oak Reading Lamp',
      url: 'https://shop.example/lo-lamp-5',
      description: 'Dimmable LED reading lamp.',
      price: { minor: 7500, currency: 'GBP' },
      category: [],
      attributes: { google_product_category: '4636' },
    });
    expect(load.issues).toMatchObject([
      { line: 17, id: 'LO-SHADE-2', reason: 'negative price (got "-3.00 GBP")' },
    ]);
  });

  it('reads a feed that declares ISO-8859-1 without warnings', async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss xmlns:g="http://base.google.com/ns/1.0"><channel><item><g:id>1</g:id><g:title>Caf\xe9 Mug</g:title><g:price>9.00 EUR</g:price></item></channel></rss>`;
    const load = await loadCatalog({ path: tmp.write('latin1.xml', Buffer.from(xml, 'latin1')) });
    expect(load.products[0]?.title).toBe('Café Mug');
    expect(load.issues).toEqual([]);
  });

  it('reports malformed XML with its line and column', async () => {
    const path = tmp.write('broken.xml', '<rss>\n<channel>\n<item><g:id>1</g:id></itme>\n</channel></rss>');
    const err = await rejection(loadCatalog({ path }), 'CATALOG_FORMAT');
    expect(err.message).toMatch(/line 3, column \d+/);
  });

  it('refuses XML that is not a product feed', async () => {
    const path = tmp.write('sitemap.xml', '<urlset><url><loc>https://shop.example/</loc></url></urlset>');
    const err = await rejection(loadCatalog({ path }), 'CATALOG_FORMAT');
    expect(err.message).toContain('not an RSS 2.0 or Atom product feed');
  });
});

describe('Merchant Center currencies', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('prices a group in the currency its items name, and skips an item in another one', async () => {
    const tsv = [
      'id\ttitle\tprice\titem_group_id\tsize\tavailability\timage_link',
      'S-1\tWool Scarf S\t30.00 EUR\tS\tS\tin stock\thttps://cdn.shop.example/s.jpg',
      'S-2\tWool Scarf L\t32.00 EUR\tS\tL\tin stock\thttps://cdn.shop.example/s.jpg',
      'S-3\tWool Scarf XL\t25.00 GBP\tS\tXL\tin stock\thttps://cdn.shop.example/s.jpg',
    ].join('\n');
    const load = await loadCatalog({ path: tmp.write('eur.tsv', tsv) });
    const scarf = product(load, 'S');
    expect(scarf.price).toEqual({ minor: 3000, currency: 'EUR' });
    expect(scarf.variants.map((v) => v.id)).toEqual(['S-1', 'S-2']);
    expect(issuesFor(load, 'S')).toMatchObject([{ line: 4, field: 'price', severity: 'warning' }]);
  });
});
