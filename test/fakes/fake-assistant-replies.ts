/**
 * The fake assistant's answers: a six-product catalog, results with chips and suggestions, a
 * comparison, promo handling that refuses non-managers, and a reply made of one hostile string.
 */
import type { Chip, IncomingMessage, ProductCard, Reply, ReplyKind } from '../../src/assistant/types.ts';

/** One product of the fake catalog. */
export interface FakeItem {
  readonly id: string;
  readonly title: string;
  readonly brand: string;
  readonly category: string;
  readonly minor: number;
  readonly stock: 'in_stock' | 'out_of_stock';
  readonly why: string;
  readonly image: string;
}

/** The fake's catalog (ids are stable for assertions). */
export const FAKE_PRODUCTS: readonly FakeItem[] = [
  {
    id: 'p-sony-wh',
    title: 'Sony WH-CH520 Wireless Headphones',
    brand: 'Sony',
    category: 'Audio > Headphones',
    minor: 4_999,
    stock: 'in_stock',
    why: 'Wireless, 50 h battery, under $50',
    image: 'https://cdn.example.com/sony-wh.png',
  },
  {
    id: 'p-jbl-tune',
    title: 'JBL Tune 510BT',
    brand: 'JBL',
    category: 'Audio > Headphones',
    minor: 3_995,
    stock: 'in_stock',
    why: 'Bluetooth 5.0 and foldable',
    image: 'images/jbl-tune.png',
  },
  {
    id: 'p-bose-qc',
    title: 'Bose QuietComfort 45',
    brand: 'Bose',
    category: 'Audio > Headphones',
    minor: 27_900,
    stock: 'out_of_stock',
    why: 'Best noise cancelling in the catalog',
    image: 'images/bose-qc.svg',
  },
  {
    id: 'p-anker-q20',
    title: 'Anker Soundcore Life Q20',
    brand: 'Anker',
    category: 'Audio > Headphones',
    minor: 5_999,
    stock: 'in_stock',
    why: 'Hybrid ANC at a low price',
    image: 'https://cdn.example.com/anker.jpg',
  },
  {
    id: 'p-jbl-flip',
    title: 'JBL Flip 6 Bluetooth Speaker',
    brand: 'JBL',
    category: 'Audio > Speakers',
    minor: 12_995,
    stock: 'in_stock',
    why: 'Waterproof portable speaker',
    image: 'https://cdn.example.com/flip6.png',
  },
  {
    id: 'p-ue-wonder',
    title: 'Ultimate Ears Wonderboom 3',
    brand: 'Ultimate Ears',
    category: 'Audio > Speakers',
    minor: 9_999,
    stock: 'in_stock',
    why: 'Floats, 14 h battery',
    image: '',
  },
];

const LIVE_PROMO = { id: 'promo-1', label: 'Summer audio sale', query: 'headphones', ends: '2031-07-01' };

function reply(kind: ReplyKind, text: string, extra: Partial<Reply> = {}): Reply {
  return { kind, text, cards: [], chips: [], suggestions: [], ephemeral: false, language: 'en', ...extra };
}

function card(item: FakeItem, position: number, staff: boolean): ProductCard {
  return {
    position,
    id: item.id,
    title: item.title,
    brand: item.brand,
    category: item.category,
    price: { minor: item.minor, currency: 'USD' },
    priceText: `$${(item.minor / 100).toFixed(2)}`,
    availability: item.stock,
    stockText: item.stock === 'in_stock' ? 'In stock' : 'Out of stock',
    url: `https://shop.example.com/products/${item.id}`,
    ...(item.image ? { imageUrl: item.image } : {}),
    why: item.why,
    score: 1 / position,
    ...(item.id === 'p-sony-wh' ? { promoLabel: LIVE_PROMO.label } : {}),
    ...(staff
      ? { staff: { sku: item.id.toUpperCase(), stockCount: item.stock === 'in_stock' ? 12 : 0 } }
      : {}),
  };
}

function isStaff(m: IncomingMessage): boolean {
  return m.roles.includes('staff') || m.roles.includes('manager');
}

function results(m: IncomingMessage, items: readonly FakeItem[], text: string, chips: Chip[] = []): Reply {
  const cards = items.slice(0, 3).map((it, i) => card(it, i + 1, isStaff(m)));
  const suggestions = ['Only in stock', 'Cheaper options', 'Compare the top two'];
  return reply('results', text, { cards, chips, suggestions });
}

/** Products matching any word of the request (all of them when nothing matches). */
function search(text: string): FakeItem[] {
  const words = text
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 2);
  const hits = FAKE_PRODUCTS.filter((p) =>
    words.some((w) => `${p.title} ${p.brand} ${p.category}`.toLowerCase().includes(w)),
  );
  return hits.length > 0 ? hits : [...FAKE_PRODUCTS];
}

function chipsFor(text: string): Chip[] {
  const chips: Chip[] = [];
  const price = /under \$?(\d+)/i.exec(text);
  if (price) chips.push({ id: 'price:max', label: `Under $${price[1]}` });
  for (const brand of ['Sony', 'JBL', 'Bose', 'Anker']) {
    if (text.toLowerCase().includes(brand.toLowerCase())) chips.push({ id: `brand:${brand}`, label: brand });
  }
  if (/in stock/i.test(text)) chips.push({ id: 'stock', label: 'In stock' });
  return chips;
}

