import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout stays free for `--json` output). Log ids and codes,
 * never tokens; message text only when AISLE_LOG_TEXT is on.
 */
export function createLogger(opts: { level?: string; name?: string } = {}): Logger {
  return pino(
    {
      name: opts.name ?? 'aisle',
      level: opts.level ?? 'info',
      redact: {
        paths: [
          'token',
          '*.token',
          'botToken',
          '*.botToken',
          'signingSecret',
          '*.signingSecret',
          'authorization',
        ],
        censor: '[redacted]',
      },
    },
    pino.destination({ dest: 2, sync: false }),
  );
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
