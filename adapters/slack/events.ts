import type { App } from '@slack/bolt';
import { answerInConversation, type Conversation, logFailure } from './deliver.ts';
import { slackToPlain } from './escape.ts';
import { renderHome } from './home.ts';
import { type HandlerDeps, toIncoming } from './incoming.ts';

/**
 * Events API handlers: mentions in channels (answered in a thread), direct messages, and the App
 * Home tab. Bolt acknowledges events before these run, so slow work never delays the ack.
 */
export function registerEventHandlers(app: App, deps: HandlerDeps): void {
  // A delivery seen before (Slack retry, duplicate event_id) is dropped before any handler runs.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !deps.dedupe.firstSeen(eventId)) {
      deps.log.debug({ eventId }, 'duplicate Slack delivery ignored');
      return;
    }
    await next();
  });

  app.event('app_mention', async ({ event, context, client, body }) => {
    if (event.bot_id || event.subtype || event.edited || !event.user) return;
    await answerMessage(deps, {
      stage: 'app_mention',
      eventId: body.event_id,
      client,
      teamId: context.teamId ?? event.team,
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      userId: event.user,
      direct: false,
      slackText: event.text ?? '',
      botUserId: context.botUserId,
    });
  });

  app.event('message', async ({ event, context, client, body }) => {
    // Only plain user messages in DMs: no edits, deletes, joins, bot posts or our own messages.
    if (event.subtype !== undefined || event.channel_type !== 'im') return;
    if (event.bot_id || !event.user || event.edited || event.user === context.botUserId) return;
    await answerMessage(deps, {
      stage: 'message.im',
      eventId: body.event_id,
      client,
      teamId: context.teamId ?? event.team,
      channel: event.channel,
      threadTs: event.thread_ts,
      userId: event.user,
      direct: true,
      slackText: event.text ?? '',
      botUserId: context.botUserId,
    });
  });

  app.event('app_home_opened', async ({ event, context, client, body }) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    const userId = event.user;
    const teamId = context.teamId;
    const ids = {
      stage: 'app_home_opened',
      teamId,
      channelId: event.channel,
      userId,
      eventId: body.event_id,
    };
    try {
      const roles = await deps.roles.rolesFor({ teamId, userId });
      const manager = roles.includes('manager');
      let promos: Awaited<ReturnType<typeof deps.assistant.handle>> | undefined;
      if (manager) {
        try {
          const message = { teamId, channelId: event.channel, userId, roles, text: '', direct: true };
          promos = await deps.assistant.handle(toIncoming({ ...message, action: { type: 'promo_list' } }));
        } catch (err) {
          logFailure(deps.log, err, { ...ids, stage: 'app_home_opened:promo_list' });
        }
      }
      await client.views.publish({
        user_id: userId,
        view: renderHome({ manager, promos, publicUrl: deps.publicUrl }),
      });
    } catch (err) {
      logFailure(deps.log, err, ids);
    }
  });
}

/** A mention or DM to answer: where and from whom, and the text as Slack sent it. */
interface Asked extends Conversation {
  /** Names the handler in failure logs. */
  readonly stage: string;
  readonly eventId: string;
  readonly teamId: string | undefined;
  /** The message text with Slack markup and the bot's mention. */
  readonly slackText: string;
  readonly botUserId: string | undefined;
}

/** Answer a mention (in its thread, publicly) or a DM through the assistant. */
async function answerMessage(deps: HandlerDeps, asked: Asked): Promise<void> {
  const { stage, eventId, teamId, channel: channelId, threadTs, userId, direct } = asked;
  await answerInConversation(
    {
      render: deps.render,
      log: deps.log,
      placeholderAfterMs: deps.placeholderAfterMs,
      ids: { stage, teamId, channelId, userId, eventId },
    },
    asked,
    async () => {
      const text = slackToPlain(asked.slackText, asked.botUserId);
      const roles = await deps.roles.rolesFor({ teamId, userId });
      const message = {
        teamId,
        channelId,
        threadId: threadTs,
        userId,
        roles,
        text,
        direct,
        inPublic: !direct,
      };
      return deps.assistant.handle(toIncoming(message));
    },
  );
}
