/**
 * A search's results turned into a Reply and the conversation's next state: cards with their
 * why-lines and promo labels, the lead text, chips and suggestions.
 */
import type { Product } from '../catalog/product.ts';
import type { Constraints } from '../query/types.ts';
import { tokenizeForSearch } from '../text/tokenize.ts';
import { toCard } from './cards.ts';
import type { Comparative } from './comparatives.ts';
import type { Outcome, Turn } from './context.ts';
import { type LeadMode, noResultsLead, resultsLead } from './lead-text.ts';
import { whyLine } from './reasons.ts';
import { chipsFor } from './replies.ts';
import type { SearchOutput } from './search.ts';
import type { ConversationState } from './state.ts';
import { resultSuggestions } from './suggestions.ts';
import type { ProductCard } from './types.ts';

/** How to present one search. */
export interface Presentation {
  readonly output: SearchOutput;
  /** The request text to remember. */
  readonly query: string;
  /** Sentences before the lead ("I read €50 as $50…"). */
  readonly notes?: readonly string[];
  readonly mode?: LeadMode;
  readonly anchor?: Product;
  readonly anchorTitle?: string;
  readonly comparatives?: readonly string[];
  /** The comparatives themselves, remembered with the anchor. */
  readonly keepComparatives?: readonly Comparative[];
  /** Support staff searching on a customer's behalf (kept for follow-ups). */
  readonly customer?: boolean;
  /** Promo label per product id, for live promos. */
  readonly promoLabel?: ((id: string) => string | undefined) | undefined;
  /** Ids already shown for this search ("show more" adds to them). */
  readonly seenBefore?: readonly string[];
  /** When nothing is found: say this instead of the usual lead, and keep the last screen. */
  readonly whenEmpty?: string;
  readonly intent: string;
}

/** Cards for products, in order, with why-lines against `constraints`. */
export function cardsFor(opts: {
  products: readonly { product: Product; score: number }[];
  constraints: Constraints;
  turn: Pick<Turn, 'language'>;
  staff?: boolean;
  promoLabel?: ((id: string) => string | undefined) | undefined;
}): ProductCard[] {
  const words = tokenizeForSearch(opts.constraints.text);
  return opts.products.map((pick, i) =>
    toCard({
      product: pick.product,
      position: i + 1,
      score: pick.score,
      why: whyLine({
        product: pick.product,
        constraints: opts.constraints,
        words,
        language: opts.turn.language,
      }),
      language: opts.turn.language,
      promoLabel: opts.promoLabel?.(pick.product.id),
      staff: opts.staff ?? false,
    }),
  );
}

/** Build the reply and the next state for a search's output. */
export function presentResults(turn: Turn, p: Presentation): Outcome {
  const { output } = p;
  const language = turn.language;
  const subject = output.constraints.text;
  const picks = output.picks;
  const cards = cardsFor({
    products: picks,
    constraints: output.constraints,
    turn,
    staff: turn.staff,
    promoLabel: p.promoLabel,
  });
  let lead: string;
  if (picks.length > 0) {
    lead = resultsLead({
      language,
      count: picks.length,
      subject,
      constraints: output.constraints,
      ...(output.relaxation ? { relaxation: output.relaxation } : {}),
      outOfStockOnly: output.outOfStockOnly,
      hiddenOutOfStock: output.hiddenOutOfStock,
      mode: p.mode ?? 'search',
      ...(p.anchorTitle ? { anchorTitle: p.anchorTitle } : {}),
      ...(p.comparatives ? { comparatives: p.comparatives } : {}),
    });
  } else if (p.whenEmpty) {
    lead = p.whenEmpty;
  } else {
    lead = noResultsLead({ language, subject, constraints: output.constraints });
  }
  const notes = p.notes ?? [];
  const text = [...notes, lead].join(language === 'zh' ? '' : ' ');
  const shown = picks.map((x) => x.product);
  const reply = {
    kind: 'results' as const,
    text,
    cards,
    chips: chipsFor(output.constraints, language),
    suggestions: resultSuggestions({ language, shown, constraints: output.constraints, more: output.more }),
    ephemeral: turn.ephemeral,
    constraints: output.constraints,
    language,
  };
  if (picks.length === 0 && p.whenEmpty) return { reply, intent: p.intent };
  const ids = shown.map((x) => x.id);
  const seen = [...new Set([...(p.seenBefore ?? []), ...(p.anchor ? [p.anchor.id] : []), ...ids])];
  const state: ConversationState = {
    query: p.query,
    constraints: output.constraints,
    shown: ids,
    seen,
    ...(p.anchor ? { aroundId: p.anchor.id } : {}),
    ...(p.anchor && p.keepComparatives?.length ? { comparatives: p.keepComparatives } : {}),
    ...(p.customer ? { customer: true } : {}),
    language,
    updatedAt: turn.now.toISOString(),
  };
  return { reply, state, intent: p.intent };
}
