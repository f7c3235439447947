/**
 * Slash commands and button presses → IncomingMessage → interaction responses. Every interaction is
 * acknowledged at once (deferred, choosing ephemeral at defer time) and then edited or followed up,
 * so Discord's 3-second window is always met.
 */
import {
  type BaseInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type GuildMember,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import type { Action, IncomingMessage } from '../../src/assistant/types.ts';
import { commandToRequest } from './command-input.ts';
import { APOLOGY, EXPIRED, type HandlerContext, logFailure, render } from './context.ts';
import { type DiscordMessage, renderText } from './render.ts';
import { resolveRoles } from './roles.ts';

/** How the interaction was acknowledged, which decides how the answer is delivered. */
type Ack = 'none' | 'reply' | 'update';

const EPHEMERAL = MessageFlags.Ephemeral;

/** Handle one INTERACTION_CREATE; never throws. */
export async function handleInteraction(interaction: Interaction, ctx: HandlerContext): Promise<void> {
  if (interaction.isChatInputCommand()) await handleCommand(interaction, ctx);
  else if (interaction.isButton()) await handleButton(interaction, ctx);
}

async function handleCommand(interaction: ChatInputCommandInteraction, ctx: HandlerContext): Promise<void> {
  const ack: { value: Ack } = { value: 'none' };
  await guarded(interaction, ctx, ack, async () => {
    const inGuild = interaction.guildId !== null;
    await interaction.deferReply(inGuild ? { flags: EPHEMERAL } : {});
    ack.value = 'reply';
    const request = commandToRequest(interaction, new Date());
    if ('error' in request) {
      await interaction.editReply(renderText(request.error));
      return;
    }
    const reply = await ctx.assistant.handle(incoming(interaction, ctx, request));
    const announce = interaction.commandName === 'promo' && !reply.ephemeral && inGuild;
    if (announce) {
      // The deferred (ephemeral) response must be resolved first, or the follow-up would replace it.
      await interaction.editReply(renderText('Posted in this channel.'));
      await interaction.followUp(render(ctx, reply, { share: false }));
      return;
    }
    const share = inGuild && interaction.commandName !== 'promo';
    await interaction.editReply(render(ctx, reply, { share }));
  });
}

async function handleButton(interaction: ButtonInteraction, ctx: HandlerContext): Promise<void> {
  const ack: { value: Ack } = { value: 'none' };
  await guarded(interaction, ctx, ack, async () => {
    const decoded = ctx.codec.decode(interaction.customId);
    if (!decoded.ok) {
      await interaction.reply({ ...renderText(EXPIRED), flags: EPHEMERAL });
      ack.value = 'reply';
      return;
    }
    const action = decoded.action;
    const inGuild = interaction.guildId !== null;
    const fromEphemeral = interaction.message.flags.has(EPHEMERAL);
    // Share posts a new public message; result changes on a private list replace it in place;
    // anything else answers the presser privately.
    const inPlace = action.type === 'share' || (fromEphemeral && action.type !== 'feedback');
    if (inPlace) {
      await interaction.deferUpdate();
      ack.value = 'update';
    } else {
      await interaction.deferReply(inGuild ? { flags: EPHEMERAL } : {});
      ack.value = 'reply';
    }
    const text = action.type === 'suggestion' ? action.text : '';
    const reply = await ctx.assistant.handle(incoming(interaction, ctx, { text, action }));
    if (action.type === 'share') {
      const payload = render(ctx, reply, { share: false });
      await interaction.followUp(reply.ephemeral ? { ...payload, flags: EPHEMERAL } : payload);
      return;
    }
    await interaction.editReply(render(ctx, reply, { share: inGuild && action.type !== 'feedback' }));
  });
}

/** Run a handler; on failure log ids only and give the user a short private apology. */
async function guarded(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ctx: HandlerContext,
  ack: { value: Ack },
  run: () => Promise<void>,
): Promise<void> {
  try {
    await run();
  } catch (err) {
    const ids = {
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      interactionId: interaction.id,
    };
    logFailure(ctx, ids, err);
    try {
      await apologize(interaction, ack.value, renderText(APOLOGY));
    } catch (apologyErr) {
      logFailure(ctx, ids, apologyErr);
    }
  }
}

async function apologize(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  ack: Ack,
  message: DiscordMessage,
): Promise<void> {
  const ephemeral: InteractionReplyOptions = { ...message, flags: EPHEMERAL };
  if (ack === 'none') await interaction.reply(ephemeral);
  else if (ack === 'reply') await interaction.editReply(message);
  else await interaction.followUp(ephemeral);
}

/** The interaction in core terms. */
function incoming(
  interaction: BaseInteraction,
  ctx: HandlerContext,
  request: { text: string; action?: Action },
): IncomingMessage {
  const channel = interaction.channel;
  const thread = channel?.isThread() ? channel : undefined;
  const base = {
    platform: 'discord' as const,
    channelId: thread?.parentId ?? interaction.channelId ?? interaction.user.id,
    userId: interaction.user.id,
    roles: resolveRoles(ctx.discord.roles, {
      userId: interaction.user.id,
      guildId: interaction.guildId ?? undefined,
      memberRoleIds: memberRoleIds(interaction.member),
    }),
    text: request.text,
    locale: interaction.locale,
    ...(request.action ? { action: request.action } : {}),
  };
  if (interaction.guildId === null) return { ...base, direct: true };
  const inGuild = { ...base, workspaceId: interaction.guildId };
  return thread ? { ...inGuild, threadId: thread.id } : inGuild;
}

/** Role ids of a member, whether discord.js built a GuildMember or kept the raw API member. */
function memberRoleIds(member: BaseInteraction['member']): string[] {
  if (!member) return [];
  if (Array.isArray(member.roles)) return [...member.roles];
  return [...(member as GuildMember).roles.cache.keys()];
}
