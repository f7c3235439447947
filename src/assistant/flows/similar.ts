/**
 * "More like this": a search around one product's vector, away from what the user disliked,
 * within the conversation's constraints and any comparative ("but lighter"). Staff can anchor it
 * on a SKU or product id.
 */
import type { Product } from '../../catalog/product.ts';
import { mergeConstraints, parseConstraints } from '../../query/constraints.ts';
import { type Constraints, emptyConstraints } from '../../query/types.ts';
import type { CatalogIndex } from '../../search/catalog-index.ts';
import { priceText } from '../cards.ts';
import { comparativeFilter, describeComparative, extractComparatives } from '../comparatives.ts';
import type { Outcome, Services, Turn } from '../context.ts';
import { resolveReferences } from '../references.ts';
import { textReply } from '../replies.ts';
import { nothingYet, searchAndPresent, shortName, shownProducts } from './shopper.ts';

/** "I only showed 3 — pick 1 to 3" / nothing shown yet. */
export function badReference(turn: Turn, intent: string): Outcome {
  const n = turn.state?.shown.length ?? 0;
  if (n === 0) return nothingYet(turn, intent);
  const text =
    turn.language === 'zh'
      ? `我不确定你指的是哪一个。请用编号，1到${n}。`
      : `I'm not sure which one you mean. Please use a number from 1 to ${n}.`;
  return { reply: textReply(turn, 'info', text), intent };
}

function leafCategory(p: Product): string[] {
  const leaf = p.category[p.category.length - 1];
  return leaf ? [leaf] : [];
}

/** Search around `anchor`, with `rest` ("but lighter", "under 50") refining it. */
async function around(
  services: Services,
  turn: Turn,
  opts: { anchor: Product; rest: string; base: Constraints; customer: boolean; intent: string },
): Promise<Outcome> {
  const { comparatives, rest } = extractComparatives(opts.rest);
  const parsed = parseConstraints(rest, turn.index.vocabulary());
  const merged = mergeConstraints(opts.base, parsed);
  const constraints: Constraints = {
    ...merged,
    text: parsed.text,
    categories: merged.categories.length > 0 ? merged.categories : leafCategory(opts.anchor),
  };
  const compare = comparativeFilter(opts.anchor, comparatives);
  const anchorPrice = priceText(opts.anchor, turn.language);
  const said = compare.applied.map((comparative) =>
    describeComparative({
      comparative,
      anchor: opts.anchor,
      language: turn.language,
      priceText: anchorPrice,
    }),
  );
  return searchAndPresent(services, turn, {
    constraints,
    query: turn.state?.query ?? shortName(opts.anchor),
    anchor: opts.anchor,
    mode: 'similar',
    comparatives: said,
    ...(compare.applied.length > 0 ? { postFilter: compare.filter, keepComparatives: compare.applied } : {}),
    ...(opts.customer ? { customer: true } : {}),
    intent: opts.intent,
  });
}

/** "More like the second one", "something like #3 but lighter", or a card's button. */
export async function moreLike(
  services: Services,
  turn: Turn,
  opts: { productId?: string; text?: string; rest?: string },
): Promise<Outcome> {
  let id = opts.productId;
  if (!id && opts.text)
    id = resolveReferences({ text: opts.text, shown: shownProducts(turn), bareNumbers: true }).ids[0];
  const anchor = id ? turn.index.get(id)?.product : undefined;
  if (!anchor) return badReference(turn, 'more_like');
  services.stores.shop.recordFeedback({
    userKey: turn.userKey,
    productId: anchor.id,
    signal: 'more',
    at: turn.now.toISOString(),
  });
  services.stores.shop.recordProductEvent({ productId: anchor.id, event: 'more' });
  const base = turn.state?.constraints ?? emptyConstraints('');
  return around(services, turn, {
    anchor,
    rest: opts.rest ?? '',
    base: { ...base, text: '' },
    customer: turn.state?.customer === true && turn.staff,
    intent: 'more_like',
  });
}

const skuMaps = new WeakMap<CatalogIndex, Map<string, string>>();

/** Find a product by id, SKU or variant SKU (case-insensitive). Builds a SKU map once per index. */
export function findByCode(index: CatalogIndex, code: string): Product | undefined {
  const direct = index.get(code);
  if (direct) return direct.product;
  let map = skuMaps.get(index);
  if (!map) {
    map = new Map();
    for (const { product } of index.items()) {
      map.set(product.id.toLowerCase(), product.id);
      if (product.sku) map.set(product.sku.toLowerCase(), product.id);
      for (const v of product.variants) if (v.sku) map.set(v.sku.toLowerCase(), product.id);
    }
    skuMaps.set(index, map);
  }
  const id = map.get(code.toLowerCase());
  return id ? index.get(id)?.product : undefined;
}

/** Staff: "similar to SKU HP-1234" (or a product id), with staff fields on the cards. */
export async function similarToCode(
  services: Services,
  turn: Turn,
  code: string,
  rest: string,
): Promise<Outcome> {
  const anchor = findByCode(turn.index, code);
  if (!anchor) {
    const text =
      turn.language === 'zh'
        ? `没有找到SKU或商品编号为“${code}”的商品。`
        : `I couldn't find a product with the SKU or id "${code}".`;
    return { reply: textReply(turn, 'info', text), intent: 'staff_similar', code: 'NOT_FOUND' };
  }
  return around(services, turn, {
    anchor,
    rest,
    base: emptyConstraints(''),
    customer: false,
    intent: 'staff_similar',
  });
}
