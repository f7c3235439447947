/**
 * Slash command definitions (/shop, /suggest, /promo) and their registration through Discord's REST
 * API, plus the pure parsing of /promo option values.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
  SlashCommandBuilder,
} from 'discord.js';
import type { Config } from '../../src/config.ts';
import { AisleError } from '../../src/errors.ts';
import type { Logger } from '../../src/log.ts';

/** Command and subcommand names, shared with the interaction handler. */
export const COMMANDS = {
  shop: 'shop',
  suggest: 'suggest',
  promo: 'promo',
} as const;

/** The option every request command takes. */
export const REQUEST_OPTION = 'request';

/** The slash commands aisle registers, as Discord API JSON. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const shop = new SlashCommandBuilder()
    .setName(COMMANDS.shop)
    .setDescription('Find products: describe what you need (only you see the results)')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((o) =>
      o
        .setName(REQUEST_OPTION)
        .setDescription('e.g. "wireless headphones under $100, not Sony"')
        .setRequired(true)
        .setMaxLength(500),
    );
  const suggest = new SlashCommandBuilder()
    .setName(COMMANDS.suggest)
    .setDescription('Support staff: product suggestions for a customer, with stock details')
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addStringOption((o) =>
      o.setName(REQUEST_OPTION).setDescription('What the customer needs').setRequired(true).setMaxLength(500),
    );
  const promo = new SlashCommandBuilder()
    .setName(COMMANDS.promo)
    .setDescription('Community managers: create and manage promotions')
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((s) =>
      s
        .setName('create')
        .setDescription('Boost products for a while and label them')
        .addStringOption((o) =>
          o
            .setName('label')
            .setDescription('Shown on boosted cards, e.g. "Summer audio sale"')
            .setRequired(true)
            .setMaxLength(80),
        )
        .addStringOption((o) =>
          o
            .setName('query')
            .setDescription('Boost what this request finds, e.g. "bluetooth speaker"')
            .setMaxLength(200),
        )
        .addStringOption((o) =>
          o
            .setName('products')
            .setDescription('Product ids to boost, separated by commas or spaces')
            .setMaxLength(1000),
        )
        .addIntegerOption((o) =>
          o
            .setName('boost')
            .setDescription('1 (nudge) to 5 (top of any matching list); default 2')
            .setMinValue(1)
            .setMaxValue(5),
        )
        .addStringOption((o) =>
          o
            .setName('ends')
            .setDescription('End date (2025-08-31) or duration (7d, 12h, 2w); default 7 days')
            .setMaxLength(40),
        )
        .addStringOption((o) => o.setName('code').setDescription('Discount code to show').setMaxLength(40))
        .addStringOption((o) =>
          o.setName('announcement').setDescription('Text for the channel announcement').setMaxLength(1000),
        ),
    )
    .addSubcommand((s) => s.setName('list').setDescription('List live and scheduled promotions'))
    .addSubcommand((s) =>
      s
        .setName('end')
        .setDescription('End a promotion now')
        .addStringOption((o) =>
          o.setName('id').setDescription('Promotion id (see /promo list)').setRequired(true),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName('announce')
        .setDescription('Announce a promotion in this channel (pings the promo role when configured)')
        .addStringOption((o) =>
          o.setName('id').setDescription('Promotion id (see /promo list)').setRequired(true),
        ),
    );
  return [shop.toJSON(), suggest.toJSON(), promo.toJSON()];
}

const DURATION = /^(\d{1,4})\s*(h|d|w)$/i;
const UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/**
 * A promo end as ISO 8601: an ISO date/date-time, or a duration from `now` ("7d", "12h", "2w").
 * Undefined when the text is neither.
 */
export function parseEnds(text: string, now: Date): string | undefined {
  const trimmed = text.trim();
  const duration = DURATION.exec(trimmed);
  if (duration) {
    const amount = Number(duration[1]);
    const unit = UNIT_MS[(duration[2] ?? '').toLowerCase()] ?? 0;
    return amount > 0 ? new Date(now.getTime() + amount * unit).toISOString() : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return undefined;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Product ids from a comma-, semicolon- or space-separated list, without duplicates. */
export function parseProductIds(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Register the slash commands: in one server when `guildId` is given (instant, good for testing),
 * otherwise globally. Replaces whatever aisle registered before.
 */
export async function registerCommands(opts: {
  discord: NonNullable<Config['discord']>;
  guildId?: string;
  logger: Logger;
}): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const rest = new REST(opts.discord.apiUrl ? { api: opts.discord.apiUrl } : {}).setToken(opts.discord.token);
  const body = commandDefinitions();
  const scope = opts.guildId ? 'guild' : 'global';
  try {
    const appId = opts.discord.applicationId ?? (await currentApplicationId(rest));
    const route = opts.guildId
      ? Routes.applicationGuildCommands(appId, opts.guildId)
      : Routes.applicationCommands(appId);
    const result = await rest.put(route, { body });
    const count = Array.isArray(result) ? result.length : body.length;
    opts.logger.info({ scope, guildId: opts.guildId, count }, 'discord commands registered');
    return { scope, count };
  } catch (err) {
    throw new AisleError({
      code: 'ADAPTER_FAILED',
      message: `Could not register the Discord slash commands (${scope}).`,
      hint:
        'Check DISCORD_TOKEN and DISCORD_APPLICATION_ID, and that the bot was invited with the ' +
        'applications.commands scope to the server you named. See docs/discord.md.',
      cause: err,
    });
  }
}

async function currentApplicationId(rest: REST): Promise<string> {
  const app = (await rest.get(Routes.currentApplication())) as { id?: unknown };
  if (typeof app.id !== 'string') throw new Error('the application has no id');
  return app.id;
}
