import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/log.ts';

/**
 * Bolt's logger interface over aisle's pino logger. Bolt and its Web API / Socket Mode clients log
 * request and event payloads at debug level, which would leak message text, so debug is dropped
 * and the level reported to them is always "info". Only strings and error names/codes pass through.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack-bolt' });
  return {
    debug: () => {},
    info: (...msg: unknown[]) => child.debug(describe(msg)),
    warn: (...msg: unknown[]) => child.warn(describe(msg)),
    error: (...msg: unknown[]) => child.error(describe(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

function describe(parts: readonly unknown[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      if (p instanceof Error) {
        const code = (p as { code?: unknown }).code;
        return typeof code === 'string' ? `${p.name} (${code})` : p.name;
      }
      return typeof p === 'number' || typeof p === 'boolean' ? String(p) : '[object]';
    })
    .join(' ')
    .slice(0, 500);
}
