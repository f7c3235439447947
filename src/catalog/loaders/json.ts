import { AisleError } from '../../errors.ts';
import type { RawProduct } from '../validate.ts';
import { joinText } from './decode.ts';
import type { IssueLog, RecordLocation } from './issues.ts';
import { shown } from './issues.ts';
import { lineAt } from './lines.ts';
import type { LoaderInput, LoaderOutput } from './types.ts';
import type { RawVariant } from './variants.ts';

/** Canonical field names, and the snake_case spellings accepted for them. */
const FIELDS: Readonly<Record<string, string>> = {
  id: 'id',
  title: 'title',
  description: 'description',
  brand: 'brand',
  category: 'category',
  price: 'price',
  listPrice: 'listPrice',
  list_price: 'listPrice',
  currency: 'currency',
  availability: 'availability',
  stockCount: 'stockCount',
  stock_count: 'stockCount',
  url: 'url',
  imageUrl: 'imageUrl',
  image_url: 'imageUrl',
  tags: 'tags',
  attributes: 'attributes',
  rating: 'rating',
  ratingCount: 'ratingCount',
  rating_count: 'ratingCount',
  variants: 'variants',
  sku: 'sku',
  gtin: 'gtin',
};

type Unknown = Map<string, RecordLocation & { id?: string | undefined }>;

/**
 * A JSON document: an array of products in aisle's canonical shape, or an object holding one
 * under "products" or "items". An invalid document is a CATALOG_FORMAT error with line and column.
 */
export function loadJson(input: LoaderInput): LoaderOutput {
  const file = input.log.file;
  const text = joinText(input.text, file, 'JSON');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const at = jsonErrorAt(err, text);
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The catalog file ${file} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${(err as Error).message}`,
      hint: /^\s*[[{]/.test(text.slice(0, 1024))
        ? 'Fix the JSON at that spot, or write one product per line (JSONL) so one bad line skips only that product.'
        : 'The file does not start with "[" or "{", so it is probably not JSON: check the format setting (AISLE_CATALOG_FORMAT=auto detects it).',
      cause: err,
    });
  }
  const wrapped = isObject(doc) ? (Array.isArray(doc.products) ? doc.products : doc.items) : undefined;
  const list = Array.isArray(doc) ? doc : wrapped;
  if (!Array.isArray(list)) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The catalog file ${file} is JSON but not a list of products.`,
      hint: 'Use an array of product objects, or an object with a "products" array.',
    });
  }
  const lines = elementLines(text, Array.isArray(doc) ? 1 : 2, list.length);
  const unknown: Unknown = new Map();
  const records: RawProduct[] = [];
  list.forEach((item, i) => {
    const where = { line: lines?.[i], record: i + 1 };
    const rec = toRecord(item, where, input.log, unknown);
    if (rec) records.push(rec);
  });
  reportUnknown(unknown, input.log);
  return { records, recordsSeen: list.length };
}

/** JSON Lines: one product object per line. A bad line skips that product only. */
export function loadJsonl(input: LoaderInput): LoaderOutput {
  const unknown: Unknown = new Map();
  const records: RawProduct[] = [];
  let line = 0;
  let record = 0;
  for (const chunk of input.text.chunks) {
    let pos = 0;
    while (pos < chunk.length) {
      const nl = chunk.indexOf('\n', pos);
      const end = nl === -1 ? chunk.length : nl;
      const body = chunk.slice(pos, end).trim();
      pos = end + 1;
      line += 1;
      if (body === '') continue;
      record += 1;
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch (err) {
        input.log.error({ line, record }, `not valid JSON, line skipped (${jsonLineError(err, body)})`);
        continue;
      }
      const rec = toRecord(value, { line, record }, input.log, unknown);
      if (rec) records.push(rec);
    }
  }
  reportUnknown(unknown, input.log);
  return { records, recordsSeen: record };
}

/**
 * True when the start of a text is JSON Lines rather than one JSON document: its first `lines`
 * non-blank lines are each a complete JSON object (and not a wrapper holding a product list).
 */
export function looksLikeJsonl(head: string, lines = 1): boolean {
  const first = head
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, lines);
  if (first.length < lines) return false;
  return first.every((line) => {
    try {
      const v: unknown = JSON.parse(line);
      return isObject(v) && !Array.isArray(v.products) && !Array.isArray(v.items);
    } catch {
      return false;
    }
  });
}

