/**
 * The JSON line protocol: one reply per line, in the `ask --json` shape (`text`, `constraints`,
 * `products`) extended with `kind`, `chips`, `suggestions`, `comparison` and `ephemeral`.
 */
import type { ProductCard, Reply } from '../../src/assistant/types.ts';
import { toMajorNumber } from '../../src/catalog/money.ts';

/** One product in the JSON output. */
export interface JsonProduct {
  readonly id: string;
  readonly title: string;
  readonly brand: string;
  readonly category: string;
  /** Decimal number in major units. */
  readonly price: number;
  readonly currency: string;
  readonly inStock: boolean;
  readonly url: string | null;
  readonly score: number;
  readonly promoLabel?: string;
}

/** A card as a JSON product. */
export function jsonProduct(card: ProductCard): JsonProduct {
  return {
    id: card.id,
    title: card.title,
    brand: card.brand,
    category: card.category,
    price: toMajorNumber(card.price),
    currency: card.price.currency,
    inStock: card.availability === 'in_stock',
    url: card.url ?? null,
    score: card.score,
    ...(card.promoLabel ? { promoLabel: card.promoLabel } : {}),
  };
}

/** The `ask --json` object. */
export function askJson(reply: Reply): {
  text: string;
  constraints: Reply['constraints'] | null;
  products: JsonProduct[];
} {
  return { text: reply.text, constraints: reply.constraints ?? null, products: reply.cards.map(jsonProduct) };
}

/** The `chat --json` object: the `ask --json` shape plus the rest of the reply. */
export function chatJson(reply: Reply): Record<string, unknown> {
  return {
    kind: reply.kind,
    ...askJson(reply),
    chips: reply.chips,
    suggestions: reply.suggestions,
    comparison: reply.comparison ?? null,
    ephemeral: reply.ephemeral,
    ...(reply.promos ? { promos: reply.promos } : {}),
  };
}
