import { AisleError } from '../../errors.ts';
import type { RawProduct } from '../validate.ts';
import { withOutcome } from './check.ts';
import { headOf, joinText } from './decode.ts';
import { readDelimited } from './delimited.ts';
import { parsePrice } from './fields.ts';
import { type GmcItem, gmcKey } from './gmc-item.ts';
import { commonTitle, pick, splitAttributes } from './group.ts';
import type { LoaderInput, LoaderOutput } from './types.ts';
import type { RawVariant } from './variants.ts';
import { readGmcXml } from './xml-feed.ts';

/** Attributes that make products, not specifications. */
const CORE = new Set([
  'id',
  'title',
  'description',
  'summary',
  'content',
  'link',
  'image link',
  'price',
  'sale price',
  'availability',
  'brand',
  'gtin',
  'product type',
  'item group id',
  'product detail',
]);

/** Feed plumbing that says nothing a shopper asks about. */
const IGNORED =
  /^(additional image link|mobile link|shipping.*|tax.*|identifier exists|adwords redirect|ads redirect|excluded destination|included destination|shopping ads excluded country|sale price effective date|availability date|expiration date|link template|mobile link template|custom label \d|promotion id|updated|published|author|category|guid)$/;

/** Attributes that tell variants of one item group apart. */
const VARIANT_ATTRIBUTES = ['color', 'size', 'material', 'pattern'];

/**
 * A Google Merchant Center feed: TSV with a header row of attribute names, or RSS 2.0 / Atom XML
 * with the `g:` namespace. Items sharing an item_group_id become variants of one product whose id
 * is the group id. A sale_price becomes the price and the regular price the list price.
 */
export async function loadGmc(input: LoaderInput): Promise<LoaderOutput> {
  const head = headOf(input.text, 1024).trimStart();
  const { items, recordsSeen } = head.startsWith('<')
    ? readGmcXml(joinText(input.text, input.log.file, 'XML'), input.log.file)
    : await readGmcTsv(input);
  const records: RawProduct[] = [];
  const groups = new Map<string, GmcItem[]>();
  const order: (GmcItem | GmcItem[])[] = [];
  for (const item of items) {
    const group = first(item, 'item group id');
    if (group === undefined) {
      order.push(item);
      continue;
    }
    let members = groups.get(group);
    if (members === undefined) {
      members = [];
      groups.set(group, members);
      order.push(members);
    }
    members.push(item);
  }
  for (const entry of order) {
    if (!Array.isArray(entry)) records.push(itemProduct(entry, input));
    else if (entry[0] !== undefined) records.push(groupProduct(entry[0], entry, input));
  }
  return { records, recordsSeen };
}

async function readGmcTsv(input: LoaderInput): Promise<{ items: GmcItem[]; recordsSeen: number }> {
  const table = await readDelimited(input.text, input.log);
  const keys = table.headers.map(gmcKey);
  if (table.headers.length > 0 && !keys.includes('id')) {
    throw new AisleError({
      code: 'CATALOG_FORMAT',
      message: `The file ${input.log.file} is not a Merchant Center feed: it has no "id" column.`,
      hint: `Its columns are: ${table.headers.join(', ')}. For other CSV files use the csv format.`,
    });
  }
  const items = table.rows.map((row): GmcItem => {
    const values = new Map<string, string[]>();
    const details: Record<string, string> = {};
    keys.forEach((key, col) => {
      const v = row.cells[col]?.trim();
      if (!v || values.has(key)) return;
      if (key === 'product detail') {
        for (const part of v.split(',')) {
          const [, name, value] = part.split(':').map((s) => s.trim());
          if (name && value) details[name] = value;
        }
      }
      values.set(key, [v]);
    });
    return { where: { line: row.line, record: row.record }, values, details };
  });
  return { items, recordsSeen: table.recordsSeen };
}

function first(item: GmcItem, key: string): string | undefined {
  return item.values.get(key)?.[0];
}

