/**
 * The score adjustments one user's searches get: live promos plus that user's taste from
 * feedback. Both go through the retriever's `adjust`, after the hard filters.
 */
import type { Product } from '../../catalog/product.ts';
import type { Services, Turn } from '../context.ts';
import { combineAdjust, EMPTY_PROFILE, preferenceVector, tasteAdjust } from '../personalise.ts';
import { promoBoosts } from '../promos.ts';

/** Adjustments and labels for one turn's searches. */
export interface Boosts {
  readonly adjust: ((p: Product) => number) | undefined;
  readonly promoLabel: ((id: string) => string | undefined) | undefined;
  /** Products this user disliked ("more like this" steers away from them). */
  readonly disliked: ReadonlySet<string>;
}

/** Promo labels for this turn's cards, without the taste work a search needs (details, compare, share). */
export function promoLabelsFor(services: Services, turn: Turn): Boosts['promoLabel'] {
  return promoBoosts(services.stores.shop.promos(), turn.now)?.labelOf;
}

/** Load promos, feedback and profile for this turn. */
export function boostsFor(services: Services, turn: Turn): Boosts {
  const shop = services.stores.shop;
  const promos = promoBoosts(shop.promos(), turn.now);
  const feedback = shop.feedbackOf(turn.userKey);
  const index = turn.index;
  const vectorOf = (id: string) => {
    const item = index.get(id);
    return item ? index.vectors.vectorOf(item.label) : undefined;
  };
  const liked = new Set(feedback.filter((f) => f.signal !== 'down').map((f) => f.productId));
  const disliked = new Set(feedback.filter((f) => f.signal === 'down').map((f) => f.productId));
  for (const id of disliked) liked.delete(id);
  const vectors = (ids: ReadonlySet<string>) =>
    [...ids].map(vectorOf).filter((v): v is Float32Array => v !== undefined);
  const taste = tasteAdjust({
    profile: shop.profile(turn.userKey) ?? EMPTY_PROFILE,
    disliked,
    preference: preferenceVector(vectors(liked), vectors(disliked)),
    vectorOf,
  });
  return {
    adjust: combineAdjust(promos?.adjust, taste),
    promoLabel: promos?.labelOf,
    disliked,
  };
}
