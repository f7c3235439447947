/**
 * The lead text of a results reply, in English or Chinese: what was understood ("3 quiet
 * Bluetooth speakers under $60, leaving out JBL:"), what was relaxed when nothing matched, and
 * short notes (a price read in the shop's currency, how "cheaper" was set). Pure; it restates
 * the constraints and counts it is given and never names a product, price or stock state itself.
 */
import { describeConstraints, formatAmount } from '../query/describe.ts';
import { fold, singular } from '../query/tokens.ts';
import { type Constraints, emptyConstraints, type PriceRange } from '../query/types.ts';
import type { Language } from './language.ts';
import type { CheaperRule } from './refine.ts';
import type { Relaxation } from './relax.ts';

/** How the results came about. */
export type LeadMode = 'search' | 'more' | 'similar' | 'customer';

/** Everything a results lead says. */
export interface ResultsLeadInput {
  readonly language: Language;
  readonly count: number;
  /** The search words ("quiet bluetooth speakers"). */
  readonly subject: string;
  /** The constraints the shown items satisfy (after any relaxation). */
  readonly constraints: Constraints;
  readonly relaxation?: Relaxation;
  /** Every shown item is out of stock (nothing else matched). */
  readonly outOfStockOnly?: boolean;
  /** Better matches left out because they are out of stock. */
  readonly hiddenOutOfStock?: number;
  readonly mode?: LeadMode;
  /** For "similar": the product the search was anchored on. */
  readonly anchorTitle?: string;
  /** Comparatives said back ("lighter than 550 g"). */
  readonly comparatives?: readonly string[];
}

const HAN = /\p{Script=Han}/u;
const IRREGULAR: Readonly<Record<string, string>> = {
  mouse: 'mice',
  knife: 'knives',
  shelf: 'shelves',
  person: 'people',
  child: 'children',
  foot: 'feet',
};

/** English plural of the last word of a phrase ("bluetooth speaker" -> "bluetooth speakers"). */
export function pluralise(phrase: string, count: number): string {
  if (count === 1 || HAN.test(phrase) || phrase === '') return phrase;
  const m = /^(.*?)([\p{L}]+)$/u.exec(phrase);
  if (!m) return phrase;
  const [, head = '', word = ''] = m;
  const irregular = IRREGULAR[word.toLowerCase()];
  if (irregular) return `${head}${irregular}`;
  if (/s$/i.test(word)) return phrase;
  if (/(?:x|ch|sh|z)$/i.test(word)) return `${head}${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${head}${word.slice(0, -1)}ies`;
  return `${head}${word}s`;
}

