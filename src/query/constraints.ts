/**
 * Deterministic query understanding: a shopper's message in, structured constraints plus the text
 * left for semantic search out. Pure functions over the catalog's own vocabulary; no I/O.
 */
import { type BrandIndex, buildBrandIndex } from './brand-index.ts';
import { extractBrands } from './brands.ts';
import { buildCategoryIndex, type CategoryIndex, isProductWord, matchCategories } from './categories.ts';
import { extractSort, extractStock } from './cues.ts';
import { leftoverText, prepareInput } from './leftover.ts';
import { extractPrice } from './price.ts';
import { fold } from './tokens.ts';
import type { Constraints, PriceRange, QueryVocabulary } from './types.ts';

export type { ConstraintChip, DescribeLanguage } from './describe.ts';
export { constraintChips, describeConstraints, removeConstraint } from './describe.ts';
export { AROUND_PERCENT } from './price.ts';

interface VocabIndex {
  readonly brands: BrandIndex;
  readonly categories: CategoryIndex;
}

const indexes = new WeakMap<QueryVocabulary, VocabIndex>();

function indexFor(vocab: QueryVocabulary): VocabIndex {
  let idx = indexes.get(vocab);
  if (!idx) {
    idx = { brands: buildBrandIndex(vocab.brands), categories: buildCategoryIndex(vocab.categories) };
    indexes.set(vocab, idx);
  }
  return idx;
}

/** A test for words that name a product type in this vocabulary ("printer", "shoes"). */
export function productWordTest(vocab: QueryVocabulary): (word: string) => boolean {
  const { categories } = indexFor(vocab);
  return (word) => isProductWord(categories, word);
}

/**
 * Read price, brand, category, stock and sort constraints out of a request. Stock, price, brand and
 * sort phrases are cut from `text`; category words stay. Currency defaults to `vocab.currency`.
 */
export function parseConstraints(text: string, vocab: QueryVocabulary): Constraints {
  const idx = indexFor(vocab);
  const productWord = (key: string) => isProductWord(idx.categories, key);
  const stock = extractStock(prepareInput(text));
  const price = extractPrice(stock.masked, {
    defaultCurrency: vocab.currency,
    isKnownWord: (word) => productWord(word) || idx.brands.byKey.has(fold(word)),
  });
  const brands = extractBrands(price.masked, { index: idx.brands, isProductWord: productWord });
  const sort = extractSort(brands.masked);
  return {
    text: leftoverText(sort.masked),
    ...(price.price ? { price: price.price } : {}),
    brands: brands.include,
    excludeBrands: brands.exclude,
    categories: matchCategories(sort.masked, idx.categories),
    inStockOnly: stock.inStockOnly,
    sort: sort.sort,
  };
}

/** Words that point back at what was shown before: "wireless ones" = "wireless <previous text>". */
const ANAPHORS = new Set(['ones', 'one', 'them', 'those', 'these', 'it', 'that']);

function mergeText(previous: string, refinement: string): string {
  const words = refinement.split(/\s+/).filter(Boolean);
  if (words.length === 0) return previous;
  const at = words.findIndex((w) => ANAPHORS.has(w.toLowerCase()));
  if (at < 0) return refinement;
  const rest = words.filter((_, i) => i !== at);
  if (rest.length === 0) return previous;
  return [...words.slice(0, at), previous, ...words.slice(at + 1)].filter(Boolean).join(' ');
}

/**
 * A floor and a ceiling from two messages combine ("under 300", then "over 100" = 100-300) when
 * they agree on currency and order; anything else in the refinement replaces the old price.
 */
function mergePrice(
  previous: PriceRange | undefined,
  refinement: PriceRange | undefined,
): PriceRange | undefined {
  if (!refinement) return previous;
  if (!previous || previous.currency !== refinement.currency) return refinement;
  const prevOnlyMax = previous.minMinor === undefined && previous.maxMinor !== undefined;
  const prevOnlyMin = previous.maxMinor === undefined && previous.minMinor !== undefined;
  const refOnlyMin = refinement.maxMinor === undefined && refinement.minMinor !== undefined;
  const refOnlyMax = refinement.minMinor === undefined && refinement.maxMinor !== undefined;
  if (prevOnlyMax && refOnlyMin && (refinement.minMinor ?? 0) <= (previous.maxMinor ?? 0)) {
    return { ...refinement, ...(previous.maxMinor !== undefined ? { maxMinor: previous.maxMinor } : {}) };
  }
  if (prevOnlyMin && refOnlyMax && (previous.minMinor ?? 0) <= (refinement.maxMinor ?? 0)) {
    return { ...refinement, ...(previous.minMinor !== undefined ? { minMinor: previous.minMinor } : {}) };
  }
  return refinement;
}

/**
 * Apply a follow-up message's constraints to the previous ones. A new price replaces the old one
 * (see `mergePrice`); new exclusions add to old ones; a new brand inclusion replaces old
 * inclusions; new categories replace old ones; "in stock" and a sort hint stick once given. The
 * previous text stays unless the follow-up brings new search words ("ones" in "wireless ones"
 * stands for the previous text).
 */
export function mergeConstraints(previous: Constraints, refinement: Constraints): Constraints {
  const excludeBrands = [...previous.excludeBrands.filter((b) => !refinement.brands.includes(b))];
  for (const b of refinement.excludeBrands) if (!excludeBrands.includes(b)) excludeBrands.push(b);
  const included = refinement.brands.length > 0 ? refinement.brands : previous.brands;
  const price = mergePrice(previous.price, refinement.price);
  return {
    text: mergeText(previous.text, refinement.text),
    ...(price ? { price } : {}),
    brands: included.filter((b) => !excludeBrands.includes(b)),
    excludeBrands,
    categories: refinement.categories.length > 0 ? refinement.categories : previous.categories,
    inStockOnly: previous.inStockOnly || refinement.inStockOnly,
    sort: refinement.sort !== 'relevance' ? refinement.sort : previous.sort,
  };
}
