import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../../adapters/discord/context.ts';
import { bodyOf, buttons, type Harness, startHarness, USERS } from './harness.ts';
import { checkPayload, messageBody } from './payload-check.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ publicUrl: 'https://shop.example/aisle/' });
});
afterAll(async () => {
  await h?.stop();
});

const mention = () => `<@${h.fake.ids.bot}>`;
const channelMessages = () => `/channels/${h.fake.ids.channel}/messages`;

describe('Discord mentions and DMs', () => {
  it('answers a mention with a reply carrying product embeds and buttons', async () => {
    const id = h.fake.postMessage({
      userId: USERS.shopper,
      content: `${mention()} wireless headphones under $50`,
      mentionBot: true,
    });
    const seen = await h.core.next((m) => m.userId === USERS.shopper);
    expect(seen).toEqual({
      platform: 'discord',
      workspaceId: h.fake.ids.guild,
      channelId: h.fake.ids.channel,
      userId: USERS.shopper,
      roles: ['shopper'],
      text: 'wireless headphones under $50',
      inPublic: true,
    });

    const body = bodyOf(await h.fake.nextCall('POST', channelMessages()));
    expect(body.message_reference).toMatchObject({ message_id: id });
    expect(body.content).toBe('Here are 3 picks for wireless headphones under $50.');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const embeds = body.embeds as {
      title: string;
      url: string;
      thumbnail: { url: string };
      description: string;
    }[];
    expect(embeds.map((e) => e.title)).toEqual([
      '1. Wireless Headphones 1',
      '2. Wireless Headphones 2',
      '3. Wireless Headphones 3',
    ]);
    expect(embeds[0]?.url).toBe('https://shop.example/p/sku-1');
    expect(embeds[0]?.thumbnail.url).toBe('https://shop.example/aisle/images/headphones.svg');
    expect(embeds[1]?.description).toContain('Summer audio sale');

    const labels = buttons(body);
    expect(labels.get('More like this (#1)')?.customId).toBeDefined();
    expect(labels.get('View #2')).toEqual({ style: 5, url: 'https://shop.example/p/sku-2' });
    expect(labels.get('✕ under $50')?.customId).toBeDefined();
    expect(labels.get('Only in stock')?.customId).toBeDefined();
    // Mentions are public already: no Share button.
    expect(labels.has('Share in channel')).toBe(false);
    expect(checkPayload(body)).toEqual([]);
  });

  it('ignores channel messages that do not mention the bot, and messages from bots', async () => {
    h.fake.postMessage({ userId: USERS.shopper, content: 'just chatting about headphones' });
    h.fake.postMessage({ userId: USERS.otherBot, content: `${mention()} spam`, mentionBot: true, bot: true });
    h.fake.postMessage({ userId: USERS.staffer, content: `${mention()} marker`, mentionBot: true });
    await h.core.next((m) => m.text === 'marker');
    await h.fake.nextCall('POST', channelMessages());
    expect(h.core.seen.map((m) => m.text)).not.toContain('just chatting about headphones');
    expect(h.core.seen.map((m) => m.userId)).not.toContain(USERS.otherBot);
  });

  it('answers direct messages without a mention', async () => {
    h.fake.postMessage({ userId: USERS.shopper, content: 'a gift for my dad', dm: true });
    const seen = await h.core.next((m) => m.text === 'a gift for my dad');
    expect(seen.direct).toBe(true);
    expect(seen.workspaceId).toBeUndefined();
    expect(seen.channelId).toBe(h.fake.dmChannel(USERS.shopper));
    const body = bodyOf(
      await h.fake.nextCall('POST', `/channels/${h.fake.dmChannel(USERS.shopper)}/messages`),
    );
    expect((body.embeds as unknown[]).length).toBe(3);
    expect(checkPayload(body)).toEqual([]);
  });

  it('keeps a conversation in a thread apart, and maps configured roles', async () => {
    h.fake.postMessage({
      userId: USERS.staffer,
      content: `${mention()} something for a runner`,
      mentionBot: true,
      thread: true,
      roles: [h.fake.ids.roles.staff],
    });
    const seen = await h.core.next((m) => m.text === 'something for a runner');
    expect(seen.threadId).toBe(h.fake.ids.thread);
    expect(seen.channelId).toBe(h.fake.ids.channel);
    expect(seen.roles).toEqual(['shopper', 'staff']);
    await h.fake.nextCall('POST', `/channels/${h.fake.ids.thread}/messages`);

    h.fake.postMessage({ userId: USERS.manager, content: `${mention()} as manager`, mentionBot: true });
    expect((await h.core.next((m) => m.text === 'as manager')).roles).toEqual(['shopper', 'manager']);
    await h.fake.nextCall('POST', channelMessages());
  });

  it('apologises when the core throws, logs ids only, and keeps answering', async () => {
    h.fake.postMessage({
      userId: USERS.shopper,
      content: `${mention()} boom secret-words`,
      mentionBot: true,
    });
    const apology = bodyOf(await h.fake.nextCall('POST', channelMessages()));
    expect(apology.content).toBe(APOLOGY);
    expect(apology.allowed_mentions).toEqual({ parse: [], replied_user: false });

    const failure = h.logs.find((l) => l.code === 'ADAPTER_FAILED');
    expect(failure).toMatchObject({
      platform: 'discord',
      userId: USERS.shopper,
      channelId: h.fake.ids.channel,
    });
    expect(JSON.stringify(h.logs)).not.toContain('secret-words');

    h.fake.postMessage({
      userId: USERS.shopper,
      content: `${mention()} after the failure`,
      mentionBot: true,
    });
    await h.core.next((m) => m.text === 'after the failure');
    const next = bodyOf(await h.fake.nextCall('POST', channelMessages()));
    expect((next.embeds as unknown[]).length).toBe(3);
    expect(h.adapter.isReady()).toBe(true);
  });

  it('sent nothing that breaks Discord limits or the mention policy', () => {
    const bodies = h.fake.calls.all.map((c) => messageBody(c.body)).filter((b) => b !== undefined);
    expect(bodies.length).toBeGreaterThan(4);
    for (const body of bodies) expect(checkPayload(body)).toEqual([]);
  });
});
