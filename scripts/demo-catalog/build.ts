import { toDecimalString } from '../../src/catalog/money.ts';
import { createRng, hashSeed, type Rng } from './prng.ts';
import { cents, tableError } from './table.ts';
import { compose } from './text.ts';
import type { Availability, CategoryDef, DemoRecord, DemoVariant, Listing, Pools, Spec } from './types.ts';

/** A price in cents as the catalog writes it: "19.99". */
const usd = (minor: number): string => toDecimalString({ minor, currency: 'USD' });

/** The seed every product's random choices derive from; change it and the whole catalog changes. */
export const SEED = 'aisle-demo-catalog-v1';

/** Base of every product page URL. */
export const SITE = 'https://demo.aisle.shop/p/';

/** State shared across categories so URLs and SKUs stay unique in the whole catalog. */
export interface BuildContext {
  readonly slugs: Set<string>;
  readonly skus: Set<string>;
  /** Phrase pools for Chinese listings, by category key. */
  readonly zhPools: Readonly<Record<string, Pools>>;
}

/** Expand one category's specs into product records, numbering ids from 1. */
export function buildCategory(def: CategoryDef, ctx: BuildContext): DemoRecord[] {
  const records: DemoRecord[] = [];
  for (const spec of def.specs) {
    const specRng = createRng(hashSeed(`${SEED}|${spec.brand}|${spec.title}`));
    const quality = 3.2 + 1.7 * Math.sqrt(specRng.next());
    for (const listing of spec.listings) {
      const id = `${def.prefix}-${String(records.length + 1).padStart(4, '0')}`;
      records.push(buildListing({ def, spec, listing, id, quality, ctx }));
    }
  }
  return records;
}

interface ListingJob {
  readonly def: CategoryDef;
  readonly spec: Spec;
  readonly listing: Listing;
  readonly id: string;
  readonly quality: number;
  readonly ctx: BuildContext;
}

function buildListing(job: ListingJob): DemoRecord {
  const { def, spec, listing, id, ctx } = job;
  const rng = createRng(hashSeed(`${SEED}|${spec.brand}|${spec.title}|${listing.suffix}`));
  const zh = spec.lang === 'zh';
  const title = listing.suffix ? `${spec.title}${zh ? ' ' : ', '}${listing.suffix}` : spec.title;
  const status = spec.availability ?? rollStatus(rng);
  const baseCents = spec.priceCents + (listing.addCents ?? 0);
  const attributes: Record<string, string> = { ...listing.attrs, ...spec.attrs, ...listing.attrs };
  for (const ax of spec.axes) attributes[ax.attr] ??= ax.values.map((v) => v.value).join(', ');
  const sku = uniqueSku(ctx, [code(spec.brand, 4), code(spec.model, 16), code(listing.suffix, 6)]);
  const variants = buildVariants({ spec, id, sku, baseCents, status, rng, ctx });
  const priceCents = variants.length > 0 ? Math.min(...variants.map((v) => cents(v.price))) : baseCents;
  const stockCount =
    variants.length > 0
      ? variants.reduce((sum, v) => sum + v.stockCount, 0)
      : status === 'in_stock'
        ? stockFor(rng, priceCents)
        : 0;
  const pools = zh ? ctx.zhPools[def.key] : def.pools;
  if (!pools) throw tableError(`No Chinese phrase pools for category ${def.key}`);
  const words = {
    brand: spec.brand,
    model: spec.model,
    name: `${spec.brand} ${spec.model}`,
    ...attributes,
    color1: attributes.color?.includes(',') ? undefined : attributes.color,
    ...spec.words,
    ...listing.words,
  };
  const description = compose({ rng, pools, words, hook: spec.hook, joiner: zh ? '' : ' ' });
  const url = SITE + uniqueSlug(ctx, zh ? `${spec.brand} ${spec.model} ${listing.suffix}` : title);
  const rated = status !== 'preorder';
  const rating = Math.round(Math.min(4.9, Math.max(3.2, job.quality + (rng.next() - 0.5) * 0.2)) * 10) / 10;
  const ratingCount = Math.round(10 ** (0.9 + rng.next() * 3.5));
  const listCents = saleReference({ spec, listing, priceCents, status, rng });
  // Key order follows the documented record format.
  return {
    id,
    title,
    description,
    brand: spec.brand,
    category: spec.path,
    price: usd(priceCents),
    currency: 'USD',
    availability: status,
    stockCount,
    url,
    imageUrl: `images/${def.key}.svg`,
    tags: [...new Set(spec.tags.map((t) => t.toLowerCase()))],
    attributes,
    ...(rated ? { rating, ratingCount } : {}),
    ...(variants.length > 0 ? { variants } : {}),
    sku,
    ...(listCents === undefined ? {} : { listPrice: usd(listCents) }),
  };
}

