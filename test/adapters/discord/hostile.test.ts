import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncomingMessage, Reply } from '../../../src/assistant/types.ts';
import { HOSTILE_STRINGS } from '../../fakes/hostile.ts';
import { card } from './fake-core.ts';
import { bodyOf, buttonId, type Harness, startHarness, USERS } from './harness.ts';
import { checkPayload, messageBody } from './payload-check.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ publicUrl: 'https://shop.example/' });
});
afterAll(async () => {
  await h?.stop();
});

const pick = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length] ?? '';

/** A reply whose every catalog and echoed field is hostile; shapes vary with `i`. */
function hostileReply(i: number, message: IncomingMessage): Reply {
  const s = pick(i);
  const cards = Array.from({ length: i % 11 }, (_, k) =>
    card(k + 1, {
      id: `${pick(i + k)}#${k}`,
      title: pick(i + k + 1),
      brand: pick(i + k + 2),
      category: pick(i + k + 3),
      priceText: pick(i + k + 4),
      stockText: pick(i + k + 5),
      why: pick(i + k + 6),
      url: pick(i + k + 7),
      imageUrl: pick(i + k + 8),
      ...(k % 2 === 0 ? { promoLabel: pick(i + k + 9) } : {}),
      staff: { sku: pick(i + k + 10), stockCount: k },
    }),
  );
  return {
    kind: i % 3 === 0 ? 'comparison' : 'results',
    text: `${s} — you said: ${message.text}`,
    cards,
    chips: Array.from({ length: i % 7 }, (_, k) => ({ id: pick(i + 20 + k), label: pick(i + 30 + k) })),
    suggestions: Array.from({ length: i % 6 }, (_, k) => pick(i + 40 + k)),
    ...(i % 3 === 0
      ? {
          comparison: {
            columns: cards.map((c) => ({ productId: c.id, title: c.title })),
            rows: [0, 1, 2, 3].map((r) => ({
              label: pick(i + 50 + r),
              values: cards.map((_, k) => pick(i + 60 + k + r)),
            })),
          },
        }
      : {}),
    ephemeral: false,
    language: 'en',
    pingPromoRole: i % 10 === 0,
  };
}

describe('Discord adapter with hostile input', () => {
  it('keeps 200 hostile messages and catalogs within limits, mentioning nobody', async () => {
    h.core.respond = (m) => hostileReply(Number(/^\[(\d+)\]/.exec(m.text)?.[1] ?? 0), m);
    const posted = new Map<string, number>();
    for (let i = 0; i < HOSTILE_STRINGS.length; i++) {
      const content = `<@${h.fake.ids.bot}> [${i}] ${pick(i)}`.slice(0, 4000);
      posted.set(h.fake.postMessage({ userId: USERS.shopper, content, mentionBot: true }), i);
    }
    const replied = new Set<number>();
    for (let n = 0; n < HOSTILE_STRINGS.length; n++) {
      const call = await h.fake.nextCall('POST', `/channels/${h.fake.ids.channel}/messages`);
      const i = posted.get(String((bodyOf(call).message_reference as { message_id: string }).message_id));
      const body = messageBody(call.body);
      expect(i, 'a reply to one of our messages').toBeDefined();
      expect(body, `message ${i}`).toBeDefined();
      if (body) expect(checkPayload(body, { allowRole: h.fake.ids.roles.promo }), `message ${i}`).toEqual([]);
      replied.add(i ?? -1);
    }
    expect(replied.size).toBe(HOSTILE_STRINGS.length);
    expect(h.logs.filter((l) => l.code === 'ADAPTER_FAILED')).toEqual([]);
  });

  it('pings only the promo role and only when the reply asks for it, never anyone named in the text', () => {
    const pinged = h.fake.calls.all
      .map((c) => messageBody(c.body))
      .filter((b) => (b?.allowed_mentions?.roles ?? []).length > 0);
    expect(pinged.length).toBe(20);
    for (const b of pinged) expect(b?.allowed_mentions?.roles).toEqual([h.fake.ids.roles.promo]);
  });

  it('hostile /shop requests and button values round-trip through the buttons', async () => {
    for (let i = 1; i < 200; i += 9) {
      // Every reply gets at least one card, so there is a button to press.
      const n = i % 11 === 0 ? i + 1 : i;
      h.core.respond = (m) => hostileReply(n, m);
      const token = h.fake.runCommand(h.inChannel(USERS.shopper), 'shop', [
        { type: 3, name: 'request', value: pick(i).slice(0, 500) },
      ]);
      const edit = await h.fake.nextCall('PATCH', `/webhooks/${h.fake.ids.app}/${token}/messages/@original`);
      const body = messageBody(edit.body);
      if (body) expect(checkPayload(body, { allowRole: h.fake.ids.roles.promo }), `shop ${i}`).toEqual([]);
      expect((bodyOf(edit).embeds as unknown[]).length).toBeGreaterThan(0);
      const expected = `${pick(n)}#0`;
      h.fake.pressButton(
        h.inChannel(USERS.shopper),
        edit.response as Record<string, unknown>,
        buttonId(edit.body, 'More like this (#1)'),
      );
      const seen = await h.core.next((m) => m.action?.type === 'more_like_this');
      expect(seen.action).toEqual({ type: 'more_like_this', productId: expected });
    }
  });

  it('every payload sent in this file passes the limits check', () => {
    const bodies = h.fake.calls.all.map((c) => messageBody(c.body)).filter((b) => b !== undefined);
    expect(bodies.length).toBeGreaterThan(240);
    for (const body of bodies) expect(checkPayload(body, { allowRole: h.fake.ids.roles.promo })).toEqual([]);
  });
});
