import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/catalog/load.ts';
import { fixture, ids, issuesFor, product, rejection, tempDir } from './helpers.ts';

const MAPPING = {
  id: 'Artikelnummer',
  title: 'Bezeichnung',
  brand: 'Hersteller',
  price: 'Preis',
  currency: 'Waehrung',
  stockCount: 'Bestand',
  imageUrl: 'Bild',
};

describe('generic CSV catalogs', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('finds columns by common header names and loads the good rows', async () => {
    const load = await loadCatalog({ path: fixture('generic.csv') });
    expect(load.format).toBe('csv');
    expect(load.recordsSeen).toBe(12);
    expect(ids(load)).toEqual(['DESK-01', 'CHAIR-01', 'SOCK', 'LAMP-04', 'MAT-02']);
    const desk = product(load, 'DESK-01');
    expect(desk).toMatchObject({
      title: 'Oakline Standing Desk',
      brand: 'Lumen & Oak',
      category: ['Home', 'Office', 'Desks'],
      price: { minor: 129_900, currency: 'USD' },
      stockCount: 4,
      url: 'https://shop.example/desk-01',
      imageUrl: 'https://cdn.shop.example/desk-01.jpg',
      tags: ['office', 'ergonomic'],
      attributes: { Material: 'Oak veneer' },
    });
    expect(desk.description).toBe('Electric height range 62–127 cm.\n\nMemory presets.');
    expect(product(load, 'CHAIR-01').availability).toBe('out_of_stock');
  });

  it('reports each broken row by line, column header and product id', async () => {
    const load = await loadCatalog({ path: fixture('generic.csv') });
    const errors = load.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.line, i.id, i.field])).toEqual([
      [8, 'LAMP-02', 'Name'],
      [9, 'LAMP-03', 'Price'],
      [11, 'DESK-01', 'id'],
      [12, undefined, undefined],
      [13, undefined, undefined],
    ]);
    expect(errors[2]?.reason).toBe('duplicate id, later record skipped (first at line 2, again at line 11)');
    expect(errors[3]?.reason).toMatch(/^row has more fields than the header/);
    expect(errors[4]?.reason).toMatch(/^unclosed quote/);
    expect(issuesFor(load, 'LAMP-04')).toMatchObject([{ field: 'Stock', severity: 'warning' }]);
    expect(product(load, 'LAMP-04').availability).toBe('out_of_stock');
  });

  it('groups rows sharing item_group_id into one product with variants', async () => {
    const sock = product(await loadCatalog({ path: fixture('generic.csv') }), 'SOCK');
    expect(sock.title).toBe('Trail Sock');
    expect(sock.price).toEqual({ minor: 1100, currency: 'USD' });
    expect(sock.availability).toBe('in_stock');
    expect(sock.attributes).toEqual({ Material: 'Merino' });
    expect(sock.variants.map((v) => [v.id, v.title, v.availability, v.stockCount])).toEqual([
      ['SOCK-RED-M', 'Red / M', 'in_stock', 25],
      ['SOCK-RED-L', 'Red / L', 'out_of_stock', 0],
      ['SOCK-BLU-M', 'Blue / M', 'in_stock', undefined],
    ]);
  });

  it('uses an explicit column mapping and a semicolon delimiter', async () => {
    const load = await loadCatalog({ path: fixture('mapped.csv'), csvMapping: MAPPING });
    expect(ids(load)).toEqual(['K-100', 'K-200']);
    expect(product(load, 'K-100')).toMatchObject({
      title: 'Wasserkocher Classic',
      price: { minor: 3995, currency: 'EUR' },
      brand: 'Kettlebrook',
      stockCount: 5,
    });
    expect(load.issues).toMatchObject([{ line: 4, id: 'K-300', field: 'Preis', reason: 'missing price' }]);
  });

  it('explains which columns are missing when no mapping fits', async () => {
    const err = await rejection(loadCatalog({ path: fixture('mapped.csv') }), 'CATALOG_FORMAT');
    expect(err.message).toContain('no column for id, title, price');
    expect(err.hint).toContain('Artikelnummer, Bezeichnung');
    const wrong = await rejection(
      loadCatalog({ path: fixture('mapped.csv'), csvMapping: { ...MAPPING, title: 'Name' } }),
      'CATALOG_FORMAT',
    );
    expect(wrong.message).toContain('"Name"');
    const unknown = await rejection(
      loadCatalog({ path: fixture('mapped.csv'), csvMapping: { ...MAPPING, colour: 'Bild' } }),
      'CATALOG_FORMAT',
    );
    expect(unknown.message).toContain('unknown field "colour"');
  });

  it('reads TSV, matches headers ignoring case and spacing, and a parent row', async () => {
    const path = tmp.write(
      'woo.tsv',
      [
        'ID\tProduct Name\tRegular Price\tPrice\tParent ID\tColour\tIn Stock',
        'P1\tCanvas Apron\t\t\t\t\t',
        'P1-A\tCanvas Apron - Olive\t30.00\t25.00\tP1\tOlive\tyes',
        'P1-B\tCanvas Apron - Rust\t\t27.00\tP1\tRust\tno',
        'P2\tLinen Napkins\t\t18.5\t\t\tsold out',
      ].join('\n'),
    );
    const load = await loadCatalog({ path });
    expect(ids(load)).toEqual(['P1', 'P2']);
    const apron = product(load, 'P1');
    expect(apron).toMatchObject({
      title: 'Canvas Apron',
      price: { minor: 2500 },
      listPrice: { minor: 3000 },
    });
    expect(apron.variants.map((v) => [v.title, v.availability])).toEqual([
      ['Olive', 'in_stock'],
      ['Rust', 'out_of_stock'],
    ]);
    expect(product(load, 'P2').availability).toBe('out_of_stock');
  });
});
