/**
 * A minimal assistant core for the Discord adapter tests: records every IncomingMessage, answers
 * with canned results, enforces the manager role on promo actions like the real core, and throws
 * for requests containing "boom".
 */
import type { AssistantPort, IncomingMessage, ProductCard, Reply } from '../../../src/assistant/types.ts';
import { Inbox } from '../../fakes/inbox.ts';

/** A product card with sensible defaults. */
export function card(position: number, overrides: Partial<ProductCard> = {}): ProductCard {
  return {
    position,
    id: `sku-${position}`,
    title: `Wireless Headphones ${position}`,
    brand: 'Acme',
    category: 'Audio > Headphones',
    price: { minor: 4999 + position, currency: 'USD' },
    priceText: `$49.9${position}`,
    availability: 'in_stock',
    stockText: 'In stock',
    url: `https://shop.example/p/sku-${position}`,
    imageUrl: 'images/headphones.svg',
    why: 'Matches "wireless headphones" and is under $50.',
    score: 1 / position,
    ...overrides,
  };
}

/** A results reply with three cards, two chips and two suggestions. */
export function resultsReply(overrides: Partial<Reply> = {}): Reply {
  return {
    kind: 'results',
    text: 'Here are 3 picks for wireless headphones under $50.',
    cards: [card(1), card(2, { promoLabel: 'Summer audio sale' }), card(3)],
    chips: [
      { id: 'price', label: 'under $50' },
      { id: 'cat', label: 'Headphones' },
    ],
    suggestions: ['Only in stock', 'Compare the first two'],
    ephemeral: false,
    language: 'en',
    ...overrides,
  };
}

function textReply(kind: Reply['kind'], text: string, extra: Partial<Reply> = {}): Reply {
  return { kind, text, cards: [], chips: [], suggestions: [], ephemeral: true, language: 'en', ...extra };
}

/** The fake core. Set `respond` to script a reply; otherwise it answers as described above. */
export class FakeCore implements AssistantPort {
  readonly #received = new Inbox<IncomingMessage>();
  /** Every message the core received, in order. */
  readonly seen: readonly IncomingMessage[] = this.#received.all;
  respond: ((message: IncomingMessage) => Reply | Promise<Reply>) | undefined;

  async handle(message: IncomingMessage): Promise<Reply> {
    this.#received.push(message);
    if (message.text.includes('boom')) throw new Error('core exploded');
    if (this.respond) return this.respond(message);
    return this.#answer(message);
  }

  /** The next message the core receives (already received or still to come) that matches. */
  next(match: (m: IncomingMessage) => boolean = () => true): Promise<IncomingMessage> {
    return this.#received.next(match);
  }

  #answer(message: IncomingMessage): Reply {
    const action = message.action;
    if (action?.type.startsWith('promo_') && !message.roles.includes('manager')) {
      return textReply('refusal', 'Only community managers can manage promotions.');
    }
    switch (action?.type) {
      case 'promo_create':
        return textReply('promo', `Created promo "${action.promo.label}" (id promo-1), live for 7 days.`);
      case 'promo_announce':
        return textReply('announcement', 'Summer audio sale: 20% off headphones this week!', {
          ephemeral: false,
          pingPromoRole: true,
        });
      case 'feedback':
        return textReply('info', 'Thanks, noted.');
      case 'share':
        return resultsReply({ ephemeral: false });
      case 'remove_constraint':
        return resultsReply({ text: 'Without that filter:', chips: [{ id: 'cat', label: 'Headphones' }] });
      case 'more_like_this':
        return resultsReply({ text: `More like ${action.productId}:` });
      default:
        return resultsReply();
    }
  }
}
