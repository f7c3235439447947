import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY, EXPIRED } from '../../../adapters/discord/context.ts';
import { escapeMarkdown } from '../../../adapters/discord/escape.ts';
import type { RecordedCall } from '../../fakes/discord-api.ts';
import { bodyOf, buttonId, type Harness, startHarness, USERS } from './harness.ts';
import { checkPayload, messageBody } from './payload-check.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const callback = (token: string) =>
  h.fake.nextCall('POST', new RegExp(`^/interactions/\\d+/${token}/callback$`));
const original = (token: string) =>
  h.fake.nextCall('PATCH', `/webhooks/${h.fake.ids.app}/${token}/messages/@original`);
const followUp = (token: string) => h.fake.nextCall('POST', `/webhooks/${h.fake.ids.app}/${token}`);
const str = (name: string, value: string) => ({ type: 3, name, value });

/** Run /shop as the shopper and return the edited (ephemeral) result message. */
async function shop(request: string): Promise<RecordedCall> {
  const token = h.fake.runCommand(h.inChannel(USERS.shopper), 'shop', [str('request', request)]);
  await callback(token);
  return original(token);
}

/** The shopper presses the button labelled `label` on their /shop results; returns its token. */
function pressOn(results: RecordedCall, label: string): string {
  return h.fake.pressButton(
    h.inChannel(USERS.shopper),
    results.response as Record<string, unknown>,
    buttonId(results.body, label),
  );
}

