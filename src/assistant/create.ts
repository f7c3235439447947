/**
 * Building an assistant: `createAssistant` from ready stores (tests wire fakes this way), and
 * `openAssistant` from configuration: the conversation store configured (memory or SQLite) and
 * the shop store (promos, feedback, profiles, analytics) always in `<dataDir>/aisle.db`.
 */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { DATABASE_FILE, openDatabase } from '../storage/sqlite.ts';
import { Assistant, type AssistantOptions } from './assistant.ts';
import type { AssistantStores } from './context.ts';
import { type ConversationStore, MemoryConversationStore } from './conversation-store.ts';
import type { EngineLike } from './search.ts';
import { SqliteShopStore } from './shop-store.ts';
import { SqliteConversationStore } from './sqlite-conversation-store.ts';

export { Assistant } from './assistant.ts';
export type { AssistantStores } from './context.ts';

/** An assistant over an engine and stores. */
export function createAssistant(opts: AssistantOptions): Assistant {
  return new Assistant(opts);
}

/** An assistant with its stores built from configuration, and a `close` that releases them. */
export async function openAssistant(opts: {
  engine: EngineLike & { readonly dataDir?: string };
  config: Config;
  logger: Logger;
  clock?: () => Date;
}): Promise<{ assistant: Assistant; stores: AssistantStores; close(): Promise<void> }> {
  const { config } = opts;
  const dataDir = opts.engine.dataDir ?? config.dataDir;
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    const storeOptions = {
      max: config.conversations.max,
      ttlMs: config.conversations.ttlMs,
      ...(opts.clock ? { clock: opts.clock } : {}),
    };
    const conversations: ConversationStore =
      config.conversations.store === 'sqlite'
        ? new SqliteConversationStore(db, storeOptions)
        : new MemoryConversationStore(storeOptions);
    const stores: AssistantStores = { conversations, shop: new SqliteShopStore(db) };
    const assistant = createAssistant({
      engine: opts.engine,
      stores,
      logger: opts.logger,
      logText: config.log.text,
      ...(opts.clock ? { clock: opts.clock } : {}),
    });
    return {
      assistant,
      stores,
      close: async () => {
        await conversations.close();
        db.close();
      },
    };
  } catch (err) {
    db.close();
    throw err;
  }
}
