import { describe, expect, it } from 'vitest';
import { CUSTOM_ID_MAX, CustomIdCodec } from '../../../adapters/discord/custom-id.ts';
import { clip, escapeMarkdown, safeMarkdown, safeUrl } from '../../../adapters/discord/escape.ts';
import { renderReply } from '../../../adapters/discord/render.ts';
import { resolveRoles } from '../../../adapters/discord/roles.ts';
import type { Action, Reply } from '../../../src/assistant/types.ts';
import { card, resultsReply } from './fake-core.ts';
import { checkPayload } from './payload-check.ts';

const PROMO_ROLE = '123456789012345678';

/** Render and convert to the API shape discord.js sends (allowed_mentions in snake case). */
function render(reply: Reply, opts: { publicUrl?: string; share?: boolean; promoRoleId?: string } = {}) {
  const msg = renderReply(reply, { codec: new CustomIdCodec(), ...opts });
  const { allowedMentions, ...rest } = msg;
  const { repliedUser, ...am } = allowedMentions;
  return { msg, api: { ...rest, allowed_mentions: { ...am, replied_user: repliedUser } } };
}

describe('escaping', () => {
  it('neutralises masked links, mentions and formatting', () => {
    const out = escapeMarkdown('[free gift](https://evil.example) @everyone <@123> **bold** @here');
    expect(out).toBe(
      '\\[free gift\\]\\(https://evil.example\\) @\u200beveryone \\<@123\\> \\*\\*bold\\*\\* @\u200bhere',
    );
  });

  it('strips control characters and bidi overrides, folding lines when asked', () => {
    expect(safeMarkdown('a\u0000b\u202ec\nd', 100, { singleLine: true })).toBe('abc d');
  });

  it('clips without splitting emoji or leaving a dangling escape', () => {
    expect(clip('🎧🎧🎧', 4)).toBe('🎧…');
    expect(clip('abc\\[def', 5)).toBe('abc…');
    expect(safeMarkdown('x'.repeat(5000), 100).length).toBe(100);
    // Control characters are removed before the text is cut, so the cut is marked and whole.
    const padded = `${'\u0001'.repeat(150)}${'x'.repeat(49)}🎧🎧`;
    expect(safeMarkdown(padded, 100)).toBe(`${'x'.repeat(49)}🎧🎧`);
    expect(safeMarkdown(`${'\u0001'.repeat(150)}${'y'.repeat(300)}`, 100)).toBe(`${'y'.repeat(99)}…`);
  });

  it('accepts only absolute http(s) URLs, resolving relative ones against the public URL', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://user:pw@shop.example/x')).toBeUndefined();
    expect(safeUrl('images/a.svg')).toBeUndefined();
    expect(safeUrl('images/a.svg', { base: 'https://shop.example/aisle' })).toBe(
      'https://shop.example/aisle/images/a.svg',
    );
    expect(safeUrl(`https://shop.example/${'x'.repeat(600)}`, { maxLength: 512 })).toBeUndefined();
  });
});

describe('custom ids', () => {
  const actions: Action[] = [
    { type: 'more_like_this', productId: 'sku-1' },
    { type: 'feedback', productId: 'sku|with|bars', value: 'up' },
    { type: 'feedback', productId: 'sku-1', value: 'down' },
    { type: 'details', productId: 'sku-1' },
    { type: 'show_more' },
    { type: 'remove_constraint', chipId: 'price' },
    { type: 'suggestion', text: 'Only in stock' },
    { type: 'share' },
    { type: 'more_like_this', productId: 'p'.repeat(300) },
    { type: 'suggestion', text: '~starts with the key marker' },
  ];

  it('round-trips every button action within 100 characters', () => {
    const codec = new CustomIdCodec();
    for (const action of actions) {
      const id = codec.encode(action);
      expect(id.length).toBeLessThanOrEqual(CUSTOM_ID_MAX);
      expect(codec.decode(id)).toEqual({ ok: true, action });
    }
  });

  it('treats foreign, malformed and forgotten ids as expired', () => {
    const codec = new CustomIdCodec({ capacity: 2 });
    const first = codec.encode({ type: 'suggestion', text: 'a'.repeat(200) });
    codec.encode({ type: 'suggestion', text: 'b'.repeat(200) });
    codec.encode({ type: 'suggestion', text: 'c'.repeat(200) });
    expect(codec.decode(first)).toEqual({ ok: false });
    expect(new CustomIdCodec().decode(first)).toEqual({ ok: false });
    for (const id of ['', 'other-bot:button', 'a1|m|', 'a1|zz|x'])
      expect(codec.decode(id)).toEqual({ ok: false });
  });
});

