import { describe, expect, it } from 'vitest';
import { parseTerminalLine } from '../../adapters/terminal/commands.ts';
import { escapeBlock, escapeLine } from '../../adapters/terminal/escape.ts';
import { chatJson } from '../../adapters/terminal/json.ts';
import { renderReply } from '../../adapters/terminal/render.ts';
import type { Reply } from '../../src/assistant/types.ts';

const reply = (title: string): Reply => ({
  kind: 'results',
  text: 'Two picks:\nhere',
  cards: [
    {
      position: 1,
      id: 'p1',
      title,
      brand: 'Acme',
      category: 'Audio > Speakers',
      price: { minor: 1999, currency: 'USD' },
      priceText: '$19.99',
      availability: 'in_stock',
      stockText: 'In stock',
      why: 'Bluetooth 5.3',
      score: 0.9,
      url: 'https://example.test/p1',
    },
  ],
  chips: [{ id: 'price', label: 'Under $20' }],
  suggestions: ['cheaper'],
  ephemeral: false,
  language: 'en',
});

describe('terminal rendering', () => {
  it('escapes control characters from catalog text so nothing reaches the terminal raw', () => {
    const out = renderReply(reply('Evil\u001b[2J\rSpeaker\u202e'), { color: false });
    for (const raw of ['\u001b', '\r', '\u202e']) expect(out.includes(raw)).toBe(false);
    expect(out).toContain('Evil\\x1b[2J\\x0dSpeaker\\u202e');
    expect(escapeLine('a\nb')).toBe('a\\x0ab');
    expect(escapeBlock('a\nb\u0007')).toBe('a\nb\\x07');
  });

  it('shows the earlier price of a card on sale', () => {
    const base = reply('Speaker');
    const first = base.cards[0];
    if (!first) throw new Error('fixture has a card');
    const onSale = {
      ...base,
      cards: [{ ...first, listPrice: { minor: 2999, currency: 'USD' }, listPriceText: '$29.99' }],
    };
    expect(renderReply(onSale, { color: false })).toContain('$19.99 (was $29.99)');
    expect(renderReply(base, { color: false })).not.toContain('was');
  });

  it('numbers cards and adds colour only when asked', () => {
    const plain = renderReply(reply('Speaker'), { color: false });
    expect(plain.split('\n')).toContain('1. Speaker');
    expect(plain).not.toContain('\u001b[');
    expect(renderReply(reply('Speaker'), { color: true })).toContain('\u001b[1m');
  });

  it('prints JSON in the ask shape plus chips, suggestions, comparison and ephemeral', () => {
    expect(chatJson(reply('Speaker'))).toEqual({
      kind: 'results',
      text: 'Two picks:\nhere',
      constraints: null,
      products: [
        {
          id: 'p1',
          title: 'Speaker',
          brand: 'Acme',
          category: 'Audio > Speakers',
          price: 19.99,
          currency: 'USD',
          inStock: true,
          url: 'https://example.test/p1',
          score: 0.9,
        },
      ],
      chips: [{ id: 'price', label: 'Under $20' }],
      suggestions: ['cheaper'],
      comparison: null,
      ephemeral: false,
    });
  });

  it('turns shortcuts into actions on the last reply', () => {
    const last = reply('Speaker');
    expect(parseTerminalLine('/up 1', last)).toEqual({
      kind: 'action',
      action: { type: 'feedback', productId: 'p1', value: 'up' },
    });
    expect(parseTerminalLine('/remove 1', last)).toEqual({
      kind: 'action',
      action: { type: 'remove_constraint', chipId: 'price' },
    });
    expect(parseTerminalLine('/more 4', last)).toMatchObject({ kind: 'problem' });
    expect(parseTerminalLine('cheaper', last)).toEqual({ kind: 'text', text: 'cheaper' });
  });
});
