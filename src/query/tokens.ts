/**
 * Latin word tokens with their offsets, folded so that matching ignores case, accents, apostrophes
 * and hyphens ("Levi's" = "levis", "Audio-Technica" = "audio technica", "Nestlé" = "nestle").
 */

/** One word of the (masked) request. */
export interface Token {
  /** As written. */
  readonly raw: string;
  /** Folded: lower case, no accents or apostrophes; "&" becomes "and". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

const NOT_CJK = '(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])';
const LATIN_WORD = new RegExp(
  `(?:${NOT_CJK}[\\p{L}\\p{N}\\p{M}])+(?:['’](?:${NOT_CJK}[\\p{L}\\p{N}\\p{M}])+)*|&`,
  'gu',
);

/** Fold one word or phrase for comparison. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, 'and');
}

/** The Latin words of a text (CJK runs are skipped; see the alias and category dictionaries). */
export function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    out.push({ raw: m[0], key: fold(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when two neighbouring tokens may belong to one name: only spaces, hyphens or dots between. */
export function joinable(text: string, left: Pick<Token, 'end'>, right: Pick<Token, 'start'>): boolean {
  return /^[\s\-–.]*$/.test(text.slice(left.end, right.start));
}

/** Crude English singular, applied the same way to catalog words and request words. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