const REFUSAL = reply(
  'refusal',
  'Only community managers can manage promos. Ask a manager if you need one.',
  {
    ephemeral: true,
  },
);

function promo(m: IncomingMessage): Reply {
  if (!m.roles.includes('manager')) return REFUSAL;
  const a = m.action;
  if (a?.type === 'promo_list' || /^promo\s+list/i.test(m.text)) {
    return reply(
      'promo',
      `Live promos:\n• ${LIVE_PROMO.label} (${LIVE_PROMO.id}): boosts "${LIVE_PROMO.query}" until ${LIVE_PROMO.ends}`,
      { ephemeral: true },
    );
  }
  if (a?.type === 'promo_announce' || /^promo\s+announce/i.test(m.text)) {
    return reply('announcement', `${LIVE_PROMO.label}: headphones on sale this week.`, {
      pingPromoRole: true,
      cards: [card(FAKE_PRODUCTS[0] as FakeItem, 1, false)],
    });
  }
  if (a?.type === 'promo_end' || /^promo\s+end/i.test(m.text))
    return reply('promo', `Ended ${LIVE_PROMO.id}.`, { ephemeral: true });
  const label =
    /^promo\s+create\s+(.+?)(?:\s+for\s+|$)/i.exec(m.text)?.[1] ??
    (a?.type === 'promo_create' ? a.promo.label : 'Promo');
  return reply('promo', `Created promo "${label}" (promo-2).`, { ephemeral: true });
}

/** The built-in answer to a message. */
export function answer(m: IncomingMessage): Reply {
  const a = m.action;
  if (a?.type.startsWith('promo_') || /^promo\b/i.test(m.text.trim())) return promo(m);
  switch (a?.type) {
    case 'more_like_this': {
      const base = FAKE_PRODUCTS.find((p) => p.id === a.productId);
      const similar = FAKE_PRODUCTS.filter((p) => p.id !== a.productId && p.category === base?.category);
      return results(m, similar, `More like ${base?.title ?? 'that'}:`);
    }
    case 'feedback':
      return reply('info', a.value === 'up' ? 'Thanks! I will show more like that.' : 'Thanks, noted.', {
        ephemeral: true,
      });
    case 'details': {
      const item = FAKE_PRODUCTS.find((p) => p.id === a.productId) ?? (FAKE_PRODUCTS[0] as FakeItem);
      return reply('details', item.why, { cards: [card(item, 1, isStaff(m))] });
    }
    case 'show_more':
      return results(m, FAKE_PRODUCTS.slice(3), 'Here are a few more:');
    case 'remove_constraint':
      return results(m, FAKE_PRODUCTS, `Removed that filter (${a.chipId}).`);
    case 'staff_suggest':
      return isStaff(m)
        ? results(m, search(a.text), 'Suggestions for your customer:')
        : reply('refusal', 'Only support staff can do that.', { ephemeral: true });
    case 'share':
    case 'suggestion':
    case undefined:
      return textAnswer(m);
    default:
      return reply('info', 'Done.');
  }
}

function textAnswer(m: IncomingMessage): Reply {
  const text = m.text.trim();
  if (!text || /^help\b/i.test(text)) {
    return reply(
      'help',
      'Ask me for a product, e.g. "wireless headphones under $60". Press a button to refine.',
    );
  }
  if (/^(hi|hello|thanks)\b/i.test(text)) return reply('smalltalk', 'Hello! What are you shopping for?');
  if (/\b(compare|vs)\b/i.test(text)) {
    const [a, b] = [FAKE_PRODUCTS[0] as FakeItem, FAKE_PRODUCTS[3] as FakeItem];
    return reply('comparison', 'Side by side:', {
      cards: [card(a, 1, false), card(b, 2, false)],
      comparison: {
        columns: [
          { productId: a.id, title: a.title },
          { productId: b.id, title: b.title },
        ],
        rows: [
          { label: 'Price', values: ['$49.99', '$59.99'] },
          { label: 'Battery', values: ['50 h', '40 h'] },
          { label: 'Noise cancelling', values: ['No', 'Yes'] },
        ],
      },
    });
  }
  const chips = chipsFor(text);
  return results(m, search(text), `Here is what I found for "${text}":`, chips);
}

/** Every user-visible field set from one hostile string, in three shapes of card. */
export function hostileReply(m: IncomingMessage, s: string): Reply {
  const base = card(FAKE_PRODUCTS[0] as FakeItem, 1, true);
  const cards: ProductCard[] = [
    {
      ...base,
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
      staff: { sku: s, stockCount: 3 },
    },
    {
      ...base,
      position: 2,
      id: `p2-${s.slice(0, 50)}`,
      title: s,
      why: `From the description: ${s}`,
      url: `https://shop.example.com/p?q=${s}`,
      imageUrl: `images/${s}.png`,
    },
    {
      ...base,
      position: 3,
      id: 'p3',
      title: `[${s}](https://evil.example)`,
      url: 'javascript:alert(1)',
      imageUrl: `//evil.example/${s}.png`,
      why: s,
    },
  ];
  return reply('results', `Results for "${m.text}" ${s}`, {
    cards,
    chips: [
      { id: s, label: s },
      { id: 'c2', label: `${s} (brand)` },
    ],
    suggestions: [s, `${s} cheaper`],
    comparison: {
      columns: [
        { productId: s, title: s },
        { productId: 'p3', title: s },
      ],
      rows: [{ label: s, values: [s, s] }],
    },
  });
}
