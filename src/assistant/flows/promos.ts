/**
 * Community managers' promos: create (from product ids or a query), list, end and announce.
 * The role check happens before these run (see `assistant.ts`).
 */
import { randomUUID } from 'node:crypto';
import type { Product } from '../../catalog/product.ts';
import { emptyConstraints } from '../../query/types.ts';
import type { Outcome, Services, Turn } from '../context.ts';
import { cardsFor } from '../present.ts';
import { PROMO_GRAMMAR } from '../promo-commands.ts';
import { checkDraft, type Promo, promoLabelOf, promoStatus } from '../promos.ts';
import { textReply } from '../replies.ts';
import { runSearch } from '../search.ts';
import type { PromoDraft, PromoSummary, Reply } from '../types.ts';
import { parseRequest } from './shopper.ts';

/** Products a query boosts: the top matches, as a shopper would find them. */
const QUERY_PRODUCTS = 12;
/** Cards shown on a promo reply or an announcement. */
const PROMO_CARDS = 5;

/** The summary of a promo that replies carry. */
export function summarise(p: Promo, now: Date): PromoSummary {
  return {
    id: p.id,
    label: p.label,
    status: promoStatus(p, now),
    boost: p.boost,
    startsAt: p.startsAt,
    endsAt: p.endsAt,
    productCount: p.productIds.length,
    ...(p.discountCode ? { discountCode: p.discountCode } : {}),
  };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function promoCards(turn: Turn, p: Promo, staff: boolean): Reply['cards'] {
  const products = p.productIds
    .map((id) => turn.index.get(id)?.product)
    .filter((x): x is Product => x !== undefined)
    .sort((a, b) => Number(b.availability === 'in_stock') - Number(a.availability === 'in_stock'))
    .slice(0, PROMO_CARDS);
  return cardsFor({
    products: products.map((product) => ({ product, score: 0 })),
    constraints: emptyConstraints(''),
    turn,
    staff,
    promoLabel: () => promoLabelOf(p),
  });
}

function invalid(turn: Turn, problems: readonly string[]): Outcome {
  const text = `I couldn't create that promo: ${problems.join('; ')}.\nFor example: ${PROMO_GRAMMAR[0]}`;
  return { reply: textReply(turn, 'promo', text), intent: 'promo_create', code: 'PROMO_INVALID' };
}

/** Create a promo from a draft (structured action or parsed text). */
export async function createPromo(services: Services, turn: Turn, draft: PromoDraft): Promise<Outcome> {
  const check = checkDraft(draft, turn.now);
  if (!check.ok) return invalid(turn, check.problems);
  const { value } = check;
  const unknown = value.productIds.filter((id) => !turn.index.get(id));
  if (unknown.length > 0) return invalid(turn, [`no product with the id ${unknown.join(', ')}`]);
  let ids = [...value.productIds];
  if (value.query) {
    const { constraints } = parseRequest(turn, value.query);
    const found = await runSearch(services.engine, {
      constraints,
      size: QUERY_PRODUCTS,
      relax: false,
      diverse: false,
    });
    ids = [...new Set([...ids, ...found.picks.map((x) => x.product.id)])];
    if (found.picks.length === 0) return invalid(turn, [`the query "${value.query}" finds no products`]);
  }
  const promo: Promo = {
    ...value,
    productIds: ids,
    id: `promo-${randomUUID().slice(0, 8)}`,
    createdBy: turn.userKey,
    createdAt: turn.now.toISOString(),
  };
  services.stores.shop.savePromo(promo);
  const status = promoStatus(promo, turn.now);
  const when =
    status === 'scheduled'
      ? `from ${day(promo.startsAt)} to ${day(promo.endsAt)}`
      : `live until ${day(promo.endsAt)}`;
  const code = promo.discountCode ? `, code ${promo.discountCode}` : '';
  const text =
    `Created promo ${promo.id} "${promo.label}": ${ids.length} products, boost ${promo.boost}, ${when}${code}. ` +
    `Announce it with "promo announce ${promo.id}".`;
  return {
    reply: {
      ...textReply(turn, 'promo', text),
      cards: promoCards(turn, promo, turn.staff),
      promos: [summarise(promo, turn.now)],
    },
    intent: 'promo_create',
  };
}

/** Every promo, newest first, with its status. */
export function listPromos(services: Services, turn: Turn): Outcome {
  const promos = services.stores.shop.promos(20);
  const lines = promos.map((p) => {
    const status = promoStatus(p, turn.now);
    const code = p.discountCode ? `, code ${p.discountCode}` : '';
    return `• ${p.id} "${p.label}" — ${status}, ${day(p.startsAt)} to ${day(p.endsAt)}, boost ${p.boost}, ${p.productIds.length} products${code}`;
  });
  const text =
    promos.length > 0
      ? `Promos:\n${lines.join('\n')}`
      : `No promos yet. Create one with: ${PROMO_GRAMMAR[0]}`;
  return {
    reply: { ...textReply(turn, 'promo', text), promos: promos.map((p) => summarise(p, turn.now)) },
    intent: 'promo_list',
  };
}

function notFound(turn: Turn, id: string, intent: string): Outcome {
  return {
    reply: textReply(turn, 'promo', `There is no promo ${id}. "promo list" shows them all.`),
    intent,
    code: 'NOT_FOUND',
  };
}

/** End a promo now; its products stop being boosted. */
export function endPromo(services: Services, turn: Turn, id: string): Outcome {
  const before = services.stores.shop.promo(id);
  if (!before) return notFound(turn, id, 'promo_end');
  const ended = services.stores.shop.endPromo(id, turn.now.toISOString()) ?? before;
  const text = before.endedAt
    ? `Promo ${id} "${before.label}" had already ended.`
    : `Ended promo ${id} "${before.label}". Its products are no longer boosted.`;
  return {
    reply: { ...textReply(turn, 'promo', text), promos: [summarise(ended, turn.now)] },
    intent: 'promo_end',
  };
}

/** A public announcement for a live or scheduled promo, pinging the promo role. */
export function announcePromo(services: Services, turn: Turn, id: string): Outcome {
  const p = services.stores.shop.promo(id);
  if (!p) return notFound(turn, id, 'promo_announce');
  const status = promoStatus(p, turn.now);
  if (status === 'ended') {
    return {
      reply: textReply(turn, 'promo', `Promo ${id} "${p.label}" has ended, so there is nothing to announce.`),
      intent: 'promo_announce',
      code: 'PROMO_INVALID',
    };
  }
  const timing =
    status === 'scheduled' ? `from ${day(p.startsAt)} to ${day(p.endsAt)}` : `until ${day(p.endsAt)}`;
  // The code is added unless the manager's own text already gives it.
  const mentionsCode = p.discountCode !== undefined && (p.announcement ?? '').includes(p.discountCode);
  const code = p.discountCode && !mentionsCode ? ` Use code ${p.discountCode} at checkout.` : '';
  const text = `${p.announcement ?? `${p.label}: featured picks ${timing}.`}${code}`;
  const reply: Reply = {
    kind: 'announcement',
    text,
    cards: promoCards(turn, p, false),
    chips: [],
    suggestions: [],
    ephemeral: false,
    language: turn.language,
    pingPromoRole: true,
    promos: [summarise(p, turn.now)],
  };
  return { reply, intent: 'promo_announce' };
}
