import { describe, expect, it } from '@jest/globals';
import { formatEuro, percentOfCents, splitProportionally } from './money.js';

describe('money in cents', () => {
  it('formats amounts as Belgians write them', () => {
    expect(formatEuro(15_000_000)).toBe('€ 150.000,00');
    expect(formatEuro(123_456_789)).toBe('€ 1.234.567,89');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(-100)).toBe('- € 1,00');
  });

  it('takes a percentage rounding down to the cent', () => {
    expect(percentOfCents(18_000_000, 50)).toBe(9_000_000);
    expect(percentOfCents(333, 50)).toBe(166);
    expect(percentOfCents(1_000, 12.5)).toBe(125);
    expect(percentOfCents(99_999, 40)).toBe(39_999);
  });

  it('splits an amount proportionally without losing a cent', () => {
    const shares = splitProportionally(10_000, [1, 1, 1]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(shares).toEqual([3_334, 3_333, 3_333]);
    expect(splitProportionally(100, [300, 100])).toEqual([75, 25]);
    expect(splitProportionally(100, [0, 0])).toEqual([0, 0]);
  });
});
