/** What the Discord event handlers share: the core port, configuration, the id codec, logging. */
import type { AssistantPort, Reply } from '../../src/assistant/types.ts';
import type { Config } from '../../src/config.ts';
import { isAisleError } from '../../src/errors.ts';
import type { Logger } from '../../src/log.ts';
import type { CustomIdCodec } from './custom-id.ts';
import { type DiscordMessage, renderReply } from './render.ts';

/** Dependencies of the message and interaction handlers. */
export interface HandlerContext {
  readonly assistant: AssistantPort;
  readonly discord: NonNullable<Config['discord']>;
  readonly publicUrl: string | undefined;
  readonly logger: Logger;
  readonly codec: CustomIdCodec;
}

/** What the user sees when handling failed: the core's apology. */
export { APOLOGY } from '../../src/assistant/replies.ts';

/** Shown for a button whose meaning was forgotten (after a restart) or that is not ours. */
export const EXPIRED = 'That button has expired. Ask again with /shop or by mentioning me.';

/** Ids that locate a failure in the logs (never message text or tokens). */
export interface FailureIds {
  readonly guildId?: string | null;
  readonly channelId?: string | null;
  readonly userId?: string;
  readonly messageId?: string;
  readonly interactionId?: string;
}

/** Log a handler failure with code ADAPTER_FAILED, ids and the error's kind only. */
export function logFailure(ctx: HandlerContext, ids: FailureIds, err: unknown): void {
  ctx.logger.error(
    {
      code: 'ADAPTER_FAILED',
      platform: 'discord',
      ...ids,
      errorName: err instanceof Error ? err.name : typeof err,
      errorCode: isAisleError(err) ? err.code : undefined,
    },
    'discord handler failed',
  );
}

/** Render a reply with this adapter's settings. */
export function render(ctx: HandlerContext, reply: Reply, opts: { share: boolean }): DiscordMessage {
  return renderReply(reply, {
    codec: ctx.codec,
    publicUrl: ctx.publicUrl,
    share: opts.share,
    promoRoleId: ctx.discord.promoRoleId,
  });
}
