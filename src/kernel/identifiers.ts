/**
 * Belgian identifiers (SPEC.md §2). Pure functions.
 */

/** Normalises an enterprise number to its 10 digits, or undefined when it has the wrong shape. */
export function normaliseEnterpriseNumber(input: string): string | undefined {
  const compact = input.replace(/^BE/i, '').replace(/[\s.]/g, '');
  if (!/^\d{9,10}$/.test(compact)) return undefined;
  return compact.length === 9 ? `0${compact}` : compact;
}

/**
 * A KBO/BCE enterprise number: 10 digits, first digit 0 or 1, and the last two digits
 * equal 97 - (first 8 digits mod 97).
 */
export function isValidEnterpriseNumber(input: string): boolean {
  const digits = normaliseEnterpriseNumber(input);
  if (!digits || !/^[01]/.test(digits)) return false;
  const body = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return 97 - (body % 97) === check;
}

/** `0123456749` → `0123.456.749`. */
export function formatEnterpriseNumber(input: string): string {
  const d = normaliseEnterpriseNumber(input);
  if (!d) throw new RangeError(`Not an enterprise number: ${input}`);
  return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
}

/** Makes a valid enterprise number out of 8 leading digits (first digit 0 or 1). */
export function enterpriseNumberFromBody(body8: string): string {
  if (!/^[01]\d{7}$/.test(body8)) throw new RangeError('Need 8 digits starting with 0 or 1');
  const check = 97 - (Number(body8) % 97);
  return formatEnterpriseNumber(body8 + String(check).padStart(2, '0'));
}

export function normaliseIban(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch);
    remainder = Number(`${remainder}${value}`) % 97;
  }
  return remainder;
}

/**
 * A Belgian IBAN: `BE` + 2 IBAN check digits + 12 digits (3 bank, 7 account, 2 national
 * check digits = first 10 digits mod 97, 0 becoming 97). Both checks must hold.
 */
export function isValidBelgianIban(input: string): boolean {
  const iban = normaliseIban(input);
  if (!/^BE\d{14}$/.test(iban)) return false;
  if (ibanMod97(iban) !== 1) return false;
  const bban = iban.slice(4);
  const national = Number(bban.slice(0, 10)) % 97 || 97;
  return national === Number(bban.slice(10));
}

/** Groups an IBAN by four for display: `BE68 5390 0754 7034`. */
export function formatIban(input: string): string {
  return normaliseIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}
