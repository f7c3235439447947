import { describe, expect, it } from 'vitest';
import {
  cheaperNote,
  currencyNote,
  noResultsLead,
  pluralise,
  resultsLead,
} from '../../src/assistant/lead-text.ts';
import { type Constraints, emptyConstraints } from '../../src/query/types.ts';

const usd = (max: number, min?: number) => ({
  currency: 'USD',
  maxMinor: max,
  ...(min !== undefined ? { minMinor: min } : {}),
});
const c = (over: Partial<Constraints>): Constraints => ({ ...emptyConstraints(''), ...over });

describe('resultsLead', () => {
  it('restates what was understood', () => {
    const constraints = c({
      text: 'quiet Bluetooth speaker',
      price: usd(6000),
      excludeBrands: ['JBL'],
      categories: ['Speakers'],
    });
    expect(resultsLead({ language: 'en', count: 3, subject: constraints.text, constraints })).toBe(
      '3 quiet Bluetooth speakers under $60, leaving out JBL:',
    );
  });

  it('says exactly what was relaxed', () => {
    const from = c({ text: 'bluetooth speaker', price: usd(2000) });
    const constraints = { ...from, price: usd(3500) };
    expect(
      resultsLead({
        language: 'en',
        count: 3,
        subject: '',
        constraints,
        relaxation: { kind: 'price', from },
      }),
    ).toBe('Nothing under $20; the closest are under $35:');
    expect(
      resultsLead({
        language: 'en',
        count: 3,
        subject: 'bluetooth speaker',
        constraints,
        relaxation: { kind: 'price', from },
      }),
    ).toBe('No bluetooth speakers under $20; the closest are under $35:');
  });

  it('marks screens where only out-of-stock items matched', () => {
    const constraints = c({ text: 'tent' });
    expect(
      resultsLead({ language: 'en', count: 2, subject: 'tent', constraints, outOfStockOnly: true }),
    ).toBe('2 tents — only out-of-stock ones match, marked below:');
  });

  it('writes Chinese for Chinese requests', () => {
    const constraints = c({
      text: '蓝牙音箱',
      price: usd(30000),
      excludeBrands: ['JBL'],
      categories: ['Speakers'],
    });
    expect(resultsLead({ language: 'zh', count: 3, subject: '蓝牙音箱', constraints })).toBe(
      '为你找到3款蓝牙音箱（US$300以内，不要JBL）：',
    );
  });

  it('names the anchor of a "more like this" search and its comparatives', () => {
    const constraints = c({ price: usd(6000), categories: ['Speakers'] });
    expect(
      resultsLead({
        language: 'en',
        count: 4,
        subject: '',
        constraints,
        mode: 'similar',
        anchorTitle: 'JBL Flip 6 Portable Speaker',
        comparatives: ['lighter than 550 g'],
      }),
    ).toBe('4 like JBL Flip 6 Portable Speaker, lighter than 550 g, under $60:');
  });
});

describe('notes and empty results', () => {
  it('says how a foreign-currency price was read', () => {
    expect(currencyNote({ from: { currency: 'EUR', maxMinor: 5000 }, to: usd(5000), language: 'en' })).toBe(
      "I read €50 as $50, the shop's currency.",
    );
  });

  it('says how "cheaper" set the ceiling', () => {
    expect(cheaperNote({ price: usd(4798), rule: 'median', language: 'en' })).toBe(
      'Cheaper: under $47.98 (just below the middle price of the last picks).',
    );
    expect(cheaperNote({ price: usd(4800), rule: 'budget', language: 'en' })).toBe(
      'Cheaper: under $48 (80% of your last budget).',
    );
  });

  it('admits when nothing matched', () => {
    expect(
      noResultsLead({ language: 'en', subject: 'tent', constraints: c({ text: 'tent', price: usd(500) }) }),
    ).toBe("I couldn't find any tents under $5. Try other words, or remove a filter.");
  });

  it.each([
    ['speaker', 3, 'speakers'],
    ['speaker', 1, 'speaker'],
    ['headphones', 2, 'headphones'],
    ['gaming mouse', 2, 'gaming mice'],
    ['battery', 2, 'batteries'],
    ['watch', 2, 'watches'],
    ['蓝牙音箱', 3, '蓝牙音箱'],
  ])('pluralises %j (%i) as %j', (word, n, expected) => {
    expect(pluralise(word, n)).toBe(expected);
  });
});
