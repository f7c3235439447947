/**
 * The ConversationStore port (state per platform + channel/thread + user) and its default
 * implementation: an in-memory LRU, bounded in size, whose entries expire a while after their
 * last change.
 */
import { LRUCache } from 'lru-cache';
import { type ConversationKey, type ConversationState, conversationKeyOf, userKeyOf } from './state.ts';

/** Where conversation state lives between messages. */
export interface ConversationStore {
  get(key: ConversationKey): Promise<ConversationState | undefined>;
  set(key: ConversationKey, state: ConversationState): Promise<void>;
  delete(key: ConversationKey): Promise<void>;
  /** Delete every conversation of one user (all channels and threads); returns how many. */
  deleteUser(user: Pick<ConversationKey, 'platform' | 'workspaceId' | 'userId'>): Promise<number>;
  close(): Promise<void>;
}

/** Options shared by the stores. */
export interface ConversationStoreOptions {
  /** Most conversations kept; the least recently used go first. */
  readonly max: number;
  /** A conversation expires this long after its last change. */
  readonly ttlMs: number;
  /** Time source (tests pass a fake clock). */
  readonly clock?: () => Date;
}

/** In-memory LRU with a TTL (lru-cache). State is lost on restart. */
export class MemoryConversationStore implements ConversationStore {
  private readonly cache: LRUCache<string, ConversationState>;

  constructor(opts: ConversationStoreOptions) {
    const clock = opts.clock ?? (() => new Date());
    this.cache = new LRUCache<string, ConversationState>({
      max: opts.max,
      ttl: opts.ttlMs,
      ttlResolution: 0,
      perf: { now: () => clock().getTime() },
    });
  }

  async get(key: ConversationKey): Promise<ConversationState | undefined> {
    return this.cache.get(conversationKeyOf(key));
  }

  async set(key: ConversationKey, state: ConversationState): Promise<void> {
    this.cache.set(conversationKeyOf(key), state);
  }

  async delete(key: ConversationKey): Promise<void> {
    this.cache.delete(conversationKeyOf(key));
  }

  async deleteUser(user: Pick<ConversationKey, 'platform' | 'workspaceId' | 'userId'>): Promise<number> {
    const prefix = `${userKeyOf(user)}|`;
    let n = 0;
    for (const k of [...this.cache.keys()]) {
      if (k.startsWith(prefix) && this.cache.delete(k)) n += 1;
    }
    return n;
  }

  /** How many conversations are held (expired ones may still count until touched). */
  get size(): number {
    return this.cache.size;
  }

  async close(): Promise<void> {
    this.cache.clear();
  }
}
