import { compile } from 'html-to-text';

const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

/** True when the text has tags or character entities worth converting. */
export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

/**
 * Plain text of an HTML fragment: tags removed, entities decoded, block elements on their own
 * lines, list items bulleted, scripts and styles dropped. Text without markup is returned as is.
 */
export function htmlToPlainText(text: string): string {
  return looksLikeHtml(text) ? toText(text) : text;
}
