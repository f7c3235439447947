/** A slash command's options → the text and action the core receives (no shopping logic here). */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { Action, PromoDraft } from '../../src/assistant/types.ts';
import { COMMANDS, parseEnds, parseProductIds, REQUEST_OPTION } from './commands.ts';

/** What a command asks the core, or a message telling the user what to fix. */
export type CommandRequest = { readonly text: string; readonly action?: Action } | { readonly error: string };

/** Translate /shop, /suggest and /promo into core input; `now` anchors relative promo ends. */
export function commandToRequest(interaction: ChatInputCommandInteraction, now: Date): CommandRequest {
  const options = interaction.options;
  switch (interaction.commandName) {
    case COMMANDS.shop:
      return { text: options.getString(REQUEST_OPTION, true) };
    case COMMANDS.suggest: {
      const text = options.getString(REQUEST_OPTION, true);
      return { text, action: { type: 'staff_suggest', text } };
    }
    case COMMANDS.promo:
      return promoRequest(interaction, now);
    default:
      return { error: `I don't know the command /${interaction.commandName}. Try /shop.` };
  }
}

function promoRequest(interaction: ChatInputCommandInteraction, now: Date): CommandRequest {
  const options = interaction.options;
  const sub = options.getSubcommand(true);
  const text = `/promo ${sub}`;
  switch (sub) {
    case 'create': {
      const draft = promoDraft(interaction, now);
      return 'error' in draft ? draft : { text, action: { type: 'promo_create', promo: draft } };
    }
    case 'list':
      return { text, action: { type: 'promo_list' } };
    case 'end':
      return { text, action: { type: 'promo_end', promoId: options.getString('id', true).trim() } };
    case 'announce':
      return { text, action: { type: 'promo_announce', promoId: options.getString('id', true).trim() } };
    default:
      return { error: `Unknown /promo subcommand "${sub}". Use create, list, end or announce.` };
  }
}

function promoDraft(interaction: ChatInputCommandInteraction, now: Date): PromoDraft | { error: string } {
  const options = interaction.options;
  const ends = options.getString('ends');
  const endsAt = ends === null ? undefined : parseEnds(ends, now);
  if (ends !== null && endsAt === undefined) {
    return { error: 'The "ends" option must be a date like 2025-08-31 or a duration like 7d, 12h or 2w.' };
  }
  const productIds = parseProductIds(options.getString('products') ?? '');
  const query = options.getString('query')?.trim();
  const boost = options.getInteger('boost');
  const code = options.getString('code')?.trim();
  const announcement = options.getString('announcement')?.trim();
  return {
    label: options.getString('label', true).trim(),
    ...(query ? { query } : {}),
    ...(productIds.length > 0 ? { productIds } : {}),
    ...(boost !== null ? { boost } : {}),
    ...(endsAt !== undefined ? { endsAt } : {}),
    ...(code ? { discountCode: code } : {}),
    ...(announcement ? { announcement } : {}),
  };
}
