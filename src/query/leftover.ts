/**
 * The text left for semantic search once constraint phrases are cut out. Extractors replace what
 * they consume with MARK characters (same length, so offsets stay valid); `leftoverText` then drops
 * the connectors and filler those cuts leave dangling and joins what remains.
 */

/** Placeholder for consumed characters. Never occurs in cleaned input. */
export const MARK = '\uE000';

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const ITEM =
  /\uE000+|\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*|[^\s\uE000]/gu;

/** Replace characters [start, end) with MARK. */
export function maskSpan(s: string, start: number, end: number): string {
  return s.slice(0, start) + MARK.repeat(Math.max(0, end - start)) + s.slice(end);
}

/** Input as the extractors see it: NFKC, no control characters (so MARK cannot be forged). */
export function prepareInput(text: string): string {
  return text.normalize('NFKC').replace(/[\p{Cc}\p{Co}]/gu, ' ');
}

const words = (list: string): Set<string> => new Set(list.split(' '));
const phrases = (list: string): string[][] => list.split('|').map((p) => p.split(' '));

/** Words that join a constraint to the rest; dropped at either end of the leftover text. */
const EDGE_CONNECTORS = words(
  'and or but with nor plus also so then instead rather , ; : / & + - – — ， 、 ； ：',
);
/** Words dropped only where a cut left them dangling (next to a MARK at an edge or between MARKs). */
const NEAR_CONNECTORS = words(
  'for under below over above from by than that which only just at in on of to not no except between ' +
    'around about priced costing is are it its the a an any something anything stuff things items products ' +
    'ones one brand please',
);
const LEADING_FILLER = phrases(
  "i want to buy|i would like|i'd like|i am looking for|i'm looking for|im looking for|looking for|" +
    "searching for|shopping for|search for|i want|i need|i'm after|can you show me|can you find me|" +
    'can you find|could you find me|could you find|could you show me|can you recommend|help me find|' +
    'do you have|have you got|is there|are there|what about|how about|show me|find me|get me|give me|' +
    'got any|recommend|suggest|please|pls|actually|ok|okay|hey|hi|hello|now|also|and|but|any|some|a|an|the|me',
);
const TRAILING_FILLER = phrases(
  'please|pls|thanks|thank you|thx|instead|then|rather|for me|too|as well|either|after all|anyway|?|!|.|？|！|。',
);
const EMPTY_ALONE = words('something anything stuff thing things one ones items products 东西');

const CJK_LEADING =
  /^(?:我想要|我想买|我要买|我要|我想|想要|想买|帮我找|帮我|给我找|给我|推荐一下|推荐|请问|请|有没有|有|找|买)+(?:一个|一款|一副|一台|一双|一部|一些)?/u;
const CJK_TRAILING = /(?:吗|呢|吧|啊|谢谢)+$/u;

interface Item {
  text: string;
  start: number;
  end: number;
  kind: 'mark' | 'cjk' | 'word' | 'punct';
  keep: boolean;
}

function itemsOf(s: string): Item[] {
  const out: Item[] = [];
  for (const m of s.matchAll(ITEM)) {
    const text = m[0];
    if (/^\s/.test(text)) continue;
    const start = m.index;
    const kind = text.startsWith(MARK)
      ? 'mark'
      : CJK_CHAR.test(text)
        ? 'cjk'
        : /[\p{L}\p{N}]/u.test(text)
          ? 'word'
          : 'punct';
    out.push({ text, start, end: start + text.length, kind, keep: true });
  }
  return out;
}

const low = (it: Item) => it.text.toLowerCase().replace(/’/g, "'");
const isConnector = (it: Item, set: Set<string>) =>
  it.kind !== 'mark' && it.kind !== 'cjk' && set.has(low(it));

