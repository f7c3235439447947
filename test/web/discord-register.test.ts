import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord-api.ts';
import { BIN, cleanEnv } from './child.ts';

const run = promisify(execFile);

let work: string;
let discord: FakeDiscord;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aisle-discord-register-'));
  discord = await FakeDiscord.start();
});
afterAll(async () => {
  await discord?.close();
  await rm(work, { recursive: true, force: true });
});

describe('aisle discord register', () => {
  const env = (extra: Record<string, string>) => ({ ...cleanEnv(), AISLE_LOG_LEVEL: 'warn', ...extra });

  it('registers the slash commands in one server and says so', async () => {
    const put = discord.nextCall(
      'PUT',
      `/applications/${discord.ids.app}/guilds/${discord.ids.guild}/commands`,
    );
    const { stdout } = await run(
      process.execPath,
      [BIN, 'discord', 'register', '--guild', discord.ids.guild],
      {
        cwd: work,
        env: env({
          DISCORD_TOKEN: 't',
          DISCORD_APPLICATION_ID: discord.ids.app,
          DISCORD_API_URL: discord.apiUrl,
        }),
      },
    );
    const names = ((await put).body as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(['shop', 'suggest', 'promo']);
    expect(stdout).toContain(`Registered 3 slash commands in server ${discord.ids.guild} (scope: guild)`);
  });

  it('registers globally without --guild', async () => {
    const put = discord.nextCall('PUT', `/applications/${discord.ids.app}/commands`);
    const { stdout } = await run(process.execPath, [BIN, 'discord', 'register'], {
      cwd: work,
      env: env({
        DISCORD_TOKEN: 't',
        DISCORD_APPLICATION_ID: discord.ids.app,
        DISCORD_API_URL: discord.apiUrl,
      }),
    });
    await put;
    expect(stdout).toContain('Registered 3 slash commands globally (scope: global)');
  });

  it('explains what is missing without a token, and refuses a malformed server id', async () => {
    const noToken = await run(process.execPath, [BIN, 'discord', 'register'], {
      cwd: work,
      env: env({}),
    }).catch((e: { code: number; stderr: string }) => e);
    expect(noToken).toMatchObject({ code: 1 });
    expect((noToken as { stderr: string }).stderr).toMatch(/^error: DISCORD_TOKEN is not set\./m);
    const badGuild = await run(process.execPath, [BIN, 'discord', 'register', '--guild', 'my-server'], {
      cwd: work,
      env: env({ DISCORD_TOKEN: 't', DISCORD_API_URL: discord.apiUrl }),
    }).catch((e: { code: number; stderr: string }) => e);
    expect(badGuild).toMatchObject({ code: 1 });
    expect((badGuild as { stderr: string }).stderr).toMatch(/--guild must be a server id/);
  });
});
