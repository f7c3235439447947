import { pino } from 'pino';
import type { Logger } from '../../../src/log.ts';

/** A logger that keeps every record in memory, for asserting on startup lines. */
export function memoryLogger(): { logger: Logger; records: Record<string, unknown>[]; messages(): string[] } {
  const records: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug' },
    {
      write(line: string) {
        records.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  );
  return { logger, records, messages: () => records.map((r) => String(r.msg)) };
}
