/**
 * Product cards and comparisons as Discord embeds, escaped and sized to fit Discord's limits
 * (including the 6,000 characters shared by all embeds of one message). Pure.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Comparison, ProductCard } from '../../src/assistant/types.ts';
import { safeMarkdown, safePlain, safeUrl } from './escape.ts';
import { LIMITS } from './limits.ts';

const ACCENT = 0x2f7d6d;
const PROMO_ACCENT = 0xd98e04;
/** The comparison embed never takes more than this share of the 6,000 characters. */
const COMPARISON_BUDGET = 2400;

/** Characters Discord counts toward the 6,000 limit for one embed. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

/**
 * One embed per card plus an optional comparison embed, as many as fit Discord's per-message
 * limits. Relative image URLs are made absolute against `publicUrl`, or the thumbnail is omitted.
 */
export function buildEmbeds(opts: {
  cards: readonly ProductCard[];
  comparison?: Comparison | undefined;
  publicUrl?: string | undefined;
}): APIEmbed[] {
  const comparison = opts.comparison ? comparisonEmbed(opts.comparison) : undefined;
  const used = comparison ? embedLength(comparison) : 0;
  const cards = opts.cards.slice(0, LIMITS.embeds - (comparison ? 1 : 0));
  const perCard = cards.length > 0 ? Math.floor((LIMITS.embedsTotal - used) / cards.length) : 0;
  const embeds = cards.map((card) => cardEmbed(card, { budget: perCard, publicUrl: opts.publicUrl }));
  // Safety net: drop trailing cards until the message fits (the budgets above normally suffice).
  while (embeds.length > 0 && total(embeds) + used > LIMITS.embedsTotal) embeds.pop();
  if (comparison) embeds.push(comparison);
  return embeds;
}

function total(embeds: readonly APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

function cardEmbed(card: ProductCard, opts: { budget: number; publicUrl?: string | undefined }): APIEmbed {
  const fields: APIEmbedField[] = [];
  addField(fields, 'Brand', card.brand, 80);
  addField(fields, 'Price', card.priceText, 60);
  addField(fields, 'Stock', card.stockText, 60);
  if (card.staff?.sku !== undefined) addField(fields, 'SKU', card.staff.sku, 60);
  if (card.staff?.stockCount !== undefined)
    addField(fields, 'Units in stock', String(card.staff.stockCount), 20);

  // Footers do not render markdown: clean, but do not escape.
  const footer = safePlain(card.category, 100);
  const fixed = fields.reduce((n, f) => n + f.name.length + f.value.length, 0) + footer.length;
  const titleMax = Math.max(16, Math.min(LIMITS.embedTitle, Math.floor(opts.budget * 0.4)));
  const prefix = `${card.position}. `;
  const title =
    prefix + (safeMarkdown(card.title, titleMax - prefix.length, { singleLine: true }) || 'Untitled');

  const lines: string[] = [];
  if (card.promoLabel) lines.push(`🏷️ **${safeMarkdown(card.promoLabel, 80, { singleLine: true })}**`);
  const whyMax = Math.min(1000, opts.budget - fixed - title.length - (lines[0]?.length ?? 0) - 1);
  if (whyMax > 8 && card.why.trim() !== '') lines.push(safeMarkdown(card.why, whyMax));

  const embed: APIEmbed = { title, color: card.promoLabel ? PROMO_ACCENT : ACCENT, fields };
  const description = lines.filter(Boolean).join('\n');
  if (description !== '') embed.description = description;
  const url = safeUrl(card.url);
  if (url) embed.url = url;
  const image = safeUrl(card.imageUrl, { base: opts.publicUrl });
  if (image) embed.thumbnail = { url: image };
  if (footer !== '') embed.footer = { text: footer };
  return embed;
}

function addField(fields: APIEmbedField[], name: string, value: string, max: number): void {
  const safe = safeMarkdown(value, max, { singleLine: true });
  if (safe !== '') fields.push({ name, value: safe, inline: true });
}

/** A comparison as one embed: one inline field per product, one line per attribute. */
function comparisonEmbed(comparison: Comparison): APIEmbed {
  const columns = comparison.columns.slice(0, 9);
  const perColumn = columns.length > 0 ? Math.floor(COMPARISON_BUDGET / columns.length) : 0;
  const nameMax = Math.min(100, Math.floor(perColumn / 3));
  const fields: APIEmbedField[] = columns.map((column, i) => {
    const name = safeMarkdown(column.title, nameMax, { singleLine: true }) || `#${i + 1}`;
    const valueMax = Math.min(LIMITS.fieldValue, perColumn - name.length);
    const lines = comparison.rows.map((row) => {
      const label = safeMarkdown(row.label, 40, { singleLine: true });
      const value = safeMarkdown(row.values[i] ?? '—', 200, { singleLine: true }) || '—';
      return `**${label}:** ${value}`;
    });
    return { name, value: fitLines(lines, valueMax), inline: true };
  });
  return { title: 'Comparison', color: ACCENT, fields };
}

/** Whole lines joined by newlines, as many as fit in `max` characters (at least a dash). */
function fitLines(lines: readonly string[], max: number): string {
  let out = '';
  for (const line of lines) {
    const next = out === '' ? line : `${out}\n${line}`;
    if (next.length > max) break;
    out = next;
  }
  return out === '' ? '—' : out;
}
