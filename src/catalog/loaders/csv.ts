import { AisleError } from '../../errors.ts';
import { parseAvailability } from '../product.ts';
import type { RawProduct } from '../validate.ts';
import { type DelimitedRow, headerKey, readDelimited } from './delimited.ts';
import { commonTitle, pick, splitAttributes } from './group.ts';
import type { RecordLocation } from './issues.ts';
import type { LoaderInput, LoaderOutput } from './types.ts';
import type { RawVariant } from './variants.ts';

/** Product fields a generic CSV column can be mapped to. */
export const CSV_FIELDS = [
  'id',
  'title',
  'description',
  'brand',
  'category',
  'price',
  'listPrice',
  'currency',
  'availability',
  'stockCount',
  'url',
  'imageUrl',
  'tags',
  'sku',
  'gtin',
  'rating',
  'ratingCount',
  'parentId',
] as const;

/** A product field a CSV column can feed. `parentId` groups rows into variants of one product. */
export type CsvField = (typeof CSV_FIELDS)[number];

/** Header names recognised for each field when no mapping is given (compared by `headerKey`). */
export const DEFAULT_CSV_HEADERS: Readonly<Record<CsvField, readonly string[]>> = {
  id: ['id', 'product id', 'item id', 'sku', 'handle', 'product code', 'code', 'article number'],
  title: ['title', 'name', 'product name', 'product title', 'item name'],
  description: [
    'description',
    'desc',
    'body',
    'body html',
    'long description',
    'product description',
    'details',
  ],
  brand: ['brand', 'vendor', 'manufacturer', 'make', 'brand name'],
  category: ['category', 'categories', 'category path', 'product type', 'type', 'department'],
  price: ['price', 'current price', 'unit price', 'sale price'],
  listPrice: ['list price', 'compare at price', 'msrp', 'rrp', 'regular price', 'original price'],
  currency: ['currency', 'currency code'],
  availability: ['availability', 'stock status', 'in stock'],
  stockCount: [
    'stock count',
    'stock',
    'quantity',
    'qty',
    'inventory',
    'inventory quantity',
    'stock quantity',
  ],
  url: ['url', 'link', 'product url', 'product link', 'permalink'],
  imageUrl: ['image url', 'image', 'image link', 'image src', 'picture', 'photo', 'img', 'thumbnail'],
  tags: ['tags', 'keywords', 'labels'],
  sku: ['sku', 'variant sku', 'mpn'],
  gtin: ['gtin', 'ean', 'upc', 'barcode', 'isbn'],
  rating: ['rating', 'stars', 'average rating', 'review rating'],
  ratingCount: ['rating count', 'review count', 'reviews', 'number of reviews', 'num reviews'],
  parentId: ['parent id', 'parent', 'item group id', 'group id', 'parent sku'],
};

type Columns = Partial<Record<CsvField, number>>;
type RowFields = Partial<Record<CsvField, string>>;

interface CsvRow {
  readonly where: RecordLocation;
  readonly fields: RowFields;
  readonly extras: Record<string, string>;
}

interface Group {
  readonly parentId: string;
  parent?: CsvRow;
  readonly children: CsvRow[];
}

/**
 * A generic CSV/TSV catalog. Columns are found by `mapping` (aisle field -> header) or by
 * common header names; columns no field uses become attributes. Rows sharing a parent id
 * (`parentId`, e.g. an "item_group_id" column) become variants of one product.
 */
export async function loadCsv(input: LoaderInput): Promise<LoaderOutput> {
  const table = await readDelimited(input.text, input.log);
  const columns = resolveColumns(table.headers, input.csvMapping, input.log.file);
  const labels: Record<string, string> = {};
  for (const [field, col] of Object.entries(columns)) labels[field] = table.headers[col] ?? field;
  const used = new Set(Object.values(columns));
  const rows = table.rows.map((r) => toRow(r, { columns, headers: table.headers, used }));
  const records: RawProduct[] = [];
  for (const item of groupRows(rows)) {
    records.push('children' in item ? groupRecord(item, labels) : { ...rowProduct(item), labels });
  }
  return { records, recordsSeen: table.recordsSeen };
}

