/**
 * Comparatives against a product the shopper points at: "something like #3 but lighter",
 * "…with a longer battery", "…but cheaper". Each maps to an attribute (or the price) and a
 * direction; the filter compares numbers read from the products' own data. Pure.
 */
import type { Product } from '../catalog/product.ts';
import { attributeLabel, attributeNumber } from './attributes.ts';
import type { Language } from './language.ts';

/** One comparative: an attribute key (or "price") that should be lower or higher than the anchor's. */
export interface Comparative {
  readonly key: string;
  readonly direction: 'less' | 'more';
}

const TABLE: ReadonlyArray<readonly [RegExp, Comparative]> = [
  [
    /(?<![\p{L}])(?:lighter|less heavy|weighs less|lower weight)(?![\p{L}])|更轻|轻一点|轻一些/giu,
    { key: 'weight', direction: 'less' },
  ],
  [/(?<![\p{L}])(?:heavier|sturdier)(?![\p{L}])|更重/giu, { key: 'weight', direction: 'more' }],
  [
    /(?<![\p{L}])(?:cheaper|less expensive|lower[-\s]priced|more affordable)(?![\p{L}])|更便宜|便宜一点|便宜些/giu,
    { key: 'price', direction: 'less' },
  ],
  [
    /(?<![\p{L}])(?:pricier|more expensive|higher[-\s]end|fancier)(?![\p{L}])|更贵|更高端/giu,
    { key: 'price', direction: 'more' },
  ],
  [
    /(?<![\p{L}])(?:(?:a\s+|with\s+(?:a\s+)?)?(?:longer|bigger|better|more)\s+battery(?:\s+life)?|longer[-\s]lasting|lasts\s+longer)(?![\p{L}])|续航更长|更长续航|续航长一点/giu,
    { key: 'batteryLife', direction: 'more' },
  ],
  [
    /(?<![\p{L}])(?:(?:a\s+)?(?:bigger|larger)\s+screen)(?![\p{L}])|屏幕更大|更大屏/giu,
    { key: 'screenSize', direction: 'more' },
  ],
  [
    /(?<![\p{L}])(?:(?:a\s+)?smaller\s+screen)(?![\p{L}])|屏幕更小/giu,
    { key: 'screenSize', direction: 'less' },
  ],
  [/(?<![\p{L}])(?:more\s+storage)(?![\p{L}])|存储更大|更大存储/giu, { key: 'storage', direction: 'more' }],
  [
    /(?<![\p{L}])(?:more\s+(?:ram|memory))(?![\p{L}])|内存更大|更大内存/giu,
    { key: 'ram', direction: 'more' },
  ],
  [
    /(?<![\p{L}])(?:louder|more\s+powerful)(?![\p{L}])|更响|声音更大/giu,
    { key: 'output', direction: 'more' },
  ],
  [/(?<![\p{L}])(?:quieter)(?![\p{L}])|更安静/giu, { key: 'noise', direction: 'less' }],
];

/** The comparatives in a text and the text with them (and a leading "but"/"with") cut out. */
export function extractComparatives(text: string): { comparatives: Comparative[]; rest: string } {
  const comparatives: Comparative[] = [];
  let rest = text;
  for (const [re, comp] of TABLE) {
    re.lastIndex = 0;
    if (re.test(rest)) {
      comparatives.push(comp);
      re.lastIndex = 0;
      rest = rest.replace(re, ' ');
    }
  }
  rest = rest
    .replace(
      /(?<![\p{L}])(?:but|and|with|that(?:'s| is)?|which is|one|ones|a bit|a little|slightly|even|though)(?![\p{L}])/giu,
      ' ',
    )
    .replace(/的|吧|呢|那个|那款|一点/gu, ' ')
    .replace(/[,，]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { comparatives, rest };
}

function numericValue(p: Product, key: string): number | undefined {
  if (key === 'price') return p.price.minor;
  const raw = p.attributes[key];
  return raw === undefined ? undefined : attributeNumber(raw);
}

/**
 * A filter keeping products strictly lower/higher than the anchor on every comparative; products
 * without the attribute are left out (nothing is assumed). Comparatives the anchor itself has no
 * value for are dropped and reported in `unknown`.
 */
export function comparativeFilter(
  anchor: Product,
  comparatives: readonly Comparative[],
): { filter: (p: Product) => boolean; applied: Comparative[]; unknown: Comparative[] } {
  const applied: { comp: Comparative; ref: number }[] = [];
  const unknown: Comparative[] = [];
  for (const comp of comparatives) {
    const ref = numericValue(anchor, comp.key);
    if (ref === undefined) unknown.push(comp);
    else applied.push({ comp, ref });
  }
  const filter = (p: Product) =>
    applied.every(({ comp, ref }) => {
      if (comp.key === 'price' && p.price.currency !== anchor.price.currency) return false;
      const v = numericValue(p, comp.key);
      return v !== undefined && (comp.direction === 'less' ? v < ref : v > ref);
    });
  return { filter, applied: applied.map((a) => a.comp), unknown };
}

/** "lighter than 550 g", "比550 g更轻" — the comparison said back with the anchor's value. */
export function describeComparative(opts: {
  comparative: Comparative;
  anchor: Product;
  language: Language;
  priceText: string;
}): string {
  const { comparative: c, anchor, language } = opts;
  const zh = language === 'zh';
  const value = c.key === 'price' ? opts.priceText : (anchor.attributes[c.key] ?? '');
  if (c.key === 'price') {
    if (zh) return c.direction === 'less' ? `低于${value}` : `高于${value}`;
    return c.direction === 'less' ? `cheaper than ${value}` : `pricier than ${value}`;
  }
  if (c.key === 'weight') {
    if (zh) return c.direction === 'less' ? `比${value}更轻` : `比${value}更重`;
    return c.direction === 'less' ? `lighter than ${value}` : `heavier than ${value}`;
  }
  const label = attributeLabel(c.key, language);
  if (zh) return `${label}${c.direction === 'less' ? '低于' : '高于'}${value}`;
  return `${label.toLowerCase()} ${c.direction === 'less' ? 'below' : 'above'} ${value}`;
}
