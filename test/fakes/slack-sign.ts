/**
 * Build and send requests the way Slack does: Events API envelopes (JSON), slash commands and
 * interactivity payloads (form-encoded), signed with v0 HMAC-SHA256 over `v0:timestamp:body`.
 */
import { createHmac } from 'node:crypto';

/** Signature headers for `body` (seconds-since-epoch timestamp; default now). */
export function slackSignature(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

/** A request body and its content type. */
export interface SlackBody {
  readonly body: string;
  readonly contentType: string;
}

/** An Events API envelope around `event`. */
export function eventEnvelope(
  event: Record<string, unknown>,
  opts: { eventId: string; teamId?: string; eventTime?: number },
): SlackBody {
  const teamId = opts.teamId ?? 'T0001';
  const body = JSON.stringify({
    token: 'verification-token-unused',
    team_id: teamId,
    api_app_id: 'A0001',
    type: 'event_callback',
    event_id: opts.eventId,
    event_time: opts.eventTime ?? 1_700_000_000,
    authorizations: [{ team_id: teamId, user_id: 'UBOT0001', is_bot: true, is_enterprise_install: false }],
    event,
  });
  return { body, contentType: 'application/json' };
}

/** A slash command as Slack posts it. */
export function slashCommand(fields: {
  text: string;
  userId: string;
  channelId: string;
  responseUrl: string;
  teamId?: string;
  command?: string;
}): SlackBody {
  const params = new URLSearchParams({
    token: 'verification-token-unused',
    team_id: fields.teamId ?? 'T0001',
    team_domain: 'test',
    channel_id: fields.channelId,
    channel_name: fields.channelId.startsWith('D') ? 'directmessage' : 'shopping',
    user_id: fields.userId,
    user_name: 'shopper',
    command: fields.command ?? '/aisle',
    text: fields.text,
    api_app_id: 'A0001',
    response_url: fields.responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  });
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** A block_actions payload for pressing `button` (an element as it was sent to Slack). */
export function buttonPress(fields: {
  button: { action_id: string; value: string };
  userId: string;
  channelId: string;
  responseUrl: string;
  /** The message the button was on; omit for an ephemeral message. */
  message?: { ts: string; thread_ts?: string };
  teamId?: string;
}): SlackBody {
  const payload = {
    type: 'block_actions',
    team: { id: fields.teamId ?? 'T0001', domain: 'test' },
    user: { id: fields.userId, username: 'shopper', team_id: fields.teamId ?? 'T0001' },
    api_app_id: 'A0001',
    token: 'verification-token-unused',
    container: fields.message
      ? { type: 'message', message_ts: fields.message.ts, channel_id: fields.channelId, is_ephemeral: false }
      : {
          type: 'message',
          message_ts: '1700000000.000001',
          channel_id: fields.channelId,
          is_ephemeral: true,
        },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    channel: { id: fields.channelId, name: 'shopping' },
    ...(fields.message ? { message: { type: 'message', user: 'UBOT0001', ...fields.message } } : {}),
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.button.action_id,
        block_id: 'b1',
        value: fields.button.value,
        text: { type: 'plain_text', text: 'x' },
        action_ts: '1700000000.000002',
      },
    ],
  };
  return {
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** What the receiver answered. */
export interface SlackHttpResult {
  readonly status: number;
  readonly text: string;
}

/** POST a signed body to `url`. `sign` overrides the secret or timestamp (for bad-signature tests). */
export async function sendSigned(
  url: string,
  secret: string,
  req: SlackBody,
  opts: { timestamp?: number; headers?: Record<string, string> } = {},
): Promise<SlackHttpResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': req.contentType,
      ...slackSignature(secret, req.body, opts.timestamp),
      ...opts.headers,
    },
    body: req.body,
  });
  return { status: res.status, text: await res.text() };
}
