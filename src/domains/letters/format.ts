import type { LetterLanguage } from './decision-letter-data.js';

const MONTHS: Record<LetterLanguage, string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `2026-11-22` → `22 november 2026` (nl) or `22 November 2026` (en). */
export function formatLongDate(isoDate: string, language: LetterLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  const month = MONTHS[language][Number(match[2]) - 1];
  if (!month) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** `50` → `50 %`, `37.5` → `37,5 %` (nl) / `37.5%` (en). At most two decimals. */
export function formatPercent(pct: number, language: LetterLanguage): string {
  const rounded = Math.round(pct * 100) / 100;
  const text = String(rounded);
  return language === 'nl' ? `${text.replace('.', ',')} %` : `${text}%`;
}
