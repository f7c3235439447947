import type { Action, Chip, Comparison, ProductCard, Reply } from '../../src/assistant/types.ts';
import { actionId, encodeButton } from './actions.ts';
import {
  type ActionsBlock,
  type ButtonElement,
  type ContextBlock,
  LIMITS,
  mrkdwn,
  plain,
  type SectionBlock,
  type SlackBlock,
  type SlackMessage,
} from './blocks.ts';
import { escapeEntities, MAX_URL, mrkdwnLink, mrkdwnText, plainText, safeHttpUrl } from './escape.ts';

/** How to render a Reply. */
export interface RenderOptions {
  /** Base for relative image URLs (`images/x.png`); without it such images are left out. */
  readonly publicUrl?: string | undefined;
  /** Show image accessories (default true; off when Slack refused an image). */
  readonly images?: boolean;
  /** Show buttons (default true; off in App Home, where a press has no conversation). */
  readonly buttons?: boolean;
  /** Add a "Share to channel" button that re-posts this request publicly. */
  readonly share?: { readonly request: string };
  /** Block cap (default 50). */
  readonly maxBlocks?: number;
}

const MAX_CARDS = 10;
const MAX_CHIPS = 10;
const MAX_SUGGESTIONS = 5;
const MAX_COLUMNS = 4;
const MAX_ROWS = 10;
const LEAD_MAX = 2_900;
const FALLBACK_MAX = 3_000;

/** Image types Slack renders; anything else (SVG) would make Slack refuse the whole message. */
const IMAGE_EXT = /\.(png|jpe?g|gif|webp)$/i;

/** Render a Reply as a Block Kit message within Slack's limits. Pure. */
export function renderReply(reply: Reply, opts: RenderOptions = {}): SlackMessage {
  const buttons = opts.buttons ?? true;
  const maxBlocks = opts.maxBlocks ?? LIMITS.blocks;
  const lead: SlackBlock[] = reply.text.trim()
    ? [{ type: 'section', text: plain(plainText(reply.text, LEAD_MAX) || '…') }]
    : [];
  const share: SlackBlock[] = buttons && opts.share ? shareBlock(opts.share.request) : [];
  const cards = reply.cards.slice(0, MAX_CARDS).map((card, i) => renderCard(card, i, opts, buttons));
  const extras = {
    comparison: reply.comparison ? renderComparison(reply.comparison) : [],
    chips: buttons ? renderChips(reply.chips) : [],
    suggestions: buttons ? renderSuggestions(reply, cards.length > 0) : [],
  };

  // Greedy fit: required parts first (and the table of a comparison reply), then cards in order,
  // then chips, suggestions and any other comparison. The last block is kept for the note.
  const fitter = new Fitter(maxBlocks - 1, LIMITS.messageBudget - 400);
  fitter.take(lead);
  fitter.take(share);
  const comparisonFirst = reply.kind === 'comparison' && fitter.take(extras.comparison);
  const shown: SlackBlock[][] = [];
  for (const card of cards) {
    if (!fitter.take(card)) break;
    shown.push(card);
  }
  const chips = fitter.take(extras.chips) ? extras.chips : [];
  const suggestions = fitter.take(extras.suggestions) ? extras.suggestions : [];
  const comparison = comparisonFirst || fitter.take(extras.comparison) ? extras.comparison : [];
  const hidden = reply.cards.length - shown.length;
  const note: SlackBlock[] =
    hidden > 0
      ? [{ type: 'context', elements: [plain(`${hidden} more not shown. Ask me to show more.`)] }]
      : [];

  return {
    text: fallbackText(reply, shown.length),
    blocks: [...lead, ...shown.flat(), ...note, ...comparison, ...chips, ...suggestions, ...share],
  };
}

/** Tracks blocks and serialised size while parts are added. */
class Fitter {
  private blocks = 0;
  private size = 0;
  constructor(
    private readonly maxBlocks: number,
    private readonly budget: number,
  ) {}

  /** Count `part` in when it fits; true when it did (an empty part always fits). */
  take(part: readonly SlackBlock[]): boolean {
    if (part.length === 0) return true;
    const size = JSON.stringify(part).length;
    if (this.blocks + part.length > this.maxBlocks || this.size + size > this.budget) return false;
    this.blocks += part.length;
    this.size += size;
    return true;
  }
}

