import { describe, expect, it } from 'vitest';
import { amountDecimal, parseNumberWords, shiftDecimal } from '../../src/query/numbers.ts';
import { aroundRange } from '../../src/query/price.ts';

describe('parseNumberWords', () => {
  it.each([
    ['fifty', 50],
    ['twenty-five', 25],
    ['a hundred', 100],
    ['two hundred and fifty', 250],
    ['one thousand', 1000],
    ['two thousand five hundred', 2500],
    ['nineteen', 19],
    ['three thousand four hundred and twelve', 3412],
  ])('%s = %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each(['twenty thirty', 'five six', 'hundred hundred', 'thousand thousand', 'banana', ''])(
    'rejects %j',
    (words) => {
      expect(parseNumberWords(words)).toBeUndefined();
    },
  );
});

describe('shiftDecimal and amountDecimal', () => {
  it.each([
    ['1.5', 3, '1500'],
    ['1', 3, '1000'],
    ['2.25', 4, '22500'],
    ['0.5', 3, '500'],
    ['1.23456', 3, '1234.56'],
    ['42', 0, '42'],
  ])('shifts %s by 10^%d', (decimal, power, out) => {
    expect(shiftDecimal(decimal, power)).toBe(out);
  });

  it('reads thousands separators, multipliers and words without floating point', () => {
    expect(amountDecimal({ digits: '1,200' })).toBe('1200');
    expect(amountDecimal({ digits: '1.5', suffix: 'k' })).toBe('1500');
    expect(amountDecimal({ digits: '2', suffix: '万' })).toBe('20000');
    expect(amountDecimal({ words: 'two', suffix: ' grand' })).toBe('2000');
    expect(amountDecimal({ digits: '0.1', suffix: 'K' })).toBe('100');
  });
});

describe('aroundRange', () => {
  it('widens by 20% either side in integer minor units', () => {
    expect(aroundRange(5000)).toEqual({ min: 4000, max: 6000 });
    expect(aroundRange(1999)).toEqual({ min: 1600, max: 2398 });
    const huge = aroundRange(Number.MAX_SAFE_INTEGER - 1);
    expect(huge.min).toBe(Number.MAX_SAFE_INTEGER - 1 - 1801439850948198);
    expect(huge.max).toBe(Number.MAX_SAFE_INTEGER);
  });
});
