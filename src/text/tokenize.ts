/**
 * Shared text normalisation for search: NFKC, lower case, words split by Unicode rules.
 * Chinese and Japanese runs (no spaces) are segmented into words with Intl.Segmenter.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;

const latinSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
const cjkSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** NFKC + lower case + collapse whitespace. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the text contains Han, Kana or Hangul characters. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Words of a text for indexing and matching: letters and digits only, apostrophes dropped,
 * hyphenated words split, CJK segmented into dictionary words.
 */
export function tokenizeForSearch(text: string): string[] {
  const norm = normalizeText(text).replace(/['’]/g, '');
  const segmenter = hasCjk(norm) ? cjkSegmenter : latinSegmenter;
  const out: string[] = [];
  for (const seg of segmenter.segment(norm)) {
    if (!seg.isWordLike && !WORD.test(seg.segment)) continue;
    const w = seg.segment.trim();
    if (w && WORD.test(w)) out.push(w);
  }
  return out;
}
