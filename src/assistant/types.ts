import type { Money } from '../catalog/money.ts';
import type { Availability } from '../catalog/product.ts';
import type { Constraints } from '../query/types.ts';

/** Where a message came from. */
export type Platform = 'slack' | 'discord' | 'web' | 'terminal';

/** What a user may do: everyone is a shopper; staff and managers are granted by configuration. */
export type Role = 'shopper' | 'staff' | 'manager';

/** A button press or other structured input, instead of (or alongside) text. */
export type Action =
  | { readonly type: 'more_like_this'; readonly productId: string }
  | { readonly type: 'feedback'; readonly productId: string; readonly value: 'up' | 'down' }
  | { readonly type: 'details'; readonly productId: string }
  | { readonly type: 'show_more' }
  | { readonly type: 'remove_constraint'; readonly chipId: string }
  | { readonly type: 'suggestion'; readonly text: string }
  | { readonly type: 'share' }
  /** Support staff: suggestions for a customer (shows staff-only card fields). */
  | { readonly type: 'staff_suggest'; readonly text: string }
  | { readonly type: 'promo_create'; readonly promo: PromoDraft }
  | { readonly type: 'promo_list' }
  | { readonly type: 'promo_end'; readonly promoId: string }
  | { readonly type: 'promo_announce'; readonly promoId: string };

/** What a community manager fills in to create a promo (from a slash command's options or text). */
export interface PromoDraft {
  /** Shown on boosted cards, e.g. "Summer audio sale". */
  readonly label: string;
  /** Products to boost, by id. Either this or `query` (or both). */
  readonly productIds?: readonly string[];
  /** Boost the products this request finds, e.g. "bluetooth speaker". */
  readonly query?: string;
  /** Boost strength from 1 (nudge) to 5 (top of any matching list); default 2. */
  readonly boost?: number;
  /** ISO 8601 start; default now. */
  readonly startsAt?: string;
  /** ISO 8601 end; default in 7 days. */
  readonly endsAt?: string;
  readonly discountCode?: string;
  /** Text for the channel announcement. */
  readonly announcement?: string;
}

/** One platform event, translated by an adapter into platform-neutral terms. */
export interface IncomingMessage {
  readonly platform: Platform;
  /** Slack team id, Discord guild id; undefined for DMs where the platform has none. */
  readonly workspaceId?: string;
  readonly channelId: string;
  /** Thread (Slack thread_ts) the conversation lives in, when any. */
  readonly threadId?: string;
  readonly userId: string;
  /** Roles granted by configuration (adapters map them; the core enforces them). */
  readonly roles: readonly Role[];
  readonly text: string;
  readonly action?: Action;
  /** A private one-to-one conversation (DM, terminal, web session). */
  readonly direct?: boolean;
  /**
   * The user asked in the open (a mention in a channel): answer where they asked. Without it, a
   * message in a shared channel (a slash command) is answered privately where the platform can.
   */
  readonly inPublic?: boolean;
  /** BCP 47 locale of the user's client, when the platform says. */
  readonly locale?: string;
  /** Most product cards the reply may carry (default 5; at most 20). */
  readonly limit?: number;
}

/** A product recommendation as shown on a card. All text is plain (adapters escape it). */
export interface ProductCard {
  /** 1-based position on the screen ("the second one" = 2). */
  readonly position: number;
  readonly id: string;
  readonly title: string;
  readonly brand: string;
  /** Category path as one label. */
  readonly category: string;
  readonly price: Money;
  /** Display form of the price, e.g. "$49.99". */
  readonly priceText: string;
  /** The higher price it used to sell at, when there is one (shown struck through). */
  readonly listPrice?: Money;
  /** Display form of `listPrice`, in the same style as `priceText`. */
  readonly listPriceText?: string;
  readonly availability: Availability;
  /** Display form of the stock state, e.g. "In stock". */
  readonly stockText: string;
  readonly url?: string;
  readonly imageUrl?: string;
  /** One line on why this pick, drawn from the data. */
  readonly why: string;
  /** Retrieval score (higher is better), for debugging and `--json`. */
  readonly score: number;
  /** Label of a live promo, e.g. "Promoted". */
  readonly promoLabel?: string;
  /** Fields shown to support staff only. */
  readonly staff?: { readonly sku?: string; readonly stockCount?: number };
}

/** An active constraint shown as a removable chip. */
export interface Chip {
  /** Opaque id passed back in a remove_constraint action. */
  readonly id: string;
  readonly label: string;
}

/** A side-by-side table: one column per product, one row per attribute. */
export interface Comparison {
  readonly columns: readonly { readonly productId: string; readonly title: string }[];
  readonly rows: readonly { readonly label: string; readonly values: readonly string[] }[];
}

/** What kind of reply this is, so adapters can choose a layout. */
export type ReplyKind =
  | 'results'
  | 'details'
  | 'comparison'
  | 'help'
  | 'smalltalk'
  | 'refusal'
  | 'error'
  | 'promo'
  | 'announcement'
  | 'info';

/** A platform-neutral reply. Data, not markup: adapters render and escape it. */
export interface Reply {
  readonly kind: ReplyKind;
  /** Short conversational lead text. */
  readonly text: string;
  readonly cards: readonly ProductCard[];
  readonly chips: readonly Chip[];
  /** Follow-ups the user can send with one click. */
  readonly suggestions: readonly string[];
  readonly comparison?: Comparison;
  /** Show only to the asker where the platform allows. */
  readonly ephemeral: boolean;
  /** The constraints the results satisfy, when this reply carries results. */
  readonly constraints?: Constraints;
  /** Language of the lead text (BCP 47 primary tag). */
  readonly language: string;
  /** For announcements: ping the configured promo role (the only ping aisle ever sends). */
  readonly pingPromoRole?: boolean;
  /** For promo replies (create, list, end, announce): the promos concerned. */
  readonly promos?: readonly PromoSummary[];
}

/** A promo as promo replies describe it. Times are ISO 8601. */
export interface PromoSummary {
  readonly id: string;
  readonly label: string;
  readonly status: 'scheduled' | 'live' | 'ended';
  /** 1 (nudge) … 5 (top of any matching list). */
  readonly boost: number;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly productCount: number;
  readonly discountCode?: string;
}

/** The core's one function: a message in, a reply out. Adapters depend on this port only. */
export interface AssistantPort {
  handle(message: IncomingMessage): Promise<Reply>;
}
