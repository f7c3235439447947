/**
 * Mentions of the bot in server channels and direct messages → IncomingMessage → reply.
 * Works without the privileged MessageContent intent: Discord includes the content of messages
 * that mention the bot and of DMs.
 */
import type { Message } from 'discord.js';
import type { IncomingMessage } from '../../src/assistant/types.ts';
import { APOLOGY, type HandlerContext, logFailure, render } from './context.ts';
import { renderText } from './render.ts';
import { resolveRoles } from './roles.ts';

/** Handle one MESSAGE_CREATE; never throws. */
export async function handleMessage(message: Message, ctx: HandlerContext): Promise<void> {
  const incoming = toIncoming(message, ctx);
  if (!incoming) return;
  const ids = {
    guildId: message.guildId,
    channelId: message.channelId,
    userId: message.author.id,
    messageId: message.id,
  };
  try {
    if ('sendTyping' in message.channel) {
      message.channel.sendTyping().catch(() => undefined);
    }
    const reply = await ctx.assistant.handle(incoming);
    await message.reply(render(ctx, reply, { share: false }));
  } catch (err) {
    logFailure(ctx, ids, err);
    try {
      await message.reply(renderText(APOLOGY));
    } catch (apologyErr) {
      logFailure(ctx, ids, apologyErr);
    }
  }
}

/** The message in core terms, or undefined when it is not for us (bots, ourselves, no mention). */
export function toIncoming(message: Message, ctx: HandlerContext): IncomingMessage | undefined {
  const me = message.client.user;
  if (message.author.bot || message.webhookId !== null || message.system) return undefined;
  if (message.author.id === me.id) return undefined;
  const direct = message.guildId === null;
  const botRoleIds = direct
    ? []
    : [...message.mentions.roles.filter((role) => role.tags?.botId === me.id).keys()];
  if (!direct && !message.mentions.users.has(me.id) && botRoleIds.length === 0) return undefined;

  const text = stripMentions(message.content, [me.id], botRoleIds);
  const channel = message.channel;
  const thread = !direct && channel.isThread() ? channel : undefined;
  const memberRoleIds = message.member ? [...message.member.roles.cache.keys()] : [];
  const base = {
    platform: 'discord' as const,
    channelId: thread?.parentId ?? message.channelId,
    userId: message.author.id,
    roles: resolveRoles(ctx.discord.roles, {
      userId: message.author.id,
      guildId: message.guildId ?? undefined,
      memberRoleIds,
    }),
    text,
  };
  if (direct) return { ...base, direct: true };
  // A mention is answered in the channel (Discord has no private replies to messages).
  const inGuild = { ...base, workspaceId: message.guildId ?? '', inPublic: true };
  return thread ? { ...inGuild, threadId: thread.id } : inGuild;
}

/** Remove mentions of the bot (user and managed role) and tidy the whitespace they leave. */
export function stripMentions(
  content: string,
  userIds: readonly string[],
  roleIds: readonly string[],
): string {
  let text = content;
  for (const id of userIds) text = text.replaceAll(`<@${id}>`, ' ').replaceAll(`<@!${id}>`, ' ');
  for (const id of roleIds) text = text.replaceAll(`<@&${id}>`, ' ');
  return text.replace(/[ \t]+/g, ' ').trim();
}