/** Drop connectors at the edges and between cuts. Returns true when anything changed. */
function dropDangling(items: Item[]): boolean {
  let changed = false;
  const live = items.filter((it) => it.keep);
  const words = live.filter((it) => it.kind !== 'mark');
  const first = words[0];
  const last = words[words.length - 1];
  for (const edge of [first, last]) {
    if (!edge) continue;
    const i = live.indexOf(edge);
    const besideMark = live[i - 1]?.kind === 'mark' || live[i + 1]?.kind === 'mark';
    if (isConnector(edge, EDGE_CONNECTORS) || (besideMark && isConnector(edge, NEAR_CONNECTORS))) {
      edge.keep = false;
      changed = true;
    }
  }
  for (let i = 1; i < live.length - 1; i++) {
    const it = live[i];
    if (!it?.keep) continue;
    const between = live[i - 1]?.kind === 'mark' && live[i + 1]?.kind === 'mark';
    const punctBesideMark =
      it.kind === 'punct' &&
      EDGE_CONNECTORS.has(it.text) &&
      (live[i - 1]?.kind === 'mark' || live[i + 1]?.kind === 'mark');
    if (
      (between && (isConnector(it, EDGE_CONNECTORS) || isConnector(it, NEAR_CONNECTORS))) ||
      punctBesideMark
    ) {
      it.keep = false;
      changed = true;
    }
  }
  return changed;
}

/** Trim a CJK filler off the edge item. Returns true when anything changed. */
function trimCjk(edge: Item | undefined, atStart: boolean): boolean {
  if (edge?.kind !== 'cjk') return false;
  const m = (atStart ? CJK_LEADING : CJK_TRAILING).exec(edge.text);
  const n = m?.[0].length ?? 0;
  if (n === 0) return false;
  if (n === edge.text.length) edge.keep = false;
  else if (atStart) {
    edge.text = edge.text.slice(n);
    edge.start += n;
  } else {
    edge.text = edge.text.slice(0, -n);
    edge.end -= n;
  }
  return true;
}

/** Drop one filler phrase at the start or end. Returns true when anything changed. */
function dropFiller(items: Item[], fillers: readonly (readonly string[])[], atStart: boolean): boolean {
  const live = items.filter((it) => it.keep && it.kind !== 'mark');
  const seq = atStart ? live : [...live].reverse();
  for (const phrase of fillers) {
    const ordered = atStart ? phrase : [...phrase].reverse();
    const head = seq.slice(0, ordered.length);
    if (head.length !== ordered.length || !head.every((it, i) => low(it) === ordered[i])) continue;
    // Do not cut "a" out of "A/C": the filler must stand alone.
    const after = atStart ? seq[ordered.length] : undefined;
    if (after?.kind === 'punct' && after.start === head[head.length - 1]?.end) continue;
    for (const it of head) it.keep = false;
    return true;
  }
  return trimCjk(seq[0], atStart);
}

/** Join kept items, keeping original spacing; a cut becomes one space (none between CJK). */
function join(s: string, items: Item[]): string {
  let out = '';
  let prev: Item | undefined;
  let cut = false;
  for (const it of items) {
    if (!it.keep || it.kind === 'mark') {
      cut = true;
      continue;
    }
    if (prev) {
      const gap = s.slice(prev.end, it.start);
      const cjkJoin = prev.kind === 'cjk' && it.kind === 'cjk';
      if (cut) out += cjkJoin ? '' : ' ';
      else out += /^\s*$/.test(gap) && gap.length > 0 ? ' ' : '';
    }
    out += it.text;
    prev = it;
    cut = false;
  }
  return out.trim();
}

/** The search text that remains of a masked request. */
export function leftoverText(masked: string): string {
  const s = masked
    .replace(/(\uE000+)\s*的/gu, '$1')
    .replace(/(?:的|和|或者|或|与|及|、|，|但是|但|并且|而且)\s*(\uE000+)/gu, '$1')
    .replace(/(\uE000+)\s*(?:和|或者|或|与|及|、|，|并且|而且)/gu, '$1');
  const items = itemsOf(s);
  for (let guard = 0; guard < 50; guard++) {
    const changed =
      dropDangling(items) ||
      dropFiller(items, LEADING_FILLER, true) ||
      dropFiller(items, TRAILING_FILLER, false);
    if (!changed) break;
  }
  const text = join(s, items);
  return EMPTY_ALONE.has(text.toLowerCase()) ? '' : text;
}