function rollStatus(rng: Rng): Availability {
  const r = rng.next();
  if (r < 0.095) return 'out_of_stock';
  if (r < 0.11) return 'preorder';
  if (r < 0.125) return 'backorder';
  return 'in_stock';
}

function stockFor(rng: Rng, priceCents: number): number {
  const max = priceCents < 5000 ? 180 : priceCents < 20000 ? 80 : priceCents < 100000 ? 35 : 12;
  return rng.chance(0.12) ? rng.int(1, 3) : rng.int(4, max);
}

interface VariantJob {
  readonly spec: Spec;
  readonly id: string;
  readonly sku: string;
  readonly baseCents: number;
  readonly status: Availability;
  readonly rng: Rng;
  readonly ctx: BuildContext;
}

function buildVariants(job: VariantJob): DemoVariant[] {
  let combos: Array<Array<{ attr: string; value: string; addCents: number }>> = [[]];
  for (const ax of job.spec.axes) {
    combos = combos.flatMap((combo) => ax.values.map((v) => [...combo, { attr: ax.attr, ...v }]));
  }
  if (job.spec.axes.length === 0) return [];
  const variants = combos.map((combo, i): DemoVariant => {
    const price = job.baseCents + combo.reduce((sum, c) => sum + c.addCents, 0);
    const soldOut = job.status === 'in_stock' && job.rng.chance(0.12);
    const availability: Availability = soldOut ? 'out_of_stock' : job.status;
    return {
      id: `${job.id}-${String(i + 1).padStart(2, '0')}`,
      title: combo.map((c) => c.value).join(' / '),
      sku: uniqueSku(job.ctx, [job.sku, ...combo.map((c) => code(c.value, 5))]),
      price: usd(price),
      availability,
      stockCount: availability === 'in_stock' ? Math.max(1, Math.round(stockFor(job.rng, price) / 3)) : 0,
      attributes: Object.fromEntries(combo.map((c) => [c.attr, c.value])),
    };
  });
  const first = variants[0];
  if (job.status === 'in_stock' && first && !variants.some((v) => v.availability === 'in_stock')) {
    first.availability = 'in_stock';
    first.stockCount = job.rng.int(1, 6);
  }
  return variants;
}

function saleReference(opts: {
  spec: Spec;
  listing: Listing;
  priceCents: number;
  status: Availability;
  rng: Rng;
}): number | undefined {
  const { spec, priceCents, rng } = opts;
  if (spec.listCents !== undefined) {
    const list = spec.listCents + (opts.listing.addCents ?? 0);
    if (list <= priceCents) throw tableError(`List price is not above the price for ${spec.title}`);
    return list;
  }
  if (opts.status !== 'in_stock' || !rng.chance(0.05) || priceCents < 1000) return undefined;
  const raised = Math.round((priceCents * (115 + rng.int(0, 25))) / 100);
  return Math.ceil(raised / 100) * 100 - (priceCents % 100 === 0 ? 0 : 1);
}

/** Upper-case letters and digits of `text`, at most `max` of them: "Levi's" -> "LEVIS". */
function code(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, max);
}

function uniqueSku(ctx: BuildContext, parts: readonly string[]): string {
  const base = parts.filter((p) => p.length > 0).join('-');
  let sku = base;
  for (let n = 2; ctx.skus.has(sku); n++) sku = `${base}-${n}`;
  ctx.skus.add(sku);
  return sku;
}

/** A URL slug from the Latin part of a title, unique across the catalog. */
function uniqueSlug(ctx: BuildContext, text: string): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'product';
  let slug = base;
  for (let n = 2; ctx.slugs.has(slug); n++) slug = `${base}-${n}`;
  ctx.slugs.add(slug);
  return slug;
}