describe('Discord slash commands', () => {
  it('/shop defers an ephemeral reply within the deadline, then edits in the results with a Share button', async () => {
    const token = h.fake.runCommand({ ...h.inChannel(USERS.shopper), locale: 'de' }, 'shop', [
      str('request', 'noise cancelling headphones'),
    ]);
    expect(bodyOf(await callback(token))).toEqual({ type: 5, data: { flags: 64 } });
    const seen = await h.core.next((m) => m.text === 'noise cancelling headphones');
    expect(seen).toMatchObject({
      platform: 'discord',
      workspaceId: h.fake.ids.guild,
      locale: 'de',
      roles: ['shopper'],
    });
    expect(seen.action).toBeUndefined();

    const edit = await original(token);
    const body = bodyOf(edit);
    expect((body.embeds as unknown[]).length).toBe(3);
    expect(buttonId(body, 'Share in channel')).toBeTruthy();
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect((edit.response as { flags: number }).flags & 64).toBe(64);
  });

  it('/shop in a thread keeps the thread, and in a DM answers without ephemeral flags or Share', async () => {
    const inThread = {
      ...h.inChannel(USERS.shopper),
      channelId: h.fake.ids.thread,
      parentId: h.fake.ids.channel,
    };
    const threadToken = h.fake.runCommand(inThread, 'shop', [str('request', 'in a thread')]);
    const seen = await h.core.next((m) => m.text === 'in a thread');
    expect(seen).toMatchObject({ channelId: h.fake.ids.channel, threadId: h.fake.ids.thread });
    await original(threadToken);

    const dm = { userId: USERS.shopper, channelId: h.fake.dmChannel(USERS.shopper) };
    const token = h.fake.runCommand(dm, 'shop', [str('request', 'in a DM')]);
    expect(bodyOf(await callback(token))).toEqual({ type: 5, data: { flags: 0 } });
    const direct = await h.core.next((m) => m.text === 'in a DM');
    expect(direct).toMatchObject({ direct: true, channelId: h.fake.dmChannel(USERS.shopper) });
    expect(direct.workspaceId).toBeUndefined();
    const body = bodyOf(await original(token));
    expect(() => buttonId(body, 'Share in channel')).toThrow();
  });

  it('/suggest passes a staff_suggest action with the member roles', async () => {
    const token = h.fake.runCommand(h.inChannel(USERS.staffer, [h.fake.ids.roles.staff]), 'suggest', [
      str('request', 'trail shoes size 44'),
    ]);
    const seen = await h.core.next((m) => m.action?.type === 'staff_suggest');
    expect(seen.action).toEqual({ type: 'staff_suggest', text: 'trail shoes size 44' });
    expect(seen.roles).toEqual(['shopper', 'staff']);
    await original(token);
  });

  it('/promo create by a manager reaches the core as a PromoDraft', async () => {
    const token = h.fake.runCommand(h.inChannel(USERS.managerByRole, [h.fake.ids.roles.manager]), 'promo', [
      {
        type: 1,
        name: 'create',
        options: [
          str('label', 'Summer audio sale'),
          str('query', 'bluetooth speaker'),
          str('products', 'sku-1, sku-2 sku-1'),
          { type: 4, name: 'boost', value: 4 },
          str('ends', '7d'),
          str('code', 'SUMMER20'),
          str('announcement', 'Big savings on speakers'),
        ],
      },
    ]);
    const seen = await h.core.next((m) => m.action?.type === 'promo_create');
    expect(seen.roles).toContain('manager');
    if (seen.action?.type !== 'promo_create') throw new Error('unreachable');
    const { endsAt, ...rest } = seen.action.promo;
    expect(rest).toEqual({
      label: 'Summer audio sale',
      query: 'bluetooth speaker',
      productIds: ['sku-1', 'sku-2'],
      boost: 4,
      discountCode: 'SUMMER20',
      announcement: 'Big savings on speakers',
    });
    const days = (Date.parse(endsAt ?? '') - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    expect(String(bodyOf(await original(token)).content)).toContain('Created promo');
  });

  it('/promo create by a shopper is refused (privately)', async () => {
    const token = h.fake.runCommand(h.inChannel(USERS.shopper), 'promo', [
      { type: 1, name: 'create', options: [str('label', 'Free stuff'), str('query', 'anything')] },
    ]);
    expect(bodyOf(await callback(token))).toEqual({ type: 5, data: { flags: 64 } });
    const seen = await h.core.next((m) => m.action?.type === 'promo_create' && m.userId === USERS.shopper);
    expect(seen.roles).toEqual(['shopper']);
    expect(bodyOf(await original(token)).content).toBe('Only community managers can manage promotions.');
  });

  it('/promo create with an unreadable end date says how to fix it, without calling the core', async () => {
    const before = h.core.seen.length;
    const token = h.fake.runCommand(h.inChannel(USERS.manager), 'promo', [
      { type: 1, name: 'create', options: [str('label', 'Sale'), str('ends', 'next tuesday')] },
    ]);
    expect(String(bodyOf(await original(token)).content)).toContain('duration like 7d');
    expect(h.core.seen.length).toBe(before);
  });

  it('/promo announce posts publicly and may ping only the promo role', async () => {
    const token = h.fake.runCommand(h.inChannel(USERS.manager), 'promo', [
      { type: 1, name: 'announce', options: [str('id', 'promo-1')] },
    ]);
    const seen = await h.core.next((m) => m.action?.type === 'promo_announce');
    expect(seen.action).toEqual({ type: 'promo_announce', promoId: 'promo-1' });
    expect(bodyOf(await original(token)).content).toBe('Posted in this channel.');
    const post = bodyOf(await followUp(token));
    expect(post.flags ?? 0).toBe(0);
    expect(String(post.content).startsWith(`<@&${h.fake.ids.roles.promo}>`)).toBe(true);
    expect(post.allowed_mentions).toEqual({
      parse: [],
      roles: [h.fake.ids.roles.promo],
      replied_user: false,
    });
  });

  it('apologises privately when the core throws during a command', async () => {
    const token = h.fake.runCommand(h.inChannel(USERS.shopper), 'shop', [str('request', 'boom')]);
    await callback(token);
    expect(bodyOf(await original(token)).content).toBe(escapeMarkdown(APOLOGY));
    const ok = await shop('after a failure');
    expect((bodyOf(ok).embeds as unknown[]).length).toBe(3);
  });
});

describe('Discord buttons', () => {
  it('"More like this" on private results updates them in place', async () => {
    const results = await shop('headphones');
    const token = pressOn(results, 'More like this (#2)');
    expect(bodyOf(await callback(token))).toEqual({ type: 6 });
    const seen = await h.core.next((m) => m.action?.type === 'more_like_this');
    expect(seen.action).toEqual({ type: 'more_like_this', productId: 'sku-2' });
    expect(bodyOf(await original(token)).content).toBe('More like sku\\-2:');
  });

  it('records 👍 / 👎 feedback and thanks the presser privately', async () => {
    const results = await shop('speakers');
    const token = pressOn(results, '👎');
    expect(bodyOf(await callback(token))).toEqual({ type: 5, data: { flags: 64 } });
    const seen = await h.core.next((m) => m.action?.type === 'feedback');
    expect(seen.action).toEqual({ type: 'feedback', productId: 'sku-1', value: 'down' });
    expect(bodyOf(await original(token)).content).toBe('Thanks, noted.');
  });

  it('a constraint chip removes that constraint', async () => {
    const results = await shop('headphones under $50');
    const token = pressOn(results, '✕ under $50');
    const seen = await h.core.next((m) => m.action?.type === 'remove_constraint');
    expect(seen.action).toEqual({ type: 'remove_constraint', chipId: 'price' });
    const body = bodyOf(await original(token));
    expect(body.content).toBe('Without that filter:');
    expect(() => buttonId(body, '✕ under $50')).toThrow();
  });

  it('a suggestion button sends its text', async () => {
    const results = await shop('headphones');
    pressOn(results, 'Only in stock');
    const seen = await h.core.next((m) => m.action?.type === 'suggestion');
    expect(seen).toMatchObject({
      text: 'Only in stock',
      action: { type: 'suggestion', text: 'Only in stock' },
    });
  });

  it('Share posts the results publicly in the channel', async () => {
    const results = await shop('headphones');
    const token = pressOn(results, 'Share in channel');
    expect(bodyOf(await callback(token))).toEqual({ type: 6 });
    await h.core.next((m) => m.action?.type === 'share');
    const post = await followUp(token);
    expect(bodyOf(post).flags ?? 0).toBe(0);
    expect((bodyOf(post).embeds as unknown[]).length).toBe(3);
    expect((post.response as { flags: number }).flags & 64).toBe(0);
  });

  it('buttons on a public message answer the presser privately', async () => {
    h.fake.postMessage({ userId: USERS.shopper, content: `<@${h.fake.ids.bot}> lamps`, mentionBot: true });
    const post = await h.fake.nextCall('POST', `/channels/${h.fake.ids.channel}/messages`);
    const token = h.fake.pressButton(
      h.inChannel(USERS.staffer),
      post.response as Record<string, unknown>,
      buttonId(post.body, 'More like this (#3)'),
    );
    expect(bodyOf(await callback(token))).toEqual({ type: 5, data: { flags: 64 } });
    const seen = await h.core.next((m) => m.action?.type === 'more_like_this' && m.userId === USERS.staffer);
    expect(seen.action).toEqual({ type: 'more_like_this', productId: 'sku-3' });
    await original(token);
  });

  it('an unknown or forgotten button gets a private "expired" notice', async () => {
    const results = await shop('headphones');
    const token = h.fake.pressButton(
      h.inChannel(USERS.shopper),
      results.response as Record<string, unknown>,
      'a1|m|~gone',
    );
    const body = bodyOf(await callback(token));
    expect(body).toMatchObject({ type: 4, data: { flags: 64, content: escapeMarkdown(EXPIRED) } });
  });

  it('sent nothing that breaks Discord limits or the mention policy', () => {
    const bodies = h.fake.calls.all.map((c) => messageBody(c.body)).filter((b) => b !== undefined);
    expect(bodies.length).toBeGreaterThan(15);
    for (const body of bodies) expect(checkPayload(body, { allowRole: h.fake.ids.roles.promo })).toEqual([]);
  });
});
