/**
 * Button custom ids: an Action encoded compactly into Discord's 100-character custom_id, and back.
 * Values too long to fit (long product ids, suggestion text) are kept in a bounded in-memory map
 * and the id carries a short key instead; after a restart such keys are simply "expired".
 */
import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Action } from '../../src/assistant/types.ts';
import { LIMITS } from './limits.ts';

/** Discord's limit on a component's custom_id. */
export const CUSTOM_ID_MAX = LIMITS.customId;

const PREFIX = 'a1';
const SEP = '|';
/** Marks a payload that is a key into the id map rather than the value itself. */
const KEYED = '~';

type Code = 'm' | 'u' | 'd' | 'i' | 'n' | 'x' | 's' | 'h';

/** What a custom id decodes to: an action, or a button we can no longer resolve. */
export type DecodedId = { readonly ok: true; readonly action: Action } | { readonly ok: false };

/** Encodes actions into custom ids and decodes them; one per adapter (it owns the id map). */
export class CustomIdCodec {
  readonly #values: LRUCache<string, string>;
  readonly #keys: LRUCache<string, string>;
  readonly #instance = randomBytes(3).toString('hex');
  #counter = 0;

  /** `capacity`: how many long values to remember (oldest forgotten first). */
  constructor(opts: { capacity?: number } = {}) {
    this.#values = new LRUCache({ max: opts.capacity ?? 10_000 });
    this.#keys = new LRUCache({ max: opts.capacity ?? 10_000 });
  }

  /** The custom id for an action that a button can carry, always ≤ 100 characters. */
  encode(action: Action): string {
    switch (action.type) {
      case 'more_like_this':
        return this.#build('m', action.productId);
      case 'feedback':
        return this.#build(action.value === 'up' ? 'u' : 'd', action.productId);
      case 'details':
        return this.#build('i', action.productId);
      case 'show_more':
        return this.#build('n', '');
      case 'remove_constraint':
        return this.#build('x', action.chipId);
      case 'suggestion':
        return this.#build('s', action.text);
      case 'share':
        return this.#build('h', '');
      default:
        throw new Error(`action ${action.type} is not carried by buttons`);
    }
  }

  /** The action a custom id stands for; `ok: false` for foreign, malformed or forgotten ids. */
  decode(customId: string): DecodedId {
    const parts = customId.split(SEP);
    if (parts.length < 3 || parts[0] !== PREFIX) return { ok: false };
    const code = parts[1] as Code;
    const raw = parts.slice(2).join(SEP);
    const value = raw.startsWith(KEYED) ? this.#values.get(raw.slice(KEYED.length)) : raw;
    if (value === undefined) return { ok: false };
    const action = toAction(code, value);
    return action === undefined ? { ok: false } : { ok: true, action };
  }

  #build(code: Code, value: string): string {
    const head = `${PREFIX}${SEP}${code}${SEP}`;
    if (head.length + value.length <= CUSTOM_ID_MAX && !value.startsWith(KEYED)) return head + value;
    const known = this.#keys.get(value);
    const key =
      known !== undefined && this.#values.get(known) === value
        ? known
        : `${this.#instance}${(this.#counter++).toString(36)}`;
    this.#values.set(key, value);
    this.#keys.set(value, key);
    return `${head}${KEYED}${key}`;
  }
}

function toAction(code: Code, value: string): Action | undefined {
  switch (code) {
    case 'm':
      return value ? { type: 'more_like_this', productId: value } : undefined;
    case 'u':
    case 'd':
      return value ? { type: 'feedback', productId: value, value: code === 'u' ? 'up' : 'down' } : undefined;
    case 'i':
      return value ? { type: 'details', productId: value } : undefined;
    case 'n':
      return { type: 'show_more' };
    case 'x':
      return { type: 'remove_constraint', chipId: value };
    case 's':
      return value ? { type: 'suggestion', text: value } : undefined;
    case 'h':
      return { type: 'share' };
    default:
      return undefined;
  }
}
