import { describe, expect, it } from 'vitest';
import type { Product } from '../../src/catalog/product.ts';
import { PRODUCT_TEXT_MAX_CHARS, productText } from '../../src/embed/product-text.ts';

const price = { minor: 19900, currency: 'USD' };

function product(overrides: Partial<Product> = {}): Product {
  return {
    id: 'p1',
    title: 'Sony WH-1000XM5 Wireless Headphones',
    description: '<p>Industry-leading   noise cancellation.</p> Up to 30 hours of battery life.',
    brand: 'Sony',
    category: ['Electronics', 'Audio', 'Headphones'],
    price,
    availability: 'in_stock',
    tags: ['bluetooth'],
    attributes: { Colour: 'Black', 'Battery life': '30 h', Manual: 'https://example.com/manual.pdf' },
    variants: [],
    ...overrides,
  };
}

describe('productText', () => {
  it('follows the documented template: title, brand, category, attributes, description start', () => {
    expect(productText(product())).toBe(
      'Sony WH-1000XM5 Wireless Headphones. Brand: Sony. Category: Electronics > Audio > Headphones. ' +
        'Colour: Black; Battery life: 30 h. Industry-leading noise cancellation. Up to 30 hours of battery life',
    );
  });

  it('leaves out empty parts, prices and ids', () => {
    const text = productText(product({ brand: ' ', category: [], attributes: {}, description: '' }));
    expect(text).toBe('Sony WH-1000XM5 Wireless Headphones');
    expect(productText(product())).not.toContain('199');
    expect(productText(product())).not.toContain('p1');
  });

  it('caps long descriptions and the whole text, cutting at a word boundary', () => {
    const long = product({
      description: 'word '.repeat(400),
      attributes: Object.fromEntries(
        Array.from({ length: 20 }, (_, i) => [`attribute ${i}`, 'x'.repeat(200)]),
      ),
    });
    const text = productText(long);
    expect(text.length).toBeLessThanOrEqual(PRODUCT_TEXT_MAX_CHARS);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toContain('attribute 8:');
    const descriptionOnly = productText(product({ description: 'word '.repeat(400), attributes: {} }));
    expect(descriptionOnly).toMatch(/word…$/);
  });

  it('is deterministic (the embedding cache depends on it)', () => {
    expect(productText(product())).toBe(productText(product()));
  });
});
