/**
 * Making untrusted text (catalog fields, echoed user text) safe to show in Discord markdown, and
 * fitting it into Discord's length limits. Pure functions.
 */
import { LIMITS } from './limits.ts';

// C0 controls except tab and newline, DEL, and the bidirectional overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;
// Every character Discord markdown gives a meaning to; a backslash before punctuation is always
// rendered as the punctuation itself.
const MARKDOWN = /[\\*_~`|>#\-[\]()<]/g;
// Mass mentions: a zero-width space keeps them from rendering as mentions at all.
const MASS_MENTION = /@(everyone|here)/gi;

/** Remove control characters and bidi overrides; `singleLine` also folds newlines into spaces. */
export function cleanText(text: string, opts: { singleLine?: boolean } = {}): string {
  const cleaned = text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  return opts.singleLine ? cleaned.replace(/\s+/g, ' ').trim() : cleaned.trim();
}

/**
 * Escape Discord markdown, masked links, mentions, channel links and custom emoji in plain text,
 * so it shows exactly as written and can neither format, link nor mention.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, (c) => `\\${c}`).replace(MASS_MENTION, '@\u200b$1');
}

/**
 * Cut `text` to at most `max` UTF-16 code units (never more than Discord counts), ending with "…"
 * when cut. Never splits a surrogate pair or leaves a dangling escape backslash.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Clean, escape and clip in one step: untrusted text ready for a markdown slot of `max` chars. */
export function safeMarkdown(text: string, max: number, opts: { singleLine?: boolean } = {}): string {
  return clip(escapeMarkdown(cleanFor(text, max, opts)), max);
}

/** Clean and clip text for a slot that does not render markdown (button labels). */
export function safePlain(text: string, max: number): string {
  return clip(cleanFor(text, max, { singleLine: true }), max);
}

/**
 * Clean `text`, then keep at most `2 × max` code units of it, so escaping cannot blow up a huge
 * input. Cleaning comes first: cutting the raw text could leave fewer than `max` characters once
 * control characters are gone (a cut without "…", or half an emoji at the end).
 */
function cleanFor(text: string, max: number, opts: { singleLine?: boolean }): string {
  const cleaned = cleanText(text, opts);
  return cleaned.length > max * 2 ? cleaned.slice(0, max * 2) : cleaned;
}

/**
 * An absolute http(s) URL of at most `maxLength` characters, or undefined. Relative URLs are
 * resolved against `base` when given (a public base URL of this service).
 */
export function safeUrl(
  raw: string | undefined,
  opts: { base?: string | undefined; maxLength?: number } = {},
): string | undefined {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === '' || /\s/.test(text)) return undefined;
  let url: URL;
  try {
    url = /^[a-z][a-z0-9+.-]*:/i.test(text) ? new URL(text) : new URL(text, withSlash(opts.base));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  const href = url.href;
  return href.length <= (opts.maxLength ?? LIMITS.url) ? href : undefined;
}

function withSlash(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  return base.endsWith('/') ? base : `${base}/`;
}
