/**
 * What every conversation flow works with: the services the assistant was built with, the turn
 * being handled (message, language, roles, saved state), and what a flow hands back.
 */
import type { AisleErrorCode } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { CatalogIndex } from '../search/catalog-index.ts';
import type { ConversationStore } from './conversation-store.ts';
import type { Language } from './language.ts';
import type { EngineLike } from './search.ts';
import type { ShopStore } from './shop-store.ts';
import type { ConversationKey, ConversationState } from './state.ts';
import type { IncomingMessage, Reply } from './types.ts';

/** The stores an assistant keeps its memory in. */
export interface AssistantStores {
  readonly conversations: ConversationStore;
  readonly shop: ShopStore;
}

/** Services shared by every turn. */
export interface Services {
  readonly engine: EngineLike;
  readonly stores: AssistantStores;
  readonly logger: Logger;
  readonly clock: () => Date;
  /** Items per screen. */
  readonly pageSize: number;
}

/** One message being handled. */
export interface Turn {
  readonly message: IncomingMessage;
  /** The message text, trimmed and cut to a sane length. */
  readonly text: string;
  readonly language: Language;
  readonly key: ConversationKey;
  readonly userKey: string;
  readonly state: ConversationState | undefined;
  readonly now: Date;
  /** Support staff rights (managers have them too). */
  readonly staff: boolean;
  readonly manager: boolean;
  /** Replies go to the asker only (a shared channel, not a DM). */
  readonly ephemeral: boolean;
  /** The index serving this turn (one turn never sees two indexes). */
  readonly index: CatalogIndex;
  /** Items per screen for this turn. */
  readonly pageSize: number;
}

/** What a flow hands back. */
export interface Outcome {
  readonly reply: Reply;
  /** The state to store: a new state, `null` to delete it, or undefined to leave it as it is. */
  readonly state?: ConversationState | null;
  /** What was done, for logs. */
  readonly intent: string;
  /** Set when the flow refused or failed on purpose. */
  readonly code?: AisleErrorCode;
}
