/** One fake Discord, one fake core and one real adapter, wired for a test file. */

import { createDiscordAdapter, type DiscordAdapter } from '../../../adapters/discord/client.ts';
import type { Config } from '../../../src/config.ts';
import { FakeDiscord, type RecordedCall } from '../../fakes/discord-api.ts';
import type { InteractionPlace } from '../../fakes/discord-payloads.ts';
import { memoryLogger } from '../../fakes/memory-log.ts';
import { FakeCore } from './fake-core.ts';

/** Everything a test needs. */
export interface Harness {
  readonly fake: FakeDiscord;
  readonly core: FakeCore;
  readonly adapter: DiscordAdapter;
  readonly discord: NonNullable<Config['discord']>;
  /** Parsed log lines the adapter wrote. */
  readonly logs: Record<string, unknown>[];
  /** A place in the server's text channel for a user with these role ids. */
  inChannel(userId: string, roles?: readonly string[]): InteractionPlace;
  stop(): Promise<void>;
}

/** User ids the tests play. */
export const USERS = {
  shopper: '1100000000000000001',
  staffer: '1100000000000000002',
  manager: '1100000000000000003',
  managerByRole: '1100000000000000004',
  otherBot: '1100000000000000005',
} as const;

/** Start the fake and the adapter; resolves once the bot is ready. */
export async function startHarness(opts: { publicUrl?: string } = {}): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const core = new FakeCore();
  const { logger, records: logs } = memoryLogger({ level: 'info' });
  const discord: NonNullable<Config['discord']> = {
    token: 'fake-bot-token',
    applicationId: fake.ids.app,
    apiUrl: fake.apiUrl,
    roles: {
      staff: [fake.ids.roles.staff],
      managers: [`${fake.ids.guild}/${USERS.manager}`, fake.ids.roles.manager],
    },
    promoRoleId: fake.ids.roles.promo,
  };
  const adapter = createDiscordAdapter({ assistant: core, discord, publicUrl: opts.publicUrl, logger });
  await adapter.start();
  return {
    fake,
    core,
    adapter,
    discord,
    logs,
    inChannel: (userId, roles = []) => ({
      userId,
      roles,
      guildId: fake.ids.guild,
      channelId: fake.ids.channel,
    }),
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The buttons in a message payload, by label (the first of equal labels). */
export function buttons(body: unknown): Map<string, { customId?: string; url?: string; style: number }> {
  const out = new Map<string, { customId?: string; url?: string; style: number }>();
  const rows = ((body as { components?: unknown[] }).components ?? []) as {
    components: { label: string; custom_id?: string; url?: string; style: number }[];
  }[];
  for (const row of rows) {
    for (const b of row.components) {
      if (out.has(b.label)) continue;
      out.set(b.label, {
        style: b.style,
        ...(b.custom_id ? { customId: b.custom_id } : {}),
        ...(b.url ? { url: b.url } : {}),
      });
    }
  }
  return out;
}

/** The custom id of the button with this label, or a test failure. */
export function buttonId(body: unknown, label: string): string {
  const id = buttons(body).get(label)?.customId;
  if (!id) throw new Error(`no button "${label}" in ${JSON.stringify(body).slice(0, 300)}`);
  return id;
}

/** The body of a call as a loose record. */
export function bodyOf(call: RecordedCall): Record<string, unknown> {
  return call.body as Record<string, unknown>;
}
