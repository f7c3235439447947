/**
 * Per-message stage timings while the service answers real requests. Each assistant call runs in
 * its own async context; the engine's `observe` hook (embed, search, rerank of every retrieval)
 * adds to the record of the message it belongs to, even with many conversations in flight.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AssistantPort, IncomingMessage, Reply } from '../src/assistant/types.ts';
import type { StageTimings } from '../src/search/retriever.ts';
import { type LatencySummary, round, summarize } from './stats.ts';

/** What one message cost, in milliseconds. */
export interface MessageStages {
  readonly platform: string;
  readonly text: string;
  /** Whole assistant.handle call. */
  handle: number;
  embed: number;
  search: number;
  rerank: number;
  /** Retrievals this message ran (relaxation and checks may add some). */
  retrievals: number;
  reply?: Reply;
}

/** Collects {@link MessageStages} for every message the wrapped assistant handles. */
export class StageCollector {
  readonly messages: MessageStages[] = [];
  private readonly current = new AsyncLocalStorage<MessageStages>();

  /** The engine's observe hook. */
  readonly observe = (t: StageTimings): void => {
    const record = this.current.getStore();
    if (!record) return;
    record.embed += t.embed;
    record.search += t.search;
    record.rerank += t.rerank;
    record.retrievals += 1;
  };

  /** Wrap an assistant so each call gets its own record. */
  wrap(assistant: AssistantPort): AssistantPort {
    return {
      handle: async (message: IncomingMessage): Promise<Reply> => {
        const record: MessageStages = {
          platform: message.platform,
          text: message.text,
          handle: 0,
          embed: 0,
          search: 0,
          rerank: 0,
          retrievals: 0,
        };
        const started = performance.now();
        const reply = await this.current.run(record, () => assistant.handle(message));
        record.handle = performance.now() - started;
        record.reply = reply;
        this.messages.push(record);
        return reply;
      },
    };
  }

  /** Forget what was collected (after a warm-up). */
  reset(): void {
    this.messages.length = 0;
  }
}

/** Stage summaries over a set of messages; `other` is assistant time outside retrieval. */
export interface StageBreakdown {
  readonly messages: number;
  readonly retrievals_per_message: number;
  readonly handle: LatencySummary;
  readonly embed: LatencySummary;
  readonly search: LatencySummary;
  readonly rerank: LatencySummary;
  /** Understanding, conversation state, presenting cards: handle minus the retrieval stages. */
  readonly other: LatencySummary;
  /** The slowest messages (the bench's own scripted texts), where to look first. */
  readonly slowest: readonly { text: string; handle_ms: number; search_ms: number; other_ms: number }[];
}

function otherMs(m: MessageStages): number {
  return Math.max(0, m.handle - m.embed - m.search - m.rerank);
}

/** Summarise the collected messages. */
export function breakdown(messages: readonly MessageStages[]): StageBreakdown {
  const pick = (f: (m: MessageStages) => number) => summarize(messages.map(f));
  const retrievals = messages.reduce((a, m) => a + m.retrievals, 0);
  return {
    messages: messages.length,
    retrievals_per_message: messages.length ? Math.round((retrievals / messages.length) * 100) / 100 : 0,
    handle: pick((m) => m.handle),
    embed: pick((m) => m.embed),
    search: pick((m) => m.search),
    rerank: pick((m) => m.rerank),
    other: pick(otherMs),
    slowest: [...messages]
      .sort((a, b) => b.handle - a.handle)
      .slice(0, 5)
      .map((m) => ({
        text: m.text,
        handle_ms: round(m.handle, 1),
        search_ms: round(m.search, 1),
        other_ms: round(otherMs(m), 1),
      })),
  };
}
