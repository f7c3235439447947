import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../adapters/slack/actions.ts';
import type { SlackBlock } from '../../../adapters/slack/blocks.ts';
import { renderHome } from '../../../adapters/slack/home.ts';
import { renderReply } from '../../../adapters/slack/render.ts';
import type { ProductCard, Reply } from '../../../src/assistant/types.ts';
import { HOSTILE_STRINGS } from '../../fakes/hostile.ts';
import { payloadProblems } from './payload-check.ts';

function card(over: Partial<ProductCard> = {}): ProductCard {
  return {
    position: 1,
    id: 'p1',
    title: 'Sony WH-CH520',
    brand: 'Sony',
    category: 'Audio > Headphones',
    price: { minor: 4999, currency: 'USD' },
    priceText: '$49.99',
    availability: 'in_stock',
    stockText: 'In stock',
    url: 'https://shop.example.com/p1',
    imageUrl: 'https://cdn.example.com/p1.png',
    why: 'Wireless, 50 h battery',
    score: 1,
    ...over,
  };
}

function reply(over: Partial<Reply> = {}): Reply {
  return {
    kind: 'results',
    text: 'Here is what I found:',
    cards: [card()],
    chips: [],
    suggestions: [],
    ephemeral: false,
    language: 'en',
    ...over,
  };
}

type AnyBlock = SlackBlock & Record<string, unknown>;
const sections = (blocks: SlackBlock[]) => blocks.filter((b) => b.type === 'section') as AnyBlock[];
const buttons = (blocks: SlackBlock[]) => blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));

