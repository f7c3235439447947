/**
 * ConversationStore on SQLite: conversations survive restarts. Expired rows are dropped when read
 * and swept now and then; the oldest rows go when there are more than `max`.
 */
import { migrate, type SqliteDatabase, type SqliteStatement, statementCache } from '../storage/sqlite.ts';
import type { ConversationStore, ConversationStoreOptions } from './conversation-store.ts';
import { type ConversationKey, type ConversationState, conversationKeyOf, userKeyOf } from './state.ts';

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE conversations (
     key TEXT PRIMARY KEY,
     user_key TEXT NOT NULL,
     state TEXT NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX conversations_user ON conversations(user_key);
   CREATE INDEX conversations_updated ON conversations(updated_at);`,
];

/** Sweep expired rows once every this many writes. */
const SWEEP_EVERY = 100;

/** Persistent conversation state in the shared `aisle.db`. */
export class SqliteConversationStore implements ConversationStore {
  private readonly clock: () => Date;
  private writes = 0;
  readonly #sql: (sql: string) => SqliteStatement;

  constructor(
    db: SqliteDatabase,
    private readonly opts: ConversationStoreOptions,
  ) {
    this.clock = opts.clock ?? (() => new Date());
    migrate(db, { schema: 'conversations', migrations: MIGRATIONS });
    this.#sql = statementCache(db);
  }

  async get(key: ConversationKey): Promise<ConversationState | undefined> {
    const k = conversationKeyOf(key);
    const row = this.#sql('SELECT state, updated_at FROM conversations WHERE key = ?').get(k) as
      | { state: string; updated_at: number }
      | undefined;
    if (!row) return undefined;
    if (this.clock().getTime() - row.updated_at > this.opts.ttlMs) {
      this.#sql('DELETE FROM conversations WHERE key = ?').run(k);
      return undefined;
    }
    return JSON.parse(row.state) as ConversationState;
  }

  async set(key: ConversationKey, state: ConversationState): Promise<void> {
    this.#sql(
      `INSERT INTO conversations (key, user_key, state, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    ).run(conversationKeyOf(key), userKeyOf(key), JSON.stringify(state), this.clock().getTime());
    this.writes += 1;
    if (this.writes % SWEEP_EVERY === 0) this.sweep();
  }

  async delete(key: ConversationKey): Promise<void> {
    this.#sql('DELETE FROM conversations WHERE key = ?').run(conversationKeyOf(key));
  }

  async deleteUser(user: Pick<ConversationKey, 'platform' | 'workspaceId' | 'userId'>): Promise<number> {
    return this.#sql('DELETE FROM conversations WHERE user_key = ?').run(userKeyOf(user)).changes;
  }

  /** Drop expired rows, then the oldest beyond `max`. */
  sweep(): void {
    const cutoff = this.clock().getTime() - this.opts.ttlMs;
    this.#sql('DELETE FROM conversations WHERE updated_at < ?').run(cutoff);
    this.#sql(
      `DELETE FROM conversations WHERE key IN (
           SELECT key FROM conversations ORDER BY updated_at DESC LIMIT -1 OFFSET ?)`,
    ).run(this.opts.max);
  }

  /** The database is shared and closed by its owner. */
  async close(): Promise<void> {}
}
