/**
 * Terminal shortcuts for the buttons other platforms have, typed as slash commands and applied
 * to the last reply's numbered cards and chips:
 *   /up N   /down N   /more N   /details N   /remove N (a filter chip)   /share   /next
 * Anything else is sent as text.
 */
import type { Action, Reply } from '../../src/assistant/types.ts';

/** What one typed line becomes: text, an action, or a local problem to print. */
export type TerminalInput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'action'; readonly action: Action }
  | { readonly kind: 'problem'; readonly message: string };

/** The help line for the shortcuts. */
export const SHORTCUTS =
  '/up N, /down N, /more N, /details N (a card), /remove N (a filter), /share, /next, /quit';

/** Turn a typed line into text or an action against the last reply. */
export function parseTerminalLine(line: string, last: Reply | undefined): TerminalInput {
  const m = /^\/(\w+)(?:\s+(\S+))?\s*$/.exec(line.trim());
  if (!m) return { kind: 'text', text: line };
  const [, command = '', arg] = m;
  const n = arg === undefined ? Number.NaN : Number(arg);
  const card = Number.isInteger(n) ? last?.cards.find((c) => c.position === n) : undefined;
  const needCard = (build: (id: string) => Action): TerminalInput =>
    card
      ? { kind: 'action', action: build(card.id) }
      : { kind: 'problem', message: `No card ${arg ?? ''} on screen.` };
  switch (command.toLowerCase()) {
    case 'up':
      return needCard((productId) => ({ type: 'feedback', productId, value: 'up' }));
    case 'down':
      return needCard((productId) => ({ type: 'feedback', productId, value: 'down' }));
    case 'more':
      return needCard((productId) => ({ type: 'more_like_this', productId }));
    case 'details':
      return needCard((productId) => ({ type: 'details', productId }));
    case 'share':
      return { kind: 'action', action: { type: 'share' } };
    case 'next':
      return { kind: 'action', action: { type: 'show_more' } };
    case 'remove': {
      const chip = Number.isInteger(n) ? last?.chips[n - 1] : last?.chips.find((c) => c.id === arg);
      return chip
        ? { kind: 'action', action: { type: 'remove_constraint', chipId: chip.id } }
        : { kind: 'problem', message: `No filter ${arg ?? ''} on screen.` };
    }
    default:
      return { kind: 'problem', message: `Unknown command /${command}. Shortcuts: ${SHORTCUTS}` };
  }
}
