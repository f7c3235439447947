import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryConversationStore } from '../../src/assistant/conversation-store.ts';
import { createAssistant } from '../../src/assistant/create.ts';
import { SqliteShopStore } from '../../src/assistant/shop-store.ts';
import type { Reply } from '../../src/assistant/types.ts';
import { memoryLogger } from '../fakes/memory-log.ts';
import {
  chatWith,
  type DemoEngine,
  makeAssistant,
  openDemoEngine,
  prices,
  type TestAssistant,
} from './harness.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
let demo: DemoEngine;
let t: TestAssistant;

beforeAll(async () => {
  demo = await openDemoEngine();
  t = makeAssistant({ engine: demo.engine, dir: demo.dir, clock: () => NOW });
});
afterAll(async () => {
  t.close();
  await demo.cleanup();
});

const staff = () => chatWith(t.assistant, { userId: 'staff-1', roles: ['shopper', 'staff'] });
const manager = () => chatWith(t.assistant, { userId: 'mgr-1', roles: ['shopper', 'manager'] });
const promoId = (r: Reply) => r.promos?.[0]?.id ?? '';

describe('support staff', () => {
  it('suggests products for a customer with SKU and stock count on the cards', async () => {
    const reply = await staff().say('something for a customer who wants a gaming mouse under 50');
    expect(reply.text.startsWith('For your customer: 5 gaming mice under $50')).toBe(true);
    expect(reply.cards.length).toBe(5);
    expect(prices(reply).every((p) => p <= 5000)).toBe(true);
    expect(reply.cards.every((c) => c.title.toLowerCase().includes('mouse'))).toBe(true);
    expect(reply.cards.every((c) => c.staff?.sku !== undefined && c.staff.stockCount !== undefined)).toBe(
      true,
    );
  });

  it('does the same for the structured staff_suggest action', async () => {
    const reply = await staff().press({
      type: 'staff_suggest',
      text: 'noise cancelling headphones under 100',
    });
    expect(reply.text.startsWith('For your customer:')).toBe(true);
    expect(reply.cards[0]?.staff?.sku).toBeDefined();
  });

  it('looks up products similar to a SKU or a product id', async () => {
    const laptop = demo.engine.index().get('lap-0001')?.product;
    const sku = laptop?.variants[0]?.sku ?? laptop?.sku ?? '';
    expect(sku).not.toBe('');
    const bySku = await staff().say(`similar to SKU ${sku.toLowerCase()}`);
    expect(bySku.text.startsWith(`5 like ${laptop?.title.split(', ')[0]}`)).toBe(true);
    expect(bySku.cards.map((c) => c.id)).not.toContain('lap-0001');
    expect(bySku.cards.every((c) => c.category.endsWith('Laptops') && c.staff?.sku)).toBe(true);
    const byId = await staff().say('similar to product spk-0009');
    expect(byId.cards.length).toBeGreaterThan(0);
    expect(byId.cards.every((c) => c.category.endsWith('Speakers'))).toBe(true);
    const missing = await staff().say('similar to SKU NOPE-0000');
    expect(missing.cards).toEqual([]);
    expect(missing.text).toContain('NOPE-0000');
  });

  it('never shows staff fields to shoppers, and refuses them staff lookups', async () => {
    const shopper = chatWith(t.assistant, { userId: 'shopper-x' });
    const reply = await shopper.say('gaming mouse under 50');
    expect(reply.cards.every((c) => c.staff === undefined)).toBe(true);
    const refused = await shopper.say('similar to product lap-0001');
    expect(refused.kind).toBe('refusal');
    expect(refused.cards).toEqual([]);
    const refused2 = await shopper.press({ type: 'staff_suggest', text: 'gaming mouse' });
    expect(refused2.kind).toBe('refusal');
  });
});

