import type { Constraints } from '../query/types.ts';
import type { Comparative } from './comparatives.ts';
import type { Language } from './language.ts';
import type { IncomingMessage } from './types.ts';

/** What one conversation remembers between messages. */
export interface ConversationState {
  /** The request text of the last search, as the shopper wrote it. */
  readonly query: string;
  /** The constraints the last results satisfy (after any relaxation). */
  readonly constraints: Constraints;
  /** Ids of the items last shown, in screen order ("the second one" = shown[1]). */
  readonly shown: readonly string[];
  /** Every id shown for this search so far; "show more" leaves these out. */
  readonly seen: readonly string[];
  /** The product a "more like this" search was anchored on, if the last search was one. */
  readonly aroundId?: string;
  /** Comparatives against that product ("lighter"), kept for follow-ups. */
  readonly comparatives?: readonly Comparative[];
  /** The last search was support staff's, on a customer's behalf. */
  readonly customer?: boolean;
  readonly language: Language;
  /** ISO time of the last change. */
  readonly updatedAt: string;
}

/** Who a conversation belongs to and where it happens. */
export interface ConversationKey {
  readonly platform: string;
  readonly workspaceId?: string;
  readonly channelId: string;
  readonly threadId?: string;
  readonly userId: string;
}

const part = (s: string | undefined) => encodeURIComponent(s ?? '');

/** The store key of the user across channels: platform + workspace + user. */
export function userKeyOf(m: Pick<ConversationKey, 'platform' | 'workspaceId' | 'userId'>): string {
  return [part(m.platform), part(m.workspaceId), part(m.userId)].join('|');
}

/** The store key of one conversation: the user's key, then channel and thread. */
export function conversationKeyOf(m: ConversationKey): string {
  return [userKeyOf(m), part(m.channelId), part(m.threadId)].join('|');
}

/** The key fields of a message. */
export function keyOfMessage(m: IncomingMessage): ConversationKey {
  return {
    platform: m.platform,
    channelId: m.channelId,
    userId: m.userId,
    ...(m.workspaceId !== undefined ? { workspaceId: m.workspaceId } : {}),
    ...(m.threadId !== undefined ? { threadId: m.threadId } : {}),
  };
}
