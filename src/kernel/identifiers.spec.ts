import { describe, expect, it } from '@jest/globals';
import {
  enterpriseNumberFromBody,
  formatEnterpriseNumber,
  formatIban,
  isValidBelgianIban,
  isValidEnterpriseNumber,
} from './identifiers.js';

describe('enterprise numbers (KBO/BCE)', () => {
  it('accepts a number whose last two digits are 97 - (first 8 mod 97)', () => {
    // 01234567 mod 97 = 48 → check 49
    expect(isValidEnterpriseNumber('0123.456.749')).toBe(true);
    expect(isValidEnterpriseNumber('0123456749')).toBe(true);
    expect(isValidEnterpriseNumber('BE 0123.456.749')).toBe(true);
  });

  it('accepts enterprise numbers that start with 1', () => {
    // 10000000 mod 97 = 76 → check 21; 19999999 mod 97 = 54 → check 43
    expect(isValidEnterpriseNumber('1000.000.021')).toBe(true);
    expect(isValidEnterpriseNumber('1999.999.943')).toBe(true);
    expect(enterpriseNumberFromBody('10000000')).toBe('1000.000.021');
    expect(isValidEnterpriseNumber('1000.000.022')).toBe(false);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidEnterpriseNumber('0123.456.748')).toBe(false);
  });

  it('rejects a first digit other than 0 or 1', () => {
    // 21234567 mod 97 = 44 → the checksum would be 53, but the first digit 2 is not allowed
    expect(isValidEnterpriseNumber(`2123.456.7${String(97 - (21234567 % 97)).padStart(2, '0')}`)).toBe(false);
  });

  it('rejects the wrong length and letters', () => {
    expect(isValidEnterpriseNumber('0123.456.7')).toBe(false);
    expect(isValidEnterpriseNumber('0123.456.74A')).toBe(false);
    expect(isValidEnterpriseNumber('')).toBe(false);
  });

  it('reads the old 9-digit form as starting with 0', () => {
    expect(isValidEnterpriseNumber('123456749')).toBe(true);
    expect(formatEnterpriseNumber('123456749')).toBe('0123.456.749');
  });
});

describe('Belgian IBAN', () => {
  it('accepts a valid IBAN with or without spaces', () => {
    expect(isValidBelgianIban('BE68539007547034')).toBe(true);
    expect(isValidBelgianIban('BE68 5390 0754 7034')).toBe(true);
    expect(isValidBelgianIban('be68 5390 0754 7034')).toBe(true);
  });

  it('rejects a wrong IBAN check', () => {
    expect(isValidBelgianIban('BE69539007547034')).toBe(false);
  });

  it('rejects a wrong national check even when the IBAN check holds', () => {
    // BBAN 539007547035 has national check 35 ≠ 5390075470 mod 97 = 34; recompute the IBAN check for it
    const bban = '539007547035';
    const numeric = BigInt(bban + '111400');
    const check = String(98n - (numeric % 97n)).padStart(2, '0');
    const iban = `BE${check}${bban}`;
    expect(isValidBelgianIban(iban)).toBe(false);
  });

  it('uses 97 when the first ten digits are a multiple of 97', () => {
    // 0000000097 mod 97 = 0 → national check 97
    const bban = '000000009797';
    const check = String(98n - (BigInt(bban + '111400') % 97n)).padStart(2, '0');
    expect(isValidBelgianIban(`BE${check}${bban}`)).toBe(true);
  });

  it('rejects other countries and lengths', () => {
    expect(isValidBelgianIban('NL91ABNA0417164300')).toBe(false);
    expect(isValidBelgianIban('BE6853900754703')).toBe(false);
  });

  it('formats in groups of four', () => {
    expect(formatIban('BE68539007547034')).toBe('BE68 5390 0754 7034');
  });
});
