import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AisleError } from '../../errors.ts';
import { type GmcItem, gmcKey } from './gmc-item.ts';
import { lineOf, lineStarts } from './lines.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  captureMetaData: true,
  isArray: (name) => name === 'item' || name === 'entry',
});
const META = XMLParser.getMetaDataSymbol();

/**
 * Items of an RSS 2.0 (`<rss><channel><item>`) or Atom (`<feed><entry>`) product feed, with the
 * line each starts on. Namespace prefixes are dropped, so `g:price` and `price` are the same.
 */
export function readGmcXml(text: string, file: string): { items: GmcItem[]; recordsSeen: number } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The catalog file ${file} is not well-formed XML (line ${line}, column ${col}): ${msg}`,
      hint: 'Fix the XML at that spot; Merchant Center feeds are RSS 2.0 or Atom with the g: namespace.',
    });
  }
  const doc: unknown = parser.parse(text);
  const rss = field(field(doc, 'rss'), 'channel');
  const channels = Array.isArray(rss) ? rss : [rss];
  const raw = [
    ...channels.flatMap((c) => asList(field(c, 'item'))),
    ...asList(field(field(doc, 'feed'), 'entry')),
  ];
  if (raw.length === 0 && field(doc, 'rss') === undefined && field(doc, 'feed') === undefined) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The catalog file ${file} is XML but not an RSS 2.0 or Atom product feed.`,
      hint: 'Expected <rss><channel><item>… or <feed><entry>… with g: attributes (Google Merchant Center).',
    });
  }
  const starts = lineStarts(text);
  const items = raw.map((node, i): GmcItem => {
    const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META as symbol];
    const line = meta?.startIndex === undefined ? undefined : lineOf(starts, meta.startIndex);
    return { ...toItem(node), where: { line, record: i + 1 } };
  });
  return { items, recordsSeen: items.length };
}

function toItem(node: unknown): Omit<GmcItem, 'where'> {
  const values = new Map<string, string[]>();
  const details: Record<string, string> = {};
  if (node === null || typeof node !== 'object') return { values, details };
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@_')) continue;
    const key = gmcKey(name);
    for (const v of asList(value)) {
      if (key === 'product detail') {
        const n = textOf(field(v, 'attribute_name'));
        const val = textOf(field(v, 'attribute_value'));
        if (n && val) details[n] = val;
        continue;
      }
      const text = textOf(v) ?? textOf(field(v, '@_href'));
      if (text === undefined) continue;
      const list = values.get(key) ?? [];
      list.push(text);
      values.set(key, list);
    }
  }
  return { values, details };
}

function field(v: unknown, name: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)[name]
    : undefined;
}

function asList(v: unknown): unknown[] {
  if (v === undefined || v === null || v === '') return [];
  return Array.isArray(v) ? v : [v];
}

/** Text of a leaf: a string, or an element's text when it also has attributes. */
function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = field(v, '#text');
  return typeof inner === 'string' ? inner.trim() || undefined : undefined;
}
