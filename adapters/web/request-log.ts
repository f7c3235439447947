/**
 * Request-scoped logging: while a web request is being answered, every log line written through
 * a {@link contextualLogger} (the assistant's and the engine's) goes through that request's
 * child logger, so it carries the request id.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../../src/log.ts';

const current = new AsyncLocalStorage<Logger>();

/** Run `fn` with `log` as the logger of everything it does asynchronously. */
export function withRequestLogger<T>(log: Logger, fn: () => T): T {
  return current.run(log, fn);
}

/**
 * A logger that writes through the current request's logger when there is one, and through
 * `base` otherwise (start-up, reloads, Slack and Discord events).
 */
export function contextualLogger(base: Logger): Logger {
  return new Proxy(base, {
    get(target, prop) {
      const log = current.getStore() ?? target;
      const value: unknown = Reflect.get(log, prop, log);
      return typeof value === 'function' ? value.bind(log) : value;
    },
  });
}
