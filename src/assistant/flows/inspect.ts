/**
 * Looking closer at results already shown: one product's details, or a comparison table. The
 * conversation's screen stays as it is, so "the second one" keeps meaning the same product.
 */
import type { Product } from '../../catalog/product.ts';
import { emptyConstraints } from '../../query/types.ts';
import { compareProducts, comparisonSummary, detailsLead, detailsTable } from '../comparison.ts';
import type { Outcome, Services, Turn } from '../context.ts';
import { cardsFor } from '../present.ts';
import { resolveReferences } from '../references.ts';
import { chipsFor, textReply } from '../replies.ts';
import { promoLabelsFor } from './boosts.ts';
import { shownProducts } from './shopper.ts';
import { badReference } from './similar.ts';

const MAX_COMPARE = 4;

function positionOf(turn: Turn, id: string): number | undefined {
  const i = turn.state?.shown.indexOf(id) ?? -1;
  return i >= 0 ? i + 1 : undefined;
}

/** "Tell me more about 2", a details button: one card, the description and every attribute. */
export function details(
  services: Services,
  turn: Turn,
  opts: { productId?: string; text?: string },
): Outcome {
  let id = opts.productId;
  if (!id && opts.text)
    id = resolveReferences({ text: opts.text, shown: shownProducts(turn), bareNumbers: true }).ids[0];
  const product = id ? turn.index.get(id)?.product : undefined;
  if (!product) return badReference(turn, 'details');
  services.stores.shop.recordProductEvent({ productId: product.id, event: 'click' });
  const constraints = turn.state?.constraints;
  const [card] = cardsFor({
    products: [{ product, score: 0 }],
    constraints: constraints ?? emptyConstraints(''),
    turn,
    staff: turn.staff,
    promoLabel: promoLabelsFor(services, turn),
  });
  const position = positionOf(turn, product.id);
  const zh = turn.language === 'zh';
  const suggestions = [
    zh ? `类似第${position ?? 1}个的` : `more like ${position ? `#${position}` : 'this'}`,
    ...(position && (turn.state?.shown.length ?? 0) > 1
      ? [
          zh
            ? `比较${position}和${position === 1 ? 2 : 1}`
            : `compare ${position} and ${position === 1 ? 2 : 1}`,
        ]
      : []),
  ];
  return {
    reply: {
      kind: 'details',
      text: detailsLead(product, turn.language),
      cards: card ? [{ ...card, position: position ?? 1 }] : [],
      chips: chipsFor(constraints, turn.language),
      suggestions,
      comparison: detailsTable(product, turn.language),
      ephemeral: turn.ephemeral,
      ...(constraints ? { constraints } : {}),
      language: turn.language,
    },
    intent: 'details',
  };
}

/** "Compare 1 and 3", "compare the first two", "compare them": a table of price, brand and attributes. */
export function compare(services: Services, turn: Turn, opts: { text: string; firstN?: number }): Outcome {
  const shown = shownProducts(turn);
  if (shown.length === 0) return badReference(turn, 'compare');
  let ids = resolveReferences({ text: opts.text, shown, bareNumbers: true }).ids;
  if (ids.length < 2 && opts.firstN) ids = shown.slice(0, opts.firstN).map((p) => p.id);
  ids = ids.slice(0, MAX_COMPARE);
  if (ids.length < 2) {
    const text =
      turn.language === 'zh'
        ? `请说出要比较哪两个，比如“比较1和${Math.min(2, shown.length)}”。`
        : `Which ones? Say for example "compare 1 and ${Math.min(2, shown.length)}".`;
    return {
      reply: textReply(turn, 'info', text, {
        suggestions: shown.length >= 2 ? [turn.language === 'zh' ? '比较1和2' : 'compare 1 and 2'] : [],
      }),
      intent: 'compare',
    };
  }
  const products = ids.map((id) => turn.index.get(id)?.product).filter((p): p is Product => p !== undefined);
  const positions = products.map((p) => positionOf(turn, p.id) ?? 0);
  for (const p of products) services.stores.shop.recordProductEvent({ productId: p.id, event: 'click' });
  const constraints = turn.state?.constraints;
  const cards = cardsFor({
    products: products.map((product) => ({ product, score: 0 })),
    constraints: constraints ?? emptyConstraints(''),
    turn,
    staff: turn.staff,
    promoLabel: promoLabelsFor(services, turn),
  }).map((card, i) => ({ ...card, position: positions[i] || i + 1 }));
  const zh = turn.language === 'zh';
  const first = positions[0] || 1;
  return {
    reply: {
      kind: 'comparison',
      text: comparisonSummary({ products, positions, language: turn.language }),
      cards,
      chips: chipsFor(constraints, turn.language),
      suggestions: [
        zh ? `第${first}个的详情` : `tell me more about ${first}`,
        zh ? `类似第${first}个的` : `more like #${first}`,
      ],
      comparison: compareProducts(products, turn.language),
      ephemeral: turn.ephemeral,
      ...(constraints ? { constraints } : {}),
      language: turn.language,
    },
    intent: 'compare',
  };
}
