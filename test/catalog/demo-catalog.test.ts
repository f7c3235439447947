import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogToJsonl, generateCatalog } from '../../scripts/demo-catalog/generate.ts';
import type { DemoRecord } from '../../scripts/demo-catalog/types.ts';

// Plain JSON.parse on purpose: this checks the shipped file itself, independent of aisle's loaders.
const catalogDir = fileURLToPath(new URL('../../catalog/', import.meta.url));
const text = readFileSync(`${catalogDir}demo.jsonl`, 'utf8');

const lines = text.split('\n');
const products = lines.filter((l) => l.length > 0).map((l) => JSON.parse(l) as DemoRecord);

const MONEY = /^\d+\.\d{2}$/;
const AVAILABILITY = ['in_stock', 'out_of_stock', 'preorder', 'backorder'];
const HAN = /[\u4e00-\u9fff]/;

/** Price in cents, compared as integers so no float rounding hides a mistake. */
const cents = (price: string): number => Number(price.replace('.', ''));
const leaf = (p: DemoRecord): string => p.category.split(' > ').at(-1) ?? '';
const inStock = (p: DemoRecord): boolean => p.availability === 'in_stock';

describe('demo catalog file', () => {
  it('is one JSON object per line, ending with a newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((l) => l.startsWith('{') && l.endsWith('}'))).toBe(true);
  });

  it('has at least 600 products with unique ids, SKUs and URLs', () => {
    expect(products.length).toBeGreaterThanOrEqual(600);
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.sku)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.url)).size).toBe(products.length);
    const variantIds = products.flatMap((p) => (p.variants ?? []).map((v) => v.id));
    expect(new Set(variantIds).size).toBe(variantIds.length);
  });

  it('spans at least 12 distinct categories', () => {
    expect(new Set(products.map((p) => p.category.split(' > ')[0])).size).toBeGreaterThanOrEqual(6);
    expect(new Set(products.map(leaf)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(products.map((p) => p.imageUrl)).size).toBeGreaterThanOrEqual(12);
  });

  it('fills every required field with the documented shape', () => {
    for (const p of products) {
      expect(p.title.trim(), p.id).not.toBe('');
      expect(p.description.trim(), p.id).not.toBe('');
      expect(p.brand, p.id).toMatch(/^[\x20-\x7e]+$/);
      expect(p.category, p.id).toMatch(/^[^>]+( > [^>]+)+$/);
      expect(p.currency).toBe('USD');
      expect(AVAILABILITY).toContain(p.availability);
      expect(Number.isInteger(p.stockCount) && p.stockCount >= 0, p.id).toBe(true);
      expect(p.url, p.id).toMatch(/^https:\/\/demo\.aisle\.shop\/p\/[a-z0-9-]+$/);
      expect(p.imageUrl, p.id).toMatch(/^images\/[a-z]+\.svg$/);
      expect(p.description, p.id).not.toMatch(/[{}]|undefined|NaN/);
    }
  });

  it('writes every amount of money as a decimal string with two places', () => {
    for (const p of products) {
      expect(p.price, p.id).toMatch(MONEY);
      if (p.listPrice !== undefined) {
        expect(p.listPrice, p.id).toMatch(MONEY);
        expect(cents(p.listPrice), p.id).toBeGreaterThan(cents(p.price));
      }
      for (const v of p.variants ?? []) expect(v.price, v.id).toMatch(MONEY);
    }
    expect(products.filter((p) => p.listPrice !== undefined).length).toBeGreaterThan(20);
  });

  it('prices a product with variants at its cheapest variant and keeps stock consistent', () => {
    const withVariants = products.filter((p) => (p.variants?.length ?? 0) > 0);
    expect(withVariants.length).toBeGreaterThan(100);
    for (const p of withVariants) {
      const variants = p.variants ?? [];
      expect(cents(p.price), p.id).toBe(Math.min(...variants.map((v) => cents(v.price))));
      expect(p.stockCount, p.id).toBe(variants.reduce((sum, v) => sum + v.stockCount, 0));
      if (inStock(p))
        expect(
          variants.some((v) => v.availability === 'in_stock'),
          p.id,
        ).toBe(true);
      else
        expect(
          variants.every((v) => v.availability === p.availability),
          p.id,
        ).toBe(true);
    }
  });

  it('has a realistic mix of stock states', () => {
    const share = (state: string) =>
      products.filter((p) => p.availability === state).length / products.length;
    expect(share('out_of_stock')).toBeGreaterThanOrEqual(0.06);
    expect(share('out_of_stock')).toBeLessThanOrEqual(0.14);
    expect(share('preorder')).toBeGreaterThan(0);
    expect(share('backorder')).toBeGreaterThan(0);
    expect(products.filter((p) => !inStock(p)).every((p) => p.stockCount === 0)).toBe(true);
  });

  it('keeps ratings between 3.2 and 4.9 with a review count', () => {
    const rated = products.filter((p) => p.rating !== undefined);
    expect(rated.length).toBeGreaterThan(products.length * 0.9);
    for (const p of rated) {
      expect(p.rating, p.id).toBeGreaterThanOrEqual(3.2);
      expect(p.rating, p.id).toBeLessThanOrEqual(4.9);
      expect(Number.isInteger(p.ratingCount) && (p.ratingCount ?? 0) > 0, p.id).toBe(true);
    }
  });

  it('lists 5–8% of products in Chinese, including Bluetooth earphones and speakers', () => {
    const chinese = products.filter((p) => HAN.test(p.title));
    expect(chinese.length / products.length).toBeGreaterThanOrEqual(0.05);
    expect(chinese.length / products.length).toBeLessThanOrEqual(0.08);
    expect(chinese.every((p) => HAN.test(p.description))).toBe(true);
    expect(chinese.filter((p) => p.title.includes('蓝牙耳机')).length).toBeGreaterThanOrEqual(5);
    expect(chinese.filter((p) => p.title.includes('蓝牙音箱')).length).toBeGreaterThanOrEqual(3);
  });

  it('answers "bluetooth speaker under 60" with 10+ in-stock speakers from 3+ brands', () => {
    const hits = products.filter(
      (p) =>
        leaf(p) === 'Speakers' &&
        /Bluetooth/.test(p.attributes.connectivity ?? '') &&
        cents(p.price) < 6000 &&
        inStock(p),
    );
    expect(hits.length).toBeGreaterThanOrEqual(10);
    expect(new Set(hits.map((p) => p.brand)).size).toBeGreaterThanOrEqual(3);
    const quietNotJbl = hits.filter(
      (p) => p.brand !== 'JBL' && (p.tags.includes('quiet') || p.tags.includes('bedroom')),
    );
    expect(quietNotJbl.length).toBeGreaterThanOrEqual(3);
  });

  it('answers "wireless headphones under 100 dollars" with 10+ in-stock pairs', () => {
    const hits = products.filter(
      (p) => leaf(p) === 'Headphones' && p.tags.includes('wireless') && cents(p.price) < 10000 && inStock(p),
    );
    expect(hits.length).toBeGreaterThanOrEqual(10);
  });

  it('answers "running shoes under 80" with 5+ in-stock pairs', () => {
    const hits = products.filter(
      (p) => /Running Shoes$/.test(p.category) && cents(p.price) < 8000 && inStock(p),
    );
    expect(hits.length).toBeGreaterThanOrEqual(5);
  });

  it('has good answers for other everyday requests', () => {
    const count = (pred: (p: DemoRecord) => boolean) => products.filter((p) => inStock(p) && pred(p)).length;
    expect(count((p) => leaf(p) === 'Gaming Mice' && cents(p.price) < 5000)).toBeGreaterThanOrEqual(3);
    expect(count((p) => leaf(p) === 'Laptops' && cents(p.price) < 80000)).toBeGreaterThanOrEqual(5);
    expect(count((p) => leaf(p) === 'Coffee Makers')).toBeGreaterThanOrEqual(5);
    const lego10 = (p: DemoRecord) =>
      p.brand === 'LEGO' && Number(p.attributes.minAge) <= 10 && Number(p.attributes.minAge) >= 6;
    expect(count(lego10)).toBeGreaterThanOrEqual(3);
  });

  it('has several brands with five or more products in one category', () => {
    const perBrand = new Map<string, number>();
    for (const p of products)
      perBrand.set(`${leaf(p)}|${p.brand}`, (perBrand.get(`${leaf(p)}|${p.brand}`) ?? 0) + 1);
    expect([...perBrand.values()].filter((n) => n >= 5).length).toBeGreaterThanOrEqual(5);
  });

  it('ships a small SVG icon for every image it references', () => {
    for (const image of new Set(products.map((p) => p.imageUrl))) {
      const svg = readFileSync(`${catalogDir}${image}`, 'utf8');
      expect(svg, image).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(statSync(`${catalogDir}${image}`).size, image).toBeLessThan(2048);
    }
  });
});

describe('demo catalog generator', () => {
  it('reproduces the committed file byte for byte', () => {
    expect(catalogToJsonl(generateCatalog())).toBe(text);
  });

  it('gives the same records on every call', () => {
    expect(generateCatalog()).toEqual(generateCatalog());
  });
});
