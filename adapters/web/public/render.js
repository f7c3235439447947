// Renders the assistant's Reply (the same data Slack and Discord render) as DOM nodes.
// Every piece of data goes in through textContent or a checked attribute, never as markup.
import { renderCard } from './card.js';
import { button, el } from './dom.js';

/** @typedef {import('./card.js').Handlers} Handlers */

/**
 * The comparison table, in a region that scrolls sideways on a phone.
 * @param {any} comparison
 */
function renderComparison(comparison) {
  const wrap = el('div', 'table-wrap');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', 'Comparison table');
  wrap.tabIndex = 0;
  const table = el('table', 'comparison');
  table.append(el('caption', undefined, 'Side by side'));
  const head = el('thead');
  const headRow = el('tr');
  const corner = el('td');
  headRow.append(corner);
  for (const column of comparison.columns) {
    const th = el('th', undefined, column.title);
    th.scope = 'col';
    headRow.append(th);
  }
  head.append(headRow);
  const body = el('tbody');
  for (const row of comparison.rows) {
    const tr = el('tr');
    const th = el('th', undefined, row.label);
    th.scope = 'row';
    tr.append(th);
    for (const value of row.values) tr.append(el('td', undefined, value));
    body.append(tr);
  }
  table.append(head, body);
  wrap.append(table);
  return wrap;
}

/**
 * Promo summaries (promo replies).
 * @param {any[]} promos
 */
function renderPromos(promos) {
  const list = el('ul', 'promos');
  for (const p of promos) {
    const ends = new Date(p.endsAt);
    const when = Number.isNaN(ends.getTime()) ? '' : `, until ${ends.toLocaleDateString()}`;
    const code = p.discountCode ? `, code ${p.discountCode}` : '';
    list.append(el('li', undefined, `${p.label} — ${p.status}, boost ${p.boost}${when}${code}`));
  }
  return list;
}

/**
 * A whole reply: lead text, filter chips, cards, comparison, promos and suggestions.
 * @param {any} reply
 * @param {Handlers} on
 * @returns {HTMLElement}
 */
export function renderReply(reply, on) {
  const turn = el('article', `turn bot kind-${String(reply.kind).replace(/[^a-z_]/g, '')}`);
  turn.setAttribute('aria-label', 'Reply from aisle');
  if (reply.language) turn.lang = String(reply.language);
  turn.append(el('p', 'lead', reply.text));
  if (reply.chips.length > 0) {
    const chips = el('div', 'chips');
    chips.setAttribute('role', 'group');
    chips.setAttribute('aria-label', 'Active filters (press one to remove it)');
    for (const chip of reply.chips) {
      const b = button({
        text: chip.label,
        className: 'chip',
        label: `Remove filter: ${chip.label}`,
        onPress: () =>
          on.send({ action: { type: 'remove_constraint', chipId: chip.id } }, `Remove “${chip.label}”`),
      });
      b.append(el('span', 'chip-x', '✕'));
      b.lastElementChild?.setAttribute('aria-hidden', 'true');
      chips.append(b);
    }
    turn.append(chips);
  }
  if (reply.cards.length > 0) {
    const cards = el('ol', 'cards');
    cards.setAttribute('aria-label', `${reply.cards.length} products`);
    for (const card of reply.cards) cards.append(renderCard(card, on));
    turn.append(cards);
  }
  if (reply.comparison && reply.comparison.columns.length > 0)
    turn.append(renderComparison(reply.comparison));
  if (reply.promos && reply.promos.length > 0) turn.append(renderPromos(reply.promos));
  if (reply.suggestions.length > 0) {
    const suggestions = el('div', 'suggestions');
    suggestions.setAttribute('role', 'group');
    suggestions.setAttribute('aria-label', 'Suggestions');
    for (const text of reply.suggestions) {
      suggestions.append(
        button({
          text,
          className: 'suggestion',
          onPress: () => on.send({ action: { type: 'suggestion', text } }, text),
        }),
      );
    }
    turn.append(suggestions);
  }
  return turn;
}

/**
 * What the shopper sent, as a turn in the conversation.
 * @param {string} text
 */
export function renderUserTurn(text) {
  const turn = el('article', 'turn user');
  turn.setAttribute('aria-label', 'You said');
  turn.append(el('p', 'bubble', text));
  return turn;
}

/**
 * An error the shopper should see (rate limit, not ready, network).
 * @param {string} message
 */
export function renderErrorTurn(message) {
  const turn = el('article', 'turn bot error');
  turn.setAttribute('role', 'alert');
  turn.append(el('p', 'lead', message));
  return turn;
}
