import { isCurrencyCode, type Money, minorDigits, parseDecimalToMinor } from '../money.ts';
import { htmlToPlainText, looksLikeHtml } from './html.ts';
import { shown } from './issues.ts';

/** Size and value limits applied to every catalog, whatever its format. */
export const LIMITS = {
  titleChars: 300,
  descriptionChars: 20_000,
  /** Prices above this many major units (1,000,000.00) are treated as data errors. */
  maxPriceMajor: 1_000_000,
  idChars: 256,
  shortTextChars: 200,
  attributeChars: 1_000,
  tagChars: 100,
} as const;

/** A cleaned value, or why the raw value was unusable. */
export type Checked<T> = { readonly value: T } | { readonly reason: string };

/** Called with a reason when a field was kept but changed. */
export type Warn = (reason: string) => void;

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'TWD']);
const CURRENCY_TOKEN = /US\$|C\$|A\$|[$€£¥￥₹]|(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])/;
/** Digits with an optional consistent thousands separator and an optional decimal part. */
const AMOUNT = /^[+-]?(?:\d{1,3}([,.' \u00a0])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?|\d+(?:[.,]\d+)?)$/;

/** A scalar as trimmed text; undefined for empty text, null, objects and arrays. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? undefined : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** Collapse all whitespace, newlines and control characters into single spaces. */
export function singleLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

/** Cut text to at most `max` characters, at a word boundary when one is near, ending with "…". */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max - 40) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}

/** A product or variant title: markup removed, one line, at most 300 characters. */
export function cleanTitle(v: unknown, warn: Warn): string | undefined {
  const raw = textOf(v);
  if (raw === undefined) return undefined;
  const limit = LIMITS.titleChars;
  const clipped = raw.length > limit * 10 ? raw.slice(0, limit * 10) : raw;
  const t = singleLine(htmlToPlainText(clipped));
  if (t === '') return undefined;
  if (t.length <= limit && clipped === raw) return t;
  warn(`title longer than ${limit} characters, cut (was ${raw.length.toLocaleString('en-US')})`);
  return cutText(t, limit);
}

/**
 * A description as plain text: HTML converted, paragraphs kept, at most 20,000 characters. Only
 * the start of a huge field is ever converted, so a 50 MB description costs no more than its bytes.
 */
export function cleanDescription(v: unknown, warn: Warn): string {
  const raw = textOf(v);
  if (raw === undefined) return '';
  const limit = LIMITS.descriptionChars;
  const clipped = raw.length > limit * 4 ? raw.slice(0, limit * 4) : raw;
  const t = paragraphs(htmlToPlainText(clipped));
  if (t.length <= limit && clipped === raw) return t;
  warn(
    `description longer than ${limit.toLocaleString('en-US')} characters, cut (was ${raw.length.toLocaleString('en-US')})`,
  );
  return cutText(t, limit);
}

/** Brand, SKU and similar one-line text: entities decoded, at most 200 characters. */
export function cleanShortText(v: unknown, warn: Warn): string | undefined {
  const raw = textOf(v);
  if (raw === undefined) return undefined;
  const t = singleLine(looksLikeHtml(raw) ? htmlToPlainText(raw.slice(0, 10_000)) : raw);
  if (t.length <= LIMITS.shortTextChars) return t || undefined;
  warn(`longer than ${LIMITS.shortTextChars} characters, cut (was ${t.length})`);
  return cutText(t, LIMITS.shortTextChars);
}

/** An ISO 4217 code ("usd", "EUR") or a currency symbol ("$", "€") as an upper-case code. */
export function cleanCurrency(v: unknown, fallback = 'USD'): Checked<string> | undefined {
  const t = textOf(v);
  if (t === undefined) return undefined;
  const code = symbolCurrency(t, fallback) ?? t.toUpperCase();
  return isCurrencyCode(code) ? { value: code } : { reason: `unknown currency (got ${shown(t)})` };
}

/**
 * A price as exact Money: "79.99", 79.99, "15.00 USD", "$1,299.00", "1.299,00 €" or
 * `{ "amount": "79.99", "currency": "USD" }`. `currency` applies when the value names none.
 * Unparseable text ("abc", "12.3.4"), negative amounts and amounts above 1,000,000 are refused.
 */
export function parsePrice(v: unknown, currency: string): Checked<Money> | undefined {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const cur = cleanCurrency(o.currency ?? o.currency_code ?? o.currencyCode, currency);
    if (cur && 'reason' in cur) return cur;
    const amount = o.amount ?? o.value;
    if (amount !== null && typeof amount === 'object')
      return { reason: `not a valid price (got ${shown(v)})` };
    return parsePrice(amount, cur?.value ?? currency);
  }
  const text = textOf(v);
  if (text === undefined) return undefined;
  const invalid = { reason: `not a valid price (got ${shown(text)})` };
  let code = currency;
  let amount = text;
  const token = CURRENCY_TOKEN.exec(text);
  if (token) {
    const c = symbolCurrency(token[0], currency) ?? token[0].toUpperCase();
    if (!isCurrencyCode(c)) return invalid;
    code = c;
    amount = (text.slice(0, token.index) + text.slice(token.index + token[0].length)).trim();
  }
  if (!AMOUNT.test(amount)) return invalid;
  const minor = parseDecimalToMinor(amount, code);
  if (minor === undefined) return invalid;
  if (minor < 0) return { reason: `negative price (got ${shown(text)})` };
  if (minor > LIMITS.maxPriceMajor * 10 ** minorDigits(code)) {
    return { reason: `price above ${LIMITS.maxPriceMajor.toLocaleString('en-US')} (got ${shown(text)})` };
  }
  return { value: { minor, currency: code } };
}

