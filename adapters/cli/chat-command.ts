import type { Command } from 'commander';
import type { Role } from '../../src/assistant/types.ts';
import { runChatSession } from '../terminal/session.ts';
import { type CliContext, parseChoice, parseEmbedderFlag, withAssistant } from './context.ts';

/** `aisle chat`: talk to the assistant on this terminal, or one message per line when piped. */
export function registerChat(program: Command, ctx: CliContext): void {
  program
    .command('chat')
    .description('chat with the assistant; piped input is read one message per line')
    .option('--data-dir <dir>', 'where the index lives (default: AISLE_DATA_DIR or .aisle)')
    .option('--embedder <kind>', 'hashing|gpt2 (default: the one the index was built with)')
    .option('--json', 'print one JSON reply per line')
    .option('--user <id>', 'who is talking', process.env.USER || 'local')
    .option('--role <role>', 'shopper|staff|manager', 'shopper')
    .action(
      async (o: { dataDir?: string; embedder?: string; json?: boolean; user: string; role: string }) => {
        const role = parseChoice<Role>('--role', o.role, ['shopper', 'staff', 'manager']);
        const embedder = parseEmbedderFlag(o.embedder);
        const config = ctx.config({ dataDir: o.dataDir });
        const logger = ctx.logger(config);
        await withAssistant({ config, logger, embedder }, async (assistant) => {
          const interactive = process.stdin.isTTY === true;
          await runChatSession({
            assistant,
            input: process.stdin,
            write: (text) => process.stdout.write(text),
            userId: o.user,
            role,
            json: o.json === true,
            interactive,
            color: process.stdout.isTTY === true && !process.env.NO_COLOR,
            ...(interactive ? { terminal: process.stdout } : {}),
          });
        });
      },
    );
}