function toRecord(
  value: unknown,
  where: RecordLocation,
  log: IssueLog,
  unknown: Unknown,
): RawProduct | undefined {
  if (!isObject(value)) {
    log.error(
      where,
      `not a product object, skipped (got ${shown(Array.isArray(value) ? 'an array' : value)})`,
    );
    return undefined;
  }
  const fields: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = FIELDS[key];
    if (field === undefined) {
      if (!unknown.has(key))
        unknown.set(key, { ...where, id: typeof value.id === 'string' ? value.id : undefined });
      continue;
    }
    if (fields[field] !== undefined && v === undefined) continue;
    fields[field] = v;
    if (field !== key) labels[field] = key;
  }
  const variants = toVariants(fields.variants, where, log);
  return { ...fields, where, labels, ...(variants ? { variants } : {}) } as RawProduct;
}

function toVariants(v: unknown, where: RecordLocation, log: IssueLog): RawVariant[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) {
    log.warn({ ...where, field: 'variants' }, 'variants is not a list, ignored');
    return undefined;
  }
  const out: RawVariant[] = [];
  v.forEach((item, i) => {
    if (!isObject(item)) {
      log.warn({ ...where, field: `variants[${i}]` }, 'variant skipped: not an object');
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, val] of Object.entries(item)) fields[FIELDS[key] ?? key] = val;
    out.push(fields as RawVariant);
  });
  return out;
}

function reportUnknown(unknown: Unknown, log: IssueLog): void {
  for (const [key, where] of unknown) log.warn({ ...where, field: key }, 'unknown field, ignored');
}

/** A JSON.parse message for one line, with the column instead of the position. */
function jsonLineError(err: unknown, body: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const at = jsonErrorAt(err, body);
  const bare = message.replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '');
  return at ? `column ${at.column}: ${bare}` : bare;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Line and column of a JSON.parse error, from the position in its message. */
function jsonErrorAt(err: unknown, text: string): { line: number; column: number } | undefined {
  const message = err instanceof Error ? err.message : '';
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  const offset = Number(pos[1]);
  const line = lineAt(text, offset);
  const column = offset - text.lastIndexOf('\n', offset - 1);
  return { line, column };
}

/**
 * 1-based start line of each element of the first array at `depth` (1: the document is the
 * array). Used only after JSON.parse accepted the text; undefined when the count does not match.
 */
function elementLines(text: string, depth: number, expected: number): number[] | undefined {
  const scan: Scan = { depth, line: 1, level: 0, pending: false, inTarget: false, done: false, lines: [] };
  for (let i = 0; i < text.length && !scan.done; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) scan.line++;
    else if (c === 34) {
      markElement(scan);
      i = endOfString(text, i);
    } else if (c !== 13 && c !== 32 && c !== 9) structural(scan, c);
  }
  return scan.lines.length === expected ? scan.lines : undefined;
}

interface Scan {
  readonly depth: number;
  line: number;
  level: number;
  /** The next value starts an element of the target array. */
  pending: boolean;
  inTarget: boolean;
  done: boolean;
  readonly lines: number[];
}

function markElement(scan: Scan): void {
  if (!scan.pending) return;
  scan.lines.push(scan.line);
  scan.pending = false;
}

/** Brackets, braces, commas and the first character of literals. */
function structural(scan: Scan, c: number): void {
  if (c !== 93) markElement(scan);
  if (c === 91 || c === 123) {
    scan.level++;
    if (c === 91 && scan.level === scan.depth && !scan.inTarget) scan.inTarget = scan.pending = true;
  } else if (c === 93 || c === 125) {
    if (scan.inTarget && scan.level === scan.depth) scan.done = true;
    scan.level--;
  } else if (c === 44 && scan.inTarget && scan.level === scan.depth) scan.pending = true;
}

/** Index of the quote closing the JSON string that opens at `start`. */
function endOfString(text: string, start: number): number {
  let j = text.indexOf('"', start + 1);
  while (j !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(j - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return j;
    j = text.indexOf('"', j + 1);
  }
  return text.length;
}
