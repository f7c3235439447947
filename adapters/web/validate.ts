/**
 * The body of `POST /api/chat`, validated with zod: a session id and text, or a session id and
 * an action (every Action variant). Errors name the field that is wrong.
 */
import { z } from 'zod';
import type { Action, IncomingMessage, PromoDraft } from '../../src/assistant/types.ts';

/** Longest message text the API accepts. */
export const MAX_TEXT = 2_000;
/** Session ids: 1–128 letters, digits, `_` or `-`. */
export const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/;

const id = z.string().min(1).max(200);
const shortText = z.string().min(1).max(MAX_TEXT);

const PromoDraftSchema = z.strictObject({
  label: z.string().min(1).max(80),
  productIds: z.array(id).max(100).optional(),
  query: z.string().min(1).max(200).optional(),
  boost: z.number().int().min(1).max(5).optional(),
  startsAt: z.string().max(40).optional(),
  endsAt: z.string().max(40).optional(),
  discountCode: z.string().max(40).optional(),
  announcement: z.string().max(MAX_TEXT).optional(),
});

const ActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('more_like_this'), productId: id }),
  z.strictObject({ type: z.literal('feedback'), productId: id, value: z.enum(['up', 'down']) }),
  z.strictObject({ type: z.literal('details'), productId: id }),
  z.strictObject({ type: z.literal('show_more') }),
  z.strictObject({ type: z.literal('remove_constraint'), chipId: id }),
  z.strictObject({ type: z.literal('suggestion'), text: shortText }),
  z.strictObject({ type: z.literal('share') }),
  z.strictObject({ type: z.literal('staff_suggest'), text: shortText }),
  z.strictObject({ type: z.literal('promo_create'), promo: PromoDraftSchema }),
  z.strictObject({ type: z.literal('promo_list') }),
  z.strictObject({ type: z.literal('promo_end'), promoId: id }),
  z.strictObject({ type: z.literal('promo_announce'), promoId: id }),
]);

/** Every action type the API knows. */
export const ACTION_TYPES = ActionSchema.options.map((o) => o.shape.type.value);

const ChatBodySchema = z
  .strictObject({
    sessionId: z.string().regex(SESSION_ID, 'must be 1–128 characters: letters, digits, "_" or "-"'),
    text: z.string().max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`).optional(),
    action: ActionSchema.optional(),
    locale: z
      .string()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/, 'must be a language tag such as "en-US"')
      .optional(),
    limit: z.number().int().min(1).max(20).optional(),
  })
  .refine((b) => b.action !== undefined || (b.text ?? '').trim() !== '', {
    message: 'send "text" (a non-empty message) or an "action"',
    path: ['text'],
  });

/** A validated chat request. */
export interface ChatRequest {
  readonly sessionId: string;
  readonly text: string;
  readonly action?: Action;
  readonly locale?: string;
  readonly limit?: number;
}

/** Validation result: the request, or one readable message naming each bad field. */
export type Validated = { ok: true; value: ChatRequest } | { ok: false; message: string };

/** Validate a parsed JSON body. */
export function validateChatBody(body: unknown): Validated {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The body must be a JSON object like {"sessionId":"…","text":"…"}.' };
  }
  const parsed = ChatBodySchema.safeParse(body, { reportInput: true });
  if (!parsed.success) {
    const messages = parsed.error.issues.slice(0, 5).map(describeIssue);
    return { ok: false, message: `Invalid request: ${messages.join('; ')}.` };
  }
  const b = parsed.data;
  const action = b.action ? toAction(b.action) : undefined;
  return {
    ok: true,
    value: {
      sessionId: b.sessionId,
      text: b.text ?? '',
      ...(action ? { action } : {}),
      ...(b.locale !== undefined ? { locale: b.locale } : {}),
      ...(b.limit !== undefined ? { limit: b.limit } : {}),
    },
  };
}

/** The assistant's view of a web chat request: a private conversation per session. */
export function toIncomingMessage(req: ChatRequest): IncomingMessage {
  return {
    platform: 'web',
    channelId: req.sessionId,
    userId: req.sessionId,
    roles: ['shopper'],
    text: req.text,
    direct: true,
    ...(req.action ? { action: req.action } : {}),
    ...(req.locale ? { locale: req.locale } : {}),
    ...(req.limit !== undefined ? { limit: req.limit } : {}),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || 'body';
  if (issue.code === 'invalid_union' && issue.path.at(-1) === 'type') {
    return `${path}: unknown action; expected one of ${ACTION_TYPES.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path}: is required`;
  if (issue.code === 'invalid_type') return `${path}: must be of type ${issue.expected}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.join(', ')} in ${path}`;
  return `${path}: ${issue.message}`;
}

type ParsedAction = z.infer<typeof ActionSchema>;

/** Drop keys whose value is undefined (zod's optional output allows them; Action does not). */
function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

function toAction(a: ParsedAction): Action {
  if (a.type !== 'promo_create') return a;
  const promo: PromoDraft = defined(a.promo);
  return { type: 'promo_create', promo };
}
