import { type FieldLabels, RecordCheck } from './loaders/check.ts';
import {
  cleanAttributes,
  cleanCategory,
  cleanCurrency,
  cleanDescription,
  cleanGtin,
  cleanShortText,
  cleanTags,
  cleanTitle,
  cleanUrl,
  LIMITS,
  parseCount,
  parsePrice,
  parseRating,
  singleLine,
  textOf,
} from './loaders/fields.ts';
import type { IssueLog, RecordLocation } from './loaders/issues.ts';
import { resolveAvailability } from './loaders/stock.ts';
import { buildVariants, type RawVariant, variantSummary } from './loaders/variants.ts';
import type { Money } from './money.ts';
import type { Product } from './product.ts';

export type { FieldLabels } from './loaders/check.ts';
export type { RawVariant } from './loaders/variants.ts';

/**
 * A product as a loader read it, before validation: values as found in the file (text, numbers,
 * arrays), where it came from, and the source names of its fields.
 */
export interface RawProduct {
  readonly where: RecordLocation;
  readonly labels?: FieldLabels;
  readonly id?: unknown;
  readonly title?: unknown;
  readonly description?: unknown;
  readonly brand?: unknown;
  readonly category?: unknown;
  readonly price?: unknown;
  readonly listPrice?: unknown;
  readonly currency?: unknown;
  readonly availability?: unknown;
  readonly stockCount?: unknown;
  readonly url?: unknown;
  readonly imageUrl?: unknown;
  readonly tags?: unknown;
  readonly attributes?: unknown;
  readonly rating?: unknown;
  readonly ratingCount?: unknown;
  readonly sku?: unknown;
  readonly gtin?: unknown;
  readonly variants?: readonly RawVariant[];
}

/** Options shared by every record of one load. */
export interface ValidateOptions {
  readonly log: IssueLog;
  /** Currency for prices that name none (ISO 4217, upper case). */
  readonly defaultCurrency: string;
}

/** A valid product and the location of the record it came from. */
export interface ValidProduct {
  readonly product: Product;
  readonly where: RecordLocation;
}

/**
 * Validate and clean one record into a Product, reporting every problem found. Returns
 * undefined (after logging errors) when the record cannot be used: no id, no title, or no usable
 * price. Smaller problems drop or fix the field with a warning. See `resolveAvailability` for how
 * stock is decided.
 */
export function buildProduct(raw: RawProduct, opts: ValidateOptions): Product | undefined {
  const chk = new RecordCheck(opts.log, raw.where, raw.labels);
  const id = textOf(raw.id);
  if (id === undefined) chk.error('id', 'missing id');
  else if (id.length > LIMITS.idChars) chk.error('id', `id longer than ${LIMITS.idChars} characters`);
  else chk.id = singleLine(id);
  const title = cleanTitle(raw.title, chk.warner('title'));
  if (title === undefined) chk.error('title', 'missing title');
  const cur = cleanCurrency(raw.currency, opts.defaultCurrency);
  if (cur && 'reason' in cur) chk.error('currency', cur.reason);
  const currency = cur && 'value' in cur ? cur.value : opts.defaultCurrency;

  const variants = buildVariants(raw.variants ?? [], { chk, currency, productId: chk.id ?? '' });
  const own = pricesOf(raw, chk, currency, variants.length === 0);
  const summary = variantSummary(variants);
  const price = summary?.price ?? own.price;
  if (chk.failed || id === undefined || title === undefined || price === undefined) return undefined;

  const stockCount = chk.keep('stockCount', parseCount(raw.stockCount, 'stock count'));
  const availability =
    summary?.availability ?? resolveAvailability({ raw: raw.availability, rawStock: raw.stockCount, chk });
  return {
    id: chk.id ?? id,
    title,
    description: cleanDescription(raw.description, chk.warner('description')),
    brand: cleanShortText(raw.brand, chk.warner('brand')) ?? '',
    category: cleanCategory(raw.category),
    price,
    availability,
    tags: cleanTags(raw.tags),
    attributes: cleanAttributes(raw.attributes, chk.warner('attributes')),
    variants: variants.map((v) => v.variant),
    ...compact({
      listPrice: saleListPrice(summary?.listPrice ?? own.listPrice, price, chk),
      stockCount: summary?.stockCount ?? stockCount,
      url: chk.keep('url', cleanUrl(raw.url)),
      imageUrl: chk.keep('imageUrl', cleanUrl(raw.imageUrl)) ?? variants.find((v) => v.imageUrl)?.imageUrl,
      sku: cleanShortText(raw.sku, chk.warner('sku')),
      gtin: chk.keep('gtin', cleanGtin(raw.gtin)),
      rating: chk.keep('rating', parseRating(raw.rating)),
      ratingCount: chk.keep('ratingCount', parseCount(raw.ratingCount, 'rating count')),
    }),
  };
}

/** The entries whose value is defined (optional properties must be absent, not undefined). */
function compact<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * Drop products whose id was already used: the first one wins, each later one is reported as
 * skipped with both locations.
 */
export function dropDuplicateIds(items: readonly ValidProduct[], log: IssueLog): Product[] {
  const first = new Map<string, RecordLocation>();
  const out: Product[] = [];
  for (const { product, where } of items) {
    const seen = first.get(product.id);
    if (seen === undefined) {
      first.set(product.id, where);
      out.push(product);
      continue;
    }
    log.error(
      { ...where, id: product.id, field: 'id' },
      `duplicate id, later record skipped (first at ${place(seen)}, again at ${place(where)})`,
    );
  }
  return out;
}

function place(where: RecordLocation): string {
  return where.line !== undefined ? `line ${where.line}` : `record ${where.record ?? '?'}`;
}

/** The product's own price and list price; its price is required only when it has no variants. */
function pricesOf(
  raw: RawProduct,
  chk: RecordCheck,
  currency: string,
  required: boolean,
): { price?: Money; listPrice?: Money } {
  const parsed = required ? parsePrice(raw.price, currency) : undefined;
  if (required && parsed === undefined) {
    chk.error('price', raw.variants?.length ? 'missing price (and no usable variant)' : 'missing price');
  }
  if (parsed !== undefined && 'reason' in parsed) chk.error('price', parsed.reason);
  const price = parsed !== undefined && 'value' in parsed ? parsed.value : undefined;
  if (price?.minor === 0) chk.warn('price', 'price is zero');
  // A list price without a currency of its own is in the price's currency ("129.00 EUR").
  const listPrice = chk.keep('listPrice', parsePrice(raw.listPrice, price?.currency ?? currency));
  return { ...(price === undefined ? {} : { price }), ...(listPrice === undefined ? {} : { listPrice }) };
}

/** A list price is kept only when it is higher than the price, in the same currency. */
function saleListPrice(listPrice: Money | undefined, price: Money, chk: RecordCheck): Money | undefined {
  if (listPrice === undefined) return undefined;
  if (listPrice.currency !== price.currency) {
    chk.warn('listPrice', `list price in another currency, ignored (got ${listPrice.currency})`);
    return undefined;
  }
  return listPrice.minor > price.minor ? listPrice : undefined;
}
