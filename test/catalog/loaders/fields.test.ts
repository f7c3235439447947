import { describe, expect, it } from 'vitest';
import {
  cleanCategory,
  cleanDescription,
  cleanTags,
  cleanUrl,
  parseCount,
  parsePrice,
  parseRating,
} from '../../../src/catalog/loaders/fields.ts';

describe('price parsing', () => {
  it.each([
    ['79.99', 'USD', 7999, 'USD'],
    [79.99, 'USD', 7999, 'USD'],
    ['15.00 USD', 'EUR', 1500, 'USD'],
    ['USD 15', 'EUR', 1500, 'USD'],
    ['$1,299.00', 'USD', 129_900, 'USD'],
    ['1.299,00 €', 'USD', 129_900, 'EUR'],
    ['1 299,50', 'EUR', 129_950, 'EUR'],
    ['12,5', 'EUR', 1250, 'EUR'],
    ['1500', 'JPY', 1500, 'JPY'],
    ['0.105', 'USD', 11, 'USD'],
    ['1000000.00', 'USD', 100_000_000, 'USD'],
    [{ amount: '79.99', currency: 'usd' }, 'EUR', 7999, 'USD'],
    [{ amount: 5 }, 'GBP', 500, 'GBP'],
  ])('reads %j exactly', (input, currency, minor, expected) => {
    expect(parsePrice(input, currency)).toEqual({ value: { minor, currency: expected } });
  });

  it.each([
    ['abc', 'not a valid price'],
    ['12.3.4', 'not a valid price'],
    ['1,2,3', 'not a valid price'],
    ['N/A', 'not a valid price'],
    ['5.00 XYZ', 'not a valid price'],
    ['-5.00', 'negative price'],
    ['1000000.01', 'price above 1,000,000'],
    [1e21, 'not a valid price'],
    [{ amount: { nested: 1 } }, 'not a valid price'],
    [{ amount: '1', currency: 'dollars' }, 'unknown currency'],
  ])('refuses %j', (input, reason) => {
    const result = parsePrice(input, 'USD');
    expect(result && 'reason' in result ? result.reason : result).toMatch(new RegExp(`^${reason}`));
  });

  it('treats empty values as missing', () => {
    expect(parsePrice('', 'USD')).toBeUndefined();
    expect(parsePrice('   ', 'USD')).toBeUndefined();
    expect(parsePrice(null, 'USD')).toBeUndefined();
  });
});

describe('other fields', () => {
  it('counts and ratings', () => {
    expect(parseCount('12', 'stock count')).toEqual({ value: 12 });
    expect(parseCount('1,200', 'stock count')).toEqual({ value: 1200 });
    expect(parseCount('-3', 'stock count')).toEqual({ reason: 'negative stock count (got "-3")' });
    expect(parseCount('2.5', 'stock count')).toEqual({
      reason: 'stock count is not a whole number (got "2.5")',
    });
    expect(parseRating('4.5')).toEqual({ value: 4.5 });
    expect(parseRating('4,5/5')).toEqual({ value: 4.5 });
    expect(parseRating(5.5)).toEqual({ reason: 'rating outside 0–5 (got "5.5")' });
    expect(parseRating('-1')).toEqual({ reason: 'rating outside 0–5 (got "-1")' });
    expect(parseRating('great')).toEqual({ reason: 'rating is not a number (got "great")' });
  });

  it('links', () => {
    expect(cleanUrl('https://shop.example/a b')).toEqual({ value: 'https://shop.example/a%20b' });
    expect(cleanUrl('//cdn.shop.example/x.jpg')).toEqual({ value: 'https://cdn.shop.example/x.jpg' });
    expect(cleanUrl('/images/x.jpg')).toEqual({ value: '/images/x.jpg' });
    expect(cleanUrl('javascript:alert(1)')).toMatchObject({
      reason: expect.stringMatching(/^not a web link/),
    });
    expect(cleanUrl('C:\\images\\x.jpg')).toMatchObject({ reason: expect.stringMatching(/^not a web link/) });
    expect(cleanUrl('http://')).toMatchObject({ reason: expect.stringMatching(/^not a valid URL/) });
  });

  it('tags, categories and descriptions', () => {
    expect(cleanTags('Tea, tea , TEA,green')).toEqual(['Tea', 'green']);
    expect(cleanTags('a|b|a')).toEqual(['a', 'b']);
    expect(cleanTags(['x', 'X', 3])).toEqual(['x', '3']);
    expect(cleanCategory('Home >Kitchen>  Kettles ')).toEqual(['Home', 'Kitchen', 'Kettles']);
    expect(cleanCategory(['Home', '', ' Decor '])).toEqual(['Home', 'Decor']);
    const warnings: string[] = [];
    const text = cleanDescription('<script>x()</script><p>One</p>\n\n\n\n<p>Two&nbsp;&amp; three</p>', (w) =>
      warnings.push(w),
    );
    expect(text).toBe('One\n\nTwo & three');
    expect(warnings).toEqual([]);
  });
});
