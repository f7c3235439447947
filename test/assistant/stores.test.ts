import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryConversationStore } from '../../src/assistant/conversation-store.ts';
import { SqliteShopStore } from '../../src/assistant/shop-store.ts';
import { SqliteConversationStore } from '../../src/assistant/sqlite-conversation-store.ts';
import type { ConversationKey, ConversationState } from '../../src/assistant/state.ts';
import { emptyConstraints } from '../../src/query/types.ts';
import { openDatabase } from '../../src/storage/sqlite.ts';

const MINUTE = 60_000;

function fakeClock(start = Date.parse('2026-06-01T12:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

const key = (userId: string, channelId = 'C1', threadId?: string): ConversationKey => ({
  platform: 'slack',
  workspaceId: 'T1',
  channelId,
  userId,
  ...(threadId ? { threadId } : {}),
});

const state = (query: string): ConversationState => ({
  query,
  constraints: emptyConstraints(query),
  shown: ['a', 'b'],
  seen: ['a', 'b'],
  language: 'en',
  updatedAt: '2026-06-01T12:00:00.000Z',
});

describe('MemoryConversationStore', () => {
  it('keeps conversations apart by channel, thread and user', async () => {
    const store = new MemoryConversationStore({ max: 10, ttlMs: 60 * MINUTE });
    await store.set(key('U1'), state('one'));
    await store.set(key('U1', 'C1', 'T9'), state('thread'));
    await store.set(key('U2'), state('two'));
    expect((await store.get(key('U1')))?.query).toBe('one');
    expect((await store.get(key('U1', 'C1', 'T9')))?.query).toBe('thread');
    expect((await store.get(key('U2')))?.query).toBe('two');
    expect(await store.get(key('U1', 'C2'))).toBeUndefined();
  });

  it('forgets a conversation once its TTL has passed since the last change', async () => {
    const clock = fakeClock();
    const store = new MemoryConversationStore({ max: 10, ttlMs: 30 * MINUTE, clock: clock.now });
    await store.set(key('U1'), state('speakers'));
    clock.advance(29 * MINUTE);
    expect((await store.get(key('U1')))?.query).toBe('speakers');
    await store.set(key('U1'), state('cheaper speakers'));
    clock.advance(29 * MINUTE);
    expect((await store.get(key('U1')))?.query).toBe('cheaper speakers');
    clock.advance(2 * MINUTE);
    expect(await store.get(key('U1'))).toBeUndefined();
  });

  it('is bounded: the least recently used conversation goes first', async () => {
    const store = new MemoryConversationStore({ max: 2, ttlMs: 60 * MINUTE });
    await store.set(key('U1'), state('one'));
    await store.set(key('U2'), state('two'));
    await store.get(key('U1'));
    await store.set(key('U3'), state('three'));
    expect(await store.get(key('U2'))).toBeUndefined();
    expect((await store.get(key('U1')))?.query).toBe('one');
    expect(store.size).toBe(2);
  });

  it('deletes every conversation of one user', async () => {
    const store = new MemoryConversationStore({ max: 10, ttlMs: 60 * MINUTE });
    await store.set(key('U1'), state('a'));
    await store.set(key('U1', 'C2'), state('b'));
    await store.set(key('U2'), state('c'));
    expect(await store.deleteUser(key('U1'))).toBe(2);
    expect(await store.get(key('U1', 'C2'))).toBeUndefined();
    expect((await store.get(key('U2')))?.query).toBe('c');
  });
});

describe('SQLite stores', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aisle-stores-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips a conversation and keeps it across a restart', async () => {
    const file = join(dir, 'aisle.db');
    const clock = fakeClock();
    let db = openDatabase(file);
    const first = new SqliteConversationStore(db, { max: 100, ttlMs: 60 * MINUTE, clock: clock.now });
    await first.set(key('U1'), state('bluetooth speaker'));
    expect(await first.get(key('U1'))).toEqual(state('bluetooth speaker'));
    db.close();

    db = openDatabase(file);
    const second = new SqliteConversationStore(db, { max: 100, ttlMs: 60 * MINUTE, clock: clock.now });
    expect((await second.get(key('U1')))?.shown).toEqual(['a', 'b']);
    clock.advance(61 * MINUTE);
    expect(await second.get(key('U1'))).toBeUndefined();
    db.close();
  });

  it('sweeps expired rows and keeps at most `max`', async () => {
    const clock = fakeClock();
    const db = openDatabase(join(dir, 'aisle.db'));
    const store = new SqliteConversationStore(db, { max: 2, ttlMs: 60 * MINUTE, clock: clock.now });
    for (const u of ['U1', 'U2', 'U3']) {
      await store.set(key(u), state(u));
      clock.advance(MINUTE);
    }
    store.sweep();
    expect(await store.get(key('U1'))).toBeUndefined();
    expect((await store.get(key('U3')))?.query).toBe('U3');
    expect(await store.deleteUser(key('U3'))).toBe(1);
    db.close();
  });

  it('keeps promos, feedback, profiles and analytics, and forgets one user on request', () => {
    const file = join(dir, 'aisle.db');
    let db = openDatabase(file);
    let shop = new SqliteShopStore(db);
    shop.savePromo({
      id: 'promo-1',
      label: 'Summer',
      productIds: ['a'],
      boost: 3,
      startsAt: '2026-06-01T00:00:00.000Z',
      endsAt: '2026-07-01T00:00:00.000Z',
      createdBy: 'm',
      createdAt: '2026-06-01T00:00:00.000Z',
    });
    shop.recordFeedback({ userKey: 'u1', productId: 'a', signal: 'down', at: '2026-06-01T00:00:00.000Z' });
    shop.recordFeedback({ userKey: 'u1', productId: 'a', signal: 'up', at: '2026-06-01T00:01:00.000Z' });
    shop.recordFeedback({ userKey: 'u2', productId: 'b', signal: 'more', at: '2026-06-01T00:02:00.000Z' });
    shop.saveProfile('u1', { brands: { sony: 1 }, categories: {} }, '2026-06-01T00:01:00.000Z');
    shop.recordQuery({ text: 'Bluetooth  Speaker', zero: false, at: '2026-06-01T00:00:00.000Z' });
    shop.recordQuery({ text: 'bluetooth speaker', zero: false, at: '2026-06-01T00:00:00.000Z' });
    shop.recordQuery({ text: 'unicorn saddle', zero: true, at: '2026-06-01T00:00:00.000Z' });
    shop.recordProductEvent({ productId: 'a', event: 'click' });
    shop.recordProductEvent({ productId: 'a', event: 'up' });
    db.close();

    db = openDatabase(file);
    shop = new SqliteShopStore(db);
    expect(shop.promo('promo-1')?.label).toBe('Summer');
    expect(shop.endPromo('promo-1', '2026-06-02T00:00:00.000Z')?.endedAt).toBe('2026-06-02T00:00:00.000Z');
    expect(shop.feedbackOf('u1')).toEqual([{ productId: 'a', signal: 'up', at: '2026-06-01T00:01:00.000Z' }]);
    expect(shop.stats()).toEqual({
      topQueries: [
        { text: 'bluetooth speaker', count: 2 },
        { text: 'unicorn saddle', count: 1 },
      ],
      zeroResultQueries: [{ text: 'unicorn saddle', count: 1 }],
      products: [{ productId: 'a', clicks: 1, more: 0, up: 1, down: 0 }],
    });
    expect(shop.forgetUser('u1')).toBe(2);
    expect(shop.feedbackOf('u1')).toEqual([]);
    expect(shop.profile('u1')).toBeUndefined();
    expect(shop.feedbackOf('u2')).toHaveLength(1);
    db.close();
  });
});
