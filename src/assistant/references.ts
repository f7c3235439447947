/**
 * References to results shown earlier: "the second one", "#3", "number 2", "the last one",
 * "第二个", a bare "2" where a position is expected, and names ("that Sony", "the XM5"). Pure:
 * parsing works on text, resolution on the ids and products last shown.
 */
import type { Product } from '../catalog/product.ts';
import { fold } from '../query/tokens.ts';

/** One reference found in a message. */
export type Reference =
  | { readonly kind: 'position'; readonly position: number }
  | { readonly kind: 'last' }
  | { readonly kind: 'name'; readonly text: string };

/** A reference and where it was in the text. */
export interface FoundReference {
  readonly ref: Reference;
  readonly start: number;
  readonly end: number;
}

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

const CJK_DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

const NOUN = '(?:\\s+(?:one|item|option|result|pick|product|choice))?';
const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpMatchArray) => Reference | undefined }> = [
  { re: /#\s?(\d{1,2})(?!\d)/gu, read: (m) => position(Number(m[1])) },
  {
    re: /(?<![\p{L}\p{N}])(?:number|no\.|item|option|result|pick|choice)\s*#?\s?(\d{1,2})(?![\p{N}])/giu,
    read: (m) => position(Number(m[1])),
  },
  {
    re: new RegExp(
      `(?<![\\p{L}])(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)${NOUN}(?![\\p{L}])`,
      'giu',
    ),
    read: (m) => position(ORDINALS[(m[1] ?? '').toLowerCase()] ?? 0),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)${NOUN}(?![\\p{L}])`, 'giu'),
    read: (m) => position(Number(m[1])),
  },
  { re: /(?<![\p{L}])the\s+last(?:\s+one)?(?![\p{L}])|最后一[个款件]/giu, read: () => ({ kind: 'last' }) },
  {
    re: /第\s?([一二两三四五六七八九十]|\d{1,2})\s?[个款件项台部双]?/gu,
    read: (m) => position(cjkNumber(m[1] ?? '')),
  },
  { re: /(?<!\d)(\d{1,2})\s?号/gu, read: (m) => position(Number(m[1])) },
];

/** A bare number where a position is expected: "compare 1 and 3", "tell me about 2". */
const BARE =
  /(?<!(?:under|below|over|above|than|around|budget|max|min|upto|costs?|priced)\s)(?<![\p{Script=Latin}\p{N}$€£¥.,#])(\d{1,2})(?![\p{N}\p{Script=Latin}.,%])(?!\s*(?:gb|tb|mb|inch(?:es)?|in\b|mm|cm|kg|lbs?|g\b|h\b|hrs?|hours?|w\b|watts?|mah|dollars?|bucks|usd|eur|元|块|个|号|%|\$))/giu;

function cjkNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (CJK_DIGITS[s] ?? 0);
}

function position(n: number): Reference | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 50 ? { kind: 'position', position: n } : undefined;
}

const overlaps = (a: FoundReference, start: number, end: number) => start < a.end && a.start < end;

/**
 * Every position reference in `text`, in text order. With `bareNumbers`, a lone small number
 * counts too (only where the intent expects a position: compare, details, more like).
 */
export function findReferences(text: string, opts: { bareNumbers?: boolean } = {}): FoundReference[] {
  const found: FoundReference[] = [];
  const add = (ref: Reference | undefined, start: number, end: number) => {
    if (ref && !found.some((f) => overlaps(f, start, end))) found.push({ ref, start, end });
  };
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(re)) add(read(m), m.index, m.index + m[0].length);
  }
  if (opts.bareNumbers) {
    for (const m of text.matchAll(BARE)) add(position(Number(m[1])), m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with every found reference blanked out by spaces (offsets stay valid). */
export function blankReferences(text: string, found: readonly FoundReference[]): string {
  return found.reduce((s, f) => s.slice(0, f.start) + ' '.repeat(f.end - f.start) + s.slice(f.end), text);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;
const NAME_CUE = /(?:that|the|this|those|these)\s*$/iu;

/** Words in a title that name a model: they contain a digit ("XM5", "1000X") or are all capitals. */
function modelWords(title: string): string[] {
  const words = [...title.matchAll(WORD)].flatMap((m) => [m[0], ...m[0].split(/[-/]/u)]);
  return words.filter((w) => w.length >= 2 && (/\d/.test(w) || /^\p{Lu}{2,}$/u.test(w))).map(fold);
}

/** "xm5" names the model word "1000xm5": equal, or a distinctive (letters and digits) end of it. */
function namesModel(key: string, word: string): boolean {
  if (key === word) return true;
  const distinctive = key.length >= 3 && /\d/.test(key) && /\p{L}/u.test(key);
  return distinctive && (word.endsWith(key) || word.startsWith(key));
}

/**
 * Products named in the text among those shown: "that Sony" (a brand), "the XM5" (a model word).
 * A brand needs a cue ("that", "the", "this") or a model word of the same product; results are in
 * text order, each product at most once.
 */
export function findNamedProducts(text: string, shown: readonly Product[]): { id: string; start: number }[] {
  const out: { id: string; start: number }[] = [];
  const taken = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const key = fold(m[0]);
    const cued = NAME_CUE.test(text.slice(0, m.index));
    const byModel = shown.find(
      (p) => !taken.has(p.id) && modelWords(p.title).some((w) => namesModel(key, w)),
    );
    const byBrand = cued
      ? shown.find((p) => !taken.has(p.id) && fold(p.brand).split(/\s+/)[0] === key)
      : undefined;
    const hit = byModel ?? byBrand;
    if (hit) {
      taken.add(hit.id);
      out.push({ id: hit.id, start: m.index });
    }
  }
  return out;
}

/** The id a reference points at among the ids last shown, or undefined when out of range. */
export function resolveReference(ref: Reference, shown: readonly string[]): string | undefined {
  if (ref.kind === 'last') return shown[shown.length - 1];
  if (ref.kind === 'position') return shown[ref.position - 1];
  return undefined;
}

/**
 * Every product a message refers to, in text order: positions first resolved against `shown`,
 * then names. `missing` lists positions that point past the end of what was shown.
 */
export function resolveReferences(opts: { text: string; shown: readonly Product[]; bareNumbers?: boolean }): {
  ids: string[];
  missing: number[];
} {
  const shownIds = opts.shown.map((p) => p.id);
  const positioned: { id: string; start: number }[] = [];
  const missing: number[] = [];
  const found = findReferences(opts.text, { bareNumbers: opts.bareNumbers ?? false });
  for (const f of found) {
    const id = resolveReference(f.ref, shownIds);
    if (id) positioned.push({ id, start: f.start });
    else if (f.ref.kind === 'position') missing.push(f.ref.position);
  }
  const named = findNamedProducts(blankReferences(opts.text, found), opts.shown);
  const ids: string[] = [];
  for (const r of [...positioned, ...named].sort((a, b) => a.start - b.start)) {
    if (!ids.includes(r.id)) ids.push(r.id);
  }
  return { ids, missing };
}
