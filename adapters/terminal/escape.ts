/**
 * Text from the catalog or a user is printed to a terminal: control characters (ANSI escapes,
 * carriage returns, bidi overrides) are shown as visible escapes so nothing can move the cursor,
 * recolour the screen or reorder text.
 */

const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of untrusted text: every control character, newlines included, made visible. */
export function escapeLine(text: string): string {
  return text.replace(CONTROL, visible);
}

/** Multi-line untrusted text: newlines kept, every other control character made visible. */
export function escapeBlock(text: string): string {
  return text.replace(CONTROL, (ch) => (ch === '\n' ? ch : visible(ch)));
}
