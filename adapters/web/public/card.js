// A product card: image, title (linked when the URL is http(s)), price, stock, why, and the
// "More like this" and feedback buttons.
import { button, el, httpUrl, imageSrc } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A thumbs-up (or, turned over, thumbs-down) icon drawn as SVG, so it shows without an emoji font.
 * @param {boolean} down
 */
function thumb(down) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const g = document.createElementNS(SVG, 'g');
  if (down) g.setAttribute('transform', 'rotate(180 12 12)');
  for (const d of [
    'M3 10h3.5v10.5H3z',
    'M6.5 10 10.5 2.5c1.6 0 2.7 1.1 2.7 2.7V9h5.6a2 2 0 0 1 2 2.4l-1.5 7.4a2 2 0 0 1-2 1.7H6.5z',
  ]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    g.append(path);
  }
  svg.append(g);
  return svg;
}

/**
 * @typedef {{ send: (input: {text?: string, action?: object}, echo: string) => void }} Handlers
 */

/**
 * One product card.
 * @param {any} card
 * @param {Handlers} on
 */
export function renderCard(card, on) {
  const item = el('li', 'card');
  item.dataset.productId = String(card.id);
  const src = imageSrc(card.imageUrl);
  if (src) {
    const img = el('img', 'card-image');
    img.alt = '';
    img.loading = 'lazy';
    img.decoding = 'async';
    img.src = src;
    img.addEventListener('error', () => img.classList.add('broken'));
    item.append(img);
  }
  const body = el('div', 'card-body');
  const title = el('h3', 'card-title');
  const href = httpUrl(card.url);
  if (href) {
    const link = el('a', undefined, card.title);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer nofollow';
    title.append(link);
  } else title.textContent = card.title;
  body.append(title);
  if (card.promoLabel) body.append(el('p', 'promo', card.promoLabel));
  body.append(el('p', 'meta', [card.brand, card.category].filter(Boolean).join(' · ')));
  const price = el('p', 'price');
  price.append(el('span', 'now', card.priceText));
  if (card.listPriceText) {
    const was = el('s', 'was', card.listPriceText);
    was.setAttribute('aria-label', `was ${card.listPriceText}`);
    price.append(' ', was);
  }
  body.append(price);
  const stock =
    card.availability === 'in_stock' ? 'in' : card.availability === 'out_of_stock' ? 'out' : 'other';
  body.append(el('p', `stock ${stock}`, card.stockText));
  if (card.why) {
    const why = el('p', 'why');
    why.append(el('span', 'why-label', 'Why: '), card.why);
    body.append(why);
  }
  if (card.staff) {
    const parts = [];
    if (card.staff.sku) parts.push(`SKU ${card.staff.sku}`);
    if (card.staff.stockCount !== undefined) parts.push(`${card.staff.stockCount} in stock`);
    if (parts.length > 0) body.append(el('p', 'staff', `Staff: ${parts.join(' · ')}`));
  }
  const actions = el('div', 'card-actions');
  actions.append(
    button({
      text: 'More like this',
      className: 'more',
      label: `More like this: ${card.title}`,
      onPress: () =>
        on.send({ action: { type: 'more_like_this', productId: card.id } }, `More like ${card.title}`),
    }),
  );
  for (const [value, label, echo] of [
    ['up', 'Helpful', '👍'],
    ['down', 'Not helpful', '👎'],
  ]) {
    const b = button({
      text: '',
      className: `feedback ${value}`,
      label: `${label}: ${card.title}`,
      onPress: () => {
        for (const other of actions.querySelectorAll('.feedback'))
          other.setAttribute('aria-pressed', 'false');
        b.setAttribute('aria-pressed', 'true');
        on.send({ action: { type: 'feedback', productId: card.id, value } }, `${echo} ${card.title}`);
      },
    });
    b.append(thumb(value === 'down'));
    b.setAttribute('aria-pressed', 'false');
    actions.append(b);
  }
  body.append(actions);
  item.append(body);
  return item;
}
