/**
 * Brand inclusion and exclusion. A mention with an exclusion cue before it ("not", "without",
 * "anything but", "不要"…) excludes the brand; one with no cue or an inclusion cue ("by", "from",
 * "only") includes it. Brands listed together share the cue: "no Sony or Bose" excludes both.
 * Cue words and brand names are cut from the search text (the filter enforces them).
 */
import { type BrandIndex, type BrandMention, findBrandMentions } from './brand-index.ts';
import { maskSpan } from './leftover.ts';
import { fold } from './tokens.ts';

const EXCLUDE_CUE =
  /(?<![\p{L}\p{N}'’])(?<cue>(?:but\s+)?(?:not\s+(?:from|by|made\s+by|a|an|the|any)|nothing\s+(?:from|by)|anything\s+(?:but|except)|other\s+than|except(?:\s+for)?|excluding|exclude|without(?:\s+any)?|avoid(?:ing)?|skip(?:ping)?|no(?:\s+more)?|not|non|never|(?:i\s+)?(?:don['’]?t|do\s+not)\s+(?:want|like)(?:\s+any)?|hate|rather\s+not|not\s+interested\s+in))[\s-]*$/iu;
const EXCLUDE_CUE_CJK = /(?<cue>不要|不想要|除了|排除|不考虑|不买|别买|别要|别|不是|非)\s*$/u;
const INCLUDE_CUE =
  /(?<![\p{L}\p{N}'’])(?<cue>(?:made\s+|manufactured\s+)?by|from|only|just|brand(?:ed)?|preferably|ideally)[\s-]*$/iu;
const CHAIN = /^\s*(?:,|\/|&|、|，|or|and|nor|和|或者|或|与|及)?\s*(?:or|and)?\s*$/iu;
const TRAILING_EN = /^\s*(?:only|brand|branded)(?![\p{L}])/iu;
const TRAILING_CJK = /^(?:以外|之外|牌子|品牌)?的?/u;

/** Included and excluded brands (catalog spelling) and the request with them cut out. */
export interface BrandExtraction {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly masked: string;
}

/** Options for `extractBrands`. */
export interface BrandOptions {
  readonly index: BrandIndex;
  /** True for a folded word that names a product type ("printer", "shoes"). */
  readonly isProductWord: (key: string) => boolean;
}

interface Group {
  polarity: 'include' | 'exclude';
  start: number;
  end: number;
  cjkCue: boolean;
  brands: string[];
}

interface Cue {
  readonly polarity: 'include' | 'exclude';
  readonly start: number;
  readonly cjk: boolean;
}

function findCue(s: string, from: number, to: number): Cue | undefined {
  const before = s.slice(from, to);
  for (const [re, polarity, cjk] of [
    [EXCLUDE_CUE, 'exclude', false],
    [EXCLUDE_CUE_CJK, 'exclude', true],
    [INCLUDE_CUE, 'include', false],
  ] as const) {
    const m = re.exec(before);
    if (m?.groups?.cue !== undefined) {
      return { polarity, start: from + m.index + m[0].indexOf(m.groups.cue), cjk };
    }
  }
  return undefined;
}

/** An everyday-word brand without a cue counts when its capitals say it is a name. */
function capitalsSayBrand(s: string, m: BrandMention, isProductWord: (key: string) => boolean): boolean {
  if (!/[\p{Ll}]/u.test(s)) return false;
  if (!/^\p{Lu}/u.test(s.slice(m.start, m.end))) return false;
  const prefix = s.slice(0, m.start);
  const midSentence = /\S/.test(prefix) && !/[.!?。！？]\s*$/u.test(prefix);
  if (midSentence) return true;
  const next = /^[\s-]+([\p{L}][\p{L}\p{N}'’-]*)/u.exec(s.slice(m.end))?.[1];
  if (next === undefined) return false;
  return /^\p{Lu}/u.test(next) || isProductWord(fold(next));
}

/** Group mentions into listed runs ("Sony, Bose or JBL") that share the cue before the first one. */
function groupMentions(masked: string, opts: BrandOptions): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastEnd = 0;
  for (const m of findBrandMentions(masked, opts.index)) {
    if (m.start < lastEnd) continue;
    const capitalised = /^\p{Lu}/u.test(masked.slice(m.start, m.end));
    if (current && (!m.ambiguous || capitalised) && CHAIN.test(masked.slice(current.end, m.start))) {
      current.end = m.end;
      current.brands.push(m.brand);
      lastEnd = m.end;
      continue;
    }
    const cue = findCue(masked, Math.max(lastEnd, m.start - 60), m.start);
    lastEnd = m.end;
    current = undefined;
    if (m.ambiguous && !cue && !capitalsSayBrand(masked, m, opts.isProductWord)) continue;
    current = {
      polarity: cue?.polarity ?? 'include',
      start: cue?.start ?? m.start,
      end: m.end,
      cjkCue: cue?.cjk ?? false,
      brands: [m.brand],
    };
    groups.push(current);
  }
  return groups;
}

/** Find brand constraints in a masked request and cut them out. */
export function extractBrands(masked: string, opts: BrandOptions): BrandExtraction {
  let s = masked;
  const include: string[] = [];
  const exclude: string[] = [];
  for (const g of groupMentions(masked, opts)) {
    const rest = s.slice(g.end);
    const trailing = (g.cjkCue || /^[\p{Script=Han}]/u.test(rest) ? TRAILING_CJK : TRAILING_EN).exec(rest);
    s = maskSpan(s, g.start, g.end + (trailing?.[0].length ?? 0));
    const target = g.polarity === 'exclude' ? exclude : include;
    for (const b of g.brands) if (!target.includes(b)) target.push(b);
  }
  return { include: include.filter((b) => !exclude.includes(b)), exclude, masked: s };
}
