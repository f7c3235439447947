import { AisleError } from '../../src/errors.ts';
import type { Attrs, Availability, Axis, Listing, Spec, Words } from './types.ts';

/** The error every mistake in the data tables raises, saying what is wrong and how to fix it. */
export function tableError(message: string): AisleError {
  return new AisleError({
    code: 'CATALOG_FORMAT',
    message: `Demo catalog data: ${message}`,
    hint: 'Fix the data table in scripts/demo-catalog/ and run npx tsx scripts/make-demo-catalog.ts again.',
  });
}

/** One row of a pipe-separated data table; `get` returns '' for "-" or an empty cell. */
export interface Row {
  get(column: string): string;
}

/**
 * Parse a pipe-separated table written in a template literal. Blank lines and lines starting
 * with "#" are skipped; a row with the wrong number of cells throws, naming the row.
 */
export function table(text: string, columns: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length !== columns.length) {
      throw tableError(`Table row has ${cells.length} cells, expected ${columns.length}: ${line}`);
    }
    const byName = new Map(columns.map((c, i) => [c, cells[i] ?? '']));
    rows.push({
      get(column: string): string {
        const value = byName.get(column);
        if (value === undefined) throw tableError(`No column "${column}" in table`);
        return value === '-' ? '' : value;
      },
    });
  }
  return rows;
}

/** "79.99" -> 7999; throws on anything that is not a plain amount. */
export function cents(text: string): number {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw tableError(`Not a price: "${text}"`);
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** "99.99/149.99" (sale price / list price) or "99.99". */
export function priceCell(text: string): { priceCents: number; listCents?: number } {
  const [now = '', was] = text.split('/');
  return was === undefined ? { priceCents: cents(now) } : { priceCents: cents(now), listCents: cents(was) };
}

/** Weight in one consistent format: "250 g" below a kilogram, "1.62 kg" from there on. */
export function weight(grams: number): string {
  if (grams < 1000) return `${Math.round(grams)} g`;
  return `${Number((grams / 1000).toFixed(2))} kg`;
}

/** Split a comma-separated cell into trimmed, non-empty parts. */
export function list(text: string, separator = ','): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "128 GB:0;256 GB:100" -> an axis whose values add whole or decimal dollars to the price. */
export function axis(attr: string, text: string): Axis {
  const values = list(text, ';').map((part) => {
    const i = part.lastIndexOf(':');
    if (i < 0) return { value: part, addCents: 0 };
    return { value: part.slice(0, i).trim(), addCents: cents(part.slice(i + 1)) };
  });
  return { attr, values };
}

/** How a model's colours become listings: one colour, colour variants, or one listing per colour. */
export function colourPlan(
  colours: readonly string[],
  mode: string,
): { axes: Axis[]; listings: Listing[]; attrs: Attrs } {
  const [first] = colours;
  if (first === undefined) return { axes: [], listings: [{ suffix: '' }], attrs: {} };
  if (colours.length === 1) {
    return { axes: [], listings: [{ suffix: '' }], attrs: { color: first } };
  }
  if (mode === 'split') {
    const listings = colours.map((c) => ({ suffix: c, attrs: { color: c }, words: { color1: c } }));
    return { axes: [], listings, attrs: {} };
  }
  const values = colours.map((value) => ({ value, addCents: 0 }));
  return {
    axes: [{ attr: 'color', values }],
    listings: [{ suffix: '' }],
    attrs: { color: colours.join(', ') },
  };
}

/** What a data file says about a model; `makeSpec` fills in the defaults. */
export interface SpecInput {
  brand: string;
  model: string;
  title: string;
  path: string;
  priceCents: number;
  listCents?: number | undefined;
  attrs?: Record<string, string | undefined>;
  tags?: readonly string[];
  words?: Words;
  hook?: string | undefined;
  lang?: 'en' | 'zh';
  axes?: readonly Axis[];
  listings?: readonly Listing[];
  availability?: Availability | undefined;
}

/** Build a Spec, dropping empty attributes and tags and undefined optional fields. */
export function makeSpec(input: SpecInput): Spec {
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.attrs ?? {})) if (v) attrs[k] = v;
  return {
    brand: input.brand,
    model: input.model,
    title: input.title,
    path: input.path,
    priceCents: input.priceCents,
    ...(input.listCents === undefined ? {} : { listCents: input.listCents }),
    attrs,
    tags: (input.tags ?? []).filter((tag) => tag.length > 0),
    words: input.words ?? {},
    ...(input.hook ? { hook: input.hook } : {}),
    lang: input.lang ?? 'en',
    axes: input.axes ?? [],
    listings: input.listings ?? [{ suffix: '' }],
    ...(input.availability === undefined ? {} : { availability: input.availability }),
  };
}

/** "IPX4" or "IP67" -> whether it survives a dunk (7 or 8 in the second digit). */
export function submersible(rating: string): boolean {
  return /IP[X\d][78]/.test(rating);
}

/** "coverage=219 sq ft;noise=24 dB" -> { coverage: "219 sq ft", noise: "24 dB" }. */
export function pairs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of list(text, ';')) {
    const i = part.indexOf('=');
    if (i < 0) throw tableError(`Expected key=value, got "${part}"`);
    out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

/** "yes" when on, "" when off: a description word that `{?word}` templates test. */
export function flag(on: unknown): string {
  return on ? 'yes' : '';
}

/** `text` when on, "" when off (empty tags and attributes are dropped later). */
export function when(on: unknown, text: string): string {
  return on ? text : '';
}
