import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { fixture, ids, issuesFor, product } from './helpers.ts';

describe('Shopify product CSV, older header set', () => {
  it('merges variant and image-only rows by handle', async () => {
    const load = await loadCatalog({ path: fixture('shopify-legacy.csv') });
    expect(load.format).toBe('shopify');
    expect(load.recordsSeen).toBe(13);
    expect(ids(load)).toEqual(['ridge-hoodie', 'camp-mug', 'summit-pack']);
    const hoodie = product(load, 'ridge-hoodie');
    expect(hoodie).toMatchObject({
      title: 'Ridge Fleece Hoodie',
      brand: 'Northwind Outfitters',
      category: ['Apparel & Accessories', 'Clothing', 'Activewear'],
      tags: ['fleece', 'winter', 'Hoodies'],
      price: { minor: 6400, currency: 'USD' },
      listPrice: { minor: 8000, currency: 'USD' },
      availability: 'in_stock',
      imageUrl: 'https://cdn.shop.example/ridge-front.jpg',
    });
    expect(hoodie.description).toBe('Brushed fleece with a scuba hood.\n\nMachine wash cold.');
    expect(hoodie.variants.map((v) => [v.id, v.title, v.availability, v.stockCount, v.attributes])).toEqual([
      ['RH-S-SL', 'S / Slate', 'in_stock', 3, { Size: 'S', Color: 'Slate' }],
      ['RH-M-SL', 'M / Slate', 'out_of_stock', 0, { Size: 'M', Color: 'Slate' }],
      ['RH-L-MO', 'L / Moss', 'backorder', 0, { Size: 'L', Color: 'Moss' }],
    ]);
    expect(hoodie.variants[2]?.imageUrl).toBe('https://cdn.shop.example/ridge-moss.jpg');
  });

  it('drops a variant with a bad price and says which row it was', async () => {
    const load = await loadCatalog({ path: fixture('shopify-legacy.csv') });
    expect(issuesFor(load, 'ridge-hoodie')).toMatchObject([
      {
        line: 6,
        field: 'Variant Price',
        severity: 'warning',
        reason: 'variant skipped: not a valid price (got "oops")',
      },
    ]);
  });

  it('folds a "Default Title" product into one product and reads stock rules', async () => {
    const load = await loadCatalog({ path: fixture('shopify-legacy.csv') });
    const mug = product(load, 'camp-mug');
    expect(mug).toMatchObject({
      sku: 'CM-01',
      price: { minor: 1800 },
      availability: 'in_stock',
      variants: [],
    });
    expect(mug.description).toBe('Speckled enamel & steel rim.');
    expect(mug.stockCount).toBeUndefined(); // inventory not tracked
    const pack = product(load, 'summit-pack');
    expect(pack).toMatchObject({ availability: 'backorder', stockCount: 0 }); // 0 left, continues selling
    expect(pack.description).toBe('Roll-top pack for day hikes.'); // SEO description as fallback
  });

  it('leaves out draft, archived and unpublished products with a warning', async () => {
    const load = await loadCatalog({ path: fixture('shopify-legacy.csv') });
    const leftOut = load.issues.filter((i) => i.reason.startsWith('not loaded'));
    expect(leftOut.map((i) => [i.id, i.severity, i.reason])).toEqual([
      ['draft-tent', 'warning', 'not loaded: not active (got "draft")'],
      ['old-lantern', 'warning', 'not loaded: not active (got "archived")'],
      ['hidden-cap', 'warning', 'not loaded: not published (got "false")'],
    ]);
    const errors = load.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.line, i.id, i.field, i.reason])).toEqual([
      [13, 'no-price', 'Variant Price', 'missing price'],
      [14, undefined, 'Handle', 'missing handle, row skipped'],
    ]);
  });
});

describe('Shopify product CSV, current header set', () => {
  it('merges variants by URL handle and reads the renamed columns', async () => {
    const load = await loadCatalog({ path: fixture('shopify-current.csv') });
    expect(load.format).toBe('shopify');
    expect(ids(load)).toEqual(['harbor-rain-jacket', 'driftwood-candle']);
    const jacket = product(load, 'harbor-rain-jacket');
    expect(jacket).toMatchObject({
      title: 'Harbor Rain Jacket',
      brand: 'Tidewater Supply',
      category: ['Apparel & Accessories', 'Clothing', 'Outerwear', 'Coats & Jackets'],
      price: { minor: 11_900 },
      availability: 'in_stock',
      stockCount: 4,
      imageUrl: 'https://cdn.shop.example/harbor-front.jpg',
    });
    expect(jacket.description).toBe('Stay dry\n\n3-layer shell, taped seams.');
    expect(jacket.listPrice).toBeUndefined(); // the cheapest variant has no compare-at price
    expect(jacket.variants.map((v) => [v.sku, v.title, v.availability])).toEqual([
      ['HRJ-S-NV', 'S / Navy', 'in_stock'],
      ['HRJ-M-NV', 'M / Navy', 'backorder'],
      ['HRJ-L-RD', 'L / Red', 'out_of_stock'],
    ]);
  });

  it('keeps the barcode as GTIN and skips drafts and bad prices', async () => {
    const load = await loadCatalog({ path: fixture('shopify-current.csv') });
    expect(product(load, 'driftwood-candle')).toMatchObject({
      gtin: '4006381333931',
      availability: 'in_stock',
    });
    expect(issuesFor(load, 'tide-chart-poster')).toMatchObject([{ severity: 'warning', field: 'Status' }]);
    expect(issuesFor(load, 'sea-glass-earrings')).toMatchObject([
      { severity: 'error', field: 'Price', line: 8, reason: 'negative price (got "-12.00")' },
    ]);
  });
});
