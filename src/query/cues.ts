/**
 * Stock and sort cues. "in stock", "available now", "有货" ask for buyable items only. "cheap",
 * "cheapest", "budget", "affordable", "inexpensive", "便宜" order by price, lowest first, without
 * inventing a ceiling; "most expensive", "priciest", "最贵" order highest first. "premium",
 * "high-end", "luxury" and "best" keep relevance order and stay in the text: they describe the
 * product, and the semantic search can use them.
 */
import { maskSpan } from './leftover.ts';
import type { SortOrder } from './types.ts';

const STOCK: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])(?:(?:that|which)\s+)?(?:i|we)\s+can\s+(?:buy|get|order)\s+(?:right\s+)?(?:now|today)(?![\p{L}])/giu,
  /(?<![\p{L}\p{N}])(?:(?:only|just)\s+(?:show\s+)?(?:items?\s+|products?\s+|ones\s+|things\s+)?)?(?:(?:that|which)\s+(?:are|is)\s+|(?:that|which)['’]re\s+)?(?:currently\s+)?(?:in[-\s]?stock|available\s+(?:right\s+)?(?:now|today)|(?:ships?|shipping)\s+(?:today|now|immediately|right\s+away)|ready\s+to\s+ship)(?:\s+only)?(?![\p{L}])/giu,
  /(?:只要|仅限|只看)?(?:有货|现货|有库存)/gu,
];

const SORT: ReadonlyArray<readonly [RegExp, SortOrder]> = [
  [
    /(?<![\p{L}\p{N}])(?:(?:sort(?:ed)?|order(?:ed)?)\s+by\s+)?price\s*[:,]?\s*(?:from\s+)?high(?:est)?\s+to\s+low(?:est)?(?![\p{L}])|(?<![\p{L}\p{N}])(?:the\s+)?(?:most\s+expensive|priciest|highest[-\s]priced?)(?:\s+(?:first|on\s+top))?(?![\p{L}])|价格从高到低|最贵/giu,
    'price_desc',
  ],
  [
    /(?<![\p{L}\p{N}])(?:(?:sort(?:ed)?|order(?:ed)?)\s+by\s+)?price\s*[:,]?\s*(?:from\s+)?low(?:est)?\s+to\s+high(?:est)?(?![\p{L}])|(?<![\p{L}\p{N}])(?:sort(?:ed)?|order(?:ed)?)\s+by\s+price(?![\p{L}])/giu,
    'price_asc',
  ],
  [
    /(?<![\p{L}\p{N}])(?:the\s+)?(?:cheapest|cheaper|cheap|inexpensive|affordable|budget(?:[-\s]friendly)?|low[-\s]?cost|low[-\s]?priced|lowest[-\s]priced?|least\s+expensive|on\s+a\s+budget|bargain)(?:\s+(?:first|on\s+top))?(?![\p{L}])|价格从低到高|最便宜|便宜|实惠|低价/giu,
    'price_asc',
  ],
];

/** Whether the request asks for in-stock items, with the phrase cut out. */
export function extractStock(masked: string): { inStockOnly: boolean; masked: string } {
  let s = masked;
  let found = false;
  for (const re of STOCK) {
    re.lastIndex = 0;
    for (const m of [...s.matchAll(re)]) {
      found = true;
      s = maskSpan(s, m.index, m.index + m[0].length);
    }
  }
  return { inStockOnly: found, masked: s };
}

/** The sort order the request asks for, with the phrase cut out. The first cue in the table wins. */
export function extractSort(masked: string): { sort: SortOrder; masked: string } {
  let s = masked;
  let sort: SortOrder = 'relevance';
  for (const [re, order] of SORT) {
    re.lastIndex = 0;
    for (const m of [...s.matchAll(re)]) {
      if (sort === 'relevance') sort = order;
      s = maskSpan(s, m.index, m.index + m[0].length);
    }
  }
  return { sort, masked: s };
}