const words = (s: string) =>
  new Set(
    fold(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(singular),
  );

/** The constraint phrase without categories the subject already names ("speakers in Speakers"). */
export function constraintPhrase(c: Constraints, subject: string, language: Language): string {
  const said = words(subject);
  // Category names are in the catalog's language; a Chinese subject already names the product.
  const categories =
    language === 'zh' && subject.trim() !== ''
      ? []
      : c.categories.filter((cat) => ![...words(cat)].every((w) => said.has(w)));
  return describeConstraints({ ...c, categories }, { language });
}

/** "under $60", "US$60以内": one price window as a phrase. */
export function pricePhrase(price: PriceRange | undefined, language: Language): string {
  if (!price) return '';
  return describeConstraints({ ...emptyConstraints(''), price }, { language });
}

function relaxedLead(i: ResultsLeadInput, r: Relaxation): string {
  const zh = i.language === 'zh';
  const subject = zh ? i.subject || '商品' : pluralise(i.subject, 2);
  switch (r.kind) {
    case 'price': {
      const before = pricePhrase(r.from.price, i.language);
      const after = pricePhrase(i.constraints.price, i.language);
      if (zh) return `没有${before}的${subject}；最接近的在${after}：`;
      return `${i.subject ? `No ${subject}` : 'Nothing'} ${before}; the closest are ${after}:`;
    }
    case 'stock':
      return zh
        ? `目前没有有货的${subject}；以下是最接近的商品，已标注库存状态：`
        : `${i.subject ? `No ${subject}` : 'Nothing'} in stock right now; here are the closest matches, with their stock state:`;
    case 'brands': {
      const brands = r.from.brands.join(zh ? '、' : ' or ');
      return zh
        ? `没有${brands}的${subject}；以下是其他品牌：`
        : `${i.subject ? `No ${subject}` : 'Nothing'} from ${brands}; here are other brands:`;
    }
    case 'categories': {
      const cats = r.from.categories.join(zh ? '、' : ' or ');
      return zh
        ? `${cats}里没有合适的；以下是其他类别中最接近的：`
        : `Nothing in ${cats} matches; the closest from other categories:`;
    }
  }
}

function englishLead(i: ResultsLeadInput, phrase: string): string {
  const noun = i.subject ? pluralise(i.subject, i.count) : i.count === 1 ? 'pick' : 'picks';
  const extra = [...(i.comparatives ?? []), ...(phrase ? [phrase] : [])];
  switch (i.mode ?? 'search') {
    case 'more':
      return `${i.count} more ${noun}${phrase ? ` ${phrase}` : ''}`;
    case 'similar': {
      const matching = i.subject ? [`matching "${i.subject}"`] : [];
      const all = [...matching, ...extra];
      return `${i.count} like ${i.anchorTitle ?? 'that one'}${all.length ? `, ${all.join(', ')}` : ''}`;
    }
    case 'customer':
      return `For your customer: ${i.count} ${noun}${phrase ? ` ${phrase}` : ''}`;
    default:
      return `${i.count} ${noun}${phrase ? ` ${phrase}` : ''}`;
  }
}

function chineseLead(i: ResultsLeadInput, phrase: string): string {
  const noun = i.subject || '商品';
  const extra = [...(i.comparatives ?? []), ...(phrase ? [phrase] : [])];
  const paren = extra.length ? `（${extra.join('，')}）` : '';
  switch (i.mode ?? 'search') {
    case 'more':
      return `再来${i.count}款${noun}${paren}`;
    case 'similar': {
      const all = [...(i.subject ? [i.subject] : []), ...extra];
      return `${i.count}款与${i.anchorTitle ?? '它'}相似的商品${all.length ? `（${all.join('，')}）` : ''}`;
    }
    case 'customer':
      return `给你的顾客：${i.count}款${noun}${paren}`;
    default:
      return `为你找到${i.count}款${noun}${paren}`;
  }
}

/** The lead of a reply that shows `count` > 0 items. */
export function resultsLead(i: ResultsLeadInput): string {
  if (i.relaxation) return relaxedLead(i, i.relaxation);
  const zh = i.language === 'zh';
  const said = i.mode === 'similar' ? `${i.subject} ${i.anchorTitle ?? ''}` : i.subject;
  const phrase = constraintPhrase(i.constraints, said, i.language);
  const base = zh ? chineseLead(i, phrase) : englishLead(i, phrase);
  if (i.outOfStockOnly) {
    return zh ? `${base}——目前都缺货，已标注：` : `${base} — only out-of-stock ones match, marked below:`;
  }
  const hidden = i.hiddenOutOfStock ?? 0;
  if (hidden > 0) {
    if (zh) return `${base}（另有${hidden}款更匹配的商品缺货）：`;
    return `${base} (${hidden} closer ${hidden === 1 ? 'match is' : 'matches are'} out of stock):`;
  }
  return `${base}${zh ? '：' : ':'}`;
}

/** The lead when nothing matched, even after relaxing. */
export function noResultsLead(opts: {
  language: Language;
  subject: string;
  constraints: Constraints;
}): string {
  const phrase = constraintPhrase(opts.constraints, opts.subject, opts.language);
  if (opts.language === 'zh') {
    return `没有找到符合条件的${opts.subject || '商品'}${phrase ? `（${phrase}）` : ''}。可以换个说法，或去掉一个条件。`;
  }
  const noun = opts.subject ? pluralise(opts.subject, 2) : 'products';
  return `I couldn't find any ${noun}${phrase ? ` ${phrase}` : ''}. Try other words, or remove a filter.`;
}

/** The lead when "show more" has nothing left. */
export function exhaustedLead(opts: { language: Language; subject: string }): string {
  if (opts.language === 'zh') return `${opts.subject || '这个搜索'}就这些了。可以换个说法再找找。`;
  return `That's everything I have for ${opts.subject ? pluralise(opts.subject, 2) : 'that search'}. Try different words for more.`;
}

/** The lead when "cheaper" finds nothing below the new ceiling. */
export function nothingCheaperLead(language: Language): string {
  return language === 'zh'
    ? '没有更便宜的了：上一批已经是我能找到的最便宜的。'
    : 'Nothing cheaper matches: the last picks are the cheapest I have.';
}

/** "I read €50 as $50, the shop's currency." */
export function currencyNote(opts: { from: PriceRange; to: PriceRange; language: Language }): string {
  const amount = (p: PriceRange) => formatAmount(p.maxMinor ?? p.minMinor ?? 0, p.currency, opts.language);
  if (opts.language === 'zh') return `按本店货币，把${amount(opts.from)}理解为${amount(opts.to)}。`;
  return `I read ${amount(opts.from)} as ${amount(opts.to)}, the shop's currency.`;
}

/** "Cheaper: under $44.99 (just below the middle price of the last picks)." */
export function cheaperNote(opts: { price: PriceRange; rule: CheaperRule; language: Language }): string {
  const max = formatAmount(opts.price.maxMinor ?? 0, opts.price.currency, opts.language);
  if (opts.language === 'zh') {
    return `更便宜：${max}以内（${opts.rule === 'median' ? '低于上次结果的中位价' : '原预算的80%'}）。`;
  }
  const why =
    opts.rule === 'median' ? 'just below the middle price of the last picks' : '80% of your last budget';
  return `Cheaper: under ${max} (${why}).`;
}
