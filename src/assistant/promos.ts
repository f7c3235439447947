/**
 * Promos: a community manager boosts some products for a while, with a label shown on their
 * cards. Boosts go through the retriever's `adjust`, which runs after the hard filters, so a
 * promo never breaks a shopper's budget, brand exclusions or "in stock only". Pure.
 */
import type { Product } from '../catalog/product.ts';
import type { PromoDraft } from './types.ts';

/** A stored promo. Times are ISO 8601 strings. */
export interface Promo {
  readonly id: string;
  readonly label: string;
  readonly productIds: readonly string[];
  readonly query?: string;
  /** 1 (nudge) … 5 (top of any matching list). */
  readonly boost: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly discountCode?: string;
  readonly announcement?: string;
  /** Id of the manager who created it (platform user key). */
  readonly createdBy: string;
  readonly createdAt: string;
  /** Set when a manager ended it early. */
  readonly endedAt?: string;
}

/** Where a promo is in its life. */
export type PromoStatus = 'scheduled' | 'live' | 'ended';

/** The status of a promo at `now`. */
export function promoStatus(p: Promo, now: Date): PromoStatus {
  const t = now.getTime();
  if (p.endedAt !== undefined || Date.parse(p.endsAt) <= t) return 'ended';
  return Date.parse(p.startsAt) > t ? 'scheduled' : 'live';
}

/** Score added per boost strength, in fused-score units; 5 lifts a product above any other match. */
const BOOST_SCORE: readonly number[] = [0, 0.05, 0.1, 0.2, 0.4, 10];

/** The label a promoted card shows. */
export function promoLabelOf(p: Promo): string {
  return p.label.trim() || 'Promoted';
}

/** Boost and label lookups for the live promos; undefined when none is live. */
export function promoBoosts(
  promos: readonly Promo[],
  now: Date,
): { adjust: (p: Product) => number; labelOf: (id: string) => string | undefined } | undefined {
  const boost = new Map<string, number>();
  const label = new Map<string, string>();
  for (const promo of promos) {
    if (promoStatus(promo, now) !== 'live') continue;
    const score = BOOST_SCORE[Math.min(5, Math.max(1, Math.round(promo.boost)))] ?? 0;
    for (const id of promo.productIds) {
      if ((boost.get(id) ?? -1) < score) {
        boost.set(id, score);
        label.set(id, promoLabelOf(promo));
      }
    }
  }
  if (boost.size === 0) return undefined;
  return { adjust: (p) => boost.get(p.id) ?? 0, labelOf: (id) => label.get(id) };
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A draft checked and completed with defaults, or the problems found. */
export type DraftCheck =
  | {
      readonly ok: true;
      readonly value: Omit<Promo, 'id' | 'createdBy' | 'createdAt' | 'productIds'> & {
        readonly productIds: readonly string[];
      };
    }
  | { readonly ok: false; readonly problems: readonly string[] };

function parseTime(value: string, edge: 'start' | 'end'): number {
  const v = value.trim();
  if (DATE_ONLY.test(v)) return Date.parse(`${v}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
  return Date.parse(v);
}

/**
 * Check a draft: a label, product ids or a query, boost 1–5, an end after the start and in the
 * future, a plain discount code. A date without a time means the start or end of that day (UTC).
 */
export function checkDraft(draft: PromoDraft, now: Date): DraftCheck {
  const problems: string[] = [];
  const label = draft.label.trim();
  if (!label) problems.push('a label is required, e.g. promo create "Summer audio" …');
  if (label.length > 60) problems.push('the label must be at most 60 characters');
  const productIds = [...new Set((draft.productIds ?? []).map((id) => id.trim()).filter(Boolean))];
  const query = draft.query?.trim();
  if (productIds.length === 0 && !query) problems.push('say which products: ids:ID,ID or query:"…"');
  const boost = draft.boost ?? 2;
  if (!Number.isInteger(boost) || boost < 1 || boost > 5)
    problems.push('boost must be a whole number from 1 to 5');
  const start = draft.startsAt ? parseTime(draft.startsAt, 'start') : now.getTime();
  const end = draft.endsAt ? parseTime(draft.endsAt, 'end') : start + 7 * DAY_MS;
  if (Number.isNaN(start)) problems.push('the start is not a date (use 2026-07-01 or an ISO time)');
  if (Number.isNaN(end)) problems.push('the end is not a date (use 2026-12-31 or an ISO time)');
  if (!Number.isNaN(start) && !Number.isNaN(end) && end <= start)
    problems.push('the end must be after the start');
  if (!Number.isNaN(end) && end <= now.getTime()) problems.push('the end must be in the future');
  const code = draft.discountCode?.trim();
  if (code !== undefined && code !== '' && !/^[A-Za-z0-9_-]{2,32}$/.test(code)) {
    problems.push('a discount code is 2–32 letters, digits, "-" or "_"');
  }
  const announcement = draft.announcement?.trim();
  if (announcement && announcement.length > 500)
    problems.push('the announcement must be at most 500 characters');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      label,
      productIds,
      ...(query ? { query } : {}),
      boost,
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(end).toISOString(),
      ...(code ? { discountCode: code } : {}),
      ...(announcement ? { announcement } : {}),
    },
  };
}
