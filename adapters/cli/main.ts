import { Command, CommanderError } from 'commander';
import { loadDotEnv } from '../../src/config.ts';
import { isAisleError } from '../../src/errors.ts';
import { registerAsk } from './ask-command.ts';
import { registerChat } from './chat-command.ts';
import { type CliContext, defaultContext } from './context.ts';
import { registerDiscord } from './discord-command.ts';
import { registerEval } from './eval-command.ts';
import { registerIndex } from './index-command.ts';
import { registerServe } from './serve-command.ts';
import { registerStart } from './start-command.ts';
import { registerStats } from './stats-command.ts';

/** Build the `aisle` program with every command. */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('aisle')
    .description('a shopping assistant that lives in chat')
    .showHelpAfterError()
    .exitOverride();
  registerIndex(program, ctx);
  registerAsk(program, ctx);
  registerChat(program, ctx);
  registerEval(program, ctx);
  registerServe(program, ctx);
  registerStart(program, ctx);
  registerDiscord(program, ctx);
  registerStats(program, ctx);
  return program;
}

/** Run the CLI: a readable message and exit code 1 for expected errors, never a bare stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  loadDotEnv();
  try {
    await buildProgram(defaultContext()).parseAsync([...argv]);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (isAisleError(err)) {
      process.stderr.write(`error: ${err.userMessage()}\n`);
      if (process.env.AISLE_LOG_LEVEL === 'debug' && err.cause)
        process.stderr.write(`cause: ${String(err.cause)}\n`);
      return 1;
    }
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(`error: unexpected failure (INTERNAL): ${detail}\n`);
    if (process.env.AISLE_LOG_LEVEL === 'debug' && err instanceof Error)
      process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('Run again with AISLE_LOG_LEVEL=debug for details.\n');
    return 1;
  }
}

process.exitCode = await main(process.argv);
