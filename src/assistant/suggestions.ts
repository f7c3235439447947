/**
 * Two to four follow-ups that fit the situation, written so that sending one back as text does
 * what it says ("cheaper", "compare 1 and 2", "show more", "not JBL", "only in stock"). Pure.
 */
import type { Product } from '../catalog/product.ts';
import { fold } from '../query/tokens.ts';
import type { Constraints } from '../query/types.ts';
import type { Language } from './language.ts';

const MAX = 4;

const WORDS = {
  en: {
    anyPrice: 'any price',
    withOut: 'include out of stock',
    cheaper: 'cheaper',
    compare: 'compare 1 and 2',
    more: 'show more',
    not: (b: string) => `not ${b}`,
    inStock: 'only in stock',
    likeFirst: 'more like #1',
    startOver: 'start over',
  },
  zh: {
    anyPrice: '不限价格',
    withOut: '缺货的也行',
    cheaper: '便宜一点',
    compare: '比较1和2',
    more: '更多',
    not: (b: string) => `不要${b}`,
    inStock: '只要有货',
    likeFirst: '类似第1个的',
    startOver: '重新开始',
  },
} as const;

/** Follow-ups after a results screen. */
export function resultSuggestions(opts: {
  language: Language;
  shown: readonly Product[];
  constraints: Constraints;
  more: boolean;
}): string[] {
  const { shown, constraints: c } = opts;
  const w = WORDS[opts.language];
  if (shown.length === 0) {
    return [
      ...(c.price ? [w.anyPrice] : []),
      ...(c.inStockOnly ? [w.withOut] : []),
      w.startOver,
      'help',
    ].slice(0, MAX);
  }
  const top = shown[0]?.brand;
  const brands = new Set(shown.map((p) => p.brand).filter(Boolean));
  const excluded = new Set(c.excludeBrands.map(fold));
  const notTop = top !== undefined && brands.size >= 2 && c.brands.length === 0 && !excluded.has(fold(top));
  const someOut = !c.inStockOnly && shown.some((p) => p.availability !== 'in_stock');
  const out = [
    w.cheaper,
    ...(shown.length >= 2 ? [w.compare] : []),
    ...(opts.more ? [w.more] : []),
    ...(notTop && top ? [w.not(top)] : []),
    ...(someOut ? [w.inStock] : []),
  ];
  if (out.length < 2) out.push(w.likeFirst);
  return out.slice(0, MAX);
}

/** Example requests for greetings, help and redirects. */
export function exampleSuggestions(language: Language): string[] {
  return language === 'zh'
    ? ['蓝牙音箱 300元以内', '降噪耳机', '跑鞋']
    : ['bluetooth speaker under 60', 'noise cancelling headphones', 'running shoes under 100'];
}
