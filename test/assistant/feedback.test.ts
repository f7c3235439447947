import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith, type DemoEngine, makeAssistant, openDemoEngine, type TestAssistant } from './harness.ts';

let demo: DemoEngine;
let t: TestAssistant;

beforeAll(async () => {
  demo = await openDemoEngine();
  t = makeAssistant({ engine: demo.engine, dir: demo.dir });
});
afterAll(async () => {
  t.close();
  await demo.cleanup();
});

const ids = (r: { cards: readonly { id: string }[] }) => r.cards.map((c) => c.id);

describe('feedback and personalisation', () => {
  it("a 👎 and a 👍 change that user's later ranking, without touching the budget or other users", async () => {
    const me = chatWith(t.assistant, { userId: 'taste-1' });
    const other = chatWith(t.assistant, { userId: 'taste-2' });
    const before = await me.say('bluetooth speaker under 60');
    const [first, , , fourth] = before.cards;
    expect(first && fourth).toBeTruthy();

    const down = await me.press({ type: 'feedback', productId: first?.id ?? '', value: 'down' });
    expect(down.kind).toBe('info');
    expect(down.text).toContain('fewer');
    await me.press({ type: 'feedback', productId: fourth?.id ?? '', value: 'up' });

    const after = await me.say('bluetooth speaker under 60');
    expect(after.cards.every((c) => c.price.minor <= 6000)).toBe(true);
    expect(after.cards[0]?.id).not.toBe(first?.id);
    const rank = (r: typeof after, id: string | undefined) => ids(r).indexOf(id ?? '');
    expect(rank(after, fourth?.id)).toBeGreaterThanOrEqual(0);
    expect(rank(after, fourth?.id)).toBeLessThan(rank(before, fourth?.id));

    const untouched = await other.say('bluetooth speaker under 60');
    expect(ids(untouched)).toEqual(ids(before));
  });

  it('"more like this" on a card is recorded and steers away from disliked items', async () => {
    const me = chatWith(t.assistant, { userId: 'taste-3' });
    const first = await me.say('noise cancelling headphones');
    const [a, b] = first.cards;
    await me.press({ type: 'feedback', productId: b?.id ?? '', value: 'down' });
    const like = await me.press({ type: 'more_like_this', productId: a?.id ?? '' });
    expect(like.kind).toBe('results');
    expect(ids(like)).not.toContain(a?.id);
    expect(ids(like)).not.toContain(b?.id);
    expect(like.cards.every((c) => c.category.endsWith('Headphones'))).toBe(true);
  });

  it('"forget me" deletes conversation, feedback and profile, and says so', async () => {
    const me = chatWith(t.assistant, { userId: 'taste-4' });
    const before = await me.say('bluetooth speaker under 60');
    await me.press({ type: 'feedback', productId: before.cards[0]?.id ?? '', value: 'down' });
    const changed = await me.say('bluetooth speaker under 60');
    expect(ids(changed)).not.toEqual(ids(before));

    const forgot = await me.say('forget me');
    expect(forgot.text).toContain('deleted your conversation history, your feedback and your preferences');
    const rows = t.db
      .prepare('SELECT COUNT(*) AS n FROM feedback WHERE user_key LIKE ?')
      .get('%taste-4%') as { n: number };
    expect(rows.n).toBe(0);
    expect((await me.say('compare 1 and 2')).kind).toBe('info');
    const fresh = await me.say('bluetooth speaker under 60');
    expect(ids(fresh)).toEqual(ids(before));
  });

  it('share posts the last results publicly, without staff fields', async () => {
    const staff = chatWith(t.assistant, { userId: 'staff-s', roles: ['staff'] });
    const mine = await staff.say('gaming mouse under 50');
    expect(mine.ephemeral).toBe(true);
    expect(mine.cards[0]?.staff).toBeDefined();
    const shared = await staff.say('share');
    expect(shared.ephemeral).toBe(false);
    expect(ids(shared)).toEqual(ids(mine));
    expect(shared.cards.every((c) => c.staff === undefined)).toBe(true);
  });

  it('replies to direct messages are not ephemeral', async () => {
    const dm = chatWith(t.assistant, { userId: 'dm-1', direct: true });
    expect((await dm.say('bluetooth speaker')).ephemeral).toBe(false);
  });
});

describe('never throws', () => {
  it('turns a failing search into a short apology', async () => {
    const broken = makeAssistant({
      engine: {
        ...demo.engine,
        retriever: {
          retrieve: () => Promise.reject(new Error('disk on fire')),
          queryVector: () => Promise.reject(new Error('disk on fire')),
        },
      } as unknown as typeof demo.engine,
      dir: demo.dir,
    });
    try {
      const reply = await chatWith(broken.assistant).say('bluetooth speaker');
      expect(reply.kind).toBe('error');
      expect(reply.text).toMatch(/^Sorry, something went wrong/);
      expect(reply.cards).toEqual([]);
    } finally {
      broken.close();
    }
  });
});
