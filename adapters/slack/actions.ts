import type { Action } from '../../src/assistant/types.ts';
import { LIMITS } from './blocks.ts';

/**
 * Button values: the assistant Action a button stands for, as compact JSON. Slack sends the value
 * back verbatim in `block_actions`, so no server-side state is needed to know what was pressed.
 */

/** Every aisle button's action_id starts with this; the handler matches it. */
export const ACTION_ID_PREFIX = 'aisle:';

/** Matches aisle's action_ids (for `app.action`). */
export const ACTION_ID_PATTERN = /^aisle:/;

/**
 * Longest value aisle writes (Slack allows 2,000). Ids longer than this leave the button out;
 * free text (suggestions, a shared request) is cut to fit.
 */
export const MAX_VALUE = 1_000;

/** Longest free text (a suggestion, a shared request) carried in a button. */
const MAX_CARRIED_TEXT = 400;

/** What a button press means: the Action, plus text the action carries (suggestion, shared request). */
export interface ButtonIntent {
  readonly action: Action;
  readonly text: string;
}

type Wire =
  | { t: 'm'; p: string }
  | { t: 'f'; p: string; v: 'up' | 'down' }
  | { t: 'd'; p: string }
  | { t: 's' }
  | { t: 'r'; c: string }
  | { t: 'g'; x: string }
  | { t: 'h'; q: string };

/** A unique, short action_id: `aisle:<kind>:<n>` (Slack allows 255 characters). */
export function actionId(kind: string, n: number | string = 0): string {
  return `${ACTION_ID_PREFIX}${kind}:${n}`.slice(0, LIMITS.actionId);
}

/**
 * Encode a button's intent as a value, or undefined when it cannot fit (an absurdly long id).
 * `text` is the request a Share button re-posts.
 */
export function encodeButton(action: Action, text = ''): string | undefined {
  const wire = toWire(action, text);
  if (!wire) return undefined;
  const value = JSON.stringify(wire);
  return value.length <= MAX_VALUE ? value : undefined;
}

function toWire(action: Action, text: string): Wire | undefined {
  switch (action.type) {
    case 'more_like_this':
      return { t: 'm', p: action.productId };
    case 'feedback':
      return { t: 'f', p: action.productId, v: action.value };
    case 'details':
      return { t: 'd', p: action.productId };
    case 'show_more':
      return { t: 's' };
    case 'remove_constraint':
      return { t: 'r', c: action.chipId };
    case 'suggestion':
      return { t: 'g', x: cutText(action.text, MAX_CARRIED_TEXT) };
    case 'share':
      return { t: 'h', q: cutText(text, MAX_CARRIED_TEXT) };
    default:
      return undefined;
  }
}

/** Cut by code points, so a surrogate pair is never split (JSON would then escape it and grow). */
function cutText(s: string, max: number): string {
  const points = Array.from(s);
  return points.length <= max ? s : points.slice(0, max).join('');
}

/** Decode a button value; undefined for anything aisle did not write. */
export function decodeButton(value: string | undefined): ButtonIntent | undefined {
  if (!value || value.length > LIMITS.value) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const w = raw as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof w[k] === 'string' ? (w[k] as string) : undefined);
  const p = str('p');
  switch (w.t) {
    case 'm':
      return p ? { action: { type: 'more_like_this', productId: p }, text: '' } : undefined;
    case 'f': {
      const v = w.v === 'up' || w.v === 'down' ? w.v : undefined;
      return p && v ? { action: { type: 'feedback', productId: p, value: v }, text: '' } : undefined;
    }
    case 'd':
      return p ? { action: { type: 'details', productId: p }, text: '' } : undefined;
    case 's':
      return { action: { type: 'show_more' }, text: '' };
    case 'r': {
      const c = str('c');
      return c ? { action: { type: 'remove_constraint', chipId: c }, text: '' } : undefined;
    }
    case 'g': {
      const x = str('x');
      return x ? { action: { type: 'suggestion', text: x }, text: x } : undefined;
    }
    case 'h':
      return { action: { type: 'share' }, text: str('q') ?? '' };
    default:
      return undefined;
  }
}
