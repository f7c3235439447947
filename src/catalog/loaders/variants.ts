import type { Money } from '../money.ts';
import type { Availability, Variant } from '../product.ts';
import { type FieldLabels, type RecordCheck, withOutcome } from './check.ts';
import {
  cleanAttributes,
  cleanCurrency,
  cleanShortText,
  cleanTitle,
  cleanUrl,
  parseCount,
  parsePrice,
  textOf,
} from './fields.ts';
import { type RecordLocation, shown } from './issues.ts';
import { resolveAvailability } from './stock.ts';

/** A variant as a loader read it, before validation. */
export interface RawVariant {
  /** Its own row or item, when it has one (Shopify rows, Merchant Center items). */
  readonly where?: RecordLocation;
  readonly labels?: FieldLabels;
  readonly id?: unknown;
  readonly title?: unknown;
  readonly sku?: unknown;
  readonly price?: unknown;
  readonly listPrice?: unknown;
  readonly currency?: unknown;
  readonly availability?: unknown;
  readonly stockCount?: unknown;
  readonly attributes?: unknown;
  readonly imageUrl?: unknown;
}

/** A valid variant with the list price it came with (the Variant model has none). */
export interface BuiltVariant {
  readonly variant: Variant;
  readonly listPrice?: Money;
  readonly imageUrl?: string;
}

/** What the variants say about their product. */
export interface VariantSummary {
  /** The lowest variant price. */
  readonly price: Money;
  /** The cheapest variant's list price, when it is higher than that price. */
  readonly listPrice?: Money;
  /** In stock when any variant is; else preorder, backorder, out of stock in that order. */
  readonly availability: Availability;
  /** Sum of the variants' stock counts, when any has one. */
  readonly stockCount?: number;
}

const AVAILABILITY_ORDER: readonly Availability[] = ['in_stock', 'preorder', 'backorder', 'out_of_stock'];

/**
 * Validate a product's variants. A broken variant (no usable price, another currency, a repeated
 * id) is left out with a warning; the product keeps its other variants.
 */
export function buildVariants(
  raws: readonly RawVariant[],
  ctx: { chk: RecordCheck; currency: string; productId: string },
): BuiltVariant[] {
  const out: BuiltVariant[] = [];
  const ids = new Set<string>();
  // Every variant must be priced in the currency of the first usable one.
  let currency: string | undefined;
  raws.forEach((raw, i) => {
    const chk = ctx.chk.part({ where: raw.where, labels: raw.labels, prefix: `variants[${i}].` });
    const built = buildVariant(raw, {
      chk,
      currency: currency ?? ctx.currency,
      n: i + 1,
      productId: ctx.productId,
    });
    if (built === undefined) return;
    const priced = built.variant.price.currency;
    if (currency !== undefined && priced !== currency) {
      chk.warn(
        'price',
        `variant skipped: priced in another currency than the first variant (got ${shown(priced)})`,
      );
      return;
    }
    if (ids.has(built.variant.id)) {
      chk.warn('id', `variant skipped: duplicate variant id (got ${shown(built.variant.id)})`);
      return;
    }
    currency = priced;
    ids.add(built.variant.id);
    out.push(built);
  });
  return out;
}

/** Price, availability and stock of a product from its variants (at least one). */
export function variantSummary(variants: readonly BuiltVariant[]): VariantSummary | undefined {
  let cheapest = variants[0];
  if (cheapest === undefined) return undefined;
  let stock: number | undefined;
  for (const v of variants) {
    if (v.variant.price.minor < cheapest.variant.price.minor) cheapest = v;
    if (v.variant.stockCount !== undefined) stock = (stock ?? 0) + v.variant.stockCount;
  }
  const states = new Set(variants.map((v) => v.variant.availability));
  const availability = AVAILABILITY_ORDER.find((a) => states.has(a)) ?? 'out_of_stock';
  const list = cheapest.listPrice;
  return {
    price: cheapest.variant.price,
    ...(list !== undefined && list.minor > cheapest.variant.price.minor ? { listPrice: list } : {}),
    availability,
    ...(stock === undefined ? {} : { stockCount: stock }),
  };
}

function buildVariant(
  raw: RawVariant,
  ctx: { chk: RecordCheck; currency: string; n: number; productId: string },
): BuiltVariant | undefined {
  const { chk } = ctx;
  const skip = (field: string, reason: string) => {
    chk.warn(field, `variant skipped: ${reason}`);
    return undefined;
  };
  const cur = cleanCurrency(raw.currency, ctx.currency);
  if (cur && 'reason' in cur) return skip('currency', cur.reason);
  const price = parsePrice(raw.price, cur?.value ?? ctx.currency);
  if (price === undefined) return skip('price', 'missing price');
  if ('reason' in price) return skip('price', price.reason);
  const sku = cleanShortText(raw.sku, chk.warner('sku'));
  const id = textOf(raw.id) ?? sku ?? `${ctx.productId}-${ctx.n}`;
  const attributes = cleanAttributes(raw.attributes, chk.warner('attributes'));
  const named = Object.values(attributes).join(' / ');
  const title = cleanTitle(raw.title, chk.warner('title')) ?? (named || `Variant ${ctx.n}`);
  const stockCount = chk.keep('stockCount', parseCount(raw.stockCount, 'stock count'));
  const availability = resolveAvailability({ raw: raw.availability, rawStock: raw.stockCount, chk });
  const imageUrl = chk.keep('imageUrl', cleanUrl(raw.imageUrl));
  const list = parsePrice(raw.listPrice, price.value.currency);
  if (list && 'reason' in list) chk.warn('listPrice', withOutcome(list.reason, 'ignored'));
  const variant: Variant = {
    id,
    title,
    ...(sku === undefined ? {} : { sku }),
    price: price.value,
    availability,
    ...(stockCount === undefined ? {} : { stockCount }),
    attributes,
    ...(imageUrl === undefined ? {} : { imageUrl }),
  };
  return {
    variant,
    ...(list && 'value' in list ? { listPrice: list.value } : {}),
    ...(imageUrl === undefined ? {} : { imageUrl }),
  };
}
