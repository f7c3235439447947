import type { Command } from 'commander';
import { openEngine } from '../../src/app.ts';
import { toMajorNumber } from '../../src/catalog/money.ts';
import { categoryLabel, isInStock } from '../../src/catalog/product.ts';
import type { EmbedderKind } from '../../src/embed/select.ts';
import { parseConstraints } from '../../src/query/constraints.ts';
import { type CliContext, parseChoice } from './context.ts';

/** `aisle ask`: answer one message. */
export function registerAsk(program: Command, ctx: CliContext): void {
  program
    .command('ask')
    .description('answer one message, e.g. aisle ask "wireless headphones under 100 dollars"')
    .argument('<message...>', 'what the shopper writes')
    .option('--data-dir <dir>', 'where the index lives (default: AISLE_DATA_DIR or .aisle)')
    .option('--embedder <kind>', 'hashing|gpt2 (default: the one the index was built with)')
    .option('-k, --limit <n>', 'how many products', '5')
    .option('--json', 'print one JSON object')
    .action(
      async (words: string[], o: { dataDir?: string; embedder?: string; limit: string; json?: boolean }) => {
        const config = ctx.config({ dataDir: o.dataDir });
        const embedder = o.embedder
          ? parseChoice<EmbedderKind>('--embedder', o.embedder, ['auto', 'hashing', 'gpt2'])
          : undefined;
        const engine = await openEngine({
          config,
          logger: ctx.logger(config),
          ...(embedder ? { embedder } : {}),
        });
        try {
          const text = words.join(' ');
          const constraints = parseConstraints(text, engine.index().vocabulary());
          const { hits } = await engine.retriever.retrieve({
            constraints,
            k: Math.max(1, Number(o.limit) || 5),
          });
          const products = hits.map((h) => ({
            id: h.product.id,
            title: h.product.title,
            brand: h.product.brand,
            category: categoryLabel(h.product),
            price: toMajorNumber(h.product.price),
            currency: h.product.price.currency,
            inStock: isInStock(h.product),
            url: h.product.url ?? null,
            score: Math.round(h.score * 10_000) / 10_000,
          }));
          const lead =
            products.length > 0 ? `Here are ${products.length} picks:` : 'Nothing matched that request.';
          if (o.json) {
            ctx.out(JSON.stringify({ text: lead, constraints, products }));
            return;
          }
          ctx.out(lead);
          for (const [i, p] of products.entries()) {
            ctx.out(
              `${i + 1}. ${p.title} — ${p.brand}, ${p.price} ${p.currency}${p.inStock ? '' : ' (out of stock)'}`,
            );
          }
        } finally {
          await engine.close();
        }
      },
    );
}
