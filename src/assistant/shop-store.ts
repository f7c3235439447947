/**
 * The shop's own records in SQLite (`aisle.db`): promos, per-user feedback and taste profiles,
 * and aggregate analytics (queries, zero-result queries, clicks and feedback per product).
 * Analytics never hold user ids. better-sqlite3 is synchronous, so the port is too.
 */
import { migrate, type SqliteDatabase, type SqliteStatement, statementCache } from '../storage/sqlite.ts';
import { normalizeText } from '../text/tokenize.ts';
import type { FeedbackSignal, Profile } from './personalise.ts';
import type { Promo } from './promos.ts';

/** What happened to a product, for analytics. */
export type ProductEvent = 'click' | 'more' | 'up' | 'down';

/** One user's feedback on one product. */
export interface FeedbackRow {
  readonly productId: string;
  readonly signal: FeedbackSignal;
  readonly at: string;
}

/** Aggregate analytics for managers. */
export interface ShopStats {
  readonly topQueries: readonly { readonly text: string; readonly count: number }[];
  readonly zeroResultQueries: readonly { readonly text: string; readonly count: number }[];
  readonly products: readonly {
    readonly productId: string;
    readonly clicks: number;
    readonly more: number;
    readonly up: number;
    readonly down: number;
  }[];
}

