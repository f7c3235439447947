/**
 * Where the catalog's brands are named in a request: Latin spellings compared folded (so "audio
 * technica" finds "Audio-Technica" and "levis" finds "Levi's") and a few Chinese names.
 */
import { joinable, latinTokens, type Token } from './tokens.ts';

/** One place a brand is named. */
export interface BrandMention {
  /** Catalog spelling. */
  readonly brand: string;
  readonly start: number;
  readonly end: number;
  /** The brand is also an everyday word ("On", "Nothing"): it needs a cue to count. */
  readonly ambiguous: boolean;
}

/**
 * Brands that are everyday English words. Such a brand counts only with a cue ("by On", "not
 * Nothing"), when capitalised mid-sentence ("On Cloudmonster") or when a capitalised word or a
 * product word follows it at the start ("On Running shoes", "Brother printer").
 */
export const COMMON_WORD_BRANDS: ReadonlySet<string> = new Set(
  (
    'a about all also and any arc as at be best better big black blue bliss bright brother buy by can case ' +
    'champion circle clear coach converse cool core crown daily dash do dove echo edge element elite every ' +
    'express fire first fit for fossil free fresh fun gap get go gold good great green guess happy here home ' +
    'hot how in instant is it joy just kind life light like little live lodge love made max me mega mini mode ' +
    'monster more my native nest new next nice ninja no nothing now of on one only open orange original out ' +
    'over pilot pulse pure quest ready real red ring safe sharp shark shell simple smart so solo sound spark ' +
    'sport star sun swell target the this tide today top total true ultra under unique up urban us value vans ' +
    'very vital we what white wild with yes you zero'
  ).split(' '),
);

/** Chinese names of a few brands; used only when the catalog has the brand. */
const CJK_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['索尼', 'sony'],
  ['苹果', 'apple'],
  ['小米', 'xiaomi'],
  ['华为', 'huawei'],
  ['三星', 'samsung'],
  ['联想', 'lenovo'],
  ['戴尔', 'dell'],
  ['惠普', 'hp'],
];

/** The catalog's brands, keyed for matching. */
export interface BrandIndex {
  readonly byKey: ReadonlyMap<string, string>;
  readonly maxTokens: number;
  readonly aliases: ReadonlyArray<readonly [string, string]>;
}

/** Build the index once per vocabulary. */
export function buildBrandIndex(brands: readonly string[]): BrandIndex {
  const byKey = new Map<string, string>();
  let maxTokens = 1;
  for (const brand of brands) {
    const tokens = latinTokens(brand);
    if (tokens.length === 0) continue;
    const key = tokens.map((t) => t.key).join('');
    if (!byKey.has(key)) byKey.set(key, brand);
    maxTokens = Math.max(maxTokens, tokens.length);
  }
  const aliases = CJK_ALIASES.flatMap(([alias, key]) => {
    const brand = byKey.get(key);
    return brand ? [[alias, brand] as const] : [];
  });
  return { byKey, maxTokens: Math.min(maxTokens + 1, 6), aliases };
}

function isAmbiguous(brand: string): boolean {
  const tokens = latinTokens(brand);
  return tokens.length === 1 && COMMON_WORD_BRANDS.has(tokens[0]?.key ?? '');
}

/** The longest brand name starting at token i, with how many tokens it spans. */
function longestAt(
  s: string,
  tokens: readonly Token[],
  i: number,
  index: BrandIndex,
): BrandMention | undefined {
  const candidates: { key: string; len: number }[] = [];
  let key = '';
  for (let len = 1; len <= index.maxTokens && i + len - 1 < tokens.length; len++) {
    const tok = tokens[i + len - 1] as Token;
    if (len > 1 && !joinable(s, tokens[i + len - 2] as Token, tok)) break;
    key += tok.key;
    candidates.push({ key, len });
    // "Sony's headphones": the possessive is not part of the name.
    if (/['’]s$/i.test(tok.raw)) candidates.push({ key: key.slice(0, -1), len });
  }
  for (const c of [...candidates].sort((a, b) => b.len - a.len)) {
    const brand = index.byKey.get(c.key);
    const first = tokens[i];
    const last = tokens[i + c.len - 1];
    if (brand && first && last)
      return { brand, start: first.start, end: last.end, ambiguous: isAmbiguous(brand) };
  }
  return undefined;
}

/** Every brand mention, left to right, longest name first where names overlap. */
export function findBrandMentions(s: string, index: BrandIndex): BrandMention[] {
  const tokens = latinTokens(s);
  const out: BrandMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(s, tokens, i, index);
    if (found) {
      out.push(found);
      i += latinTokens(s.slice(found.start, found.end)).length;
    } else {
      i += 1;
    }
  }
  for (const [alias, brand] of index.aliases) {
    for (let at = s.indexOf(alias); at >= 0; at = s.indexOf(alias, at + alias.length)) {
      out.push({ brand, start: at, end: at + alias.length, ambiguous: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
