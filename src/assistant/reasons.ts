/**
 * The one-line "why this pick" on each card, drawn only from the product's own data: attributes
 * that match the request, price against the shopper's budget, a sale price, the rating. Pure.
 */
import type { Product } from '../catalog/product.ts';
import { formatAmount } from '../query/describe.ts';
import type { Constraints } from '../query/types.ts';
import { tokenizeForSearch } from '../text/tokenize.ts';
import { attributeFact, HEADLINE_KEYS } from './attributes.ts';
import type { Language } from './language.ts';

/** Request words that point at an attribute even when its value does not contain them. */
const WORD_TO_KEY: Readonly<Record<string, string>> = {
  waterproof: 'waterResistance',
  water: 'waterResistance',
  battery: 'batteryLife',
  light: 'weight',
  lightweight: 'weight',
  portable: 'weight',
  wireless: 'connectivity',
  anc: 'noiseCancelling',
  noise: 'noiseCancelling',
  cancelling: 'noiseCancelling',
  canceling: 'noiseCancelling',
  gps: 'gps',
  memory: 'ram',
  ram: 'ram',
  storage: 'storage',
  screen: 'screenSize',
  loud: 'output',
  powerful: 'output',
  防水: 'waterResistance',
  续航: 'batteryLife',
  降噪: 'noiseCancelling',
  轻: 'weight',
  轻便: 'weight',
  无线: 'connectivity',
  蓝牙: 'connectivity',
};

const MAX_FACTS = 2;

/** Attribute keys of `p` that the request's words point at, in attribute order. */
export function matchedAttributeKeys(p: Product, words: readonly string[]): string[] {
  const wanted = new Set(words);
  const keys: string[] = [];
  for (const [key, value] of Object.entries(p.attributes)) {
    const valueWords = tokenizeForSearch(value);
    const byValue = valueWords.some((w) => w.length > 1 && wanted.has(w));
    const byWord = words.some((w) => WORD_TO_KEY[w] === key);
    if (byValue || byWord) keys.push(key);
  }
  return keys;
}

function facts(p: Product, words: readonly string[], language: Language): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  const push = (key: string) => {
    if (out.length >= MAX_FACTS || used.has(key)) return;
    const value = p.attributes[key];
    const fact = value === undefined ? undefined : attributeFact(key, value, language);
    if (fact) {
      out.push(fact);
      used.add(key);
    }
  };
  for (const key of matchedAttributeKeys(p, words)) push(key);
  for (const key of HEADLINE_KEYS) push(key);
  return out;
}

function priceNote(p: Product, c: Constraints, language: Language): string | undefined {
  const zh = language === 'zh';
  const max = c.price?.maxMinor;
  if (max !== undefined && c.price?.currency === p.price.currency && p.price.minor <= max) {
    const diff = max - p.price.minor;
    // Within 2% of the budget (e.g. $99.99 against $100) "$0.01 under" reads oddly: say "at".
    if (diff * 50 <= max) return zh ? '正好在预算内' : 'right at your budget';
    const amount = formatAmount(diff, p.price.currency, language);
    return zh ? `比预算低${amount}` : `${amount} under your budget`;
  }
  if (p.listPrice && p.listPrice.currency === p.price.currency && p.listPrice.minor > p.price.minor) {
    const was = formatAmount(p.listPrice.minor, p.price.currency, language);
    return zh ? `特价（原价${was}）` : `on sale (was ${was})`;
  }
  return undefined;
}

function ratingNote(p: Product, language: Language): string | undefined {
  if (p.rating === undefined) return undefined;
  const stars = `${p.rating.toFixed(1)}★`;
  if (!p.ratingCount) return stars;
  const count = p.ratingCount.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-US');
  return language === 'zh' ? `${stars}（${count}条评价）` : `${stars} (${count} reviews)`;
}

/**
 * "Bluetooth 5.3, 30 h battery · $20 under your budget · 4.5★ (1,204 reviews)". `words` are the
 * request's search words (tokenised); only facts present in the product appear.
 */
export function whyLine(opts: {
  product: Product;
  constraints: Constraints;
  words: readonly string[];
  language: Language;
}): string {
  const { product, constraints, words, language } = opts;
  const zh = language === 'zh';
  const parts: string[] = [];
  const f = facts(product, words, language);
  if (f.length > 0) parts.push(f.join(zh ? '，' : ', '));
  const price = priceNote(product, constraints, language);
  if (price) parts.push(price);
  const rating = ratingNote(product, language);
  if (rating) parts.push(rating);
  return parts.join(' · ');
}
