/**
 * Shopper searches: a new request, a refinement of the last one, "cheaper", "show more", a
 * removed chip and "share". Each runs one search and presents it.
 */
import type { Product } from '../../catalog/product.ts';
import { parseConstraints, productWordTest, removeConstraint } from '../../query/constraints.ts';
import type { Constraints } from '../../query/types.ts';
import { priceText } from '../cards.ts';
import { type Comparative, comparativeFilter, describeComparative } from '../comparatives.ts';
import type { Outcome, Services, Turn } from '../context.ts';
import { cheaperNote, currencyNote, exhaustedLead, type LeadMode, nothingCheaperLead } from '../lead-text.ts';
import { cardsFor, presentResults } from '../present.ts';
import { cheaperPrice, isRefinement, mergeRefinement, toShopCurrency } from '../refine.ts';
import { chipsFor, textReply } from '../replies.ts';
import { noTextMatch, runSearch } from '../search.ts';
import { exampleSuggestions } from '../suggestions.ts';
import { boostsFor, promoLabelsFor } from './boosts.ts';

/** Constraints of a text in the shop's currency, with the note to make when a price was converted. */
export function parseRequest(turn: Turn, text: string): { constraints: Constraints; notes: string[] } {
  const vocab = turn.index.vocabulary();
  const { constraints, from } = toShopCurrency(parseConstraints(text, vocab), vocab.currency);
  const notes =
    from && constraints.price ? [currencyNote({ from, to: constraints.price, language: turn.language })] : [];
  return { constraints, notes };
}

/** Options for one presented search. */
export interface SearchJob {
  readonly constraints: Constraints;
  readonly query: string;
  readonly notes?: readonly string[];
  readonly mode?: LeadMode;
  readonly anchor?: Product;
  readonly comparatives?: readonly string[];
  readonly keepComparatives?: readonly Comparative[];
  readonly exclude?: ReadonlySet<string>;
  readonly postFilter?: (p: Product) => boolean;
  readonly relax?: boolean;
  readonly seenBefore?: readonly string[];
  /** Support staff searching for a customer. */
  readonly customer?: boolean;
  /** The lead when nothing is found; the last screen is kept. */
  readonly whenEmpty?: string;
  readonly intent: string;
  /** Count this request in the analytics (new requests and refinements). */
  readonly record?: boolean;
}

/** Run one search for this turn (with promos and taste) and present it. */
export async function searchAndPresent(services: Services, turn: Turn, job: SearchJob): Promise<Outcome> {
  const boosts = boostsFor(services, turn);
  const index = turn.index;
  const anchorItem = job.anchor ? index.get(job.anchor.id) : undefined;
  const around = anchorItem ? index.vectors.vectorOf(anchorItem.label) : undefined;
  const exclude = new Set([
    ...(job.exclude ?? []),
    ...(job.anchor ? [job.anchor.id, ...boosts.disliked] : []),
  ]);
  const output = await runSearch(services.engine, {
    constraints: job.constraints,
    ...(around ? { around } : {}),
    ...(exclude.size > 0 ? { exclude } : {}),
    ...(boosts.adjust ? { adjust: boosts.adjust } : {}),
    ...(job.postFilter ? { postFilter: job.postFilter } : {}),
    size: turn.pageSize,
    relax: job.relax ?? true,
  });
  if (job.record) {
    services.stores.shop.recordQuery({ text: job.query, zero: output.zero, at: turn.now.toISOString() });
  }
  return presentResults(turn, {
    output,
    query: job.query,
    intent: job.intent,
    ...(job.notes ? { notes: job.notes } : {}),
    ...(job.mode ? { mode: job.mode } : {}),
    ...(job.anchor ? { anchor: job.anchor, anchorTitle: shortName(job.anchor) } : {}),
    ...(job.comparatives ? { comparatives: job.comparatives } : {}),
    ...(job.keepComparatives ? { keepComparatives: job.keepComparatives } : {}),
    ...(job.seenBefore ? { seenBefore: job.seenBefore } : {}),
    ...(job.customer ? { customer: true } : {}),
    ...(job.whenEmpty ? { whenEmpty: job.whenEmpty } : {}),
    promoLabel: boosts.promoLabel,
  });
}

/** A product's name without the listing suffix ("JBL Go 4 …, Black" -> "JBL Go 4 …"). */
export function shortName(p: Product): string {
  return (p.title.split(/,\s/u)[0] ?? p.title).trim();
}

/**
 * The anchor of the last search ("more like #2 but lighter") as job options, so follow-ups keep
 * searching around it with the same comparatives. Empty when the last search had no anchor.
 */
export function anchorJob(
  turn: Turn,
): Pick<SearchJob, 'anchor' | 'mode' | 'postFilter' | 'comparatives' | 'keepComparatives'> {
  const id = turn.state?.aroundId;
  const anchor = id ? turn.index.get(id)?.product : undefined;
  if (!anchor) return {};
  const kept = turn.state?.comparatives ?? [];
  const compare = comparativeFilter(anchor, kept);
  const price = priceText(anchor, turn.language);
  return {
    anchor,
    mode: 'similar',
    ...(compare.applied.length > 0 ? { postFilter: compare.filter, keepComparatives: compare.applied } : {}),
    comparatives: compare.applied.map((comparative) =>
      describeComparative({ comparative, anchor, language: turn.language, priceText: price }),
    ),
  };
}

