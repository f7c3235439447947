/**
 * Scripted dialogues over the real demo catalog: an index built once per test file with the
 * hashing embedder, an assistant wired like production (SQLite shop store in a temp dir, memory
 * conversations), and helpers to talk to it as a given user and role.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Engine, openEngine, runIndex } from '../../src/app.ts';
import type { Assistant } from '../../src/assistant/assistant.ts';
import { MemoryConversationStore } from '../../src/assistant/conversation-store.ts';
import { createAssistant } from '../../src/assistant/create.ts';
import { SqliteShopStore } from '../../src/assistant/shop-store.ts';
import type { Action, IncomingMessage, Reply, Role } from '../../src/assistant/types.ts';
import { type Config, DEFAULT_CATALOG, loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { DATABASE_FILE, openDatabase, type SqliteDatabase } from '../../src/storage/sqlite.ts';

/** A built demo index and its engine. */
export interface DemoEngine {
  readonly dir: string;
  readonly engine: Engine;
  cleanup(): Promise<void>;
}

/** Index the demo catalog with the hashing embedder into `dir`; the config that points at it. */
export async function buildDemoIndex(dir: string): Promise<Config> {
  const config = loadConfig({ ...process.env, AISLE_DATA_DIR: dir, AISLE_EMBEDDER: 'hashing' });
  await runIndex({
    config,
    logger: silentLogger(),
    catalog: DEFAULT_CATALOG,
    dataDir: dir,
    embedder: 'hashing',
  });
  return config;
}

/** Build the demo catalog's index in a temp dir and open it. */
export async function openDemoEngine(): Promise<DemoEngine> {
  const dir = mkdtempSync(join(tmpdir(), 'aisle-assistant-'));
  const config = await buildDemoIndex(dir);
  const engine = await openEngine({ config, logger: silentLogger(), dataDir: dir });
  return {
    dir,
    engine,
    cleanup: async () => {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An assistant over the engine with its shop database at `<dir>/aisle.db`. */
export interface TestAssistant {
  readonly assistant: Assistant;
  readonly db: SqliteDatabase;
  close(): void;
}

/** Wire an assistant as production does (a fresh memory conversation store each time). */
export function makeAssistant(opts: { engine: Engine; dir: string; clock?: () => Date }): TestAssistant {
  const db = openDatabase(join(opts.dir, DATABASE_FILE));
  const assistant = createAssistant({
    engine: opts.engine,
    stores: {
      conversations: new MemoryConversationStore({ max: 100, ttlMs: 3_600_000 }),
      shop: new SqliteShopStore(db),
    },
    logger: silentLogger(),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  return { assistant, db, close: () => db.close() };
}

/** Who is talking and where. */
export interface Speaker {
  readonly userId?: string;
  readonly roles?: readonly Role[];
  readonly channelId?: string;
  readonly direct?: boolean;
}

/** A message from a speaker (a shopper in a shared Slack channel by default). */
export function message(text: string, who: Speaker = {}, action?: Action): IncomingMessage {
  return {
    platform: 'slack',
    workspaceId: 'T1',
    channelId: who.channelId ?? 'C1',
    userId: who.userId ?? 'U1',
    roles: who.roles ?? ['shopper'],
    text,
    ...(who.direct !== undefined ? { direct: who.direct } : {}),
    ...(action ? { action } : {}),
  };
}

/** A chat with one assistant as one speaker. */
export function chatWith(assistant: Assistant, who: Speaker = {}) {
  return {
    say: (text: string): Promise<Reply> => assistant.handle(message(text, who)),
    press: (action: Action): Promise<Reply> => assistant.handle(message('', who, action)),
  };
}

/** Prices of a reply's cards in minor units. */
export const prices = (r: Reply): number[] => r.cards.map((c) => c.price.minor);