describe('renderReply', () => {
  it('fits ten cards, a comparison, chips and suggestions into Discord limits', () => {
    const cards = Array.from({ length: 10 }, (_, i) =>
      card(i + 1, { why: 'w'.repeat(3000), title: 't'.repeat(400) }),
    );
    const reply = resultsReply({
      cards,
      chips: Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, label: `chip ${i}` })),
      suggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'a'],
      comparison: {
        columns: cards.map((c) => ({ productId: c.id, title: c.title })),
        rows: [{ label: 'Battery', values: cards.map(() => 'v'.repeat(500)) }],
      },
    });
    const { msg, api } = render(reply, { share: true });
    expect(checkPayload(api)).toEqual([]);
    expect(msg.components.length).toBe(5);
    // Nine cards (shortened to share the 6,000 characters) and the comparison.
    expect(msg.embeds.length).toBe(10);
    expect(msg.embeds.at(-1)?.title).toBe('Comparison');
    const suggestionRow = msg.components[4]?.components.map((b) => ('label' in b ? b.label : undefined));
    expect(suggestionRow).toEqual(['a', 'b', 'c', 'd', 'Share in channel']);
  });

  it('shows a thumbnail only for an absolute image URL', () => {
    const reply = resultsReply({ cards: [card(1), card(2, { imageUrl: 'https://cdn.example/x.png' })] });
    expect(render(reply).msg.embeds.map((e) => e.thumbnail?.url)).toEqual([
      undefined,
      'https://cdn.example/x.png',
    ]);
    expect(render(reply, { publicUrl: 'https://shop.example' }).msg.embeds[0]?.thumbnail?.url).toBe(
      'https://shop.example/images/headphones.svg',
    );
  });

  it('shows staff-only fields when the core includes them', () => {
    const reply = resultsReply({ cards: [card(1, { staff: { sku: 'AC-1', stockCount: 0 } })] });
    const fields = render(reply).msg.embeds[0]?.fields?.map((f) => [f.name, f.value]);
    expect(fields).toContainEqual(['SKU', 'AC\\-1']);
    expect(fields).toContainEqual(['Units in stock', '0']);
  });

  it('pings the promo role only for an announcement that asks for it', () => {
    const announcement = resultsReply({
      kind: 'announcement',
      cards: [],
      text: 'Sale!',
      pingPromoRole: true,
    });
    const pinged = render(announcement, { promoRoleId: PROMO_ROLE }).msg;
    expect(pinged.content).toBe(`<@&${PROMO_ROLE}>\nSale!`);
    expect(pinged.allowedMentions).toEqual({ parse: [], roles: [PROMO_ROLE], repliedUser: false });

    const unconfigured = render(announcement).msg;
    expect(unconfigured.content).toBe('Sale!');
    expect(unconfigured.allowedMentions).toEqual({ parse: [], repliedUser: false });
    const plain = render(resultsReply(), { promoRoleId: PROMO_ROLE }).msg;
    expect(plain.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('never sends an empty message', () => {
    const empty = resultsReply({ text: '\u0000', cards: [], chips: [], suggestions: [] });
    expect(render(empty).msg.content).toBe('…');
  });
});

describe('resolveRoles', () => {
  const map = { staff: ['111', 'G1/222'], managers: ['G2/333', '444'] };

  it('maps user ids and member role ids, honouring server scopes', () => {
    expect(resolveRoles(map, { userId: '111', memberRoleIds: [] })).toEqual(['shopper', 'staff']);
    expect(resolveRoles(map, { userId: '9', guildId: 'G1', memberRoleIds: ['222'] })).toEqual([
      'shopper',
      'staff',
    ]);
    expect(resolveRoles(map, { userId: '9', guildId: 'G3', memberRoleIds: ['222', '333'] })).toEqual([
      'shopper',
    ]);
    expect(resolveRoles(map, { userId: '9', guildId: 'G2', memberRoleIds: ['333'] })).toEqual([
      'shopper',
      'manager',
    ]);
    expect(resolveRoles(map, { userId: '444', guildId: 'G9', memberRoleIds: [] })).toEqual([
      'shopper',
      'manager',
    ]);
  });

  it('ignores role ids outside a server', () => {
    expect(resolveRoles(map, { userId: '9', memberRoleIds: ['444'] })).toEqual(['shopper']);
  });
});
