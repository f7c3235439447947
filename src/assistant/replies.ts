/**
 * Small Reply builders shared by the flows. A reply to a shared channel is private by default;
 * announcements and shares are public.
 */
import { constraintChips } from '../query/constraints.ts';
import type { Constraints } from '../query/types.ts';
import type { Turn } from './context.ts';
import type { Language } from './language.ts';
import type { Reply, ReplyKind } from './types.ts';

/** A reply with text only (plus optional suggestions). */
export function textReply(
  turn: Pick<Turn, 'language' | 'ephemeral'>,
  kind: ReplyKind,
  text: string,
  extra: Partial<Pick<Reply, 'suggestions' | 'constraints' | 'chips'>> = {},
): Reply {
  return {
    kind,
    text,
    cards: [],
    chips: extra.chips ?? [],
    suggestions: extra.suggestions ?? [],
    ephemeral: turn.ephemeral,
    language: turn.language,
    ...(extra.constraints ? { constraints: extra.constraints } : {}),
  };
}

/** The constraints of a reply as removable chips, labelled in the reply's language. */
export function chipsFor(c: Constraints | undefined, language: Language): Reply['chips'] {
  return c ? constraintChips(c, { language }) : [];
}

/** The apology for an unexpected failure (never the error itself); the adapters show it too. */
export const APOLOGY = 'Sorry, something went wrong on my side. Please try again in a moment.';

/** The short apology every unexpected failure becomes. */
export function errorReply(opts: { language: Language; ephemeral: boolean }): Reply {
  const text = opts.language === 'zh' ? '抱歉，我这边出了点问题。请稍后再试。' : APOLOGY;
  return textReply(opts, 'error', text);
}

/** A polite refusal for an action the user's role does not allow; nothing changes. */
export function refusalReply(turn: Pick<Turn, 'language' | 'ephemeral'>, need: 'staff' | 'manager'): Reply {
  const en =
    need === 'manager'
      ? "Sorry, only the shop's community managers can do that. I can still help you find products."
      : 'Sorry, that is for support staff only. I can still help you find products.';
  const zh =
    need === 'manager'
      ? '抱歉，只有社区管理员可以这样做。我仍然可以帮你找商品。'
      : '抱歉，这是客服专用功能。我仍然可以帮你找商品。';
  return textReply(turn, 'refusal', turn.language === 'zh' ? zh : en);
}
