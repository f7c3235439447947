import { pino } from 'pino';
import type { Logger } from '../../src/log.ts';

/** A logger that keeps every record in memory, for asserting on what was (or was not) logged. */
export interface MemoryLog {
  readonly logger: Logger;
  /** Every record, parsed, in order. */
  readonly records: Record<string, unknown>[];
  /** Each record's `msg`. */
  messages(): string[];
}

/** A pino logger writing into an array (debug level unless told otherwise). */
export function memoryLogger(opts: { level?: 'debug' | 'info' } = {}): MemoryLog {
  const records: Record<string, unknown>[] = [];
  const logger = pino(
    { level: opts.level ?? 'debug' },
    { write: (line: string) => void records.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, records, messages: () => records.map((r) => String(r.msg)) };
}
