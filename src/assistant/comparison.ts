/**
 * Side-by-side tables and their one-line summaries: "compare 1 and 3" (price, brand, stock,
 * rating and the attributes the products share) and a single product's full details. Pure.
 */
import type { Product } from '../catalog/product.ts';
import { formatAmount } from '../query/describe.ts';
import { attributeLabel, attributeRows, HEADLINE_KEYS } from './attributes.ts';
import { priceText, stockText } from './cards.ts';
import type { Language } from './language.ts';
import type { Comparison } from './types.ts';

const MAX_ATTRIBUTE_ROWS = 8;
const DASH = '—';
const MAX_SHORT_TITLE = 56;

/** A short title for tables and leads: before the first comma, cut to `MAX_SHORT_TITLE` characters. */
export function shortTitle(title: string): string {
  const base = (title.split(/,\s/u)[0] ?? title).trim();
  if (base.length <= MAX_SHORT_TITLE) return base;
  const cut = base.slice(0, MAX_SHORT_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${space > 20 ? cut.slice(0, space) : cut}…`;
}

function ratingText(p: Product, language: Language): string {
  if (p.rating === undefined) return DASH;
  const count = p.ratingCount ? (language === 'zh' ? `（${p.ratingCount}）` : ` (${p.ratingCount})`) : '';
  return `${p.rating.toFixed(1)}★${count}`;
}

function baseRows(products: readonly Product[], language: Language): Comparison['rows'] {
  const zh = language === 'zh';
  return [
    { label: zh ? '价格' : 'Price', values: products.map((p) => priceText(p, language)) },
    { label: zh ? '品牌' : 'Brand', values: products.map((p) => p.brand || DASH) },
    { label: zh ? '库存' : 'Stock', values: products.map((p) => stockText(p.availability, language)) },
    { label: zh ? '评分' : 'Rating', values: products.map((p) => ratingText(p, language)) },
  ];
}

/** Attribute keys worth a row: present in most of the products, headline keys first. */
function sharedKeys(products: readonly Product[]): string[] {
  const counts = new Map<string, number>();
  for (const p of products)
    for (const k of Object.keys(p.attributes)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rank = (k: string) => {
    const i = HEADLINE_KEYS.indexOf(k);
    return i < 0 ? HEADLINE_KEYS.length : i;
  };
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
    .map(([k]) => k)
    .slice(0, MAX_ATTRIBUTE_ROWS);
}

/** A comparison table of two or more products. */
export function compareProducts(products: readonly Product[], language: Language): Comparison {
  const rows = [...baseRows(products, language)];
  for (const key of sharedKeys(products)) {
    rows.push({
      label: attributeLabel(key, language),
      values: products.map((p) => p.attributes[key] ?? DASH),
    });
  }
  return { columns: products.map((p) => ({ productId: p.id, title: shortTitle(p.title) })), rows };
}

/** One sentence of facts about a comparison: the cheapest and the best rated. */
export function comparisonSummary(opts: {
  products: readonly Product[];
  positions: readonly number[];
  language: Language;
}): string {
  const { products, positions, language } = opts;
  const zh = language === 'zh';
  const refs = positions.map((n) => `#${n}`).join(zh ? '和' : ' and ');
  const parts: string[] = [];
  const sameCurrency = products.every((p) => p.price.currency === products[0]?.price.currency);
  const byPrice = [...products].sort((a, b) => a.price.minor - b.price.minor);
  const cheapest = byPrice[0];
  const dearest = byPrice[byPrice.length - 1];
  if (sameCurrency && cheapest && dearest && cheapest.price.minor < dearest.price.minor) {
    const diff = formatAmount(dearest.price.minor - cheapest.price.minor, cheapest.price.currency, language);
    const name = shortTitle(cheapest.title);
    parts.push(zh ? `${name}最便宜，便宜${diff}` : `${name} is the cheapest, by ${diff}`);
  }
  const rated = products.filter((p) => p.rating !== undefined);
  const best = [...rated].sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0))[0];
  if (best && rated.some((p) => p.rating !== best.rating)) {
    const stars = `${best.rating?.toFixed(1)}★`;
    parts.push(
      zh
        ? `${shortTitle(best.title)}评分最高（${stars}）`
        : `${shortTitle(best.title)} is rated highest (${stars})`,
    );
  }
  const head = zh ? `比较${refs}` : `Comparing ${refs}`;
  if (parts.length === 0) return zh ? `${head}：` : `${head}:`;
  return zh ? `${head}：${parts.join('；')}。` : `${head}: ${parts.join('; ')}.`;
}

const MAX_DESCRIPTION = 400;

/** A product's description cut at a sentence end near `MAX_DESCRIPTION` characters. */
export function shortDescription(text: string): string {
  const t = text.trim();
  if (t.length <= MAX_DESCRIPTION) return t;
  const cut = t.slice(0, MAX_DESCRIPTION);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('。'));
  return end > 80 ? cut.slice(0, end + 1) : `${cut.trimEnd()}…`;
}

/** One product's full details: every attribute, then its variants with price and stock. */
export function detailsTable(p: Product, language: Language): Comparison {
  const zh = language === 'zh';
  const rows = [...baseRows([p], language)];
  for (const { label, value } of attributeRows(p, language)) rows.push({ label, values: [value] });
  if (p.variants.length > 0) {
    const variants = p.variants.map(
      (v) => `${v.title} (${priceText(v, language)}, ${stockText(v.availability, language).toLowerCase()})`,
    );
    rows.push({ label: zh ? '款式' : 'Variants', values: [variants.join(zh ? '；' : '; ')] });
  }
  return { columns: [{ productId: p.id, title: shortTitle(p.title) }], rows };
}

/** The lead of a details reply: title, brand, price, stock, then the description. */
export function detailsLead(p: Product, language: Language): string {
  const zh = language === 'zh';
  const head = zh
    ? `${p.title}——${p.brand}，${priceText(p, language)}，${stockText(p.availability, language)}。`
    : `${p.title} — ${p.brand}, ${priceText(p, language)}, ${stockText(p.availability, language).toLowerCase()}.`;
  const description = shortDescription(p.description);
  return description ? `${head}\n${description}` : head;
}