/** A shopping request: a refinement of the last search, or a new one. */
export async function shoppingRequest(services: Services, turn: Turn, text: string): Promise<Outcome> {
  const { constraints, notes } = parseRequest(turn, text);
  const previous = turn.state?.constraints;
  const refine = isRefinement({
    text,
    parsed: constraints,
    previous,
    isProductWord: productWordTest(turn.index.vocabulary()),
  });
  const unmatched = noTextMatch(turn.index, constraints.text);
  if (refine && previous && !unmatched) {
    return searchAndPresent(services, turn, {
      constraints: mergeRefinement(previous, constraints),
      query: `${turn.state?.query ?? ''} ${text}`.trim(),
      notes,
      ...anchorJob(turn),
      ...(turn.state?.customer ? { customer: true, mode: 'customer' as const } : {}),
      intent: 'refine',
      record: true,
    });
  }
  const structured =
    constraints.categories.length > 0 || constraints.brands.length > 0 || constraints.price !== undefined;
  if (!structured && unmatched) {
    const lead =
      turn.language === 'zh'
        ? '抱歉，我在店里没找到和这个相关的商品。可以换个说法试试，比如：'
        : "Sorry, I couldn't find anything in the shop that matches that. Try describing the product, for example:";
    services.stores.shop.recordQuery({ text, zero: true, at: turn.now.toISOString() });
    return {
      reply: textReply(turn, 'results', lead, { suggestions: exampleSuggestions(turn.language) }),
      intent: 'search',
    };
  }
  return searchAndPresent(services, turn, {
    constraints,
    query: text,
    notes,
    intent: 'search',
    record: true,
  });
}

/** Staff: a request on a customer's behalf; cards carry SKU and stock count. */
export async function customerRequest(services: Services, turn: Turn, text: string): Promise<Outcome> {
  const { constraints, notes } = parseRequest(turn, text);
  return searchAndPresent(services, turn, {
    constraints,
    query: text,
    notes,
    mode: 'customer',
    customer: true,
    intent: 'staff_suggest',
    record: true,
  });
}

/** "Cheaper": a lower ceiling from the last screen (see `cheaperPrice`), said in the lead. */
export async function cheaper(services: Services, turn: Turn, text: string): Promise<Outcome> {
  const state = turn.state;
  const currency = turn.index.vocabulary().currency;
  const shownPrices = (state?.shown ?? [])
    .map((id) => turn.index.get(id)?.product.price)
    .filter((m) => m !== undefined && m.currency === currency)
    .map((m) => m?.minor ?? 0);
  const next = state ? cheaperPrice({ previous: state.constraints, shownPrices, currency }) : undefined;
  if (!state || !next) return shoppingRequest(services, turn, text);
  return searchAndPresent(services, turn, {
    constraints: { ...state.constraints, price: next.price },
    query: state.query,
    notes: [cheaperNote({ price: next.price, rule: next.rule, language: turn.language })],
    relax: false,
    whenEmpty: nothingCheaperLead(turn.language),
    ...anchorJob(turn),
    ...(state.customer ? { customer: true, mode: 'customer' as const } : {}),
    intent: 'cheaper',
  });
}

/** "Show more": the next screen of the same search, leaving out everything already shown. */
export async function showMore(services: Services, turn: Turn): Promise<Outcome> {
  const state = turn.state;
  if (!state) return nothingYet(turn, 'show_more');
  const anchored = anchorJob(turn);
  return searchAndPresent(services, turn, {
    constraints: state.constraints,
    query: state.query,
    mode: anchored.anchor ? 'similar' : 'more',
    ...anchored,
    exclude: new Set(state.seen),
    relax: false,
    seenBefore: state.seen,
    ...(state.customer ? { customer: true } : {}),
    whenEmpty: exhaustedLead({ language: turn.language, subject: state.constraints.text }),
    intent: 'show_more',
  });
}

/** A chip's remove button: the same search without that constraint. */
export async function removeChip(services: Services, turn: Turn, chipId: string): Promise<Outcome> {
  const state = turn.state;
  if (!state) return nothingYet(turn, 'remove_constraint');
  const constraints = removeConstraint(state.constraints, chipId);
  return searchAndPresent(services, turn, {
    constraints,
    query: state.query,
    ...anchorJob(turn),
    ...(state.customer ? { customer: true, mode: 'customer' as const } : {}),
    intent: 'remove_constraint',
  });
}

/** The products last shown in this conversation, in order. */
export function shownProducts(turn: Turn): Product[] {
  return (turn.state?.shown ?? [])
    .map((id) => turn.index.get(id)?.product)
    .filter((p): p is Product => p !== undefined);
}

/** "Share": the last results again, for the whole channel (no staff-only fields). */
export function share(services: Services, turn: Turn): Outcome {
  const state = turn.state;
  const products = shownProducts(turn);
  if (!state || products.length === 0) return nothingYet(turn, 'share');
  const cards = cardsFor({
    products: products.map((product) => ({ product, score: 0 })),
    constraints: state.constraints,
    turn,
    promoLabel: promoLabelsFor(services, turn),
  });
  const zh = turn.language === 'zh';
  const text = zh
    ? `分享${cards.length}款${state.constraints.text || '商品'}：`
    : `Sharing ${cards.length} picks:`;
  return {
    reply: {
      kind: 'results',
      text,
      cards,
      chips: chipsFor(state.constraints, turn.language),
      suggestions: [],
      ephemeral: false,
      constraints: state.constraints,
      language: turn.language,
    },
    intent: 'share',
  };
}

/** A follow-up arrived before any search. */
export function nothingYet(turn: Turn, intent: string): Outcome {
  const text =
    turn.language === 'zh'
      ? '我们还没开始搜索呢。告诉我你想找什么，比如：'
      : "We haven't searched for anything yet. Tell me what you're looking for, for example:";
  return { reply: textReply(turn, 'info', text, { suggestions: exampleSuggestions(turn.language) }), intent };
}
