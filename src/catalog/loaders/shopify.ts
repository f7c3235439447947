import { AisleError } from '../../errors.ts';
import type { Availability } from '../product.ts';
import type { RawProduct } from '../validate.ts';
import { type DelimitedRow, headerKey, readDelimited } from './delimited.ts';
import { textOf } from './fields.ts';
import { type IssueLog, NOT_LOADED, shown } from './issues.ts';
import type { LoaderInput, LoaderOutput } from './types.ts';
import type { RawVariant } from './variants.ts';

/**
 * Shopify columns by role, as `headerKey` spells them: the older export ("Handle", "Body
 * (HTML)", "Variant Price", …) first, then the current one ("URL handle", "Description",
 * "Price", …).
 */
const COLUMNS = {
  handle: ['handle', 'url handle'],
  title: ['title'],
  body: ['body html', 'description', 'body'],
  seoDescription: ['seo description'],
  vendor: ['vendor'],
  productCategory: ['product category', 'standard product type', 'standardized product type'],
  type: ['type', 'custom product type', 'product type'],
  tags: ['tags'],
  published: ['published', 'published on online store'],
  status: ['status'],
  sku: ['variant sku', 'sku'],
  barcode: ['variant barcode', 'barcode'],
  tracker: ['variant inventory tracker', 'inventory tracker'],
  qty: ['variant inventory qty', 'inventory quantity', 'variant inventory quantity'],
  policy: ['variant inventory policy', 'continue selling when out of stock'],
  price: ['variant price', 'price'],
  compareAt: ['variant compare at price', 'compare at price'],
  imageSrc: ['image src', 'product image url'],
  imagePosition: ['image position'],
  variantImage: ['variant image', 'variant image url'],
  option1Name: ['option1 name'],
  option1Value: ['option1 value'],
  option2Name: ['option2 name'],
  option2Value: ['option2 value'],
  option3Name: ['option3 name'],
  option3Value: ['option3 value'],
} as const;

type Role = keyof typeof COLUMNS;

/** Column lookup for one file. */
class Sheet {
  private readonly index = new Map<Role, number>();

  constructor(readonly headers: readonly string[]) {
    const keys = headers.map(headerKey);
    for (const [role, names] of Object.entries(COLUMNS) as [Role, readonly string[]][]) {
      const col = names.map((n) => keys.indexOf(n)).find((i) => i !== -1);
      if (col !== undefined) this.index.set(role, col);
    }
  }

  has(role: Role): boolean {
    return this.index.has(role);
  }

  get(row: DelimitedRow, role: Role): string | undefined {
    const col = this.index.get(role);
    return col === undefined ? undefined : textOf(row.cells[col]);
  }

  label(role: Role): string {
    const col = this.index.get(role);
    return (col === undefined ? undefined : this.headers[col]) ?? role;
  }
}

interface Group {
  readonly handle: string;
  readonly rows: DelimitedRow[];
}

/**
 * A Shopify product CSV export, in either header set. Rows are merged by handle (variant rows
 * and image-only rows follow the product row); the body HTML becomes plain text; draft,
 * archived and unpublished products are left out with a warning. Tracked inventory decides stock:
 * a quantity of 0 is out of stock, or backorder when the variant continues selling.
 */
