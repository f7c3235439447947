/**
 * The price phrasings aisle understands, as regular expressions with named groups. Each amount
 * group set (suffix a or b) is: p = currency before, d = digits, m = multiplier (k, 千, 万, grand),
 * w = number words, g = "grand" after words, q = currency after, e = empty marker at the amount's end.
 */
import { CURRENCY_AFTER_SOURCE, CURRENCY_BEFORE_SOURCE } from './currency.ts';
import { WORD_NUMBER_SOURCE } from './numbers.ts';

/** What a phrase says about the price. */
export type PriceKind = 'range' | 'range-loose' | 'max' | 'min' | 'min-currency' | 'around' | 'currency-only';

/** A compiled phrasing and what it means. */
export interface PricePattern {
  readonly kind: PriceKind;
  readonly re: RegExp;
}

const LB = '(?<![\\p{L}\\p{N}])';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d,])|\\d+(?:\\.\\d+)?(?!\\d)';
const MULT = '(?:k(?![\\p{L}\\p{N}])|千|万|\\s?grand(?![\\p{L}]))';
const LEAD = `(?:${LB}(?:for|at|priced(?:\\s+at)?|costing|costs?|(?:that|which)\\s+costs?|with\\s+a\\s+price(?:\\s+tag)?\\s+of|price(?:\\s+range)?|in\\s+the\\s+range\\s+of)\\s+)?`;
const CJK_LEAD = '(?:价格|价位|价钱|预算)?';

function amount(x: 'a' | 'b'): string {
  return (
    `(?<p${x}>${CURRENCY_BEFORE_SOURCE})?\\s?` +
    `(?:(?<![\\p{Script=Latin}\\p{N}.,])(?<d${x}>${DIGITS})(?<m${x}>${MULT})?|(?<w${x}>${WORD_NUMBER_SOURCE})(?<g${x}>\\s+grand(?![\\p{L}]))?)` +
    `(?<q${x}>${CURRENCY_AFTER_SOURCE})?(?<e${x}>)`
  );
}

const A = amount('a');
const B = amount('b');

const MAX_BEFORE = [
  'under',
  'below',
  'beneath',
  'less\\s+than',
  'lower\\s+than',
  'cheaper\\s+than',
  'at\\s+most',
  '(?<!air\\s)max(?:imum)?\\.?',
  'no\\s+more\\s+than',
  'not\\s+more\\s+than',
  'not\\s+over',
  'nothing\\s+over',
  'up\\s+to',
  'within',
  '(?:(?:my|a|the|with\\s+a|on\\s+a)\\s+)?budget(?:\\s+(?:of|is|around|about))?:?',
  'sub-?',
].join('|');
const MAX_BEFORE_SYMBOL = '<=?|≤|不超过|不高于|不到|低于|少于|小于|最多|最高';
const MAX_AFTER =
  '(?:or\\s+(?:less|under|below|cheaper|lower)|and\\s+(?:under|below|less)|max(?:imum)?|tops|at\\s+most|budget)(?![\\p{L}])';
const MIN_BEFORE = [
  'over',
  'above',
  'more\\s+than',
  'greater\\s+than',
  'higher\\s+than',
  'at\\s+least',
  'min(?:imum)?\\.?',
  'no\\s+less\\s+than',
  'not\\s+less\\s+than',
  'not\\s+under',
  'starting\\s+(?:at|from)',
  'upwards\\s+of',
].join('|');
const MIN_BEFORE_SYMBOL = '>=?|≥|超过|高于|大于|不低于|至少|最少|起码';
const MIN_AFTER =
  '(?:and\\s+(?:up|above|over|more|higher)|or\\s+(?:more|above|higher|over)|plus)(?![\\p{L}])';
const AROUND_BEFORE =
  'around|about|roughly|approximately|approx\\.?|circa|near|close\\s+to|in\\s+the\\s+region\\s+of|somewhere\\s+around';
const AROUND_BEFORE_SYMBOL = '~|大约|大概|差不多|约';

