import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

const REDACT = [
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'signingSecret',
  '*.signingSecret',
  'authorization',
];

/**
 * Structured JSON logs on stderr (stdout stays free for `--json` output). Log ids and codes,
 * never tokens; message text only when AISLE_LOG_TEXT is on. `pretty` prints one short human
 * line per entry instead (the CLI on a terminal).
 */
export function createLogger(opts: { level?: string; name?: string; pretty?: boolean } = {}): Logger {
  const destination: DestinationStream = opts.pretty
    ? prettyStderr()
    : pino.destination({ dest: 2, sync: false });
  return pino(
    {
      name: opts.name ?? 'aisle',
      level: opts.level ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    destination,
  );
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg']);

function prettyStderr(): DestinationStream {
  return {
    write(line: string) {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        const level = LEVELS[Number(entry.level)] ?? 'info';
        const extra = Object.entries(entry)
          .filter(([k]) => !HIDDEN.has(k))
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' ');
        const prefix = level === 'info' ? '' : `${level}: `;
        process.stderr.write(`${prefix}${String(entry.msg ?? '')}${extra ? `  (${extra})` : ''}\n`);
      } catch {
        process.stderr.write(line);
      }
    },
  };
}
