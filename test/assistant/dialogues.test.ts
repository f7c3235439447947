import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatWith,
  type DemoEngine,
  makeAssistant,
  openDemoEngine,
  prices,
  type TestAssistant,
} from './harness.ts';

let demo: DemoEngine;
let t: TestAssistant;

beforeAll(async () => {
  demo = await openDemoEngine();
  t = makeAssistant({ engine: demo.engine, dir: demo.dir });
});
afterAll(async () => {
  t.close();
  await demo.cleanup();
});

let user = 0;
/** A fresh shopper for each dialogue, so conversations never leak between tests. */
const shopper = () => chatWith(t.assistant, { userId: `shopper-${++user}` });

describe('shopper dialogues over the demo catalog', () => {
  it('refines by price: a budget, "cheaper", then "under 30 instead"', async () => {
    const chat = shopper();
    const first = await chat.say('bluetooth speaker under 60');
    expect(first.kind).toBe('results');
    expect(first.text).toBe('5 bluetooth speakers under $60:');
    expect(prices(first).every((p) => p <= 6000)).toBe(true);
    expect(first.cards.every((c) => c.category.endsWith('Speakers'))).toBe(true);
    expect(first.chips.map((c) => c.id)).toEqual(['category:Speakers', 'price']);
    expect(first.ephemeral).toBe(true);

    const cheaper = await chat.say('cheaper');
    expect(cheaper.text).toMatch(/^Cheaper: under \$\d+(\.\d\d)? \(/);
    expect(cheaper.cards.length).toBeGreaterThan(0);
    expect(Math.max(...prices(cheaper))).toBeLessThan(Math.max(...prices(first)));

    const lower = await chat.say('under 30 instead');
    expect(lower.text).toContain('under $30');
    expect(prices(lower).every((p) => p <= 3000)).toBe(true);
    expect(lower.cards.every((c) => c.category.endsWith('Speakers'))).toBe(true);

    const bottom = await chat.say('cheaper');
    if (bottom.cards.length === 0) {
      expect(bottom.text).toContain('Nothing cheaper matches');
      expect((await chat.say('compare 1 and 2')).comparison?.columns[0]?.productId).toBe(lower.cards[0]?.id);
    } else {
      expect(Math.max(...prices(bottom))).toBeLessThan(Math.max(...prices(lower)));
    }
  });

  it('excludes a brand, and keeps it excluded through later refinements', async () => {
    const chat = shopper();
    const first = await chat.say('bluetooth speaker under 60');
    expect(first.cards.some((c) => c.brand === 'JBL')).toBe(true);
    const noJbl = await chat.say('not JBL');
    expect(noJbl.text).toContain('leaving out JBL');
    expect(noJbl.cards.length).toBeGreaterThan(0);
    expect(noJbl.cards.some((c) => c.brand === 'JBL')).toBe(false);
    expect(noJbl.chips.map((c) => c.id)).toContain('exclude:JBL');
    const stocked = await chat.say('only in stock');
    expect(stocked.cards.every((c) => c.brand !== 'JBL' && c.availability === 'in_stock')).toBe(true);
  });

  it('"more like the second one" searches around it, within the budget, without repeating it', async () => {
    const chat = shopper();
    const first = await chat.say('bluetooth speaker under 60');
    const second = first.cards[1];
    const like = await chat.say('more like the second one');
    expect(like.text.startsWith(`5 like ${second?.title.split(', ')[0]}`)).toBe(true);
    expect(like.cards.map((c) => c.id)).not.toContain(second?.id);
    expect(prices(like).every((p) => p <= 6000)).toBe(true);
    expect(like.cards.every((c) => c.category.endsWith('Speakers'))).toBe(true);
  });

  it('"something like #3 but lighter" keeps only lighter products and says so', async () => {
    const chat = shopper();
    const first = await chat.say('bluetooth speaker under 60');
    const third = first.cards[2];
    const lighter = await chat.say('something like #3 but lighter');
    expect(lighter.text).toMatch(/lighter than \d+ g/);
    const grams = (w: string) => (w.endsWith('kg') ? Number.parseFloat(w) * 1000 : Number.parseFloat(w));
    const thirdWeight = /(\d+(?:\.\d+)?\s?k?g)/.exec(lighter.text)?.[1] ?? '';
    expect(lighter.cards.length).toBeGreaterThan(0);
    expect(lighter.cards.map((c) => c.id)).not.toContain(third?.id);
    for (const card of lighter.cards) {
      const details = await chat.press({ type: 'details', productId: card.id });
      const weight = details.comparison?.rows.find((r) => r.label === 'Weight')?.values[0] ?? '';
      expect(grams(weight)).toBeLessThan(grams(thirdWeight));
    }
  });

  it('compares two results in a table and gives details of one', async () => {
    const chat = shopper();
    const first = await chat.say('bluetooth speaker under 60');
    const compared = await chat.say('compare 1 and 3');
    expect(compared.kind).toBe('comparison');
    expect(compared.comparison?.columns.map((c) => c.productId)).toEqual([
      first.cards[0]?.id,
      first.cards[2]?.id,
    ]);
    expect(compared.comparison?.rows.map((r) => r.label).slice(0, 4)).toEqual([
      'Price',
      'Brand',
      'Stock',
      'Rating',
    ]);
    expect(compared.comparison?.rows[0]?.values).toEqual([
      first.cards[0]?.priceText,
      first.cards[2]?.priceText,
    ]);

    const details = await chat.say('tell me more about 2');
    expect(details.kind).toBe('details');
    expect(details.cards.map((c) => c.id)).toEqual([first.cards[1]?.id]);
    expect(details.text.startsWith(first.cards[1]?.title ?? '?')).toBe(true);
    expect(details.comparison?.rows.some((r) => r.label === 'Connectivity')).toBe(true);

    const again = await chat.say('compare 1 and 2');
    expect(again.comparison?.columns[0]?.productId).toBe(first.cards[0]?.id);
  });

  it('relaxes the budget when nothing matches, and says exactly what was relaxed', async () => {
    const chat = shopper();
    const reply = await chat.say('bluetooth speaker under 15');
    expect(reply.text).toMatch(/^No bluetooth speakers under \$15; the closest are under \$(\d+):$/);
    const ceiling = Number(/under \$(\d+):$/.exec(reply.text)?.[1]) * 100;
    expect(reply.cards.length).toBeGreaterThan(0);
    expect(prices(reply).every((p) => p <= ceiling && p > 1500)).toBe(true);
    expect(reply.chips.find((c) => c.id === 'price')?.label).toBe(`Under $${ceiling / 100}`);
  });

  it('removes a chip and searches again without it', async () => {
    const chat = shopper();
    await chat.say('bluetooth speaker under 60');
    const wider = await chat.press({ type: 'remove_constraint', chipId: 'price' });
    expect(wider.chips.map((c) => c.id)).toEqual(['category:Speakers']);
    expect(Math.max(...prices(wider))).toBeGreaterThan(6000);
  });

  it('"show more" gives the next screen without repeats', async () => {
    const chat = shopper();
    const first = await chat.say('headphones');
    const more = await chat.say('show more');
    expect(more.cards.length).toBe(5);
    const firstIds = new Set(first.cards.map((c) => c.id));
    expect(more.cards.some((c) => firstIds.has(c.id))).toBe(false);
    expect(more.text.startsWith('5 more headphones')).toBe(true);
  });

  it('keeps the first screen diverse: one listing per model, at most two per brand', async () => {
    const chat = shopper();
    const reply = await chat.say('portable bluetooth speaker');
    const models = reply.cards.map((c) => `${c.brand}|${c.title.split(', ')[0]}`);
    expect(new Set(models).size).toBe(models.length);
    const perBrand = new Map<string, number>();
    for (const c of reply.cards) perBrand.set(c.brand, (perBrand.get(c.brand) ?? 0) + 1);
    expect(Math.max(...perBrand.values())).toBeLessThanOrEqual(2);
    const jbl = await chat.say('JBL speakers');
    expect(jbl.cards.every((c) => c.brand === 'JBL')).toBe(true);
    expect(jbl.cards.length).toBeGreaterThan(2);
  });

  it('answers a Chinese request in Chinese', async () => {
    const chat = shopper();
    const reply = await chat.say('蓝牙音箱 300元以内');
    expect(reply.language).toBe('zh');
    expect(reply.text).toMatch(/^为你找到\d款蓝牙音箱（US\$300以内）：$/);
    expect(reply.cards[0]?.stockText).toBe('有货');
    expect(reply.chips.find((c) => c.id === 'price')?.label).toBe('US$300以内');
    const compared = await chat.say('比较1和2');
    expect(compared.text.startsWith('比较#1和#2')).toBe(true);
  });

  it('reads a price in another currency as the shop currency and says so', async () => {
    const reply = await shopper().say('headphones under €50');
    expect(reply.text.startsWith("I read €50 as $50, the shop's currency.")).toBe(true);
    expect(prices(reply).every((p) => p <= 5000)).toBe(true);
  });

  it('gives each pick a reason drawn from its own data', async () => {
    const reply = await shopper().say('bluetooth speaker under 60');
    for (const card of reply.cards) {
      const under = 6000 - card.price.minor;
      expect(card.why).toContain('Bluetooth');
      // "$X under your budget", or "right at your budget" within 2% of it ($59.95 against $60).
      if (under * 50 > 6000) expect(card.why).toContain(`under your budget`);
      else expect(card.why).toContain('right at your budget');
    }
  });

  it('redirects off-topic requests without inventing products, and answers smalltalk', async () => {
    const chat = shopper();
    for (const text of ["what's the weather", 'write me a poem', 'asdfgh qwerty']) {
      const reply = await chat.say(text);
      expect(reply.cards).toEqual([]);
      expect(reply.suggestions.length).toBeGreaterThan(0);
    }
    const hi = await chat.say('hello');
    expect(hi.kind).toBe('smalltalk');
    const help = await chat.say('help');
    expect(help.kind).toBe('help');
    expect(help.text).not.toContain('promo create');
  });

  it('leaves out-of-stock items out unless nothing else matches, then marks them', async () => {
    const headphones = await shopper().say('headphones');
    expect(headphones.cards.every((c) => c.availability !== 'out_of_stock')).toBe(true);

    // Precondition from the demo catalog: every Sennheiser headphone under $100 is sold out.
    const sennheiser = [...demo.engine.index().items()]
      .map((i) => i.product)
      .filter(
        (p) => p.brand === 'Sennheiser' && p.category.includes('Headphones') && p.price.minor <= 10_000,
      );
    expect(sennheiser.length).toBeGreaterThan(0);
    expect(sennheiser.every((p) => p.availability === 'out_of_stock')).toBe(true);
    const soldOut = await shopper().say('Sennheiser headphones under 100');
    expect(soldOut.text).toContain('only out-of-stock ones match, marked below');
    expect(soldOut.cards.length).toBeGreaterThan(0);
    expect(
      soldOut.cards.every((c) => c.availability === 'out_of_stock' && c.stockText === 'Out of stock'),
    ).toBe(true);
  });

  it('says when better matches were left out for being out of stock', async () => {
    const r8 = [...demo.engine.index().items()].filter((i) => i.product.title.startsWith('Canon EOS R8'));
    expect(r8.length).toBeGreaterThan(0);
    expect(r8.every((i) => i.product.availability === 'out_of_stock')).toBe(true);
    const reply = await shopper().say('Canon EOS R8');
    expect(reply.text).toMatch(/\(\d closer match(es are| is) out of stock\):$/);
    expect(reply.cards.every((c) => c.availability !== 'out_of_stock')).toBe(true);
    const stocked = await shopper().say('Canon EOS R8 in stock');
    expect(stocked.text).toBe(
      'No EOS R8 in stock right now; here are the closest matches, with their stock state:',
    );
    expect(stocked.cards[0]?.title.startsWith('Canon EOS R8')).toBe(true);
    expect(stocked.cards[0]?.stockText).toBe('Out of stock');
  });

  it('references fail politely when nothing was shown', async () => {
    const reply = await shopper().say('tell me more about 2');
    expect(reply.kind).toBe('info');
    expect(reply.cards).toEqual([]);
  });

  it('resets the conversation', async () => {
    const chat = shopper();
    await chat.say('bluetooth speaker under 60');
    expect((await chat.say('start over')).kind).toBe('info');
    expect((await chat.say('compare 1 and 2')).kind).toBe('info');
  });
});
