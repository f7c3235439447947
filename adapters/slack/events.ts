import type { App } from '@slack/bolt';
import { answerInConversation, logFailure } from './deliver.ts';
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
    const userId = event.user;
    const teamId = context.teamId ?? event.team;
    const threadTs = event.thread_ts ?? event.ts;
    await answerInConversation(
      {
        render: deps.render,
        log: deps.log,
        placeholderAfterMs: deps.placeholderAfterMs,
        ids: { stage: 'app_mention', teamId, channelId: event.channel, userId, eventId: body.event_id },
      },
      { client, channel: event.channel, threadTs, userId, direct: false },
      async () => {
        const text = slackToPlain(event.text ?? '', context.botUserId);
        const roles = await deps.roles.rolesFor({ teamId, userId });
        const message = {
          teamId,
          channelId: event.channel,
          threadId: threadTs,
          userId,
          roles,
          text,
          direct: false,
          inPublic: true,
        };
        return deps.assistant.handle(toIncoming(message));
      },
    );
  });

  app.event('message', async ({ event, context, client, body }) => {
    // Only plain user messages in DMs: no edits, deletes, joins, bot posts or our own messages.
    if (event.subtype !== undefined || event.channel_type !== 'im') return;
    if (event.bot_id || !event.user || event.edited || event.user === context.botUserId) return;
    const userId = event.user;
    const teamId = context.teamId ?? event.team;
    await answerInConversation(
      {
        render: deps.render,
        log: deps.log,
        placeholderAfterMs: deps.placeholderAfterMs,
        ids: { stage: 'message.im', teamId, channelId: event.channel, userId, eventId: body.event_id },
      },
      { client, channel: event.channel, threadTs: event.thread_ts, userId, direct: true },
      async () => {
        const text = slackToPlain(event.text ?? '', context.botUserId);
        const roles = await deps.roles.rolesFor({ teamId, userId });
        const message = {
          teamId,
          channelId: event.channel,
          threadId: event.thread_ts,
          userId,
          roles,
          text,
          direct: true,
        };
        return deps.assistant.handle(toIncoming(message));
      },
    );
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