describe('renderReply', () => {
  it('renders a lead, a linked product with its facts, buttons and a text fallback', () => {
    const m = renderReply(reply({ cards: [card({ promoLabel: 'Summer sale' })] }));
    const [lead, product] = sections(m.blocks);
    expect(lead?.text).toEqual({ type: 'plain_text', text: 'Here is what I found:', emoji: true });
    const text = String((product?.text as { text?: string } | undefined)?.text);
    expect(text).toContain('<https://shop.example.com/p1|Sony WH-CH520>');
    expect(text).toContain('Sony · $49.99 · In stock');
    expect(text).toContain('Wireless, 50 h battery');
    expect(text).toContain('Summer sale');
    expect(product?.accessory).toEqual({
      type: 'image',
      image_url: 'https://cdn.example.com/p1.png',
      alt_text: 'Sony WH-CH520',
    });
    expect(buttons(m.blocks).map((b) => b.text.text)).toEqual(['More like this', '👍', '👎', 'Show more']);
    expect(m.text).toContain('Here is what I found:');
    expect(m.text).toContain('1. Sony WH-CH520 ($49.99, In stock)');
  });

  it('encodes each button as the action the core expects', () => {
    const m = renderReply(
      reply({ chips: [{ id: 'price:max', label: 'Under $50' }], suggestions: ['Only in stock'] }),
      { share: { request: 'headphones under $50' } },
    );
    const decoded = buttons(m.blocks).map((b) => decodeButton(b.value));
    expect(decoded).toEqual([
      { action: { type: 'more_like_this', productId: 'p1' }, text: '' },
      { action: { type: 'feedback', productId: 'p1', value: 'up' }, text: '' },
      { action: { type: 'feedback', productId: 'p1', value: 'down' }, text: '' },
      { action: { type: 'remove_constraint', chipId: 'price:max' }, text: '' },
      { action: { type: 'suggestion', text: 'Only in stock' }, text: 'Only in stock' },
      { action: { type: 'show_more' }, text: '' },
      { action: { type: 'share' }, text: 'headphones under $50' },
    ]);
    expect(buttons(m.blocks).at(-1)?.text.text).toBe('Share to channel');
  });

  it('uses an image accessory only for absolute http(s) URLs of images Slack can show', () => {
    const image = (imageUrl: string | undefined, publicUrl?: string) =>
      sections(
        renderReply(reply({ cards: [card(imageUrl === undefined ? {} : { imageUrl })] }), { publicUrl })
          .blocks,
      )[1]?.accessory as { image_url: string } | undefined;
    expect(image('http://cdn.example.com/a.jpg')?.image_url).toBe('http://cdn.example.com/a.jpg');
    expect(image('images/headphones.png')).toBeUndefined();
    expect(image('images/headphones.png', 'https://shop.example.com/aisle')?.image_url).toBe(
      'https://shop.example.com/aisle/images/headphones.png',
    );
    expect(image('/images/a.png', 'https://shop.example.com/')?.image_url).toBe(
      'https://shop.example.com/images/a.png',
    );
    expect(image('javascript:alert(1)//a.png', 'https://shop.example.com')).toBeUndefined();
    expect(image('//evil.example/a.png', 'https://shop.example.com')).toBeUndefined();
    expect(image('ftp://cdn.example.com/a.png')).toBeUndefined();
    expect(image('https://cdn.example.com/a.svg')).toBeUndefined();
    expect(image('https://user:pw@cdn.example.com/a.png')).toBeUndefined();
    const noImages = renderReply(reply(), { images: false });
    expect(sections(noImages.blocks)[1]?.accessory).toBeUndefined();
  });

  it('links a title only to an absolute http(s) URL', () => {
    const text = (url: string) => JSON.stringify(renderReply(reply({ cards: [card({ url })] })).blocks);
    expect(text('javascript:alert(1)')).not.toContain('<javascript');
    expect(text('/relative/p1')).not.toContain('<');
    expect(text('https://shop.example.com/a?b=1&c=2')).toContain('<https://shop.example.com/a?b=1&amp;c=2|');
  });

  it('escapes mentions and links written in catalog text and neutralises link syntax in titles', () => {
    const m = renderReply(
      reply({
        text: 'Results for <!channel> & <@U123>',
        cards: [
          card({
            title: '<https://evil.example|Free> *bold* | pipe',
            why: '<!here> see https://evil.example',
          }),
        ],
      }),
    );
    const json = JSON.stringify(m);
    expect(json).not.toMatch(/<!|<@|<https:\/\/evil/);
    expect(sections(m.blocks)[0]?.text).toMatchObject({
      text: 'Results for &lt;!channel&gt; &amp; &lt;@U123&gt;',
    });
    expect(payloadProblems(m as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('renders a comparison as fields, at most 10 per section', () => {
    const rows = Array.from({ length: 14 }, (_, i) => ({ label: `Row ${i}`, values: ['a', 'b'] }));
    const m = renderReply(
      reply({
        kind: 'comparison',
        comparison: {
          columns: [
            { productId: 'p1', title: 'A' },
            { productId: 'p2', title: 'B' },
          ],
          rows,
        },
      }),
    );
    const withFields = sections(m.blocks).filter((s) => Array.isArray(s.fields));
    expect(withFields).toHaveLength(1);
    const fields = (withFields[0]?.fields ?? []) as { text: string }[];
    expect(fields[0]?.text).toBe('*Row 0*\n1: a · 2: b');
    expect(fields).toHaveLength(10);
    expect(JSON.stringify(m.blocks)).toContain('Comparing: 1 = A · 2 = B');
  });

  it('keeps the table of a comparison reply even when its cards fill the budget', () => {
    const long = 'y'.repeat(3_000);
    const cards = Array.from({ length: 10 }, (_, i) =>
      card({ position: i + 1, id: `p${i}`, title: long, why: long, brand: long }),
    );
    const rows = Array.from({ length: 10 }, (_, i) => ({
      label: i === 0 ? 'Battery' : long,
      values: [long, long],
    }));
    const comparison = {
      columns: [
        { productId: 'p0', title: 'A' },
        { productId: 'p1', title: 'B' },
      ],
      rows,
    };
    const m = renderReply(reply({ kind: 'comparison', cards, comparison }));
    expect(JSON.stringify(m.blocks)).toContain('*Battery*');
    expect(payloadProblems(m as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('stays within every limit for a huge reply and says how many cards were left out', () => {
    const long = 'x'.repeat(5_000);
    const cards = Array.from({ length: 40 }, (_, i) =>
      card({
        position: i + 1,
        id: `p${i}`,
        title: long,
        why: long,
        brand: long,
        promoLabel: long,
        url: `https://s.example/${'a'.repeat(900)}`,
      }),
    );
    const m = renderReply(
      reply({
        text: long,
        cards,
        chips: Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, label: long })),
        suggestions: Array.from({ length: 30 }, () => long),
      }),
      { share: { request: long } },
    );
    expect(payloadProblems(m as unknown as Record<string, unknown>)).toEqual([]);
    expect(JSON.stringify(m.blocks)).toMatch(/\d+ more not shown/);
    expect(m.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: 'aisle:share:0' }] });
    expect(m.text.endsWith('…')).toBe(true);
  });

  it('keeps every hostile string inert and within limits, in every field', () => {
    for (const s of HOSTILE_STRINGS) {
      const c = card({
        id: s,
        title: s,
        brand: s,
        category: s,
        priceText: s,
        stockText: s,
        why: s,
        url: s,
        imageUrl: s,
        promoLabel: s,
        staff: { sku: s },
      });
      const m = renderReply(
        reply({
          text: s,
          cards: [c, { ...c, position: 2, url: `https://shop.example.com/?q=${s}` }],
          chips: [{ id: s, label: s }],
          suggestions: [s],
          comparison: { columns: [{ productId: s, title: s }], rows: [{ label: s, values: [s] }] },
        }),
        { share: { request: s }, publicUrl: 'https://shop.example.com' },
      );
      const problems = payloadProblems(m as unknown as Record<string, unknown>);
      expect(problems, JSON.stringify(s.slice(0, 60))).toEqual([]);
    }
  });

  it('omits a button whose product id cannot fit in a value rather than sending a broken one', () => {
    const m = renderReply(reply({ cards: [card({ id: 'i'.repeat(3_000) })] }));
    expect(buttons(m.blocks).map((b) => b.text.text)).toEqual(['Show more']);
  });
});

describe('renderHome', () => {
  it('explains how to ask, and lists promos only for managers', () => {
    const shopper = renderHome({ manager: false });
    expect(JSON.stringify(shopper.blocks)).toContain('/aisle');
    expect(JSON.stringify(shopper.blocks)).not.toContain('Live promos');
    const manager = renderHome({
      manager: true,
      promos: reply({ kind: 'promo', text: 'Live promos:\n• Summer sale', cards: [] }),
    });
    expect(JSON.stringify(manager.blocks)).toContain('Summer sale');
    expect(manager.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(payloadProblems({ view: manager } as unknown as Record<string, unknown>)).toEqual([]);
  });
});