const LABELS = {
  url: 'link',
  imageUrl: 'image_link',
  category: 'product_type',
  listPrice: 'price',
  stockCount: 'quantity',
};

/** Price and list price, with sale_price taking over the price when it is usable. */
function prices(
  item: GmcItem,
  input: LoaderInput,
): { price?: string; listPrice?: string; labels: Record<string, string> } {
  const price = first(item, 'price');
  const sale = first(item, 'sale price');
  if (sale === undefined) return { ...(price === undefined ? {} : { price }), labels: LABELS };
  const parsed = parsePrice(sale, input.defaultCurrency);
  if (parsed !== undefined && 'value' in parsed) {
    return {
      price: sale,
      ...(price === undefined ? {} : { listPrice: price }),
      labels: { ...LABELS, price: 'sale_price' },
    };
  }
  input.log.warn(
    { ...item.where, id: first(item, 'id'), field: 'sale_price' },
    withOutcome(parsed?.reason ?? 'empty', 'ignored'),
  );
  return { ...(price === undefined ? {} : { price }), labels: LABELS };
}

function specs(item: GmcItem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, values] of item.values) {
    if (CORE.has(key) || IGNORED.test(key) || key === 'google product category') continue;
    out[key.replace(/ /g, '_')] = values.join(', ');
  }
  const gpc = first(item, 'google product category');
  if (gpc !== undefined) out.google_product_category = gpc;
  return { ...out, ...item.details };
}

function categoryOf(item: GmcItem): string | undefined {
  const gpc = first(item, 'google product category');
  return first(item, 'product type') ?? (gpc !== undefined && !/^\d+$/.test(gpc) ? gpc : undefined);
}

function tagsOf(item: GmcItem): string[] {
  return [0, 1, 2, 3, 4].flatMap((n) => item.values.get(`custom label ${n}`) ?? []);
}

function describe(item: GmcItem): string | undefined {
  return first(item, 'description') ?? first(item, 'summary') ?? first(item, 'content');
}

function itemProduct(item: GmcItem, input: LoaderInput): RawProduct {
  const { labels, ...money } = prices(item, input);
  return {
    where: item.where,
    labels,
    id: first(item, 'id'),
    title: first(item, 'title'),
    description: describe(item),
    brand: first(item, 'brand'),
    category: categoryOf(item),
    ...money,
    availability: first(item, 'availability'),
    url: first(item, 'link'),
    imageUrl: first(item, 'image link'),
    gtin: first(item, 'gtin'),
    tags: tagsOf(item),
    attributes: specs(item),
  };
}

function groupProduct(lead: GmcItem, items: readonly GmcItem[], input: LoaderInput): RawProduct {
  const all = items.map(specs);
  const { shared, varying } = splitAttributes(all);
  // What tells variants apart; a group of one still names its colour, size, material, pattern.
  const distinct = items.length > 1 ? varying : VARIANT_ATTRIBUTES;
  for (const name of distinct) delete shared[name];
  const variants = items.map((item, i): RawVariant => {
    const { labels, ...money } = prices(item, input);
    const attributes = pick(all[i] ?? {}, distinct);
    return {
      where: item.where,
      labels,
      id: first(item, 'id'),
      ...(Object.keys(attributes).length === 0 ? { title: first(item, 'title') } : {}),
      ...money,
      availability: first(item, 'availability'),
      attributes,
      imageUrl: first(item, 'image link'),
    };
  });
  const titles = items.map((item) => first(item, 'title') ?? '');
  return {
    where: lead.where,
    labels: { ...LABELS, id: 'item_group_id' },
    id: first(lead, 'item group id'),
    title: commonTitle(titles),
    description: items.map(describe).find((d) => d !== undefined),
    brand: first(lead, 'brand'),
    category: categoryOf(lead),
    url: first(lead, 'link'),
    imageUrl: first(lead, 'image link'),
    tags: items.flatMap(tagsOf),
    attributes: shared,
    variants,
  };
}
