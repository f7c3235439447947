/**
 * Follow-ups to the last search, as pure functions: is a message a refinement or a new request,
 * how its constraints merge, what "cheaper" means, and a price named in another currency.
 */
import { minorDigits } from '../catalog/money.ts';
import { mergeConstraints } from '../query/constraints.ts';
import { fold, singular } from '../query/tokens.ts';
import type { Constraints, PriceRange } from '../query/types.ts';

/** Words that start a follow-up rather than a new request. */
const REFINE_START =
  /^(?:in|only|just|not|no|without|but|and|with|make it|what about|how about|maybe|preferably|ideally|under|below|over|above|less than|more than|between|around|from|by|instead|except|excluding|same|also|any|rather|prefer)(?![\p{L}])|^(?:不要|只要|只看|要|换成|换个|还要|最好|价格|预算)/iu;
const REFINE_ANYWHERE = /(?<![\p{L}])(?:instead|ones|them|those|these)(?![\p{L}])/iu;

/**
 * A follow-up refines the last search when it names no new product category and either has no
 * search words left, starts like a refinement ("in black", "not Samsung", "under 300 instead"),
 * points back ("wireless ones"), or adds at most two words that name no product.
 */
export function isRefinement(opts: {
  text: string;
  parsed: Constraints;
  previous: Constraints | undefined;
  isProductWord: (word: string) => boolean;
}): boolean {
  const { parsed, previous } = opts;
  if (!previous) return false;
  const newCategory = parsed.categories.some((c) => !previous.categories.includes(c));
  if (newCategory) return false;
  const words = parsed.text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = opts.text.trim();
  if (REFINE_START.test(text) || REFINE_ANYWHERE.test(text)) return !words.some(opts.isProductWord);
  return words.length <= 2 && !words.some(opts.isProductWord);
}

const FILLER = new Set([
  'in',
  'with',
  'a',
  'an',
  'the',
  'for',
  'of',
  'and',
  'but',
  'also',
  'please',
  'make',
  'it',
]);
const ANAPHOR = /(?<![\p{L}])(?:ones?|them|those|these|it|that)(?![\p{L}])/iu;

/**
 * Merge a refinement into the previous constraints. Unlike a plain merge, descriptive words
 * ("black", "waterproof") add to the previous search text instead of replacing it.
 */
export function mergeRefinement(previous: Constraints, parsed: Constraints): Constraints {
  const merged = mergeConstraints(previous, parsed);
  if (!parsed.text || ANAPHOR.test(parsed.text) || parsed.categories.length > 0) return merged;
  const seen = new Set(previous.text.split(/\s+/).map((w) => singular(fold(w))));
  const extra = parsed.text
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()) && !seen.has(singular(fold(w))));
  // One or two describing words go first ("black bluetooth speaker"); longer phrases after.
  const text = extra.length <= 2 ? [...extra, previous.text] : [previous.text, ...extra];
  return { ...merged, text: text.filter(Boolean).join(' ') };
}

/** How "cheaper" set its new ceiling, for the lead text. */
export type CheaperRule = 'median' | 'budget';

/**
 * "Cheaper": a new ceiling at the lower of (the median price of the items last shown minus one
 * minor unit) and (80% of the previous ceiling). Undefined when there is nothing to go from.
 */
export function cheaperPrice(opts: {
  previous: Constraints;
  shownPrices: readonly number[];
  currency: string;
}): { price: PriceRange; rule: CheaperRule } | undefined {
  const prices = [...opts.shownPrices].sort((a, b) => a - b);
  const candidates: { max: number; rule: CheaperRule }[] = [];
  if (prices.length > 0) {
    const mid = Math.floor((prices.length - 1) / 2);
    const lower = prices[mid] ?? 0;
    const upper = prices[prices.length - 1 - mid] ?? lower;
    candidates.push({ max: Math.floor((lower + upper) / 2) - 1, rule: 'median' });
  }
  const ceiling = opts.previous.price?.maxMinor;
  if (ceiling !== undefined && opts.previous.price?.currency === opts.currency) {
    candidates.push({ max: Math.floor((ceiling * 80) / 100), rule: 'budget' });
  }
  const best = candidates.sort((a, b) => a.max - b.max)[0];
  if (!best || best.max <= 0) return undefined;
  const min = opts.previous.price?.minMinor;
  return {
    price: {
      currency: opts.currency,
      ...(min !== undefined && min < best.max ? { minMinor: min } : {}),
      maxMinor: best.max,
    },
    rule: best.rule,
  };
}

/**
 * A price named in another currency than the shop's ("under €50" in a dollar shop) is read as
 * the same amount in the shop's currency; `from` says what was read, for the lead text.
 */
export function toShopCurrency(
  c: Constraints,
  shopCurrency: string,
): { constraints: Constraints; from?: PriceRange } {
  const price = c.price;
  if (!price || price.currency === shopCurrency) return { constraints: c };
  const shift = minorDigits(shopCurrency) - minorDigits(price.currency);
  const convert = (minor: number | undefined) =>
    minor === undefined ? undefined : shift >= 0 ? minor * 10 ** shift : Math.round(minor / 10 ** -shift);
  const min = convert(price.minMinor);
  const max = convert(price.maxMinor);
  const next: PriceRange = {
    currency: shopCurrency,
    ...(min !== undefined ? { minMinor: min } : {}),
    ...(max !== undefined ? { maxMinor: max } : {}),
  };
  return { constraints: { ...c, price: next }, from: price };
}
