/**
 * Text hygiene for everything aisle sends to Slack. User and catalog text is untrusted: it must
 * never turn into a live mention (`<!channel>`, `<@U…>`, `<!subteam^…>`), a live link or broken
 * markup. Every function here is pure.
 */

const ELLIPSIS = '…';

/** C0/C1 control characters (except newline and tab) and bidirectional overrides/isolates. */
const CONTROL_CLASS =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\ufeff]';
const CONTROL = new RegExp(CONTROL_CLASS, 'g');
const HAS_CONTROL = new RegExp(CONTROL_CLASS);

/** Remove control characters and bidi overrides; normalise line breaks; tabs become spaces. */
export function stripControl(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** Escape the three characters Slack treats as markup in every text field. */
export function escapeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Defuse what Slack might still turn into a mention or a link after escaping: plain `@here`-style
 * words (live when a message is posted with link_names) and bare URLs (auto-linked by clients).
 * A word joiner (U+2060) is invisible but breaks the pattern.
 */
export function defuse(text: string): string {
  return text
    .replace(/@(here|channel|everyone)\b/gi, '@\u2060$1')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/\b(mailto|javascript|data|tel|slack):/gi, '$1\u2060:');
}

/** Replace mrkdwn formatting characters with look-alikes so untrusted text cannot restyle a message. */
export function neutraliseMrkdwn(text: string): string {
  return text
    .replace(/\*/g, '\u2217')
    .replace(/~/g, '\u223c')
    .replace(/`/g, '\u02cb')
    .replace(/_/g, '\u02cd');
}

/** Options shared by the text builders. */
export interface TextOptions {
  /** Collapse line breaks into spaces (titles, labels, button text). */
  readonly singleLine?: boolean;
}

function clean(raw: string, opts: TextOptions | undefined): string {
  let s = stripControl(raw);
  if (opts?.singleLine) s = s.replace(/\s*\n\s*/g, ' ');
  return s.replace(/[ ]{2,}/g, ' ').trim();
}

/**
 * Render `input` and, when the output is longer than `max`, render the longest prefix (in code
 * points) whose output fits with an ellipsis. Cutting the input, not the output, never splits an
 * entity or a surrogate pair.
 */
function cut(input: string, max: number, render: (chunk: string) => string): string {
  if (max <= 0) return '';
  const whole = render(input);
  if (whole.length <= max) return whole;
  const points = Array.from(input);
  const room = max - ELLIPSIS.length;
  let lo = 0;
  let hi = Math.min(points.length, room);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(points.slice(0, mid).join('')).length <= room) lo = mid;
    else hi = mid - 1;
  }
  return render(points.slice(0, lo).join('').trimEnd()) + ELLIPSIS;
}

/**
 * Untrusted text for a `plain_text` object or the message's `text` fallback: cleaned, escaped,
 * defused and at most `max` characters (counted after escaping).
 */
export function plainText(raw: string, max: number, opts?: TextOptions): string {
  return cut(clean(raw, opts), max, (s) => escapeEntities(defuse(s)));
}

/** Untrusted text for a `mrkdwn` object (always sent with verbatim: true): as plainText, plus neutralised formatting. */
export function mrkdwnText(raw: string, max: number, opts?: TextOptions): string {
  return cut(clean(raw, opts), max, (s) => escapeEntities(defuse(neutraliseMrkdwn(s))));
}

/** Longest URL aisle will put in a link or image (Slack allows 3,000; shorter keeps messages small). */
export const MAX_URL = 1_000;

/**
 * Return `raw` as an absolute http(s) URL, or undefined. A relative path is resolved against
 * `base` when one is given; anything else (javascript:, mailto:, protocol-relative, whitespace,
 * credentials, over-long) is refused.
 */
export function safeHttpUrl(raw: string | undefined, base?: string): string | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > MAX_URL || HAS_CONTROL.test(trimmed) || /\s/.test(trimmed))
    return undefined;
  let url: URL;
  try {
    if (/^https?:\/\//i.test(trimmed)) url = new URL(trimmed);
    else if (base && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith('//')) {
      url = new URL(trimmed.replace(/^\.?\//, ''), base.endsWith('/') ? base : `${base}/`);
    } else return undefined;
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  const href = url.href.replace(/\|/g, '%7C');
  return href.length <= MAX_URL ? href : undefined;
}

/** A mrkdwn link to a validated URL with an untrusted label: `<url|label>`. */
export function mrkdwnLink(url: string, label: string, maxLabel: number): string {
  const text = mrkdwnText(label, maxLabel, { singleLine: true }).replace(/\|/g, '\u01c0');
  return `<${escapeEntities(url)}|${text || escapeEntities(url)}>`;
}

/**
 * Turn Slack message markup from a user into the plain text the assistant reads: mentions and
 * links become their labels, entities are decoded, the bot's own mention is removed.
 */
export function slackToPlain(text: string, botUserId?: string): string {
  const withoutBot = botUserId
    ? text.replace(new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>`, 'g'), ' ')
    : text;
  const plain = withoutBot.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const [target = '', label] = splitOnce(inner, '|');
    if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
    if (target.startsWith('#')) return label ? `#${label}` : target;
    if (target.startsWith('!subteam^')) return label ? `@${label.replace(/^@/, '')}` : '@group';
    if (target.startsWith('!date^')) return label ?? '';
    if (target.startsWith('!')) return `@${target.slice(1)}`;
    return label ?? target;
  });
  return stripControl(plain.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    .replace(/[ ]{2,}/g, ' ')
    .trim();
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
