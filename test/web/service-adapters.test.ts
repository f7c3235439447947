import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, FakeDiscord as FakeDiscordServer } from '../fakes/discord-api.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../fakes/slack-api.ts';
import { eventEnvelope, sendSigned } from '../fakes/slack-sign.ts';
import { AisleProcess } from './child.ts';

const SECRET = 'test-signing-secret';
const SHOPPER = '300000000000000001';

let work: string;
let slack: FakeSlackApi;
let discord: FakeDiscord;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aisle-adapters-'));
  slack = await startFakeSlackApi();
  discord = await FakeDiscordServer.start();
});
afterAll(async () => {
  await slack?.close();
  await discord?.close();
  await rm(work, { recursive: true, force: true });
});

describe('aisle serve with Slack and Discord tokens', () => {
  it('starts both adapters in the same process, routes /slack/events on the shared port, and stops cleanly', async () => {
    const aisle = new AisleProcess(['serve'], {
      cwd: work,
      env: {
        AISLE_EMBEDDER: 'hashing',
        AISLE_DATA_DIR: join(work, 'data'),
        AISLE_LOG_LEVEL: 'info',
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN: 'discord-test-token',
        DISCORD_APPLICATION_ID: discord.ids.app,
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    try {
      const url = await aisle.url();
      await aisle.waitForStdout(/^Slack: connected \(events at http:\/\/127\.0\.0\.1:\d+\/slack\/events\)$/);
      await aisle.waitForStdout(/^Discord: connected$/);
      const ready = await fetch(new URL('/readyz', url));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'ready',
        components: { index: 'ready', slack: 'ready', discord: 'ready' },
      });

      // Slack: a signed mention on the shared port gets an answer with products.
      const event = eventEnvelope(
        {
          type: 'app_mention',
          user: 'U0SHOPPER',
          text: '<@UBOT0001> headphones under 100',
          channel: 'C0001',
          ts: '1700000000.000100',
        },
        { eventId: 'Ev0001' },
      );
      // A mention is answered in its thread, in public, with blocks and a plain-text fallback
      // (a "Looking…" placeholder may come first and be updated with the answer).
      const posted = slack.nextCall('chat.postMessage');
      const updated = slack.nextCall('chat.update').catch(() => undefined);
      expect((await sendSigned(new URL('/slack/events', url).href, SECRET, event)).status).toBe(200);
      const first = await posted;
      const answer = /Looking/.test(String(first.body.text)) ? await updated : first;
      expect(answer?.body.text).toMatch(/headphones/i);
      expect(Array.isArray(answer?.body.blocks)).toBe(true);
      expect(first.body.thread_ts).toBe('1700000000.000100');
      const forged = await sendSigned(new URL('/slack/events', url).href, 'wrong-secret', event);
      expect(forged.status).toBe(401);

      // Discord: a DM gets an answer through the same assistant.
      const replied = discord.nextCall('POST', `/channels/${discord.dmChannel(SHOPPER)}/messages`);
      discord.postMessage({ userId: SHOPPER, content: 'running shoes under 80', dm: true });
      expect(JSON.stringify((await replied).body)).toMatch(/running shoes/i);

      const metrics = await (await fetch(new URL('/metrics', url))).text();
      expect(metrics).toMatch(/aisle_replies_total\{platform="slack",kind="results"\} 1/);
      expect(metrics).toMatch(/aisle_replies_total\{platform="discord",kind="results"\} 1/);

      aisle.child.kill('SIGTERM');
      expect(await aisle.exited).toBe(0);
    } finally {
      aisle.child.kill('SIGKILL');
    }
  });
});