/** The port the assistant uses. */
export interface ShopStore {
  savePromo(p: Promo): void;
  promo(id: string): Promo | undefined;
  /** Every promo, newest first (at most `limit`). */
  promos(limit?: number): Promo[];
  /** Mark a promo ended at `at`; the updated promo, or undefined when there is none. */
  endPromo(id: string, at: string): Promo | undefined;
  /** Record a signal; an up replaces a down on the same product and the other way round. */
  recordFeedback(e: { userKey: string; productId: string; signal: FeedbackSignal; at: string }): void;
  feedbackOf(userKey: string): FeedbackRow[];
  profile(userKey: string): Profile | undefined;
  saveProfile(userKey: string, profile: Profile, at: string): void;
  recordQuery(e: { text: string; zero: boolean; at: string }): void;
  recordProductEvent(e: { productId: string; event: ProductEvent }): void;
  stats(limit?: number): ShopStats;
  /** Delete one user's feedback and profile; how many rows went. */
  forgetUser(userKey: string): number;
}

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE promos (
     id TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE feedback (
     user_key TEXT NOT NULL,
     product_id TEXT NOT NULL,
     signal TEXT NOT NULL CHECK (signal IN ('up', 'down', 'more')),
     at TEXT NOT NULL,
     PRIMARY KEY (user_key, product_id, signal)
   );
   CREATE TABLE profiles (
     user_key TEXT PRIMARY KEY,
     data TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE query_stats (
     text TEXT PRIMARY KEY,
     count INTEGER NOT NULL,
     zero_count INTEGER NOT NULL,
     last_at TEXT NOT NULL
   );
   CREATE TABLE product_stats (
     product_id TEXT NOT NULL,
     event TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (product_id, event)
   );`,
];

const MAX_QUERY_TEXT = 120;

/** The normalised form a query is counted under. */
export function analyticsText(text: string): string {
  return normalizeText(text).slice(0, MAX_QUERY_TEXT);
}

/** ShopStore on SQLite. The database is owned (and closed) by the caller. */
export class SqliteShopStore implements ShopStore {
  readonly #sql: (sql: string) => SqliteStatement;

  constructor(private readonly db: SqliteDatabase) {
    migrate(db, { schema: 'shop', migrations: MIGRATIONS });
    this.#sql = statementCache(db);
  }

  savePromo(p: Promo): void {
    this.#sql(
      'INSERT INTO promos (id, data, created_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data',
    ).run(p.id, JSON.stringify(p), p.createdAt);
  }

  promo(id: string): Promo | undefined {
    const row = this.#sql('SELECT data FROM promos WHERE id = ?').get(id) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as Promo) : undefined;
  }

  promos(limit = 100): Promo[] {
    const rows = this.#sql('SELECT data FROM promos ORDER BY created_at DESC, id LIMIT ?').all(limit) as {
      data: string;
    }[];
    return rows.map((r) => JSON.parse(r.data) as Promo);
  }

  endPromo(id: string, at: string): Promo | undefined {
    const p = this.promo(id);
    if (!p) return undefined;
    const ended: Promo = p.endedAt ? p : { ...p, endedAt: at };
    this.savePromo(ended);
    return ended;
  }

  recordFeedback(e: { userKey: string; productId: string; signal: FeedbackSignal; at: string }): void {
    const opposite = e.signal === 'up' ? 'down' : e.signal === 'down' ? 'up' : undefined;
    this.db.transaction(() => {
      if (opposite) {
        this.#sql('DELETE FROM feedback WHERE user_key = ? AND product_id = ? AND signal = ?').run(
          e.userKey,
          e.productId,
          opposite,
        );
      }
      this.#sql(
        `INSERT INTO feedback (user_key, product_id, signal, at) VALUES (?, ?, ?, ?)
           ON CONFLICT(user_key, product_id, signal) DO UPDATE SET at = excluded.at`,
      ).run(e.userKey, e.productId, e.signal, e.at);
    })();
  }

  feedbackOf(userKey: string): FeedbackRow[] {
    const rows = this.#sql(
      'SELECT product_id, signal, at FROM feedback WHERE user_key = ? ORDER BY at, product_id',
    ).all(userKey) as { product_id: string; signal: FeedbackSignal; at: string }[];
    return rows.map((r) => ({ productId: r.product_id, signal: r.signal, at: r.at }));
  }

  profile(userKey: string): Profile | undefined {
    const row = this.#sql('SELECT data FROM profiles WHERE user_key = ?').get(userKey) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as Profile) : undefined;
  }

  saveProfile(userKey: string, profile: Profile, at: string): void {
    this.#sql(
      `INSERT INTO profiles (user_key, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(user_key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
    ).run(userKey, JSON.stringify(profile), at);
  }

  recordQuery(e: { text: string; zero: boolean; at: string }): void {
    const text = analyticsText(e.text);
    if (!text) return;
    this.#sql(
      `INSERT INTO query_stats (text, count, zero_count, last_at) VALUES (?, 1, ?, ?)
         ON CONFLICT(text) DO UPDATE SET count = count + 1, zero_count = zero_count + excluded.zero_count,
           last_at = excluded.last_at`,
    ).run(text, e.zero ? 1 : 0, e.at);
  }

  recordProductEvent(e: { productId: string; event: ProductEvent }): void {
    this.#sql(
      `INSERT INTO product_stats (product_id, event, count) VALUES (?, ?, 1)
         ON CONFLICT(product_id, event) DO UPDATE SET count = count + 1`,
    ).run(e.productId, e.event);
  }

  stats(limit = 10): ShopStats {
    const topQueries = this.#sql(
      'SELECT text, count FROM query_stats ORDER BY count DESC, last_at DESC LIMIT ?',
    ).all(limit) as { text: string; count: number }[];
    const zeroResultQueries = this.#sql(
      'SELECT text, zero_count AS count FROM query_stats WHERE zero_count > 0 ORDER BY zero_count DESC, last_at DESC LIMIT ?',
    ).all(limit) as { text: string; count: number }[];
    const products = this.#sql(
      `SELECT product_id AS productId,
           SUM(CASE WHEN event = 'click' THEN count ELSE 0 END) AS clicks,
           SUM(CASE WHEN event = 'more' THEN count ELSE 0 END) AS more,
           SUM(CASE WHEN event = 'up' THEN count ELSE 0 END) AS up,
           SUM(CASE WHEN event = 'down' THEN count ELSE 0 END) AS down
         FROM product_stats GROUP BY product_id ORDER BY SUM(count) DESC, product_id LIMIT ?`,
    ).all(limit) as ShopStats['products'][number][];
    return { topQueries, zeroResultQueries, products };
  }

  forgetUser(userKey: string): number {
    return this.db.transaction(() => {
      const a = this.#sql('DELETE FROM feedback WHERE user_key = ?').run(userKey).changes;
      const b = this.#sql('DELETE FROM profiles WHERE user_key = ?').run(userKey).changes;
      return a + b;
    })();
  }
}
