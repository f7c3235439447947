import type { App, BlockButtonAction, RespondFn } from '@slack/bolt';
import type { Reply } from '../../src/assistant/types.ts';
import { ACTION_ID_PATTERN, decodeButton } from './actions.ts';
import {
  APOLOGY,
  answerAfterButton,
  type Conversation,
  type LogIds,
  logFailure,
  post,
  respondEphemeral,
  sendWithImageFallback,
  slackErrorCode,
} from './deliver.ts';
import { slackToPlain } from './escape.ts';
import { type HandlerDeps, isDirectChannel, toIncoming } from './incoming.ts';

/** The slash command aisle registers (see manifest.yml). */
export const SLASH_COMMAND = '/aisle';

const NOT_IN_CHANNEL =
  "I can't post in this channel yet. Invite me with /invite @aisle, then press Share to channel again.";

/** Replies worth a Share button: products or a comparison a shopper might want to show others. */
function shareable(reply: Reply): boolean {
  const kind = reply.kind === 'results' || reply.kind === 'details' || reply.kind === 'comparison';
  return kind && (reply.cards.length > 0 || reply.comparison !== undefined);
}

async function apologise(respond: RespondFn, deps: HandlerDeps, ids: LogIds): Promise<void> {
  await respondEphemeral(respond, { text: APOLOGY, blocks: [] }).catch((e: unknown) =>
    logFailure(deps.log, e, { ...ids, stage: `${ids.stage}:apology` }),
  );
}

/**
 * The slash command and button presses. Both ack first (within Slack's 3 seconds) and then work;
 * slash command results are ephemeral, with a Share button that posts them in the channel.
 */
export function registerInteractionHandlers(app: App, deps: HandlerDeps): void {
  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const teamId = command.team_id || undefined;
    const userId = command.user_id;
    const direct = isDirectChannel(command.channel_id);
    const ids: LogIds = { stage: 'command', teamId, channelId: command.channel_id, userId };
    try {
      const text = slackToPlain(command.text ?? '');
      const roles = await deps.roles.rolesFor({ teamId, userId });
      const reply = await deps.assistant.handle(
        toIncoming({ teamId, channelId: command.channel_id, userId, roles, text, direct }),
      );
      if (reply.kind === 'announcement' && !reply.ephemeral) {
        // A manager's announcement goes to the channel as the bot (never with a ping).
        const conv = { client, channel: command.channel_id, threadTs: undefined, userId, direct };
        await answerAfterButton(deps.render, conv, reply);
        return;
      }
      const share = !direct && shareable(reply) ? { share: { request: text } } : {};
      await sendWithImageFallback(deps.render, reply, share, (m) => respondEphemeral(respond, m));
    } catch (err) {
      logFailure(deps.log, err, ids);
      await apologise(respond, deps, ids);
    }
  });

  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: ACTION_ID_PATTERN },
    async ({ ack, body, action, respond, client }) => {
      await ack();
      const userId = body.user.id;
      const teamId = body.team?.id ?? body.user.team_id;
      const channelId = body.channel?.id;
      const ids: LogIds = { stage: 'block_actions', teamId, channelId, userId, actionId: action.action_id };
      const intent = decodeButton(action.value);
      if (!intent || !channelId) {
        deps.log.warn({ ...ids }, 'ignored a Slack button aisle did not write or with no channel');
        return;
      }
      const direct = isDirectChannel(channelId);
      const ephemeralSource = body.container?.is_ephemeral === true;
      const message = body.message;
      const threadTs =
        typeof message?.thread_ts === 'string' ? message.thread_ts : direct ? undefined : message?.ts;
      const conv: Conversation = {
        client,
        channel: channelId,
        threadTs: ephemeralSource ? undefined : threadTs,
        userId,
        direct,
      };
      try {
        const roles = await deps.roles.rolesFor({ teamId, userId });
        const reply = await deps.assistant.handle(
          toIncoming({
            teamId,
            channelId,
            threadId: conv.threadTs,
            userId,
            roles,
            text: intent.text,
            direct,
            action: intent.action,
          }),
        );
        if (intent.action.type === 'share') {
          await share(deps, conv, reply, respond);
        } else if (ephemeralSource) {
          const extra = !direct && shareable(reply) ? { share: { request: intent.text } } : {};
          await sendWithImageFallback(deps.render, reply, extra, (m) => respondEphemeral(respond, m));
        } else {
          await answerAfterButton(deps.render, conv, reply);
        }
      } catch (err) {
        logFailure(deps.log, err, ids);
        await apologise(respond, deps, ids);
      }
    },
  );
}

/** Post a shared reply in the channel (top level); tell the sharer privately if that is not possible. */
async function share(deps: HandlerDeps, conv: Conversation, reply: Reply, respond: RespondFn): Promise<void> {
  if (reply.ephemeral) {
    await sendWithImageFallback(deps.render, reply, {}, (m) => respondEphemeral(respond, m));
    return;
  }
  try {
    await sendWithImageFallback(deps.render, reply, {}, (m) => post({ ...conv, threadTs: undefined }, m));
  } catch (err) {
    const code = slackErrorCode(err);
    if (code !== 'not_in_channel' && code !== 'channel_not_found') throw err;
    await respondEphemeral(respond, { text: NOT_IN_CHANNEL, blocks: [] });
  }
}