describe('community managers and promos', () => {
  it('creates, lists, announces and ends a promo; boosted products carry its label meanwhile', async () => {
    const m = manager();
    const before = await chatWith(t.assistant, { userId: 'shopper-p1' }).say('bluetooth speaker under 60');
    const created = await m.say(
      'promo create "Summer audio" query:"bluetooth speaker" boost:5 ends:2026-12-31 code:SUMMER10 text:"Summer audio sale: speakers for the beach."',
    );
    expect(created.kind).toBe('promo');
    const id = promoId(created);
    expect(id).toMatch(/^promo-/);
    expect(created.promos?.[0]).toMatchObject({
      label: 'Summer audio',
      status: 'live',
      boost: 5,
      discountCode: 'SUMMER10',
    });
    expect(created.cards.every((c) => c.promoLabel === 'Summer audio')).toBe(true);

    const shopper = chatWith(t.assistant, { userId: 'shopper-p2' });
    const during = await shopper.say('bluetooth speaker under 60');
    expect(during.cards[0]?.promoLabel).toBe('Summer audio');
    expect(prices(during).every((p) => p <= 6000)).toBe(true);
    const promoted = new Set(
      created.promos?.[0] ? during.cards.filter((c) => c.promoLabel).map((c) => c.id) : [],
    );
    const firstPlain = during.cards.findIndex((c) => !promoted.has(c.id));
    if (firstPlain >= 0) expect(during.cards.slice(firstPlain).every((c) => !promoted.has(c.id))).toBe(true);

    const listed = await m.say('promo list');
    expect(listed.promos?.map((p) => p.id)).toContain(id);
    expect(listed.text).toContain(id);

    const announced = await m.say(`promo announce ${id}`);
    expect(announced).toMatchObject({ kind: 'announcement', ephemeral: false, pingPromoRole: true });
    expect(announced.text).toBe('Summer audio sale: speakers for the beach. Use code SUMMER10 at checkout.');
    expect(announced.cards.length).toBeGreaterThan(0);
    expect(announced.cards.every((c) => c.promoLabel === 'Summer audio' && c.staff === undefined)).toBe(true);

    const ended = await m.say(`promo end ${id}`);
    expect(ended.promos?.[0]?.status).toBe('ended');
    const after = await chatWith(t.assistant, { userId: 'shopper-p3' }).say('bluetooth speaker under 60');
    expect(after.cards.some((c) => c.promoLabel)).toBe(false);
    expect(after.cards.map((c) => c.id)).toEqual(before.cards.map((c) => c.id));
  });

  it("never breaks a shopper's constraints: budget, brand exclusion, in stock", async () => {
    const m = manager();
    const created = await m.press({
      type: 'promo_create',
      promo: {
        label: 'JBL days',
        productIds: ['spk-0012', 'spk-0011', 'spk-0001'],
        boost: 5,
        endsAt: '2026-12-31',
      },
    });
    const id = promoId(created);
    expect(created.promos?.[0]?.productCount).toBe(3);
    const shopper = chatWith(t.assistant, { userId: 'shopper-p4' });
    const cheap = await shopper.say('bluetooth speaker under 60');
    expect(cheap.cards.map((c) => c.id)).not.toContain('spk-0012');
    expect(cheap.cards[0]).toMatchObject({ id: 'spk-0001', promoLabel: 'JBL days' });
    expect(cheap.cards.slice(1).some((c) => c.promoLabel)).toBe(false);
    const noJbl = await shopper.say('not JBL');
    expect(noJbl.cards.some((c) => c.brand === 'JBL' || c.promoLabel)).toBe(false);
    const stocked = await chatWith(t.assistant, { userId: 'shopper-p5' }).say('JBL speaker in stock');
    expect(stocked.cards.map((c) => c.id)).not.toContain('spk-0011');
    await m.press({ type: 'promo_end', promoId: id });
  });

  it('refuses promo commands and actions from shoppers, and nothing changes', async () => {
    const shopper = chatWith(t.assistant, { userId: 'shopper-p6' });
    const before = (await manager().say('promo list')).promos?.length ?? 0;
    const refused = await shopper.say('promo create "Mine" query:"speaker" boost:5');
    expect(refused.kind).toBe('refusal');
    expect(refused.text).toContain('community managers');
    expect(
      (await shopper.press({ type: 'promo_create', promo: { label: 'Mine', query: 'speaker' } })).kind,
    ).toBe('refusal');
    expect((await shopper.press({ type: 'promo_list' })).kind).toBe('refusal');
    expect(
      (await chatWith(t.assistant, { userId: 'staff-2', roles: ['staff'] }).say('promo list')).kind,
    ).toBe('refusal');
    expect((await shopper.say('stats')).kind).toBe('refusal');
    expect((await manager().say('promo list')).promos?.length ?? 0).toBe(before);
  });

  it('explains a bad promo command', async () => {
    const reply = await manager().say('promo create "X" boost:9');
    expect(reply.kind).toBe('promo');
    expect(reply.text).toContain('boost must be a whole number from 1 to 5');
    const unknown = await manager().press({
      type: 'promo_create',
      promo: { label: 'X', productIds: ['nope-1'] },
    });
    expect(unknown.text).toContain('nope-1');
  });

  it('keeps promos across a restart: a new assistant over the same database', async () => {
    const created = await manager().say('promo create "Laptop week" query:"laptop" boost:3 ends:2026-12-31');
    const id = promoId(created);
    const restarted = makeAssistant({ engine: demo.engine, dir: demo.dir, clock: () => NOW });
    try {
      const listed = await chatWith(restarted.assistant, { userId: 'mgr-1', roles: ['manager'] }).say(
        'promo list',
      );
      expect(listed.promos?.find((p) => p.id === id)?.status).toBe('live');
      const shopper = await chatWith(restarted.assistant, { userId: 'shopper-p7' }).say('laptop');
      expect(shopper.cards.some((c) => c.promoLabel === 'Laptop week')).toBe(true);
      await chatWith(restarted.assistant, { userId: 'mgr-1', roles: ['manager'] }).say(`promo end ${id}`);
    } finally {
      restarted.close();
    }
  });

  it('shows managers aggregate analytics and the promo grammar in help', async () => {
    await chatWith(t.assistant, { userId: 'shopper-s1' }).say('unicorn saddle under 5');
    const stats = await manager().say('stats');
    expect(stats.text).toContain('Top searches:');
    expect(stats.text).toContain('bluetooth speaker under 60');
    const help = await manager().say('help');
    expect(help.text).toContain('promo create "Label"');
    expect(help.text).toContain('similar to SKU');
  });
});

