/**
 * Reply → Discord message payload: lead text, product embeds, buttons (per-card actions, constraint
 * chips, suggestions, Share). Everything is escaped and sized to Discord's limits, and no payload
 * can mention anyone except the configured promo role on announcements. Pure (the id codec only
 * remembers long button values).
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Action, Reply } from '../../src/assistant/types.ts';
import type { CustomIdCodec } from './custom-id.ts';
import { buildEmbeds } from './embeds.ts';
import { safeMarkdown, safePlain, safeUrl } from './escape.ts';
import { LIMITS } from './limits.ts';

/** Who a message may notify: nobody, except the promo role on announcements. */
export interface AllowedMentions {
  parse: [];
  roles?: string[];
  repliedUser: false;
}

/** A message ready for discord.js (`reply`, `send`, `editReply`, `followUp`). */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: AllowedMentions;
}

/** Options for {@link renderReply}. */
export interface RenderOptions {
  readonly codec: CustomIdCodec;
  /** Base for relative image URLs; without it such thumbnails are omitted. */
  readonly publicUrl?: string | undefined;
  /** Add a "Share in channel" button (for ephemeral results). */
  readonly share?: boolean;
  /** The role an announcement may ping (only when the reply asks for it). */
  readonly promoRoleId?: string | undefined;
}

/** The mention policy for every message aisle sends. */
export const NO_MENTIONS: AllowedMentions = Object.freeze({
  parse: [],
  repliedUser: false,
}) as AllowedMentions;

const SNOWFLAKE = /^\d{17,20}$/;

/** Render a Reply as one Discord message. */
export function renderReply(reply: Reply, opts: RenderOptions): DiscordMessage {
  const ping =
    reply.pingPromoRole === true && opts.promoRoleId !== undefined && SNOWFLAKE.test(opts.promoRoleId);
  const prefix = ping ? `<@&${opts.promoRoleId}>\n` : '';
  const content = prefix + safeMarkdown(reply.text, LIMITS.content - prefix.length);

  const ids = new Set<string>();
  const extraRows: APIActionRowComponent<APIButtonComponent>[] = [];
  const chipRow = row(
    reply.chips.slice(0, LIMITS.buttonsPerRow).map((chip) =>
      actionButton(opts.codec, ids, {
        action: { type: 'remove_constraint', chipId: chip.id },
        label: `✕ ${safePlain(chip.label, LIMITS.buttonLabel - 2) || 'filter'}`,
      }),
    ),
  );
  if (chipRow) extraRows.push(chipRow);
  const share = opts.share === true && reply.cards.length > 0;
  const suggestionRow = row([
    ...reply.suggestions.slice(0, LIMITS.buttonsPerRow - (share ? 1 : 0)).map((text) =>
      actionButton(opts.codec, ids, {
        action: { type: 'suggestion', text },
        label: safePlain(text, LIMITS.buttonLabel),
      }),
    ),
    share
      ? actionButton(opts.codec, ids, {
          action: { type: 'share' },
          label: 'Share in channel',
          style: ButtonStyle.Success,
        })
      : undefined,
  ]);
  if (suggestionRow) extraRows.push(suggestionRow);

  const embeds = buildEmbeds({
    cards: reply.cards,
    comparison: reply.comparison,
    publicUrl: opts.publicUrl,
  });
  const shownCards = reply.cards.slice(0, embeds.length - (reply.comparison ? 1 : 0));
  const cardRows = shownCards
    .slice(0, LIMITS.actionRows - extraRows.length)
    .map((card) =>
      row([
        actionButton(opts.codec, ids, {
          action: { type: 'more_like_this', productId: card.id },
          label: `More like this (#${card.position})`,
          style: ButtonStyle.Primary,
        }),
        actionButton(opts.codec, ids, {
          action: { type: 'feedback', productId: card.id, value: 'up' },
          label: '👍',
        }),
        actionButton(opts.codec, ids, {
          action: { type: 'feedback', productId: card.id, value: 'down' },
          label: '👎',
        }),
        linkButton(card.url, `View #${card.position}`),
      ]),
    )
    .filter((r) => r !== undefined);

  const allowedMentions: AllowedMentions =
    ping && opts.promoRoleId !== undefined
      ? { parse: [], roles: [opts.promoRoleId], repliedUser: false }
      : { parse: [], repliedUser: false };
  const hasBody = content.trim() !== '' || embeds.length > 0;
  return {
    content: hasBody ? content : '…',
    embeds,
    components: [...cardRows, ...extraRows],
    allowedMentions,
  };
}

/** A plain text message (apologies, notices), escaped and clipped, mentioning nobody. */
export function renderText(text: string): DiscordMessage {
  return {
    content: safeMarkdown(text, LIMITS.content) || '…',
    embeds: [],
    components: [],
    allowedMentions: { ...NO_MENTIONS },
  };
}

function row(
  buttons: readonly (APIButtonComponent | undefined)[],
): APIActionRowComponent<APIButtonComponent> | undefined {
  const components = buttons.filter((b) => b !== undefined).slice(0, LIMITS.buttonsPerRow);
  return components.length > 0 ? { type: ComponentType.ActionRow, components } : undefined;
}

function actionButton(
  codec: CustomIdCodec,
  ids: Set<string>,
  b: {
    action: Action;
    label: string;
    style?: ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success;
  },
): APIButtonComponent | undefined {
  const customId = codec.encode(b.action);
  // Discord rejects a message whose buttons share a custom id; keep the first.
  if (ids.has(customId) || b.label.trim() === '') return undefined;
  ids.add(customId);
  return {
    type: ComponentType.Button,
    style: b.style ?? ButtonStyle.Secondary,
    label: b.label,
    custom_id: customId,
  };
}

function linkButton(url: string | undefined, label: string): APIButtonComponent | undefined {
  const safe = safeUrl(url, { maxLength: LIMITS.linkButtonUrl });
  return safe ? { type: ComponentType.Button, style: ButtonStyle.Link, label, url: safe } : undefined;
}
