import { singleLine } from './fields.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The title variants share: "Trail Tee - Red - M" and "Trail Tee - Blue - L" give "Trail Tee".
 * Cut at a word boundary; falls back to the first title when little is shared.
 */
export function commonTitle(titles: readonly string[]): string | undefined {
  const ts = titles.map(singleLine).filter((t) => t !== '');
  const first = ts[0];
  if (first === undefined || ts.length === 1) return first;
  let prefix = first;
  for (const t of ts) {
    let n = 0;
    while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
    prefix = prefix.slice(0, n);
  }
  const midWord = ts.some((t) => t.length > prefix.length && WORD_CHAR.test(t[prefix.length] ?? ''));
  if (midWord && WORD_CHAR.test(prefix.at(-1) ?? '')) {
    let cut = prefix.length;
    while (cut > 0 && WORD_CHAR.test(prefix[cut - 1] ?? '')) cut--;
    prefix = prefix.slice(0, cut);
  }
  prefix = prefix.replace(/[\s\-–—,:;|/(]+$/u, '');
  return prefix.length >= 3 ? prefix : first;
}

/**
 * Split the attributes of a product's variants into those every variant shares (they describe
 * the product) and the names of those that differ (they tell the variants apart).
 */
export function splitAttributes(all: readonly Readonly<Record<string, string>>[]): {
  shared: Record<string, string>;
  varying: string[];
} {
  const names = new Set(all.flatMap((a) => Object.keys(a)));
  const shared: Record<string, string> = {};
  const varying: string[] = [];
  for (const name of names) {
    const values = new Set(all.map((a) => a[name] ?? ''));
    const only = [...values][0];
    if (values.size === 1 && only !== undefined) shared[name] = only;
    else varying.push(name);
  }
  return { shared, varying };
}

/** Only the named entries of a record. */
export function pick(
  record: Readonly<Record<string, string>>,
  names: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = record[n];
    if (v !== undefined && v !== '') out[n] = v;
  }
  return out;
}