/** Map fields to column indexes; explains missing columns as CATALOG_FORMAT errors. */
export function resolveColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>> | undefined,
  file: string,
): Columns {
  const keys = headers.map(headerKey);
  const columns: Columns = {};
  const listed = `Its columns are: ${headers.join(', ') || '(none)'}.`;
  for (const [field, header] of Object.entries(mapping ?? {})) {
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      throw new AisleError({
        code: 'CATALOG_FORMAT',
        message: `The CSV mapping names an unknown field "${field}".`,
        hint: `Map any of: ${CSV_FIELDS.join(', ')}.`,
      });
    }
    const col = keys.indexOf(headerKey(header));
    if (col === -1) {
      throw new AisleError({
        code: 'CATALOG_FORMAT',
        message: `The CSV mapping sends "${field}" to the column "${header}", which ${file} does not have.`,
        hint: listed,
      });
    }
    columns[field as CsvField] = col;
  }
  for (const field of CSV_FIELDS) {
    if (columns[field] !== undefined) continue;
    for (const name of DEFAULT_CSV_HEADERS[field]) {
      const col = keys.indexOf(name);
      if (col !== -1) {
        columns[field] = col;
        break;
      }
    }
  }
  const missing = (['id', 'title', 'price'] as const).filter((f) => columns[f] === undefined);
  if (missing.length > 0) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The CSV file ${file} has no column for ${missing.join(', ')}.`,
      hint: `${listed} Rename the columns, or map them (for example csvMapping {"${missing[0]}": "Your Column"}).`,
    });
  }
  return columns;
}

function toRow(
  row: DelimitedRow,
  o: { columns: Columns; headers: readonly string[]; used: Set<number> },
): CsvRow {
  const fields: RowFields = {};
  for (const [field, col] of Object.entries(o.columns)) {
    const v = row.cells[col]?.trim();
    if (v) fields[field as CsvField] = v;
  }
  // A "stock" column holding words ("in stock", "sold out") is an availability.
  if (
    fields.stockCount !== undefined &&
    !/\d/.test(fields.stockCount) &&
    parseAvailability(fields.stockCount)
  ) {
    fields.availability ??= fields.stockCount;
    delete fields.stockCount;
  }
  const extras: Record<string, string> = {};
  o.headers.forEach((h, col) => {
    const v = row.cells[col]?.trim();
    if (!o.used.has(col) && h !== '' && v) extras[h] = v;
  });
  return { where: { line: row.line, record: row.record }, fields, extras };
}

/** Standalone rows in file order, and groups where their first row appears. */
function groupRows(rows: readonly CsvRow[]): (CsvRow | Group)[] {
  const parentIds = new Set<string>();
  for (const r of rows) {
    const p = r.fields.parentId;
    if (p !== undefined && p !== r.fields.id) parentIds.add(p);
  }
  const out: (CsvRow | Group)[] = [];
  const groups = new Map<string, Group>();
  const group = (id: string): Group => {
    let g = groups.get(id);
    if (g === undefined) {
      g = { parentId: id, children: [] };
      groups.set(id, g);
      out.push(g);
    }
    return g;
  };
  for (const r of rows) {
    const p = r.fields.parentId;
    const id = r.fields.id;
    if (p !== undefined && p !== id) group(p).children.push(r);
    else if (id !== undefined && parentIds.has(id) && group(id).parent === undefined) group(id).parent = r;
    else out.push(r);
  }
  return out;
}

function rowProduct(r: CsvRow): RawProduct {
  const { parentId: _parent, ...f } = r.fields;
  return { ...f, where: r.where, attributes: r.extras };
}

function groupRecord(g: Group, labels: Record<string, string>): RawProduct {
  const base = g.parent ?? g.children[0];
  if (base === undefined) return { where: {}, id: g.parentId };
  const { shared, varying } = splitAttributes(g.children.map((c) => c.extras));
  const b = base.fields;
  const variants: RawVariant[] = g.children.map((c) => {
    const f = c.fields;
    const attributes = pick(c.extras, varying);
    return {
      where: c.where,
      labels,
      id: f.id,
      ...(Object.keys(attributes).length === 0 ? { title: f.title } : {}),
      sku: f.sku,
      price: f.price ?? g.parent?.fields.price,
      listPrice: f.listPrice ?? g.parent?.fields.listPrice,
      currency: f.currency ?? b.currency,
      availability: f.availability,
      stockCount: f.stockCount,
      attributes,
      imageUrl: f.imageUrl,
    };
  });
  return {
    where: base.where,
    labels,
    id: g.parentId,
    title: g.parent?.fields.title ?? commonTitle(g.children.map((c) => c.fields.title ?? '')),
    description: b.description ?? g.children.find((c) => c.fields.description)?.fields.description,
    brand: b.brand,
    category: b.category,
    currency: b.currency,
    url: b.url,
    imageUrl: b.imageUrl,
    tags: b.tags,
    rating: b.rating,
    ratingCount: b.ratingCount,
    gtin: g.parent?.fields.gtin,
    attributes: { ...(g.parent?.extras ?? {}), ...shared },
    variants,
  };
}