const SOURCES: ReadonlyArray<readonly [PriceKind, string]> = [
  ['range', `${LEAD}${LB}(?:between|btw)\\s+${A}\\s*(?:and|-|–|—|to|&)\\s*${B}`],
  ['range', `${LEAD}${LB}from\\s+${A}\\s*(?:to|-|–|—|till|until|through)\\s*${B}`],
  ['range-loose', `${LEAD}${CJK_LEAD}${A}\\s*(?<sep>to|-|–|—|~|到|至)\\s*${B}(?:\\s*(?:之间|左右))?`],
  ['max', `${LEAD}(?:${LB}(?:${MAX_BEFORE})|${MAX_BEFORE_SYMBOL}|预算)\\s*${A}(?:\\s*(?:以内|以下|之内))?`],
  ['min', `${LEAD}(?:${LB}(?:${MIN_BEFORE})|${MIN_BEFORE_SYMBOL})\\s*${A}(?:\\s*以上)?`],
  ['max', `${LEAD}${CJK_LEAD}${A}\\s*(?:${LB}${MAX_AFTER}|以内|以下|之内|之下)`],
  ['min', `${LEAD}${CJK_LEAD}${A}\\s*(?:\\+(?![\\p{N}])|${LB}${MIN_AFTER}|以上|起)`],
  [
    'around',
    `${LEAD}(?:${LB}(?:${AROUND_BEFORE})(?:\\s+the)?|${AROUND_BEFORE_SYMBOL})\\s*${A}(?:\\s*(?:左右|上下)|\\s+(?:mark|range|price\\s+point)(?![\\p{L}]))?`,
  ],
  [
    'around',
    `${LEAD}${CJK_LEAD}${A}(?:\\s*-?ish(?![\\p{L}])|\\s+or\\s+so(?![\\p{L}])|\\s+give\\s+or\\s+take|\\s*左右|\\s*上下)`,
  ],
  ['min-currency', `${LB}(?:from|starting)\\s+${A}`],
  ['currency-only', `${LEAD}${A}`],
];

/** Every phrasing, most specific first; the first phrasing that matches a span wins it. */
export const PRICE_PATTERNS: readonly PricePattern[] = SOURCES.map(([kind, source]) => ({
  kind,
  re: new RegExp(source, 'giud'),
}));

const UNITS = (
  'gb tb mb kb gbps mbps inch inches " ” ″ \' w watt watts kw mah wh cup cups year years yr yrs yo month ' +
  'months week weeks day days hour hours hr hrs minute minutes min mins second seconds pack packs pk pcs ' +
  'piece pieces count ct hz khz mhz ghz mm cm meter meters metre metres ft feet foot lb lbs oz ounce ' +
  'ounces kg gram grams ml liter liters litre litres gal gallon gallons qt quart quarts mp megapixel ' +
  'megapixels fps rpm volt volts amp amps % percent gen th st nd rd core cores thread threads people ' +
  'person persons player players kid kids pair pairs set sets roll rolls sheet sheets page pages slice ' +
  'slices seat seats port ports device devices star stars review reviews series dpi nits db ohm ohms bit ' +
  'bits mph km mile miles step steps layer layers sq square speed speeds channel channels outlet outlets ' +
  'serving servings burner burners blade blades lumen lumens btu cc tbsp tsp x p'
).split(' ');
const CJK_UNITS =
  '岁 寸 英寸 个 件 只 瓦 毫安 杯 年 号 码 人 台 双 条 米 升 克 公斤 斤 天 小时 分钟 核 张 页 包 盒 瓶 度 倍 代';

/** Units that make a number a spec, not a price ("32GB", "65 inch", "12 cup", "10 year old"). */
export const UNIT_AFTER = new RegExp(
  `^\\s?-?\\s?(?:${UNITS.join('|')})(?![\\p{L}\\p{N}])|^\\s?(?:${CJK_UNITS.split(' ').join('|')})`,
  'iu',
);

/** Words that may follow a bare number that is still a price ("under 100 with ANC"). */
export const FOLLOW_OK: ReadonlySet<string> = new Set(
  (
    'and or but with for in on at from by that which who please pls thanks only instead then if so is are ' +
    'would should to max tops range budget total each price i not no except without also ideally preferably ' +
    'maybe now today any anything something thank'
  ).split(' '),
);

/**
 * Words after which a bare "20-40" may be a price range. Any other word before it ("iphone 14-15",
 * "size 8-10", "ages 3-5") makes it a model, size or age; a plural noun ("headphones 20-40") is fine.
 */
export const RANGE_OK_BEFORE: ReadonlySet<string> = new Set([
  ...FOLLOW_OK,
  ...'price priced prices costing cost costs between around about spend pay'.split(' '),
]);

/** Plural-looking words that still name a model, size or age before "8-10". */
export const RANGE_BLOCK_BEFORE: ReadonlySet<string> = new Set(
  'sizes ages years grades levels series for'.split(' '),
);

/** Words that make "4k" a resolution rather than 4000. */
export const DISPLAY_CONTEXT =
  /(?<![\p{L}])(?:tvs?|television|monitors?|displays?|screens?|projectors?|cameras?|camcorders?|video|resolution|gaming|uhd|hdr|oled|qled|电视|显示器|投影)(?![\p{L}])/iu;
