/**
 * Price constraints from free text: ceilings, floors, ranges and "around" amounts, in English and
 * Chinese. A number counts as a price only with a currency cue or a price word, and never when a
 * unit follows it ("32GB", "65 inch", "10 year old"). Amounts are exact integer minor units.
 */
import { parseDecimalToMinor } from '../catalog/money.ts';
import { resolveCurrencyCue } from './currency.ts';
import { MARK, maskSpan } from './leftover.ts';
import { amountDecimal } from './numbers.ts';
import {
  DISPLAY_CONTEXT,
  FOLLOW_OK,
  PRICE_PATTERNS,
  type PriceKind,
  RANGE_BLOCK_BEFORE,
  RANGE_OK_BEFORE,
  UNIT_AFTER,
} from './price-patterns.ts';
import type { PriceRange } from './types.ts';

/** "around 50" means 50 minus/plus this percentage (integer arithmetic on minor units). */
export const AROUND_PERCENT = 20n;

/** A price found in text: the bounds it sets and where it was. */
interface PriceHit {
  readonly start: number;
  readonly end: number;
  readonly currency: string;
  readonly min?: number;
  readonly max?: number;
}

/** One amount inside a match, as read from its named groups. */
interface Amount {
  readonly decimal: string;
  readonly cue: string | undefined;
  readonly digits: boolean;
  readonly digitsText: string | undefined;
  readonly multiplier: string | undefined;
  readonly digitsStart: number;
  readonly end: number;
}

type Groups = Record<string, string | undefined>;
type Indices = Record<string, [number, number] | undefined>;

function readAmount(x: 'a' | 'b', groups: Groups, indices: Indices): Amount | undefined {
  const digits = groups[`d${x}`];
  const words = groups[`w${x}`];
  const decimal = amountDecimal(
    digits !== undefined
      ? { digits, suffix: groups[`m${x}`] ?? '' }
      : words !== undefined
        ? { words, suffix: groups[`g${x}`] ?? '' }
        : {},
  );
  const end = indices[`e${x}`]?.[0];
  const digitsStart = (indices[`d${x}`] ?? indices[`w${x}`])?.[0];
  if (decimal === undefined || end === undefined || digitsStart === undefined) return undefined;
  const cue = groups[`p${x}`] ?? groups[`q${x}`];
  return {
    decimal,
    cue,
    digits: digits !== undefined,
    digitsText: digits,
    multiplier: groups[`m${x}`],
    digitsStart,
    end,
  };
}

/** "4k" next to "TV" or "monitor" is a resolution, not 4000. */
const RESOLUTIONS = new Set(['2', '4', '5', '6', '8', '10', '12', '16']);

const LATIN_LETTER = /^[\p{Script=Latin}]/u;

/** True when the amount reads as a spec or model number rather than money. */
function looksLikeSpec(s: string, amt: Amount, matchStart: number, matchEnd: number): boolean {
  if (amt.cue === undefined && UNIT_AFTER.test(s.slice(amt.end))) return true;
  if (amt.end >= matchEnd && LATIN_LETTER.test(s.slice(amt.end, amt.end + 1))) return true;
  // "WH-1000XM5", "USB-C/100": a number glued to a word by a hyphen or slash.
  if (amt.digitsStart <= matchStart && /[\p{L}\p{N}][-/]$/u.test(s.slice(0, amt.digitsStart))) return true;
  return false;
}

