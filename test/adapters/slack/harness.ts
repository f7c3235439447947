/**
 * Wires the real Slack adapter (bolt App + HTTPReceiver) to the loopback Slack API fake and the
 * fake assistant, behind a loopback HTTP server, and sends it signed requests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createSlackAdapter, SLACK_EVENTS_PATH, type SlackAdapter } from '../../../adapters/slack/app.ts';
import type { RoleMap } from '../../../src/config.ts';
import { FakeAssistant } from '../../fakes/fake-assistant.ts';
import { type FakeSlackApi, startFakeSlackApi } from '../../fakes/slack-api.ts';
import {
  buttonPress,
  eventEnvelope,
  type SlackHttpResult,
  sendSigned,
  slashCommand,
} from '../../fakes/slack-sign.ts';

export const SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-token';
export const CHANNEL = 'C0SHOP';
export const DM = 'D0DM01';
export const SHOPPER = 'U0SHOPPER';

/** Everything a Slack adapter test touches. */
export interface Harness {
  readonly api: FakeSlackApi;
  readonly assistant: FakeAssistant;
  readonly adapter: SlackAdapter;
  /** The events URL on the loopback server. */
  readonly url: string;
  /** Every log line the adapter wrote (JSON strings). */
  readonly logs: string[];
  /** POST a signed event envelope and wait until the adapter has finished handling it. */
  event(
    event: Record<string, unknown>,
    opts?: { eventId?: string; retryNum?: number },
  ): Promise<SlackHttpResult>;
  /** POST a signed slash command (does not wait for the handler: see `adapter.idle()`). */
  command(
    text: string,
    opts?: { userId?: string; channelId?: string; responseId?: string },
  ): Promise<SlackHttpResult>;
  /** Press a button that was sent in a payload and wait until it has been handled. */
  press(
    button: { action_id: string; value: string },
    opts?: {
      userId?: string;
      channelId?: string;
      message?: { ts: string; thread_ts?: string };
      responseId?: string;
    },
  ): Promise<SlackHttpResult>;
  close(): Promise<void>;
}

/** Options for {@link startHarness}. */
export interface HarnessOptions {
  readonly roles?: RoleMap;
  readonly groups?: Record<string, readonly string[]>;
  readonly publicUrl?: string;
  readonly placeholderAfterMs?: number;
}

let eventCounter = 0;

/** A mention of the bot from `user` in `channel`. */
export function mention(
  text: string,
  opts: { user?: string; channel?: string; ts?: string; thread_ts?: string } = {},
) {
  eventCounter += 1;
  const ts = opts.ts ?? `1700000${String(eventCounter).padStart(3, '0')}.000200`;
  return {
    type: 'app_mention',
    user: opts.user ?? SHOPPER,
    text: `<@UBOT0001> ${text}`,
    ts,
    channel: opts.channel ?? CHANNEL,
    event_ts: ts,
    ...(opts.thread_ts ? { thread_ts: opts.thread_ts } : {}),
  };
}

/** A direct message from `user`. */
export function directMessage(text: string, opts: { user?: string; extra?: Record<string, unknown> } = {}) {
  eventCounter += 1;
  const ts = `1700001${String(eventCounter).padStart(3, '0')}.000300`;
  return {
    type: 'message',
    channel_type: 'im',
    channel: DM,
    user: opts.user ?? SHOPPER,
    text,
    ts,
    event_ts: ts,
    ...opts.extra,
  };
}

/** Start the fake API, the adapter and a loopback server with the adapter mounted at /slack/events. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const api = await startFakeSlackApi({ groups: opts.groups ?? {} });
  const assistant = new FakeAssistant();
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const adapter = createSlackAdapter({
    assistant,
    slack: {
      botToken: BOT_TOKEN,
      signingSecret: SECRET,
      appToken: undefined,
      socketMode: false,
      apiUrl: api.apiUrl,
      roles: opts.roles ?? { staff: [], managers: [] },
    },
    publicUrl: opts.publicUrl,
    logger: pino({ level: 'info' }, sink),
    placeholderAfterMs: opts.placeholderAfterMs ?? 60_000,
  });
  await adapter.start();
  const listener = adapter.requestListener;
  if (!listener) throw new Error('HTTP mode should expose a request listener');
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith(SLACK_EVENTS_PATH)) listener(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SLACK_EVENTS_PATH}`;

  return {
    api,
    assistant,
    adapter,
    url,
    logs,
    async event(event, o = {}) {
      eventCounter += 1;
      const envelope = eventEnvelope(event, { eventId: o.eventId ?? `Ev${eventCounter}` });
      const headers: Record<string, string> =
        o.retryNum !== undefined
          ? { 'x-slack-retry-num': String(o.retryNum), 'x-slack-retry-reason': 'http_timeout' }
          : {};
      const res = await sendSigned(url, SECRET, envelope, { headers });
      await adapter.idle();
      return res;
    },
    async command(text, o = {}) {
      const body = slashCommand({
        text,
        userId: o.userId ?? SHOPPER,
        channelId: o.channelId ?? CHANNEL,
        responseUrl: api.responseUrl(o.responseId ?? 'cmd'),
      });
      return sendSigned(url, SECRET, body);
    },
    async press(button, o = {}) {
      const body = buttonPress({
        button,
        userId: o.userId ?? SHOPPER,
        channelId: o.channelId ?? CHANNEL,
        responseUrl: api.responseUrl(o.responseId ?? 'btn'),
        ...(o.message ? { message: o.message } : {}),
      });
      const res = await sendSigned(url, SECRET, body);
      await adapter.idle();
      return res;
    },
    async close() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await api.close();
    },
  };
}

/** Find a button in a recorded payload by the start of its action_id. */
export function findButton(
  payload: Record<string, unknown>,
  idPrefix: string,
): { action_id: string; value: string } {
  const blocks = (payload.blocks ?? []) as {
    type: string;
    elements?: { action_id?: string; value?: string }[];
  }[];
  for (const block of blocks) {
    for (const el of block.elements ?? []) {
      if (el.action_id?.startsWith(idPrefix) && el.value) return { action_id: el.action_id, value: el.value };
    }
  }
  throw new Error(`no button ${idPrefix} in ${JSON.stringify(blocks).slice(0, 400)}`);
}