describe('logs', () => {
  function logged(logText: boolean) {
    const { logger, records: lines } = memoryLogger({ level: 'info' });
    const assistant = createAssistant({
      engine: demo.engine,
      stores: {
        conversations: new MemoryConversationStore({ max: 10, ttlMs: 60_000 }),
        shop: new SqliteShopStore(t.db),
      },
      logger,
      logText,
      clock: () => NOW,
    });
    return {
      lines,
      chat: (userId: string, roles: ('shopper' | 'manager')[] = ['shopper']) =>
        chatWith(assistant, { userId, roles }),
    };
  }

  it('carry ids, not message text, and record refused attempts', async () => {
    const { lines, chat } = logged(false);
    await chat('log-1').say('secret birthday present speaker');
    await chat('log-2').say('promo end promo-zzz');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('birthday');
    expect(text).not.toContain('promo-zzz');
    expect(lines[0]).toMatchObject({
      user: 'log-1',
      channel: 'C1',
      platform: 'slack',
      intent: 'search',
      kind: 'results',
    });
    expect(lines[1]).toMatchObject({ user: 'log-2', code: 'FORBIDDEN', intent: 'promo_command', level: 40 });
  });

  it('carry the text only when text logging is switched on', async () => {
    const { lines, chat } = logged(true);
    await chat('log-3').say('secret birthday present speaker');
    expect(lines[0]).toMatchObject({ text: 'secret birthday present speaker' });
  });
});
