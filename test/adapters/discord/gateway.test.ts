import { GatewayIntentBits } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/client.ts';
import { isAisleError } from '../../../src/errors.ts';
import { REVOKED_TOKEN } from '../../fakes/discord-api.ts';
import { type Harness, startHarness, USERS } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** Mention the bot and wait for its reply. */
async function roundTrip(text: string): Promise<void> {
  h.fake.postMessage({ userId: USERS.shopper, content: `<@${h.fake.ids.bot}> ${text}`, mentionBot: true });
  await h.core.next((m) => m.text === text);
  await h.fake.nextCall('POST', `/channels/${h.fake.ids.channel}/messages`);
}

describe('Discord gateway connection', () => {
  it('identifies without the privileged MessageContent intent', async () => {
    const identify = await h.fake.nextFrame(2);
    const intents = (identify.d as { intents: number }).intents;
    expect(intents).toBe(
      GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages,
    );
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(h.adapter.isReady()).toBe(true);
  });

  it('resumes after the gateway closes the connection with a resumable code, and keeps answering', async () => {
    await roundTrip('before the drop');
    h.fake.dropConnection({ code: 4000 });
    const resume = await h.fake.nextFrame(6);
    expect(resume.d).toMatchObject({
      token: 'fake-bot-token',
      session_id: expect.stringMatching(/^session-/),
    });
    await roundTrip('after the resume');
    expect(h.fake.identifies).toBe(1);
  });

  it('resumes after the connection is cut without a close frame', async () => {
    h.fake.dropConnection({ terminate: true });
    await h.fake.nextFrame(6);
    await roundTrip('after the cut');
    expect(h.adapter.isReady()).toBe(true);
  });

  it('identifies again when Discord refuses to resume the session', async () => {
    h.fake.forgetSession();
    h.fake.dropConnection({ code: 4000 });
    await h.fake.nextFrame(6);
    await h.fake.nextFrame(2);
    await roundTrip('after a new session');
    expect(h.fake.identifies).toBe(2);
  });

  it('start() fails with a readable error for a revoked token, without crashing', async () => {
    const adapter = createDiscordAdapter({
      assistant: h.core,
      discord: { ...h.discord, token: REVOKED_TOKEN },
      logger: pino({ level: 'silent' }),
    });
    const error = await adapter.start().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(isAisleError(error) && error.code).toBe('ADAPTER_FAILED');
    expect(isAisleError(error) && error.hint).toContain('DISCORD_TOKEN');
    expect(adapter.isReady()).toBe(false);
    await adapter.stop();
  });
});
