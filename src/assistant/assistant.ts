/**
 * The assistant core: `handle(message) -> Reply`, platform-neutral. It loads the conversation's
 * state, routes the message to a flow, saves the new state and logs ids (never message text
 * unless `logText` is on). Nothing it does throws to the caller: an unexpected failure becomes a
 * short apology with an AisleError code in the log.
 */
import { toAisleError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { AssistantStores, Outcome, Services, Turn } from './context.ts';
import { detectLanguage, type Language } from './language.ts';
import { errorReply } from './replies.ts';
import { MAX_TEXT, routeAction, routeText } from './router.ts';
import type { EngineLike } from './search.ts';
import { type ConversationState, keyOfMessage, userKeyOf } from './state.ts';
import type { AssistantPort, IncomingMessage, Reply } from './types.ts';

/** Items per screen unless a message asks for another number. */
export const DEFAULT_PAGE_SIZE = 5;
const MAX_PAGE_SIZE = 20;

/** What an assistant is built from. */
export interface AssistantOptions {
  readonly engine: EngineLike;
  readonly stores: AssistantStores;
  readonly logger: Logger;
  readonly clock?: () => Date;
  /** Log message text (debugging only; logs otherwise carry ids). */
  readonly logText?: boolean;
  readonly pageSize?: number;
}

/** The platform-neutral assistant. Adapters call `handle` and render the Reply. */
export class Assistant implements AssistantPort {
  private readonly services: Services;
  private readonly logText: boolean;

  constructor(opts: AssistantOptions) {
    this.services = {
      engine: opts.engine,
      stores: opts.stores,
      logger: opts.logger,
      clock: opts.clock ?? (() => new Date()),
      pageSize: opts.pageSize ?? DEFAULT_PAGE_SIZE,
    };
    this.logText = opts.logText ?? false;
  }

  async handle(message: IncomingMessage): Promise<Reply> {
    const started = performance.now();
    const text = typeof message.text === 'string' ? message.text.trim().slice(0, MAX_TEXT) : '';
    let language: Language = detectLanguage(text);
    const ephemeral = isPrivateAnswer(message);
    try {
      const turn = await this.openTurn(message, text);
      language = turn.language;
      const outcome = message.action
        ? await routeAction(this.services, turn, message.action)
        : await routeText(this.services, turn, text);
      await this.save(turn, outcome.state);
      this.log(turn, outcome, performance.now() - started);
      return outcome.reply;
    } catch (err) {
      const e = toAisleError(err, {
        code: 'INTERNAL',
        message: 'Unexpected failure while handling a message.',
      });
      this.services.logger.error(
        { ...this.ids(message), code: e.code, err: e.message, cause: String(e.cause ?? '') },
        'message failed',
      );
      return errorReply({ language, ephemeral });
    }
  }

  private ids(m: IncomingMessage): Record<string, string | undefined> {
    return {
      platform: m.platform,
      workspace: m.workspaceId,
      channel: m.channelId,
      thread: m.threadId,
      user: m.userId,
      action: m.action?.type,
    };
  }

  private async openTurn(message: IncomingMessage, text: string): Promise<Turn> {
    const key = keyOfMessage(message);
    let state: ConversationState | undefined;
    try {
      state = await this.services.stores.conversations.get(key);
    } catch (err) {
      const e = toAisleError(err, {
        code: 'CONVERSATION_STORE',
        message: 'Could not read the conversation.',
      });
      this.services.logger.warn(
        { ...this.ids(message), code: e.code, err: e.message },
        'conversation state lost',
      );
    }
    const roles = new Set(message.roles ?? []);
    const language: Language =
      text !== ''
        ? detectLanguage(text)
        : (state?.language ?? (message.locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en'));
    const limit = message.limit ?? this.services.pageSize;
    return {
      message,
      text,
      language,
      key,
      userKey: userKeyOf(key),
      state,
      now: this.services.clock(),
      staff: roles.has('staff') || roles.has('manager'),
      manager: roles.has('manager'),
      ephemeral: isPrivateAnswer(message),
      index: this.services.engine.index(),
      pageSize: Math.max(1, Math.min(MAX_PAGE_SIZE, Math.floor(limit) || this.services.pageSize)),
    };
  }

  private async save(turn: Turn, state: ConversationState | null | undefined): Promise<void> {
    if (state === undefined) return;
    try {
      if (state === null) await this.services.stores.conversations.delete(turn.key);
      else await this.services.stores.conversations.set(turn.key, state);
    } catch (err) {
      const e = toAisleError(err, {
        code: 'CONVERSATION_STORE',
        message: 'Could not save the conversation.',
      });
      this.services.logger.warn(
        { ...this.ids(turn.message), code: e.code, err: e.message },
        'conversation not saved',
      );
    }
  }

  private log(turn: Turn, outcome: Outcome, ms: number): void {
    const entry = {
      ...this.ids(turn.message),
      intent: outcome.intent,
      kind: outcome.reply.kind,
      cards: outcome.reply.cards.map((c) => c.id),
      ms: Math.round(ms * 10) / 10,
      ...(outcome.code ? { code: outcome.code } : {}),
      ...(this.logText ? { text: turn.text } : {}),
    };
    if (outcome.code === 'FORBIDDEN') this.services.logger.warn(entry, 'refused: role does not allow this');
    else this.services.logger.info(entry, 'message handled');
  }
}

/**
 * Results are private by default in shared channels (slash commands, buttons) where the platform
 * allows; a direct conversation needs no privacy and a public mention is answered in public.
 */
function isPrivateAnswer(message: IncomingMessage): boolean {
  return message.direct !== true && message.inPublic !== true;
}
