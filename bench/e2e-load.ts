/**
 * Load for the end-to-end benchmark: scripted shopping conversations (a request, then follow-ups
 * such as a price limit, "show me more", "tell me more about the second one"), sent by concurrent
 * clients through the web chat API or as signed Slack events. Each conversation waits for its
 * reply, then pauses before the next message, like a person would: a think time drawn uniformly
 * from 0 to twice the mean (the first message too, so conversations do not all start at once).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { APOLOGY, PLACEHOLDER } from '../adapters/slack/deliver.ts';
import type { FakeSlackApi, SlackApiCall } from '../test/fakes/slack-api.ts';
import { eventEnvelope, sendSigned } from '../test/fakes/slack-sign.ts';
import { Rng } from './synthetic.ts';

/** Secret the bench signs Slack requests with (the service is configured with it). */
export const BENCH_SIGNING_SECRET = 'bench-signing-secret';

/** Follow-ups sent after a request, in turn. */
export const FOLLOW_UPS = [
  'under $300',
  'show me more',
  'tell me more about the second one',
  'cheaper',
  'only in stock',
  'compare the first two',
];

/** Message `j` of conversation `c`: every fourth message is a new request, the rest follow-ups. */
export function scriptedMessage(opts: {
  queries: readonly string[];
  conversation: number;
  index: number;
}): string {
  const { queries, conversation: c, index: j } = opts;
  if (j % 4 === 0) return queries[(c * 13 + j) % queries.length] ?? 'headphones';
  return FOLLOW_UPS[(c + j) % FOLLOW_UPS.length] ?? 'show me more';
}

/** One message's outcome. `ackMs` is only known for Slack (the events endpoint's response). */
export interface Sample {
  readonly ok: boolean;
  readonly replyMs: number;
  readonly ackMs?: number;
}

/** Sends one message of one conversation and waits for its reply. */
export type Send = (conversation: number, text: string) => Promise<Sample>;

/** What one load level produced. */
export interface LevelRun {
  readonly samples: Sample[];
  readonly elapsedMs: number;
  /** Event-loop delay while it ran (p99, ms): long synchronous work shows here. */
  readonly loopDelayP99Ms: number;
}

/** Run `concurrency` conversations of `messagesEach` messages with think time around `thinkMs`. */
export async function runLevel(opts: {
  concurrency: number;
  messagesEach: number;
  thinkMs: number;
  queries: readonly string[];
  send: Send;
  /** Offsets conversation numbers so levels never share a conversation. */
  firstConversation: number;
}): Promise<LevelRun> {
  const rng = new Rng(opts.firstConversation + 7);
  const pause = (ms: number) => (ms > 0 ? sleep(ms) : Promise.resolve());
  const think = opts.concurrency > 1 ? opts.thinkMs : 0;
  const samples: Sample[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async (_, k) => {
      const conversation = opts.firstConversation + k;
      // The first message waits like every other one, so conversations do not start in a burst.
      await pause(rng.next() * 2 * think);
      for (let j = 0; j < opts.messagesEach; j++) {
        const text = scriptedMessage({ queries: opts.queries, conversation, index: j });
        samples.push(await opts.send(conversation, text));
        if (j + 1 < opts.messagesEach) await pause(rng.next() * 2 * think);
      }
    }),
  );
  const elapsedMs = performance.now() - started;
  loop.disable();
  return { samples, elapsedMs, loopDelayP99Ms: loop.percentile(99) / 1e6 };
}

/** A client of `POST /api/chat`; each conversation is its own session. */
export function webSender(baseUrl: string, prefix: string): Send {
  return async (conversation, text) => {
    const started = performance.now();
    try {
      const res = await fetch(`${baseUrl}api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId: `${prefix}-${conversation}`, text }),
      });
      const body = (await res.json()) as { kind?: string };
      return { ok: res.ok && body.kind !== 'error', replyMs: performance.now() - started };
    } catch {
      return { ok: false, replyMs: performance.now() - started };
    }
  };
}

/** Waits for the message the Slack adapter posts (or the placeholder it updates) per DM channel. */
export class SlackReplyWatcher {
  private readonly waiting = new Map<string, (call: SlackApiCall) => void>();
  private ts = 1_800_000_000;

  constructor(api: FakeSlackApi) {
    api.on('chat.postMessage', (call) => {
      const ts = `${++this.ts}.000100`;
      if (call.body.text !== PLACEHOLDER) this.settle(call);
      return { ok: true, channel: call.body.channel, ts, message: { ts, text: call.body.text } };
    });
    api.on('chat.update', (call) => {
      this.settle(call);
      return { ok: true, channel: call.body.channel, ts: call.body.ts, text: call.body.text };
    });
  }

  /** Resolves with the reply posted to `channel` (or rejects after `timeoutMs`). */
  next(channel: string, timeoutMs: number): Promise<{ call: SlackApiCall; at: number }> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(channel);
        reject(new Error(`no reply in ${channel}`));
      }, timeoutMs);
      this.waiting.set(channel, (call) => {
        clearTimeout(timer);
        resolve({ call, at: performance.now() });
      });
    });
  }

  private settle(call: SlackApiCall): void {
    const channel = String(call.body.channel ?? '');
    const done = this.waiting.get(channel);
    this.waiting.delete(channel);
    done?.(call);
  }
}

let eventCounter = 0;

/** Signed DM events to the Slack receiver; each conversation is its own user and DM channel. */
export function slackSender(opts: { baseUrl: string; watcher: SlackReplyWatcher; prefix: string }): Send {
  const url = `${opts.baseUrl}slack/events`;
  return async (conversation, text) => {
    eventCounter += 1;
    const channel = `D${opts.prefix}${conversation}`;
    const ts = `${1_700_000_000 + eventCounter}.000200`;
    const envelope = eventEnvelope(
      {
        type: 'message',
        channel_type: 'im',
        channel,
        user: `U${opts.prefix}${conversation}`,
        text,
        ts,
        event_ts: ts,
      },
      { eventId: `EvBench${eventCounter}` },
    );
    const reply = opts.watcher.next(channel, 15_000);
    reply.catch(() => {});
    const started = performance.now();
    let ackMs: number | undefined;
    try {
      const res = await sendSigned(url, BENCH_SIGNING_SECRET, envelope);
      ackMs = performance.now() - started;
      if (res.status !== 200) return { ok: false, ackMs, replyMs: ackMs };
      const { call, at } = await reply;
      return { ok: call.body.text !== APOLOGY, ackMs, replyMs: at - started };
    } catch {
      return { ok: false, replyMs: performance.now() - started, ...(ackMs !== undefined ? { ackMs } : {}) };
    }
  };
}
