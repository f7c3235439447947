import type { Availability, Product } from '../../src/catalog/product.ts';

/** A product with sensible defaults; override any field. Price is given in major units as a string. */
export function makeProduct(
  fields: Partial<Omit<Product, 'price'>> & { id: string; title: string; price?: string; currency?: string },
): Product {
  const { price = '10.00', currency = 'USD', ...rest } = fields;
  const [whole = '0', frac = ''] = price.split('.');
  const minor = Number(whole) * 100 + Number(frac.padEnd(2, '0').slice(0, 2));
  return {
    description: '',
    brand: 'Acme',
    category: ['General'],
    availability: 'in_stock' as Availability,
    tags: [],
    attributes: {},
    variants: [],
    ...rest,
    price: { minor, currency },
  };
}
