// Small DOM helpers for the web chat. Data goes in through textContent or checked attributes only.

/**
 * Create an element with a class and optional text.
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElement}
 */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * An http(s) URL as an absolute href, or undefined for anything else (javascript:, data:, …).
 * @param {unknown} raw
 * @returns {string | undefined}
 */
export function httpUrl(raw) {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where to load a card's image from: absolute http(s) URLs as they are, catalog-relative paths
 * (`images/headphones.svg`) from this server (`/images/headphones.svg`).
 * @param {unknown} raw
 * @returns {string | undefined}
 */
export function imageSrc(raw) {
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  const text = raw.trim();
  const absolute = httpUrl(text);
  if (absolute) return absolute;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('//') || /[\s\\]/.test(text)) return undefined;
  try {
    return new URL(text.replace(/^\.?\/+/, ''), `${window.location.origin}/`).href;
  } catch {
    return undefined;
  }
}

/**
 * A button that runs `onPress` when pressed (click, Enter or Space).
 * @param {{text: string, label?: string, className?: string, onPress: () => void}} opts
 */
export function button(opts) {
  const b = el('button', opts.className, opts.text);
  b.type = 'button';
  if (opts.label) b.setAttribute('aria-label', opts.label);
  b.addEventListener('click', opts.onPress);
  return b;
}
