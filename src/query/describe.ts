/**
 * Constraints said back to the shopper: a short phrase for the lead text and removable chips.
 */
import { formatMoney, minorDigits } from '../catalog/money.ts';
import type { Constraints, PriceRange } from './types.ts';

/** Languages the phrases are written in. */
export type DescribeLanguage = 'en' | 'zh';

const LOCALE: Readonly<Record<DescribeLanguage, string>> = { en: 'en-US', zh: 'zh-CN' };

/** A price without ".00" when it is whole: "$60", "$19.99", "¥300". */
export function formatAmount(minor: number, currency: string, language: DescribeLanguage = 'en'): string {
  const locale = LOCALE[language];
  const scale = 10n ** BigInt(minorDigits(currency));
  const big = BigInt(minor);
  if (big % scale !== 0n) return formatMoney({ minor, currency }, locale);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(big / scale);
}

function priceParts(p: PriceRange, language: DescribeLanguage): { min?: string; max?: string } {
  return {
    ...(p.minMinor !== undefined ? { min: formatAmount(p.minMinor, p.currency, language) } : {}),
    ...(p.maxMinor !== undefined ? { max: formatAmount(p.maxMinor, p.currency, language) } : {}),
  };
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function describePrice(p: PriceRange, language: DescribeLanguage): string | undefined {
  const { min, max } = priceParts(p, language);
  if (language === 'zh') {
    if (min && max) return `${min}到${max}之间`;
    if (max) return `${max}以内`;
    return min ? `${min}以上` : undefined;
  }
  if (min && max) return `between ${min} and ${max}`;
  if (max) return `under ${max}`;
  return min ? `over ${min}` : undefined;
}

/**
 * A short phrase restating the constraints, e.g. "under $60, leaving out JBL, in stock only" or
 * "US$60以内，不要JBL，仅限有货". Empty when there are none. The search text is not included.
 */
export function describeConstraints(c: Constraints, opts: { language: DescribeLanguage }): string {
  const zh = opts.language === 'zh';
  const parts: string[] = [];
  if (c.categories.length > 0) {
    parts.push(zh ? `类别：${c.categories.join('、')}` : `in ${joinList(c.categories, 'or')}`);
  }
  if (c.brands.length > 0)
    parts.push(zh ? `品牌：${c.brands.join('或')}` : `from ${joinList(c.brands, 'or')}`);
  const price = c.price ? describePrice(c.price, opts.language) : undefined;
  if (price) parts.push(price);
  if (c.excludeBrands.length > 0) {
    parts.push(zh ? `不要${c.excludeBrands.join('、')}` : `leaving out ${joinList(c.excludeBrands, 'and')}`);
  }
  if (c.inStockOnly) parts.push(zh ? '仅限有货' : 'in stock only');
  if (c.sort === 'price_asc') parts.push(zh ? '价格从低到高' : 'cheapest first');
  if (c.sort === 'price_desc') parts.push(zh ? '价格从高到低' : 'most expensive first');
  return parts.join(zh ? '，' : ', ');
}

/** One active constraint as a removable chip. */
export interface ConstraintChip {
  /** Stable id: "price", "brand:Sony", "exclude:JBL", "category:Headphones", "stock", "sort". */
  readonly id: string;
  readonly label: string;
}

function priceChipLabel(p: PriceRange, language: DescribeLanguage): string {
  const { min, max } = priceParts(p, language);
  if (min && max) return `${min}–${max}`;
  if (language === 'zh') return max ? `${max}以内` : `${min ?? ''}以上`;
  return max ? `Under ${max}` : `Over ${min ?? ''}`;
}

/** Every active constraint as a chip, in the order the lead text names them. */
export function constraintChips(
  c: Constraints,
  opts: { language?: DescribeLanguage } = {},
): ConstraintChip[] {
  const language = opts.language ?? 'en';
  const zh = language === 'zh';
  const chips: ConstraintChip[] = [];
  for (const cat of c.categories) chips.push({ id: `category:${cat}`, label: cat });
  for (const b of c.brands) chips.push({ id: `brand:${b}`, label: b });
  if (c.price && (c.price.minMinor !== undefined || c.price.maxMinor !== undefined)) {
    chips.push({ id: 'price', label: priceChipLabel(c.price, language) });
  }
  for (const b of c.excludeBrands) chips.push({ id: `exclude:${b}`, label: zh ? `不要${b}` : `Not ${b}` });
  if (c.inStockOnly) chips.push({ id: 'stock', label: zh ? '有货' : 'In stock' });
  if (c.sort === 'price_asc') chips.push({ id: 'sort', label: zh ? '价格从低到高' : 'Cheapest first' });
  if (c.sort === 'price_desc')
    chips.push({ id: 'sort', label: zh ? '价格从高到低' : 'Most expensive first' });
  return chips;
}

/** The constraints without the one a chip stands for; unknown ids change nothing. */
export function removeConstraint(c: Constraints, chipId: string): Constraints {
  const base: Constraints = {
    text: c.text,
    brands: c.brands,
    excludeBrands: c.excludeBrands,
    categories: c.categories,
    inStockOnly: c.inStockOnly,
    sort: c.sort,
  };
  const withPrice = (x: Constraints): Constraints => (c.price ? { ...x, price: c.price } : x);
  const colon = chipId.indexOf(':');
  const kind = colon < 0 ? chipId : chipId.slice(0, colon);
  const value = colon < 0 ? '' : chipId.slice(colon + 1);
  switch (kind) {
    case 'price':
      return base;
    case 'stock':
      return withPrice({ ...base, inStockOnly: false });
    case 'sort':
      return withPrice({ ...base, sort: 'relevance' });
    case 'brand':
      return withPrice({ ...base, brands: c.brands.filter((b) => b !== value) });
    case 'exclude':
      return withPrice({ ...base, excludeBrands: c.excludeBrands.filter((b) => b !== value) });
    case 'category':
      return withPrice({ ...base, categories: c.categories.filter((b) => b !== value) });
    default:
      return c;
  }
}
