/**
 * Personal taste from feedback: 👍, 👎 and "more like this" move brand and category affinities
 * and a preference vector (liked products' vectors minus disliked ones'). The resulting score
 * adjustment goes through the retriever's `adjust`, after the hard filters, so it reorders what
 * matches and never overrides a constraint. Pure.
 */
import type { Product } from '../catalog/product.ts';
import { dot } from '../embed/embedder.ts';
import { fold } from '../query/tokens.ts';

/** A feedback signal on one product. */
export type FeedbackSignal = 'up' | 'down' | 'more';

/** What aisle keeps about one user's taste. */
export interface Profile {
  /** Folded brand -> affinity (likes add, dislikes subtract). */
  readonly brands: Readonly<Record<string, number>>;
  /** Folded leaf category -> affinity. */
  readonly categories: Readonly<Record<string, number>>;
}

/** A profile with no taste yet. */
export const EMPTY_PROFILE: Profile = { brands: {}, categories: {} };

const SIGNAL_WEIGHT: Readonly<Record<FeedbackSignal, number>> = { up: 1, more: 0.5, down: -1 };

const leafOf = (p: Product) => fold(p.category[p.category.length - 1] ?? '');

/** The profile after one more signal on `product`. */
export function updateProfile(profile: Profile, product: Product, signal: FeedbackSignal): Profile {
  const w = SIGNAL_WEIGHT[signal];
  const brand = fold(product.brand);
  const leaf = leafOf(product);
  return {
    brands: brand ? { ...profile.brands, [brand]: (profile.brands[brand] ?? 0) + w } : profile.brands,
    // A dislike says less about a whole category than about a brand.
    categories: leaf
      ? { ...profile.categories, [leaf]: (profile.categories[leaf] ?? 0) + (w > 0 ? w : w / 2) }
      : profile.categories,
  };
}

/** Score units for each part of the taste adjustment. */
const WEIGHTS = { brand: 0.06, category: 0.04, vector: 0.1, disliked: -0.3 } as const;

/** Liked vectors minus half the disliked ones, normalised; undefined when nothing is known. */
export function preferenceVector(
  liked: readonly Float32Array[],
  disliked: readonly Float32Array[],
): Float32Array | undefined {
  const first = liked[0] ?? disliked[0];
  if (!first) return undefined;
  const out = new Float32Array(first.length);
  for (const v of liked) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (v[i] ?? 0);
  for (const v of disliked) for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) - 0.5 * (v[i] ?? 0);
  const norm = Math.sqrt(dot(out, out));
  if (norm === 0) return undefined;
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / norm;
  return out;
}

/**
 * The per-product score adjustment for a user's taste, or undefined when there is none. Each
 * part is bounded (tanh), so taste reorders close matches but does not bury a strong one.
 */
export function tasteAdjust(opts: {
  profile: Profile;
  disliked: ReadonlySet<string>;
  preference: Float32Array | undefined;
  vectorOf: (id: string) => Float32Array | undefined;
}): ((p: Product) => number) | undefined {
  const { profile, disliked, preference } = opts;
  const empty =
    Object.keys(profile.brands).length === 0 &&
    Object.keys(profile.categories).length === 0 &&
    disliked.size === 0 &&
    !preference;
  if (empty) return undefined;
  return (p) => {
    let score = 0;
    score += WEIGHTS.brand * Math.tanh((profile.brands[fold(p.brand)] ?? 0) / 2);
    score += WEIGHTS.category * Math.tanh((profile.categories[leafOf(p)] ?? 0) / 2);
    if (disliked.has(p.id)) score += WEIGHTS.disliked;
    if (preference) {
      const v = opts.vectorOf(p.id);
      if (v && v.length === preference.length) score += WEIGHTS.vector * dot(v, preference);
    }
    return score;
  };
}

/** Add score adjustments together, skipping the ones that are absent. */
export function combineAdjust(
  ...parts: readonly (((p: Product) => number) | undefined)[]
): ((p: Product) => number) | undefined {
  const present = parts.filter((f): f is (p: Product) => number => f !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return (p) => present.reduce((s, f) => s + f(p), 0);
}
