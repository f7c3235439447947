/**
 * A realistic catalog vocabulary for query-understanding tests: brands as a store spells them
 * (including everyday-word brands) and category path segments from general to specific.
 */
import {
  type Constraints,
  emptyConstraints,
  type PriceRange,
  type QueryVocabulary,
} from '../../src/query/types.ts';

/** The catalog of an electronics-and-more store priced in dollars. */
export const VOCAB: QueryVocabulary = {
  currency: 'USD',
  brands: [
    'Sony',
    'Bose',
    'JBL',
    'Apple',
    'Samsung',
    'Anker',
    'Audio-Technica',
    'Bang & Olufsen',
    "Levi's",
    'On',
    'Nothing',
    'Brother',
    'Beats',
    'Dell',
    'HP',
    'Lenovo',
    'Xiaomi',
    'Huawei',
    'Nestlé',
  ],
  categories: [
    'Electronics',
    'Audio',
    'Headphones',
    'Speakers',
    'Bluetooth Speakers',
    'Laptops',
    'Phones',
    'Printers',
    'Shoes',
    'Running Shoes',
    'Clothing',
    'Jeans',
    'Home',
    'Kitchen Appliances',
    'Coffee Makers',
    'Toys',
    'Books',
  ],
};

/** The same store, priced in yuan. */
export const VOCAB_CNY: QueryVocabulary = { ...VOCAB, currency: 'CNY' };

/** The expected parse: nothing but `text`, plus whatever `extra` sets. */
export function parsed(text: string, extra: Partial<Omit<Constraints, 'text'>> = {}): Constraints {
  return { ...emptyConstraints(text), ...extra };
}

/** A price window in minor units (cents for USD). */
export function price(bounds: { min?: number; max?: number }, currency = 'USD'): PriceRange {
  return {
    currency,
    ...(bounds.min !== undefined ? { minMinor: bounds.min } : {}),
    ...(bounds.max !== undefined ? { maxMinor: bounds.max } : {}),
  };
}
