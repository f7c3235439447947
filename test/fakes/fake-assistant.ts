/**
 * A small deterministic AssistantPort for adapter tests (Slack, Discord, web). It answers text and
 * actions with realistic Replies (cards, chips, suggestions, a comparison), records every message,
 * can fail, be held until released, or fill every product field with a hostile string. Like the
 * real core it refuses promo actions to anyone who is not a manager.
 */
import type { AssistantPort, IncomingMessage, Reply } from '../../src/assistant/types.ts';
import { answer, hostileReply } from './fake-assistant-replies.ts';

export { FAKE_PRODUCTS } from './fake-assistant-replies.ts';

/** A held call: `reached` resolves when handle() is entered; `release`/`fail` finish it. */
export interface Gate {
  readonly reached: Promise<IncomingMessage>;
  release(): void;
  fail(err?: unknown): void;
}

/** The fake assistant. */
export class FakeAssistant implements AssistantPort {
  /** Every message handle() was called with, in order. */
  readonly received: IncomingMessage[] = [];
  private failures: unknown[] = [];
  private failEvery: unknown;
  private gates: { gate: Gate; wait: Promise<void>; entered: (m: IncomingMessage) => void }[] = [];
  private hostile: string | undefined;
  private override: ((m: IncomingMessage) => Reply) | undefined;
  private cursor = 0;
  private waiters: ((m: IncomingMessage) => void)[] = [];

  /** The next handle() rejects with `err`. */
  failNext(err: unknown = new Error('assistant exploded')): void {
    this.failures.push(err);
  }

  /** Every handle() rejects until called again with undefined. */
  failAlways(err: unknown = new Error('assistant down')): void {
    this.failEvery = err;
  }

  /** The next handle() waits until the returned gate is released (or failed). */
  holdNext(): Gate {
    let entered: (m: IncomingMessage) => void = () => {};
    let release: () => void = () => {};
    let fail: (e: unknown) => void = () => {};
    const reached = new Promise<IncomingMessage>((r) => {
      entered = r;
    });
    const wait = new Promise<void>((resolve, reject) => {
      release = resolve;
      fail = reject;
    });
    const gate: Gate = { reached, release, fail: (e = new Error('assistant exploded')) => fail(e) };
    this.gates.push({ gate, wait, entered });
    return gate;
  }

  /** Fill every product, chip, suggestion and comparison field with `text` (undefined = normal). */
  useHostile(text: string | undefined): void {
    this.hostile = text;
  }

  /** Answer with `fn` instead of the built-in behaviour (undefined = built-in). */
  respondWith(fn: ((m: IncomingMessage) => Reply) | undefined): void {
    this.override = fn;
  }

  /** The next message this test has not consumed yet (already received or still to come). */
  nextMessage(): Promise<IncomingMessage> {
    const m = this.received[this.cursor];
    if (m) {
      this.cursor += 1;
      return Promise.resolve(m);
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async handle(message: IncomingMessage): Promise<Reply> {
    this.received.push(message);
    const waiter = this.waiters.shift();
    if (waiter) {
      this.cursor += 1;
      waiter(message);
    }
    const held = this.gates.shift();
    if (held) {
      held.entered(message);
      await held.wait;
    }
    if (this.failures.length > 0) throw this.failures.shift();
    if (this.failEvery !== undefined) throw this.failEvery;
    if (this.override) return this.override(message);
    return this.hostile === undefined ? answer(message) : hostileReply(message, this.hostile);
  }
}
