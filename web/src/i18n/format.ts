/**
 * Formatting of money and dates, in one place: amounts as `€ 150.000,00` (nl-BE), dates in
 * Europe/Brussels. Money is integer cents everywhere, as in the API.
 */
export type Locale = 'nl' | 'en';

const intlLocale = (locale: Locale) => (locale === 'nl' ? 'nl-BE' : 'en-GB');

export function formatEuro(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
  })
    .format(cents / 100)
    .replace(/\u00a0/g, ' ');
}

/** A calendar date `YYYY-MM-DD` (no time zone: it is the same day everywhere). */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A moment (ISO timestamp), shown as the date and time in Brussels. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(iso));
}

/**
 * Euros as typed (`150.000,50`, `150000`, `€ 1.250`) → cents, or undefined when it is not an amount.
 * Dutch: `.` groups thousands and `,` marks the decimals; English the other way round.
 */
export function parseEuroInput(input: string, locale: Locale): number | undefined {
  let s = input.replace(/[€\s\u00a0]/g, '');
  if (s === '') return undefined;
  const [group, decimal] = locale === 'nl' ? ['.', ','] : [',', '.'];
  if (
    !new RegExp(`^\\d{1,3}(\\${group}\\d{3})*(\\${decimal}\\d{1,2})?$|^\\d+(\\${decimal}\\d{1,2})?$`).test(s)
  ) {
    return undefined;
  }
  s = s.split(group).join('').replace(decimal, '.');
  const cents = Math.round(Number(s) * 100);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Cents → the text a user would type back (`150000,5` → `150.000,50`), for editing. */
export function euroInputValue(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(cents / 100)
    .replace(/\u00a0/g, ' ');
}

/** A percentage as the locale writes it: `47,06 %` in Dutch. */
export function formatPercent(value: number, locale: Locale): string {
  const n = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(value);
  return `${n} %`;
}
