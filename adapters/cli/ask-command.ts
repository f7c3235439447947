import type { Command } from 'commander';
import { askJson } from '../terminal/json.ts';
import { renderReply } from '../terminal/render.ts';
import { type CliContext, parseEmbedderFlag, withAssistant } from './context.ts';

/** `aisle ask`: answer one message through the assistant. */
export function registerAsk(program: Command, ctx: CliContext): void {
  program
    .command('ask')
    .description('answer one message, e.g. aisle ask "wireless headphones under 100 dollars"')
    .argument('<message...>', 'what the shopper writes')
    .option('--data-dir <dir>', 'where the index lives (default: AISLE_DATA_DIR or .aisle)')
    .option('--embedder <kind>', 'hashing|gpt2 (default: the one the index was built with)')
    .option('-k, --limit <n>', 'how many products (1-20)', '5')
    .option('--json', 'print one JSON object')
    .action(
      async (words: string[], o: { dataDir?: string; embedder?: string; limit: string; json?: boolean }) => {
        const base = ctx.config({ dataDir: o.dataDir });
        // One question, no conversation to keep.
        const config = { ...base, conversations: { ...base.conversations, store: 'memory' as const } };
        const embedder = parseEmbedderFlag(o.embedder);
        const logger = ctx.logger(config);
        await withAssistant({ config, logger, embedder }, async (assistant) => {
          const reply = await assistant.handle({
            platform: 'terminal',
            channelId: 'ask',
            userId: process.env.USER || 'local',
            roles: ['shopper'],
            text: words.join(' '),
            direct: true,
            limit: Math.max(1, Number(o.limit) || 5),
          });
          ctx.out(o.json ? JSON.stringify(askJson(reply)) : renderReply(reply, { color: false }));
        });
      },
    );
}