export async function loadShopify(input: LoaderInput): Promise<LoaderOutput> {
  const table = await readDelimited(input.text, input.log);
  const sheet = new Sheet(table.headers);
  if (table.headers.length > 0 && (!sheet.has('handle') || !sheet.has('title'))) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The file ${input.log.file} is not a Shopify product export: it has no "Handle" (or "URL handle") and "Title" columns.`,
      hint: `Its columns are: ${table.headers.join(', ')}. For other CSV files use the csv format.`,
    });
  }
  const records: RawProduct[] = [];
  for (const g of groupByHandle(table.rows, sheet, input.log)) {
    const rec = productOf(g, sheet, input.log);
    if (rec) records.push(rec);
  }
  return { records, recordsSeen: table.recordsSeen };
}

/** True when header names look like a Shopify product export. */
export function looksLikeShopify(headers: readonly string[]): boolean {
  const sheet = new Sheet(headers);
  const markers: Role[] = [
    'body',
    'vendor',
    'option1Name',
    'published',
    'productCategory',
    'compareAt',
    'qty',
    'imageSrc',
  ];
  return sheet.has('handle') && sheet.has('title') && markers.filter((r) => sheet.has(r)).length >= 2;
}

function groupByHandle(rows: readonly DelimitedRow[], sheet: Sheet, log: IssueLog): Group[] {
  const out: Group[] = [];
  const byHandle = new Map<string, Group>();
  let current: Group | undefined;
  for (const row of rows) {
    const handle = sheet.get(row, 'handle');
    if (handle === undefined) {
      log.error(
        { line: row.line, record: row.record, field: sheet.label('handle') },
        'missing handle, row skipped',
      );
      continue;
    }
    const earlier = byHandle.get(handle);
    if (current?.handle === handle) current.rows.push(row);
    else if (earlier !== undefined && sheet.get(row, 'title') === undefined) earlier.rows.push(row);
    else {
      current = { handle, rows: [row] };
      if (earlier === undefined) byHandle.set(handle, current);
      out.push(current);
    }
  }
  return out;
}

function productOf(g: Group, sheet: Sheet, log: IssueLog): RawProduct | undefined {
  const first = g.rows[0];
  if (first === undefined) return undefined;
  const where = { line: first.line, record: first.record };
  const status = sheet.get(first, 'status')?.toLowerCase();
  if (status !== undefined && status !== 'active') {
    log.warn(
      { ...where, id: g.handle, field: sheet.label('status') },
      `${NOT_LOADED}: not active (got ${shown(status)})`,
    );
    return undefined;
  }
  const published = sheet.get(first, 'published')?.toLowerCase();
  if (published === 'false' || published === 'no') {
    log.warn(
      { ...where, id: g.handle, field: sheet.label('published') },
      `${NOT_LOADED}: not published (got ${shown(published)})`,
    );
    return undefined;
  }
  const optionNames = [1, 2, 3].map((n) => sheet.get(first, `option${n}Name` as Role) ?? `Option ${n}`);
  const variantRows = g.rows.filter((r, i) => i === 0 || isVariantRow(r, sheet));
  const variants = variantRows.map((r) => variantOf(r, sheet, optionNames));
  const labels = {
    id: sheet.label('handle'),
    title: sheet.label('title'),
    description: sheet.label('body'),
    brand: sheet.label('vendor'),
    tags: sheet.label('tags'),
    imageUrl: sheet.label('imageSrc'),
    ...variantLabels(sheet),
    gtin: sheet.label('barcode'),
  };
  const category = sheet.get(first, 'productCategory');
  const type = sheet.get(first, 'type');
  const product = {
    where,
    labels,
    id: g.handle,
    title: sheet.get(first, 'title'),
    description: sheet.get(first, 'body') ?? sheet.get(first, 'seoDescription'),
    brand: sheet.get(first, 'vendor'),
    category: category ?? type,
    tags: [...(sheet.get(first, 'tags')?.split(',') ?? []), ...(category && type ? [type] : [])],
    imageUrl: firstImage(g.rows, sheet),
  };
  const only = variants[0];
  if (variants.length > 1 || only === undefined) return { ...product, variants };
  const { where: _w, labels: _l, title: _t, attributes, ...fields } = only;
  return {
    ...product,
    ...fields,
    gtin: sheet.get(first, 'barcode'),
    attributes,
    imageUrl: product.imageUrl ?? only.imageUrl,
  };
}

function isVariantRow(row: DelimitedRow, sheet: Sheet): boolean {
  const roles: Role[] = ['price', 'sku', 'option1Value', 'qty', 'barcode', 'compareAt'];
  return roles.some((r) => sheet.get(row, r) !== undefined);
}

function variantOf(row: DelimitedRow, sheet: Sheet, optionNames: readonly string[]): RawVariant {
  const attributes: Record<string, string> = {};
  [1, 2, 3].forEach((n, i) => {
    const value = sheet.get(row, `option${n}Value` as Role);
    const name = optionNames[i] ?? `Option ${n}`;
    if (value !== undefined && !(name === 'Title' && value === 'Default Title')) attributes[name] = value;
  });
  const qty = sheet.get(row, 'qty');
  const tracked = sheet.has('tracker') ? sheet.get(row, 'tracker') !== undefined : qty !== undefined;
  return {
    where: { line: row.line, record: row.record },
    labels: variantLabels(sheet),
    sku: sheet.get(row, 'sku'),
    price: sheet.get(row, 'price'),
    listPrice: sheet.get(row, 'compareAt'),
    attributes,
    imageUrl: sheet.get(row, 'variantImage'),
    ...(tracked ? { stockCount: qty, availability: stockState(qty, sheet.get(row, 'policy')) } : {}),
  };
}

function variantLabels(sheet: Sheet): Record<string, string> {
  return {
    price: sheet.label('price'),
    listPrice: sheet.label('compareAt'),
    sku: sheet.label('sku'),
    stockCount: sheet.label('qty'),
    availability: sheet.label('qty'),
    imageUrl: sheet.label('variantImage'),
  };
}

/** Tracked stock: above zero in stock; otherwise backorder when it continues selling. */
function stockState(qty: string | undefined, policy: string | undefined): Availability | undefined {
  const n = qty === undefined || !/^[+-]?\d+$/.test(qty) ? undefined : Number(qty);
  if (n === undefined) return undefined;
  if (n > 0) return 'in_stock';
  return ['continue', 'true', 'yes', '1'].includes(policy?.toLowerCase() ?? '')
    ? 'backorder'
    : 'out_of_stock';
}

/** The product image: the lowest "Image Position", else the first image in the rows. */
function firstImage(rows: readonly DelimitedRow[], sheet: Sheet): string | undefined {
  let best: string | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const [i, r] of rows.entries()) {
    const src = sheet.get(r, 'imageSrc');
    if (src === undefined) continue;
    const pos = Number(sheet.get(r, 'imagePosition') ?? Number.NaN);
    const rank = Number.isFinite(pos) ? pos : 1_000_000 + i;
    if (rank < bestRank) {
      best = src;
      bestRank = rank;
    }
  }
  return best;
}
