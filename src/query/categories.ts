/**
 * Category words matched against the catalog's own category path segments: singular or plural,
 * through a small synonym table ("earbuds" -> a headphones-like category, "notebook" -> Laptops,
 * "跑鞋" -> Running Shoes), only to categories the catalog has, most specific match first. The
 * words stay in the search text; they help ranking too.
 */
import { ACCESSORY_NOUNS, CANONICAL, CJK_WORDS, PHRASES } from './category-words.ts';
import { fold, joinable, latinTokens, singular } from './tokens.ts';

interface Word {
  readonly w: string;
  readonly start: number;
  readonly end: number;
}

/** The catalog's categories, keyed for matching. */
export interface CategoryIndex {
  /** Exact (singular, folded) word sequence -> catalog names. */
  readonly exact: ReadonlyMap<string, readonly string[]>;
  /** Canonical (synonym-mapped) word sequence -> catalog names. */
  readonly canonical: ReadonlyMap<string, readonly string[]>;
  readonly maxTokens: number;
  /** Every word that appears in a category name, exact or canonical. */
  readonly words: ReadonlySet<string>;
}

const CJK_RUN = /[\p{Script=Han}]+/gu;

function gapOk(s: string, left: Word, right: Word): boolean {
  return right.start <= left.end || joinable(s, left, right);
}

/** Exact words of a text: Latin words folded and made singular, plus words for Chinese product names. */
function exactWords(s: string): Word[] {
  const out: Word[] = latinTokens(s).map((t) => ({ w: singular(t.key), start: t.start, end: t.end }));
  for (const run of s.matchAll(CJK_RUN)) {
    let i = 0;
    while (i < run[0].length) {
      const hit = CJK_WORDS.find(([term]) => run[0].startsWith(term, i));
      if (!hit) {
        i += 1;
        continue;
      }
      const start = run.index + i;
      for (const w of hit[1]) out.push({ w, start, end: start + hit[0].length });
      i += hit[0].length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Map words to canonical words, replacing multi-word synonyms first. */
function canonicalWords(s: string, words: readonly Word[]): Word[] {
  const out: Word[] = [];
  let i = 0;
  outer: while (i < words.length) {
    for (const [phrase, replacement] of PHRASES) {
      const window = words.slice(i, i + phrase.length);
      if (window.length !== phrase.length || !window.every((w, k) => w.w === phrase[k])) continue;
      if (!window.every((w, k) => k === 0 || gapOk(s, window[k - 1] as Word, w))) continue;
      const start = window[0]?.start ?? 0;
      const end = window[window.length - 1]?.end ?? start;
      for (const w of replacement) out.push({ w, start, end });
      i += phrase.length;
      continue outer;
    }
    const word = words[i] as Word;
    out.push({ ...word, w: CANONICAL.get(word.w) ?? word.w });
    i += 1;
  }
  return out;
}

function add(map: Map<string, string[]>, key: string, name: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(name)) list.push(name);
  map.set(key, list);
}

/** Build the index once per vocabulary. Names like "Headphones & Earbuds" match either part. */
export function buildCategoryIndex(categories: readonly string[]): CategoryIndex {
  const exact = new Map<string, string[]>();
  const canonical = new Map<string, string[]>();
  const words = new Set<string>();
  let maxTokens = 1;
  for (const name of categories) {
    const parts = [name, ...(/[&,/]|\band\b/i.test(name) ? name.split(/\s*(?:&|,|\/|\band\b)\s*/i) : [])];
    for (const part of parts) {
      const ex = exactWords(part).filter((w) => w.w !== 'and');
      if (ex.length === 0) continue;
      const can = canonicalWords(part, ex);
      add(exact, ex.map((w) => w.w).join(' '), name);
      add(canonical, can.map((w) => w.w).join(' '), name);
      for (const w of [...ex, ...can]) words.add(w.w);
      maxTokens = Math.max(maxTokens, ex.length, can.length);
    }
  }
  return { exact, canonical, maxTokens, words };
}

/** True when a folded word names a product type the catalog or the synonym table knows. */
export function isProductWord(index: CategoryIndex, key: string): boolean {
  const w = singular(fold(key));
  return index.words.has(w) || CANONICAL.has(w);
}

interface Candidate {
  readonly names: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly level: number;
}

function candidates(
  s: string,
  words: readonly Word[],
  map: ReadonlyMap<string, readonly string[]>,
  level: number,
  maxTokens: number,
): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    let key = '';
    for (let len = 1; len <= maxTokens && i + len - 1 < words.length; len++) {
      const w = words[i + len - 1] as Word;
      if (len > 1 && !gapOk(s, words[i + len - 2] as Word, w)) break;
      key = len === 1 ? w.w : `${key} ${w.w}`;
      const names = map.get(key);
      if (!names) continue;
      const next = words[i + len];
      if (next && next.start >= w.end && gapOk(s, w, next) && ACCESSORY_NOUNS.has(next.w)) continue;
      out.push({ names, start: (words[i] as Word).start, end: w.end, level });
    }
  }
  return out;
}

/** Catalog categories a (masked) request names, in order of appearance. */
export function matchCategories(s: string, index: CategoryIndex): string[] {
  const exact = exactWords(s);
  const all = [
    ...candidates(s, exact, index.exact, 0, index.maxTokens),
    ...candidates(s, canonicalWords(s, exact), index.canonical, 1, index.maxTokens),
  ].sort((a, b) => b.end - b.start - (a.end - a.start) || a.level - b.level || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of all) {
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  for (const [i, c] of chosen.entries()) {
    // "home speaker", "laptop speakers": a category word right before another one modifies it.
    const next = chosen[i + 1];
    if (next && /^[\s\-–]*$/.test(s.slice(c.end, next.start))) continue;
    for (const name of c.names) if (!out.includes(name)) out.push(name);
  }
  return out;
}