function nextWord(s: string, from: number): string | undefined {
  const m = /^\s*([\p{Script=Latin}\p{N}']+)/u.exec(s.slice(from));
  return m?.[1]?.toLowerCase();
}

function prevWord(s: string, before: number): string | undefined {
  const m = /([\p{L}\p{N}']+)\s*$/u.exec(s.slice(0, before));
  return m?.[1];
}

/** Extra checks for "20-40" written without any currency cue. */
function bareRangeOk(s: string, a: Amount, b: Amount, start: number): boolean {
  if (!a.digits || !b.digits) return false;
  const x = Number(a.decimal);
  const y = Number(b.decimal);
  if (!(x < y)) return false;
  if (x >= 1900 && y <= 2100) return false;
  const prev = prevWord(s, start);
  if (prev === undefined || /^[\p{Script=Han}]/u.test(prev)) return true;
  const word = prev.toLowerCase();
  if (RANGE_BLOCK_BEFORE.has(word) || /\d/.test(word)) return false;
  return RANGE_OK_BEFORE.has(word) || (/^\p{Ll}{3,}s$/u.test(prev) && !word.endsWith('ss'));
}

/** Widen an amount to the "around" window: minus/plus AROUND_PERCENT, rounded toward the amount. */
export function aroundRange(minor: number): { min: number; max: number } {
  const delta = Number((BigInt(minor) * AROUND_PERCENT) / 100n);
  return { min: minor - delta, max: Math.min(minor + delta, Number.MAX_SAFE_INTEGER) };
}

interface MatchContext {
  readonly s: string;
  readonly kind: PriceKind;
  readonly match: RegExpExecArray;
  readonly defaultCurrency: string;
  readonly isKnownWord: (word: string) => boolean;
}

/**
 * The currency the amounts' cues agree on: a code, `undefined` when no cue names one, or `null`
 * when the cues disagree or one is not money ("30 pounds" in a dollar catalog).
 */
function cueCurrency(amounts: readonly Amount[], defaultCurrency: string): string | undefined | null {
  let currency: string | undefined;
  for (const amt of amounts) {
    if (amt.cue === undefined) continue;
    const resolved = resolveCurrencyCue(amt.cue, defaultCurrency);
    if (resolved === null) return null;
    if (resolved.currency && currency && resolved.currency !== currency) return null;
    currency = resolved.currency ?? currency;
  }
  return currency;
}

/** Checks for a number with no currency cue at all: it must read as money from context alone. */
function bareAmountOk(ctx: MatchContext, amounts: readonly Amount[], end: number): boolean {
  const { s, kind, match } = ctx;
  const follow = nextWord(s, end);
  if (follow !== undefined && !FOLLOW_OK.has(follow) && !ctx.isKnownWord(follow)) return false;
  if (amounts.some((amt) => !amt.digits && Number(amt.decimal) < 10)) return false;
  const resolution = amounts.some(
    (amt) => amt.multiplier?.toLowerCase() === 'k' && RESOLUTIONS.has(amt.digitsText ?? ''),
  );
  if (resolution && DISPLAY_CONTEXT.test(s)) return false;
  if (kind !== 'range-loose') return true;
  const [a, b] = amounts;
  return match.groups?.sep?.toLowerCase() !== 'to' && !!a && !!b && bareRangeOk(s, a, b, match.index);
}

/** The bounds a phrase of this kind sets for amount x (or the range x..y). */
function bounds(kind: PriceKind, x: number, y: number | undefined): { min?: number; max?: number } {
  if (y !== undefined) return { min: Math.min(x, y), max: Math.max(x, y) };
  if (kind === 'max') return { max: x };
  if (kind === 'min' || kind === 'min-currency') return { min: x };
  return aroundRange(x);
}

/** Decide whether one regex match is a price, and what bounds it sets. */
function evaluate(ctx: MatchContext): PriceHit | undefined {
  const { s, kind, match } = ctx;
  const groups = (match.groups ?? {}) as Groups;
  const indices = (match.indices?.groups ?? {}) as Indices;
  const start = match.index;
  const end = start + match[0].length;
  const isRange = kind === 'range' || kind === 'range-loose';
  const a = readAmount('a', groups, indices);
  const b = isRange ? readAmount('b', groups, indices) : undefined;
  if (!a || (isRange && !b)) return undefined;
  const amounts = b ? [a, b] : [a];
  const currency = cueCurrency(amounts, ctx.defaultCurrency);
  if (currency === null) return undefined;
  const hasCue = amounts.some((amt) => amt.cue !== undefined);
  if ((kind === 'min-currency' || kind === 'currency-only') && !hasCue) return undefined;
  if (amounts.some((amt) => looksLikeSpec(s, amt, start, end))) return undefined;
  if (!hasCue && !bareAmountOk(ctx, amounts, end)) return undefined;
  const cur = currency ?? ctx.defaultCurrency.toUpperCase();
  const x = parseDecimalToMinor(a.decimal, cur);
  const y = b ? parseDecimalToMinor(b.decimal, cur) : undefined;
  if (x === undefined || (b && y === undefined)) return undefined;
  return { start, end, currency: cur, ...bounds(kind, x, y) };
}

/** The price a request asks for, and the request with the price phrases cut out. */
export interface PriceExtraction {
  readonly price: PriceRange | undefined;
  readonly masked: string;
}

/** Options for `extractPrice`. */
export interface PriceOptions {
  /** Currency assumed when the text names none. */
  readonly defaultCurrency: string;
  /**
   * True for a word that may follow a bare number that is still a price: a product or brand word
   * ("under 300 headphones"). Other words make it a quantity ("more than 2 ports").
   */
  readonly isKnownWord?: (word: string) => boolean;
}

/**
 * Find every price phrase, most specific phrasing first. Later phrases in the text win for the same
 * bound ("under 300, actually under 200" -> 200); a floor and a ceiling combine into a range.
 */
export function extractPrice(masked: string, opts: PriceOptions): PriceExtraction {
  const { defaultCurrency, isKnownWord = () => false } = opts;
  let s = masked;
  const hits: PriceHit[] = [];
  for (const { kind, re } of PRICE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (m[0].length === 0 || m[0].includes(MARK)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const hit = evaluate({ s, kind, match: m, defaultCurrency, isKnownWord });
      if (hit) {
        hits.push(hit);
        s = maskSpan(s, hit.start, hit.end);
        re.lastIndex = hit.end;
      } else {
        re.lastIndex = m.index + 1;
      }
    }
  }
  hits.sort((x, y) => x.start - y.start);
  const first = hits[0];
  if (!first) return { price: undefined, masked: s };
  let min: number | undefined;
  let max: number | undefined;
  for (const hit of hits) {
    if (hit.currency !== first.currency) continue;
    if (hit.min !== undefined) min = hit.min;
    if (hit.max !== undefined) max = hit.max;
  }
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  const price: PriceRange = {
    currency: first.currency,
    ...(min !== undefined ? { minMinor: min } : {}),
    ...(max !== undefined ? { maxMinor: max } : {}),
  };
  return { price, masked: s };
}
