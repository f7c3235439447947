/**
 * Realistic Discord API v10 payloads for the loopback fake: users, members, messages, guilds and
 * interactions, shaped like what Discord sends.
 */

/** The snowflakes a fake server uses. */
export interface FakeIds {
  readonly bot: string;
  readonly app: string;
  readonly guild: string;
  readonly owner: string;
  readonly channel: string;
  readonly thread: string;
  readonly roles: {
    readonly staff: string;
    readonly manager: string;
    readonly promo: string;
    readonly bot: string;
  };
}

let counter = 0n;
/** A fresh, increasing snowflake. */
export function snowflake(): string {
  counter += 1n;
  return String(1_200_000_000_000_000_000n + counter);
}

/** Fresh ids for one fake server. */
export function makeIds(): FakeIds {
  return {
    bot: snowflake(),
    app: snowflake(),
    guild: snowflake(),
    owner: snowflake(),
    channel: snowflake(),
    thread: snowflake(),
    roles: { staff: snowflake(), manager: snowflake(), promo: snowflake(), bot: snowflake() },
  };
}

/** A user object. */
export function user(id: string, opts: { bot?: boolean; name?: string } = {}): Record<string, unknown> {
  return {
    id,
    username: opts.name ?? `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    ...(opts.bot ? { bot: true } : {}),
    public_flags: 0,
  };
}

/** A guild member object (without `user` when embedded in a message). */
export function member(roles: readonly string[]): Record<string, unknown> {
  return {
    roles: [...roles],
    nick: null,
    avatar: null,
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  };
}

/** A message object as Discord returns and dispatches it. */
export function message(opts: {
  id?: string;
  channelId: string;
  guildId?: string | undefined;
  author: Record<string, unknown>;
  member?: Record<string, unknown> | undefined;
  content?: string;
  mentions?: readonly Record<string, unknown>[];
  mentionRoles?: readonly string[];
  embeds?: unknown;
  components?: unknown;
  flags?: number;
  type?: number;
  webhookId?: string;
  applicationId?: string;
}): Record<string, unknown> {
  return {
    id: opts.id ?? snowflake(),
    type: opts.type ?? 0,
    channel_id: opts.channelId,
    ...(opts.guildId ? { guild_id: opts.guildId } : {}),
    author: opts.author,
    ...(opts.member ? { member: opts.member } : {}),
    content: opts.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: opts.mentions ?? [],
    mention_roles: opts.mentionRoles ?? [],
    mention_channels: [],
    attachments: [],
    embeds: opts.embeds ?? [],
    components: opts.components ?? [],
    pinned: false,
    flags: opts.flags ?? 0,
    ...(opts.webhookId ? { webhook_id: opts.webhookId } : {}),
    ...(opts.applicationId ? { application_id: opts.applicationId } : {}),
  };
}

/** READY for a fresh session. */
export function ready(ids: FakeIds, sessionId: string, resumeUrl: string): Record<string, unknown> {
  return {
    v: 10,
    user: { ...user(ids.bot, { bot: true, name: 'aisle' }), verified: true, mfa_enabled: false, flags: 0 },
    guilds: [{ id: ids.guild, unavailable: true }],
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: ids.app, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
  };
}

function role(
  id: string,
  name: string,
  position: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    name,
    color: 0,
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: '0',
    managed: false,
    mentionable: false,
    flags: 0,
    ...extra,
  };
}

/** GUILD_CREATE with one text channel, one thread in it, and the configured roles. */
export function guildCreate(ids: FakeIds): Record<string, unknown> {
  return {
    id: ids.guild,
    name: 'Test Shop',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: ids.owner,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    application_id: null,
    vanity_url_code: null,
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      role(ids.guild, '@everyone', 0, { permissions: '1071698660929' }),
      role(ids.roles.staff, 'Support', 1),
      role(ids.roles.manager, 'Community', 2),
      role(ids.roles.promo, 'Deals', 3, { mentionable: true }),
      role(ids.roles.bot, 'aisle', 4, { managed: true, tags: { bot_id: ids.bot } }),
    ],
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [{ ...member([ids.roles.bot]), user: user(ids.bot, { bot: true, name: 'aisle' }) }],
    channels: [
      {
        id: ids.channel,
        type: 0,
        name: 'shop-talk',
        position: 0,
        parent_id: null,
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        permission_overwrites: [],
      },
    ],
    threads: [
      {
        id: ids.thread,
        type: 11,
        guild_id: ids.guild,
        parent_id: ids.channel,
        owner_id: ids.owner,
        name: 'gift ideas',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 1,
        member_count: 1,
        total_message_sent: 1,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: '2024-01-01T00:00:00.000000+00:00',
          locked: false,
        },
      },
    ],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
  };
}

/** Where an interaction happens: a server channel (or its thread) or a DM with the bot. */
export interface InteractionPlace {
  readonly userId: string;
  readonly roles?: readonly string[];
  /** Absent for DMs. */
  readonly guildId?: string | undefined;
  readonly channelId: string;
  /** The parent channel id when `channelId` is a thread. */
  readonly parentId?: string | undefined;
  readonly locale?: string;
}

/** The common fields of an INTERACTION_CREATE payload. */
export function interactionBase(
  ids: FakeIds,
  place: InteractionPlace,
  type: number,
): Record<string, unknown> {
  const who = user(place.userId);
  const inGuild = place.guildId !== undefined;
  const channel = inGuild
    ? {
        id: place.channelId,
        type: place.parentId ? 11 : 0,
        guild_id: place.guildId,
        name: 'shop-talk',
        ...(place.parentId ? { parent_id: place.parentId } : {}),
        permissions: '1071698660929',
      }
    : { id: place.channelId, type: 1, recipients: [who], flags: 0, last_message_id: null };
  return {
    id: snowflake(),
    application_id: ids.app,
    type,
    token: `tok-${snowflake()}`,
    version: 1,
    channel_id: place.channelId,
    channel,
    ...(inGuild
      ? {
          guild_id: place.guildId,
          member: { ...member(place.roles ?? []), user: who, permissions: '1071698660929' },
        }
      : { user: who }),
    locale: place.locale ?? 'en-US',
    ...(inGuild ? { guild_locale: 'en-US' } : {}),
    app_permissions: '1071698660929',
    entitlements: [],
    authorizing_integration_owners: inGuild ? { '0': place.guildId } : { '1': place.userId },
    context: inGuild ? 0 : 1,
    attachment_size_limit: 10_485_760,
  };
}
