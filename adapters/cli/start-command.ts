/**
 * `aisle start` (what `npm start` runs): the same service as `aisle serve`, with the shipped
 * demo catalog unless AISLE_CATALOG names another, readable log lines on a terminal, and a
 * short note on how to stop it.
 */
import type { Command } from 'commander';
import type { CliContext } from './context.ts';
import { exitOnSignal, type ServeFlags, serveConfig, startService } from './serve-command.ts';

/** Register `aisle start`. */
export function registerStart(program: Command, ctx: CliContext): void {
  program
    .command('start')
    .description('index the demo catalog if needed and serve the web chat (what `npm start` runs)')
    .option('--port <n>', 'port (default: PORT or 3000; 0 picks a free one)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .action(async (flags: Pick<ServeFlags, 'port' | 'host'>) => {
      const config = serveConfig(ctx, flags);
      const logger = ctx.logger(config);
      const service = await startService({ config, logger, out: ctx.out });
      ctx.out('Open it in a browser, or POST JSON to /api/chat. Press Ctrl+C to stop.');
      await exitOnSignal(service, logger);
    });
}