/** A whole, non-negative count (stock, number of ratings). `what` names it in reasons. */
export function parseCount(v: unknown, what: string): Checked<number> | undefined {
  const t = textOf(v);
  if (t === undefined) return undefined;
  const m = /^([+-]?)(\d+)(?:\.0*)?$/.exec(t.replace(/[,_\s](?=\d{3}\b)/g, ''));
  if (!m) return { reason: `${what} is not a whole number (got ${shown(t)})` };
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n)) return { reason: `${what} is too large (got ${shown(t)})` };
  if (m[1] === '-' && n > 0) return { reason: `negative ${what} (got ${shown(t)})` };
  return { value: n };
}

/** An average rating from 0 to 5 ("4.5", 4.5, "4.5/5"). */
export function parseRating(v: unknown): Checked<number> | undefined {
  const t = textOf(v);
  if (t === undefined) return undefined;
  const m = /^(-?\d+(?:[.,]\d+)?)\s*(?:\/\s*5)?$/.exec(t);
  const n = m?.[1] === undefined ? Number.NaN : Number(m[1].replace(',', '.'));
  if (!Number.isFinite(n)) return { reason: `rating is not a number (got ${shown(t)})` };
  if (n < 0 || n > 5) return { reason: `rating outside 0–5 (got ${shown(t)})` };
  return { value: n };
}

/**
 * A product or image link. http(s) URLs are normalised; "//host/x" becomes https; links without
 * a scheme ("/img/a.jpg") are kept, to be resolved against the shop's public URL. Other schemes
 * (javascript:, data:, ftp:, C:\) are refused.
 */
export function cleanUrl(v: unknown): Checked<string> | undefined {
  const raw = textOf(v);
  if (raw === undefined) return undefined;
  let t = raw.replace(/[\t\r\n]/g, '').replace(/ /g, '%20');
  if (t.startsWith('//')) t = `https:${t}`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(t)?.[1]?.toLowerCase();
  if (scheme === undefined) return { value: t };
  if (scheme !== 'http' && scheme !== 'https') return { reason: `not a web link (got ${shown(raw)})` };
  try {
    return { value: new URL(t).href };
  } catch {
    return { reason: `not a valid URL (got ${shown(raw)})` };
  }
}

/** Tags from an array or a comma-separated string: trimmed, one line, deduplicated ignoring case. */
export function cleanTags(v: unknown): string[] {
  let parts: string[];
  if (Array.isArray(v)) parts = v.map((x) => textOf(x) ?? '');
  else {
    const t = textOf(v) ?? '';
    parts = t.split(t.includes(',') ? ',' : /[;|]/);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const tag = cutText(singleLine(part), LIMITS.tagChars);
    const key = tag.normalize('NFKC').toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** A category path from an array or "A > B > C" text. */
export function cleanCategory(v: unknown): string[] {
  const parts = Array.isArray(v) ? v.map((x) => textOf(x) ?? '') : (textOf(v)?.split(/[>›»]/) ?? []);
  return parts.map((p) => cutText(singleLine(p), LIMITS.shortTextChars)).filter((p) => p !== '');
}

/** Name/value specifications; numbers and booleans become text, lists are joined with ", ". */
export function cleanAttributes(v: unknown, warn: Warn): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined || v === null || v === '') return out;
  if (typeof v !== 'object' || Array.isArray(v)) {
    warn(`not a set of name/value pairs, ignored (got ${shown(v)})`);
    return out;
  }
  for (const [k, val] of Object.entries(v)) {
    const key = singleLine(k);
    const text = Array.isArray(val) ? joinScalars(val) : textOf(val);
    if (key === '' || text === undefined) {
      if (val !== null && typeof val === 'object') warn(`nested value ignored (got attribute ${shown(key)})`);
      continue;
    }
    if (text.length > LIMITS.attributeChars)
      warn(`attribute value too long, cut (got attribute ${shown(key)})`);
    out[key] = cutText(singleLine(text), LIMITS.attributeChars);
  }
  return out;
}

/** A GTIN (EAN, UPC, ISBN-13): 8, 12, 13 or 14 digits once spaces and dashes are removed. */
export function cleanGtin(v: unknown): Checked<string> | undefined {
  const t = textOf(v);
  if (t === undefined) return undefined;
  const digits = t.replace(/[\s-]/g, '');
  return /^(?:\d{8}|\d{12,14})$/.test(digits)
    ? { value: digits }
    : { reason: `not a valid GTIN (got ${shown(t)})` };
}

function joinScalars(values: readonly unknown[]): string | undefined {
  const parts = values.map(textOf).filter((x): x is string => x !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function symbolCurrency(symbol: string, fallback: string): string | undefined {
  switch (symbol) {
    case '$':
      return DOLLAR_CURRENCIES.has(fallback.toUpperCase()) ? fallback.toUpperCase() : 'USD';
    case 'US$':
      return 'USD';
    case 'C$':
      return 'CAD';
    case 'A$':
      return 'AUD';
    case '€':
      return 'EUR';
    case '£':
      return 'GBP';
    case '¥':
    case '￥':
      return fallback.toUpperCase() === 'CNY' ? 'CNY' : 'JPY';
    case '₹':
      return 'INR';
    default:
      return undefined;
  }
}

function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
