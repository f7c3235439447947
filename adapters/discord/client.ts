/**
 * The Discord adapter: a discord.js gateway client that turns mentions, DMs, slash commands and
 * button presses into IncomingMessages for the assistant core and renders its Replies back.
 * It holds no shopping logic.
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { AssistantPort } from '../../src/assistant/types.ts';
import type { Config } from '../../src/config.ts';
import { AisleError } from '../../src/errors.ts';
import type { Logger } from '../../src/log.ts';
import type { HandlerContext } from './context.ts';
import { CustomIdCodec } from './custom-id.ts';
import { handleInteraction } from './interactions.ts';
import { handleMessage } from './messages.ts';
import { NO_MENTIONS } from './render.ts';

/** A running (or startable) Discord bot. */
export interface DiscordAdapter {
  /** Log in and connect to the gateway; resolves once the bot is ready to answer. */
  start(): Promise<void>;
  /** Disconnect and release the client. */
  stop(): Promise<void>;
  /** True while connected and ready. */
  isReady(): boolean;
}

/** Options for {@link createDiscordAdapter}. */
export interface DiscordAdapterOptions {
  readonly assistant: AssistantPort;
  readonly discord: NonNullable<Config['discord']>;
  /** Public base URL of this service, for relative product image URLs. */
  readonly publicUrl?: string | undefined;
  readonly logger: Logger;
}

/**
 * Gateway intents and why:
 * - Guilds: server, channel, thread and role data (roles map to staff/managers; threads).
 * - GuildMessages: messages in server channels (content arrives only when they mention the bot,
 *   which is all aisle needs, so the privileged MessageContent intent is not requested).
 * - DirectMessages: messages in DMs with the bot (content always included).
 * Partials.Channel lets DMs arrive before their channel is cached.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

/** Create the adapter; nothing connects until `start()`. */
export function createDiscordAdapter(opts: DiscordAdapterOptions): DiscordAdapter {
  const logger = opts.logger.child({ adapter: 'discord' });
  const ctx: HandlerContext = {
    assistant: opts.assistant,
    discord: opts.discord,
    publicUrl: opts.publicUrl,
    logger,
    codec: new CustomIdCodec(),
  };
  let client: Client | undefined;

  const build = (): Client => {
    const c = new Client({
      intents: [...INTENTS],
      partials: [Partials.Channel],
      allowedMentions: { ...NO_MENTIONS },
      // Still answer (as a plain message) when the asker deleted their message meanwhile.
      failIfNotExists: false,
      ...(opts.discord.apiUrl ? { rest: { api: opts.discord.apiUrl } } : {}),
    });
    c.on(Events.MessageCreate, (message) => {
      void handleMessage(message, ctx);
    });
    c.on(Events.InteractionCreate, (interaction) => {
      void handleInteraction(interaction, ctx);
    });
    // An 'error' event without a listener would throw and take the process down.
    c.on(Events.Error, (err) =>
      logger.error({ code: 'ADAPTER_FAILED', errorName: err.name }, 'discord client error'),
    );
    c.on(Events.Warn, (message) => logger.warn({ warning: message }, 'discord client warning'));
    c.on(Events.ShardDisconnect, (event, shardId) =>
      logger.warn({ shardId, closeCode: event.code }, 'discord gateway disconnected'),
    );
    c.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'discord gateway resumed'));
    c.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'discord gateway reconnecting'));
    return c;
  };

  return {
    async start() {
      if (client) return;
      const c = build();
      client = c;
      const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
      try {
        await c.login(opts.discord.token);
        await ready;
      } catch (err) {
        client = undefined;
        await c.destroy().catch(() => undefined);
        throw new AisleError({
          code: 'ADAPTER_FAILED',
          message: 'Could not connect the Discord bot.',
          hint: 'Check DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token). See docs/discord.md.',
          cause: err,
        });
      }
      logger.info({ botUserId: c.user?.id, guilds: c.guilds.cache.size }, 'discord bot ready');
    },
    async stop() {
      const c = client;
      client = undefined;
      if (c) await c.destroy();
    },
    isReady() {
      return client?.isReady() ?? false;
    },
  };
}
