/**
 * Which flow handles a message: a button press (action) first, else the text's intent. Role
 * checks happen here, before any staff or manager flow runs, so no adapter can skip them.
 */
import type { Outcome, Services, Turn } from './context.ts';
import { feedback, forgetMe, stats } from './flows/account.ts';
import { compare, details } from './flows/inspect.ts';
import { announcePromo, createPromo, endPromo, listPromos } from './flows/promos.ts';
import {
  cheaper,
  customerRequest,
  parseRequest,
  removeChip,
  share,
  shoppingRequest,
  showMore,
  shownProducts,
} from './flows/shopper.ts';
import { moreLike, similarToCode } from './flows/similar.ts';
import { greet, help, offTopic, reset, thank } from './flows/talk.ts';
import { detectIntent } from './intents.ts';
import { detectLanguage } from './language.ts';
import { parsePromoCommand } from './promo-commands.ts';
import { resolveReferences } from './references.ts';
import { refusalReply, textReply } from './replies.ts';
import type { Action } from './types.ts';

/** Longest text the assistant reads; the rest is ignored. */
export const MAX_TEXT = 500;

function requireRole(turn: Turn, need: 'staff' | 'manager', intent: string): Outcome | undefined {
  const ok = need === 'manager' ? turn.manager : turn.staff;
  return ok ? undefined : { reply: refusalReply(turn, need), intent, code: 'FORBIDDEN' };
}

async function promoCommand(services: Services, turn: Turn, text: string): Promise<Outcome> {
  const command = parsePromoCommand(text);
  switch (command.kind) {
    case 'create':
      return createPromo(services, turn, command.draft);
    case 'list':
      return listPromos(services, turn);
    case 'end':
      return endPromo(services, turn, command.id);
    case 'announce':
      return announcePromo(services, turn, command.id);
    case 'invalid':
      return {
        reply: textReply(
          turn,
          'promo',
          `Sorry, I didn't understand that promo command: ${command.problem}. Say "help" for the grammar.`,
        ),
        intent: 'promo_command',
        code: 'PROMO_INVALID',
      };
  }
}

/** Route a text message by its intent. */
export async function routeText(services: Services, turn: Turn, text: string): Promise<Outcome> {
  const intent = detectIntent(text);
  switch (intent.kind) {
    case 'greeting':
      return greet(turn);
    case 'thanks':
      return thank(turn);
    case 'help':
      return help(turn);
    case 'reset':
      return reset(turn);
    case 'forget':
      return forgetMe(services, turn);
    case 'off_topic':
      return mentionsCatalog(turn, text) ? shoppingRequest(services, turn, text) : offTopic(turn);
    case 'show_more':
      return showMore(services, turn);
    case 'share':
      return share(services, turn);
    case 'cheaper':
      return cheaper(services, turn, text);
    case 'drop':
      return removeChip(services, turn, intent.chip);
    case 'compare': {
      const refs = resolveReferences({ text: intent.text, shown: shownProducts(turn), bareNumbers: true });
      if (refs.ids.length === 0 && refs.missing.length === 0 && intent.firstN === undefined) {
        return shoppingRequest(services, turn, text);
      }
      return compare(services, turn, intent);
    }
    case 'details':
      return details(services, turn, { text: intent.text });
    case 'more_like':
      return moreLike(services, turn, { text: intent.text, rest: intent.rest });
    case 'promo_command':
      return requireRole(turn, 'manager', 'promo_command') ?? promoCommand(services, turn, intent.text);
    case 'stats':
      return requireRole(turn, 'manager', 'stats') ?? stats(services, turn);
    case 'staff_suggest':
      return requireRole(turn, 'staff', 'staff_suggest') ?? customerRequest(services, turn, intent.text);
    case 'staff_similar':
      return (
        requireRole(turn, 'staff', 'staff_similar') ?? similarToCode(services, turn, intent.code, intent.rest)
      );
    case 'request':
      return shoppingRequest(services, turn, text);
  }
}

/** True when an off-topic-looking text names a catalog category or brand ("a book of poems"). */
function mentionsCatalog(turn: Turn, text: string): boolean {
  const { constraints } = parseRequest(turn, text);
  return constraints.categories.length > 0 || constraints.brands.length > 0;
}

/** Route a button press or structured command. */
export async function routeAction(services: Services, turn: Turn, action: Action): Promise<Outcome> {
  switch (action.type) {
    case 'more_like_this':
      return moreLike(services, turn, { productId: action.productId });
    case 'feedback':
      return feedback(services, turn, action.productId, action.value);
    case 'details':
      return details(services, turn, { productId: action.productId });
    case 'show_more':
      return showMore(services, turn);
    case 'remove_constraint':
      return removeChip(services, turn, action.chipId);
    case 'suggestion': {
      const text = action.text.trim().slice(0, MAX_TEXT);
      return routeText(services, { ...turn, text, language: detectLanguage(text) }, text);
    }
    case 'share':
      return share(services, turn);
    case 'staff_suggest':
      return (
        requireRole(turn, 'staff', 'staff_suggest') ??
        customerRequest(services, turn, action.text.trim().slice(0, MAX_TEXT))
      );
    case 'promo_create':
      return requireRole(turn, 'manager', 'promo_create') ?? createPromo(services, turn, action.promo);
    case 'promo_list':
      return requireRole(turn, 'manager', 'promo_list') ?? listPromos(services, turn);
    case 'promo_end':
      return requireRole(turn, 'manager', 'promo_end') ?? endPromo(services, turn, action.promoId);
    case 'promo_announce':
      return requireRole(turn, 'manager', 'promo_announce') ?? announcePromo(services, turn, action.promoId);
  }
}
