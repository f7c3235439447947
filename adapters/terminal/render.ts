/**
 * A Reply as plain terminal text: the lead, numbered cards, a comparison table, chips and
 * suggestions, with light ANSI colour when the output is a terminal. Everything from the
 * catalog or the user is escaped first.
 */
import type { Comparison, ProductCard, Reply } from '../../src/assistant/types.ts';
import { escapeBlock, escapeLine } from './escape.ts';

/** Colour helpers; identity functions when colour is off. */
interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

function paint(color: boolean): Paint {
  const wrap = (code: number) => (s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  return {
    bold: wrap(1),
    dim: wrap(2),
    green: wrap(32),
    yellow: wrap(33),
    red: wrap(31),
    cyan: wrap(36),
    magenta: wrap(35),
  };
}

function stock(card: ProductCard, p: Paint): string {
  const text = escapeLine(card.stockText);
  if (card.availability === 'in_stock') return p.green(text);
  return card.availability === 'out_of_stock' ? p.red(text) : p.yellow(text);
}

function renderCard(card: ProductCard, p: Paint): string[] {
  const promo = card.promoLabel ? ` ${p.magenta(`[${escapeLine(card.promoLabel)}]`)}` : '';
  const was = card.listPriceText ? p.dim(` (was ${escapeLine(card.listPriceText)})`) : '';
  const lines = [
    `${p.bold(`${card.position}.`)} ${p.bold(escapeLine(card.title))}${promo}`,
    `   ${escapeLine(card.brand)} · ${p.cyan(escapeLine(card.priceText))}${was} · ${stock(card, p)}`,
  ];
  if (card.why) lines.push(`   ${p.dim(escapeLine(card.why))}`);
  if (card.staff) {
    const parts = [
      card.staff.sku ? `SKU ${escapeLine(card.staff.sku)}` : '',
      card.staff.stockCount !== undefined ? `${card.staff.stockCount} in stock` : '',
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`   ${p.yellow(`staff: ${parts.join(', ')}`)}`);
  }
  if (card.url) lines.push(`   ${p.dim(escapeLine(card.url))}`);
  return lines;
}

const width = (s: string) =>
  [...s].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(
        ch,
      )
        ? 2
        : 1),
    0,
  );
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const clip = (s: string, n: number) => (width(s) <= n ? s : `${[...s].slice(0, n - 1).join('')}…`);

function renderTable(c: Comparison, p: Paint): string[] {
  const COL = 28;
  const labels = c.rows.map((r) => escapeLine(r.label));
  const first = Math.max(...labels.map(width), 6);
  const header = [pad('', first), ...c.columns.map((col) => pad(clip(escapeLine(col.title), COL), COL))].join(
    ' │ ',
  );
  const out = [p.bold(header), '─'.repeat(Math.min(width(header), 120))];
  c.rows.forEach((row, i) => {
    const cells = row.values.map((v) => pad(clip(escapeLine(v), c.columns.length === 1 ? 90 : COL), COL));
    out.push([pad(labels[i] ?? '', first), ...cells].join(' │ '));
  });
  return out;
}

/** Render one reply for a terminal. */
export function renderReply(reply: Reply, opts: { color: boolean }): string {
  const p = paint(opts.color);
  const lines: string[] = [escapeBlock(reply.text)];
  for (const card of reply.cards) lines.push(...renderCard(card, p));
  if (reply.comparison) lines.push('', ...renderTable(reply.comparison, p));
  if (reply.chips.length > 0) {
    lines.push(
      p.dim(`filters: ${reply.chips.map((c) => `[${escapeLine(c.label)} ×]`).join(' ')}  (/remove N)`),
    );
  }
  if (reply.suggestions.length > 0) {
    lines.push(p.dim(`try: ${reply.suggestions.map((s) => `"${escapeLine(s)}"`).join(' · ')}`));
  }
  return lines.join('\n');
}
