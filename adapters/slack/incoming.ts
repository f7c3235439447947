import type { Action, AssistantPort, IncomingMessage, Role } from '../../src/assistant/types.ts';
import type { Logger } from '../../src/log.ts';
import type { Dedupe } from './dedupe.ts';
import type { Renderer } from './deliver.ts';
import type { RoleResolver } from './roles.ts';

/** Longest request text passed to the assistant (Slack allows 40,000; shopping requests are short). */
export const MAX_REQUEST = 4_000;

/** What every Slack handler needs. */
export interface HandlerDeps {
  readonly assistant: AssistantPort;
  readonly roles: RoleResolver;
  readonly render: Renderer;
  readonly log: Logger;
  readonly dedupe: Dedupe;
  /** Post "Looking…" when an answer takes longer than this. */
  readonly placeholderAfterMs: number;
  readonly publicUrl: string | undefined;
}

/** The fields of an IncomingMessage an adapter knows about one Slack event. */
export interface SlackOrigin {
  readonly teamId: string | undefined;
  readonly channelId: string;
  readonly threadId?: string | undefined;
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly text: string;
  readonly direct: boolean;
  /** A mention in a channel: the core answers in the thread, not privately. */
  readonly inPublic?: boolean;
  readonly action?: Action | undefined;
}

/** Build the platform-neutral message (optional fields only when known). */
export function toIncoming(o: SlackOrigin): IncomingMessage {
  return {
    platform: 'slack',
    channelId: o.channelId,
    userId: o.userId,
    roles: o.roles,
    text: Array.from(o.text).slice(0, MAX_REQUEST).join(''),
    direct: o.direct,
    ...(o.inPublic ? { inPublic: true } : {}),
    ...(o.teamId ? { workspaceId: o.teamId } : {}),
    ...(o.threadId ? { threadId: o.threadId } : {}),
    ...(o.action ? { action: o.action } : {}),
  };
}

/** True for a DM channel id. */
export function isDirectChannel(channelId: string | undefined): boolean {
  return channelId?.startsWith('D') ?? false;
}
