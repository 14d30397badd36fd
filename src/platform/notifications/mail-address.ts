import { DomainError } from '../../kernel/errors.js';

/**
 * Addresses and display names that go into mail headers. An address is checked strictly (one
 * mailbox, no spaces, no angle brackets, commas or line breaks); a name or subject loses every
 * control character, so no input can add a header or a recipient.
 */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS.test(value);
}

export function checkMailAddress(value: string, field = 'to.email'): string {
  const address = value.trim();
  if (!isMailAddress(address)) throw DomainError.validation(field, 'must be a single e-mail address');
  return address.toLowerCase();
}

/** One line of header text: control characters (CR, LF, tab, NUL, …) become spaces; at most `max` characters. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

export function headerText(value: string, max = 200): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}
