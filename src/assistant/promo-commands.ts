/**
 * The text form of promo commands, for platforms without structured input:
 *
 *   promo create "Summer audio" query:"bluetooth speaker" boost:3 ends:2026-12-31 code:SUMMER10 text:"…"
 *   promo create "Headphone week" ids:hp-0001,hp-0002 starts:2026-07-01 ends:2026-07-08
 *   promo list
 *   promo end <id>
 *   promo announce <id>
 *
 * Values with spaces are quoted ("…" or “…”). Pure.
 */
import type { PromoDraft } from './types.ts';

/** A parsed promo command. */
export type PromoCommand =
  | { readonly kind: 'create'; readonly draft: PromoDraft }
  | { readonly kind: 'list' }
  | { readonly kind: 'end'; readonly id: string }
  | { readonly kind: 'announce'; readonly id: string }
  | { readonly kind: 'invalid'; readonly problem: string };

/** The grammar, for the help reply. */
export const PROMO_GRAMMAR: readonly string[] = [
  'promo create "Label" query:"bluetooth speaker" boost:3 ends:2026-12-31 code:SUMMER10 text:"Announcement"',
  'promo create "Label" ids:ID,ID starts:2026-07-01 ends:2026-07-08',
  'promo list',
  'promo end <id>',
  'promo announce <id>',
];

interface Token {
  readonly key?: string;
  readonly value: string;
}

const TOKEN = /([A-Za-z]+):(?:"([^"]*)"|“([^”]*)”|'([^']*)'|(\S*))|"([^"]*)"|“([^”]*)”|(\S+)/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) out.push({ key: m[1].toLowerCase(), value: m[2] ?? m[3] ?? m[4] ?? m[5] ?? '' });
    else out.push({ value: m[6] ?? m[7] ?? m[8] ?? '' });
  }
  return out;
}

const KEYS: Readonly<Record<string, keyof PromoDraft>> = {
  ids: 'productIds',
  id: 'productIds',
  products: 'productIds',
  product: 'productIds',
  query: 'query',
  q: 'query',
  boost: 'boost',
  starts: 'startsAt',
  start: 'startsAt',
  from: 'startsAt',
  ends: 'endsAt',
  end: 'endsAt',
  until: 'endsAt',
  code: 'discountCode',
  discount: 'discountCode',
  text: 'announcement',
  announcement: 'announcement',
  message: 'announcement',
  label: 'label',
};

type MutableDraft = { -readonly [K in keyof PromoDraft]: PromoDraft[K] };

function parseCreate(tokens: readonly Token[]): PromoCommand {
  const draft: MutableDraft = { label: '' };
  const labelWords: string[] = [];
  for (const t of tokens) {
    if (t.key === undefined) {
      labelWords.push(t.value);
      continue;
    }
    const field = KEYS[t.key];
    if (!field) return { kind: 'invalid', problem: `unknown option "${t.key}:" (see "help")` };
    if (field === 'productIds') {
      draft.productIds = [...(draft.productIds ?? []), ...t.value.split(/[,\s]+/).filter(Boolean)];
    } else if (field === 'boost') {
      const n = Number(t.value);
      if (!Number.isFinite(n))
        return { kind: 'invalid', problem: `boost must be a number from 1 to 5, not "${t.value}"` };
      draft.boost = n;
    } else {
      draft[field] = t.value;
    }
  }
  if (!draft.label) draft.label = labelWords.join(' ').trim();
  return { kind: 'create', draft };
}

/** Parse "promo …" text. Anything else is `invalid` with a hint. */
export function parsePromoCommand(text: string): PromoCommand {
  const tokens = tokenize(text.trim());
  const [head, verb, ...rest] = tokens;
  if (!head || !/^promos?$/i.test(head.value) || head.key !== undefined) {
    return { kind: 'invalid', problem: 'promo commands start with "promo"' };
  }
  const action = verb?.key === undefined ? verb?.value.toLowerCase() : undefined;
  if (action === undefined || action === 'list' || action === 'ls') {
    return rest.length === 0
      ? { kind: 'list' }
      : { kind: 'invalid', problem: '"promo list" takes no options' };
  }
  if (action === 'create' || action === 'new' || action === 'add') return parseCreate(rest);
  if (action === 'end' || action === 'stop' || action === 'announce') {
    const id = rest[0]?.key === undefined ? rest[0]?.value : undefined;
    if (!id || rest.length > 1)
      return { kind: 'invalid', problem: `say which promo: "promo ${action} <id>"` };
    return action === 'announce' ? { kind: 'announce', id } : { kind: 'end', id };
  }
  return { kind: 'invalid', problem: `unknown promo command "${action}" (create, list, end or announce)` };
}