function renderCard(card: ProductCard, index: number, opts: RenderOptions, buttons: boolean): SlackBlock[] {
  const safeUrl = safeHttpUrl(card.url);
  const url = safeUrl && escapeEntities(safeUrl).length <= MAX_URL ? safeUrl : undefined;
  const title = card.title.trim() || card.id;
  const titleText = url
    ? `*${mrkdwnLink(url, title, 250)}*`
    : `*${mrkdwnText(title, 250, { singleLine: true })}*`;
  const facts = [card.brand, card.priceText, card.stockText]
    .map((s) => mrkdwnText(s, 120, { singleLine: true }))
    .filter(Boolean)
    .join(' · ');
  const lines = [`${card.position}. ${titleText}`];
  if (facts) lines.push(facts);
  const why = mrkdwnText(card.why, 400);
  if (why) lines.push(`_${why}_`);
  const promo = mrkdwnText(card.promoLabel ?? '', 100, { singleLine: true });
  if (promo) lines.push(`:label: ${promo}`);

  const section: SectionBlock = { type: 'section', text: mrkdwn(lines.join('\n')) };
  const image = opts.images === false ? undefined : imageUrl(card.imageUrl, opts.publicUrl);
  if (image) {
    section.accessory = { type: 'image', image_url: image, alt_text: plainText(title, 200) || 'product' };
  }
  const blocks: SlackBlock[] = [section];
  const staff = staffLine(card);
  if (staff) blocks.push({ type: 'context', elements: [plain(staff)] });
  if (buttons) {
    const elements = [
      button(actionId('more', index), 'More like this', { type: 'more_like_this', productId: card.id }),
      button(actionId('up', index), '👍', { type: 'feedback', productId: card.id, value: 'up' }),
      button(actionId('down', index), '👎', { type: 'feedback', productId: card.id, value: 'down' }),
    ].filter((b): b is ButtonElement => b !== undefined);
    if (elements.length > 0) blocks.push({ type: 'actions', elements });
  }
  return blocks;
}

function imageUrl(raw: string | undefined, publicUrl: string | undefined): string | undefined {
  const url = safeHttpUrl(raw, publicUrl);
  return url && IMAGE_EXT.test(new URL(url).pathname) ? url : undefined;
}

function staffLine(card: ProductCard): string | undefined {
  if (!card.staff) return undefined;
  const parts: string[] = [];
  if (card.staff.sku) parts.push(`SKU ${card.staff.sku}`);
  if (card.staff.stockCount !== undefined) parts.push(`${card.staff.stockCount} in stock`);
  return parts.length > 0 ? plainText(`Staff: ${parts.join(' · ')}`, 300, { singleLine: true }) : undefined;
}

function button(id: string, label: string, action: Action, text?: string): ButtonElement | undefined {
  const value = encodeButton(action, text);
  const shown = plainText(label, LIMITS.buttonText, { singleLine: true });
  if (!value || !shown) return undefined;
  return { type: 'button', action_id: id, text: plain(shown), value };
}

function renderChips(chips: readonly Chip[]): SlackBlock[] {
  const elements = chips
    .slice(0, MAX_CHIPS)
    .map((chip, i) =>
      button(actionId('chip', i), `✕ ${chip.label}`, { type: 'remove_constraint', chipId: chip.id }),
    )
    .filter((b): b is ButtonElement => b !== undefined);
  if (elements.length === 0) return [];
  return [
    { type: 'context', elements: [plain('Filters (press one to remove it):')] },
    { type: 'actions', elements },
  ];
}

function renderSuggestions(reply: Reply, hasCards: boolean): SlackBlock[] {
  const elements = reply.suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((s, i) => button(actionId('suggest', i), s, { type: 'suggestion', text: s }))
    .filter((b): b is ButtonElement => b !== undefined);
  if (hasCards && reply.kind === 'results') {
    const more = button(actionId('more_results'), 'Show more', { type: 'show_more' });
    if (more) elements.push(more);
  }
  const block: ActionsBlock = { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements) };
  return elements.length > 0 ? [block] : [];
}

function shareBlock(request: string): SlackBlock[] {
  const share = button(actionId('share'), 'Share to channel', { type: 'share' }, request);
  return share ? [{ type: 'actions', elements: [{ ...share, style: 'primary' }] }] : [];
}

/** A comparison as a legend plus one field per attribute row ("*Price*\n1: $49 · 2: $59"). */
function renderComparison(comparison: Comparison): SlackBlock[] {
  const columns = comparison.columns.slice(0, MAX_COLUMNS);
  if (columns.length === 0) return [];
  const legend: ContextBlock = {
    type: 'context',
    elements: [
      plain(
        plainText(`Comparing: ${columns.map((c, i) => `${i + 1} = ${c.title}`).join(' · ')}`, 1_000, {
          singleLine: true,
        }),
      ),
    ],
  };
  const fields = comparison.rows.slice(0, MAX_ROWS).map((row) => {
    const label = mrkdwnText(row.label, 80, { singleLine: true });
    const values = columns
      .map((_, i) => `${i + 1}: ${mrkdwnText(row.values[i] ?? '–', 100, { singleLine: true })}`)
      .join(' · ');
    return mrkdwn(`*${label}*\n${values}`);
  });
  return fields.length > 0 ? [legend, { type: 'section', fields }] : [legend];
}

/** The notification/fallback text: lead plus one line per shown card. */
function fallbackText(reply: Reply, shownCards: number): string {
  const lines = [reply.text.trim()];
  for (const card of reply.cards.slice(0, shownCards)) {
    lines.push(`${card.position}. ${card.title.replace(/\s+/g, ' ')} (${card.priceText}, ${card.stockText})`);
  }
  return plainText(lines.filter(Boolean).join('\n'), FALLBACK_MAX) || 'aisle';
}
