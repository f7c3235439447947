import { describe, expect, it } from 'vitest';
import { parsePrice } from '../../src/catalog/loaders/fields.ts';
import {
  formatMoney,
  isCurrencyCode,
  parseDecimalToMinor,
  toDecimalString,
  toMajorNumber,
} from '../../src/catalog/money.ts';

describe('money', () => {
  it.each([
    ['19.99', 'USD', 1999],
    ['1,299.00', 'USD', 129_900],
    ['1.299,00', 'EUR', 129_900],
    ['12,99', 'EUR', 1299],
    ['1.234.567', 'USD', 123_456_700],
    ['0.1', 'USD', 10],
    ['0.005', 'USD', 1],
    ['300', 'JPY', 300],
    ['1.5', 'KWD', 1500],
  ])('parses %s %s exactly to %i minor units', (text, currency, minor) => {
    expect(parseDecimalToMinor(text, currency)).toBe(minor);
  });

  it.each(['12.3.4', 'abc', '', '1,2,3', '--5', '1e5'])('rejects "%s"', (text) => {
    expect(parseDecimalToMinor(text, 'USD')).toBeUndefined();
  });

  it('reads catalog prices with codes and symbols', () => {
    expect(parsePrice('15.00 USD', 'USD')).toEqual({ value: { minor: 1500, currency: 'USD' } });
    expect(parsePrice('EUR 12,50', 'USD')).toEqual({ value: { minor: 1250, currency: 'EUR' } });
    expect(parsePrice('£30', 'USD')).toEqual({ value: { minor: 3000, currency: 'GBP' } });
    expect(parsePrice('¥300', 'USD')).toEqual({ value: { minor: 300, currency: 'JPY' } });
    expect(parsePrice('¥300', 'CNY')).toEqual({ value: { minor: 30_000, currency: 'CNY' } });
  });

  it('knows real currency codes only', () => {
    expect(isCurrencyCode('usd')).toBe(true);
    expect(isCurrencyCode('ABC')).toBe(false);
  });

  it('prints without floating-point drift', () => {
    expect(toDecimalString({ minor: 1999, currency: 'USD' })).toBe('19.99');
    expect(toDecimalString({ minor: 5, currency: 'USD' })).toBe('0.05');
    expect(toDecimalString({ minor: 300, currency: 'JPY' })).toBe('300');
    expect(toMajorNumber({ minor: 1999, currency: 'USD' })).toBe(19.99);
    expect(formatMoney({ minor: 123_456_789, currency: 'USD' })).toBe('$1,234,567.89');
    // 0.1 + 0.2 style sums never happen: 10 + 20 minor units is exactly 30.
    expect(toDecimalString({ minor: 10 + 20, currency: 'USD' })).toBe('0.30');
  });
});
