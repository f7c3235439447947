import type { RespondFn, webApi } from '@slack/bolt';
import { APOLOGY } from '../../src/assistant/replies.ts';
import type { Reply } from '../../src/assistant/types.ts';
import { AisleError } from '../../src/errors.ts';
import type { Logger } from '../../src/log.ts';
import type { SlackMessage } from './blocks.ts';
import type { RenderOptions } from './render.ts';

/** Sending replies to Slack: threaded posts with a placeholder, ephemeral answers, apologies. */

type WebClient = webApi.WebClient;

/** What the user sees when handling failed: the core's apology. */
export { APOLOGY };

/** Placeholder posted while a slow answer is on its way. */
export const PLACEHOLDER = 'Looking…';

/** Ids that identify a failure in the logs (never message text or tokens). */
export interface LogIds {
  readonly stage: string;
  readonly teamId?: string | undefined;
  readonly channelId?: string | undefined;
  readonly userId?: string | undefined;
  readonly eventId?: string | undefined;
  readonly actionId?: string | undefined;
  readonly groupId?: string | undefined;
}

/** Render a Reply (bound to the adapter's public URL). */
export type Renderer = (reply: Reply, extra?: RenderOptions) => SlackMessage;

/** A place in Slack to answer: a channel or DM, maybe a thread. */
export interface Conversation {
  readonly client: WebClient;
  readonly channel: string;
  readonly threadTs: string | undefined;
  readonly userId: string;
  readonly direct: boolean;
}

/** The Slack error code (`not_in_channel`, `invalid_blocks`…) of a Web API failure, if any. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Log a failure as ADAPTER_FAILED with ids only. */
export function logFailure(log: Logger, err: unknown, ids: LogIds): void {
  const failure = new AisleError({ code: 'ADAPTER_FAILED', message: 'A Slack handler failed.', cause: err });
  const cause = err instanceof AisleError ? err.code : err instanceof Error ? err.name : typeof err;
  log.error({ code: failure.code, cause, slackError: slackErrorCode(err), ...ids }, failure.message);
}

const POST_FLAGS = { parse: 'none', link_names: false, unfurl_links: false, unfurl_media: false } as const;

function thread(ts: string | undefined): { thread_ts?: string } {
  return ts ? { thread_ts: ts } : {};
}

/** Blocks only when there are any (an empty list is not a valid payload everywhere). */
function blocksOf(m: SlackMessage): { blocks?: SlackMessage['blocks'] } {
  return m.blocks.length > 0 ? { blocks: m.blocks } : {};
}

function hasImage(m: SlackMessage): boolean {
  return m.blocks.some((b) => b.type === 'section' && b.accessory !== undefined);
}

/** Send a rendered reply; when Slack refuses the blocks because of an image, send it again without images. */
export async function sendWithImageFallback(
  render: Renderer,
  reply: Reply,
  extra: RenderOptions,
  send: (m: SlackMessage) => Promise<unknown>,
): Promise<void> {
  const message = render(reply, extra);
  try {
    await send(message);
  } catch (err) {
    if (slackErrorCode(err) !== 'invalid_blocks' || !hasImage(message)) throw err;
    await send(render(reply, { ...extra, images: false }));
  }
}

/** Post a message in the conversation (in its thread when it has one). */
export async function post(conv: Conversation, m: SlackMessage): Promise<string | undefined> {
  const res = await conv.client.chat.postMessage({
    channel: conv.channel,
    ...thread(conv.threadTs),
    text: m.text,
    ...blocksOf(m),
    ...POST_FLAGS,
  });
  return res.ts;
}

async function update(conv: Conversation, ts: string, m: SlackMessage): Promise<void> {
  await conv.client.chat.update({ channel: conv.channel, ts, text: m.text, ...blocksOf(m), ...POST_FLAGS });
}

async function postEphemeral(conv: Conversation, m: SlackMessage): Promise<void> {
  await conv.client.chat.postEphemeral({
    channel: conv.channel,
    user: conv.userId,
    ...thread(conv.threadTs),
    text: m.text,
    ...blocksOf(m),
    parse: 'none',
    link_names: false,
  });
}

/** Replace the placeholder when there is one (posting anew if it is gone), else post. */
async function replaceOrPost(
  conv: Conversation,
  placeholderTs: string | undefined,
  m: SlackMessage,
): Promise<void> {
  if (placeholderTs) {
    try {
      await update(conv, placeholderTs, m);
      return;
    } catch (err) {
      if (slackErrorCode(err) === 'invalid_blocks') throw err;
    }
  }
  await post(conv, m);
}

/** Options for {@link answerInConversation}. */
export interface AnswerOptions {
  readonly render: Renderer;
  readonly log: Logger;
  /** Post the placeholder when the answer takes longer than this. */
  readonly placeholderAfterMs: number;
  readonly ids: LogIds;
}

/**
 * Answer a mention or DM: ask the assistant, show "Looking…" if it is slow, then post (or update
 * the placeholder with) the reply. Failures end in a short apology in the same place; nothing throws.
 */
export async function answerInConversation(
  opts: AnswerOptions,
  conv: Conversation,
  work: () => Promise<Reply>,
): Promise<void> {
  let placeholder: Promise<string | undefined> | undefined;
  const timer = setTimeout(() => {
    placeholder = post(conv, { text: PLACEHOLDER, blocks: [] }).catch(() => undefined);
  }, opts.placeholderAfterMs);
  let reply: Reply | undefined;
  let failure: unknown;
  try {
    reply = await work();
  } catch (err) {
    failure = err ?? new Error('undefined thrown');
  } finally {
    clearTimeout(timer);
  }
  const placeholderTs = placeholder ? await placeholder : undefined;
  try {
    if (reply === undefined) throw failure;
    await deliverReply(opts, conv, reply, placeholderTs);
  } catch (err) {
    logFailure(opts.log, err, opts.ids);
    await replaceOrPost(conv, placeholderTs, { text: APOLOGY, blocks: [] }).catch((e: unknown) =>
      logFailure(opts.log, e, { ...opts.ids, stage: `${opts.ids.stage}:apology` }),
    );
  }
}

async function deliverReply(
  opts: AnswerOptions,
  conv: Conversation,
  reply: Reply,
  placeholderTs: string | undefined,
): Promise<void> {
  if (reply.ephemeral && !conv.direct) {
    await sendWithImageFallback(opts.render, reply, {}, (m) => postEphemeral(conv, m));
    if (placeholderTs) await update(conv, placeholderTs, { text: 'I sent you a private reply.', blocks: [] });
    return;
  }
  await sendWithImageFallback(opts.render, reply, {}, (m) => replaceOrPost(conv, placeholderTs, m));
}

/** Answer privately through a response_url (slash commands, buttons on ephemeral messages). */
export async function respondEphemeral(respond: RespondFn, m: SlackMessage): Promise<void> {
  await respond({ response_type: 'ephemeral', replace_original: false, text: m.text, ...blocksOf(m) });
}

/** Answer in a conversation after a button press: ephemeral when the reply asks for it. */
export async function answerAfterButton(render: Renderer, conv: Conversation, reply: Reply): Promise<void> {
  if (reply.ephemeral && !conv.direct) {
    await sendWithImageFallback(render, reply, {}, (m) => postEphemeral(conv, m));
    return;
  }
  await sendWithImageFallback(render, reply, {}, (m) => post(conv, m));
}
