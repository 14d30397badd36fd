/**
 * When reminders go out. Dates are `YYYY-MM-DD` (Brussels). A deadline is reminded 7 days and 1 day
 * before it ("due soon") and 1 day and 7 days after it ("overdue"); a call closing, 14 and 2 days
 * before its closing day to applicants with a draft in it. Each reminder goes to each recipient at
 * most once per day (the daily job's dedupe key).
 */
export const DUE_SOON_DAYS: readonly number[] = [7, 1];
export const OVERDUE_DAYS: readonly number[] = [1, 7];
export const CALL_CLOSING_DAYS: readonly number[] = [14, 2];
/** An ERDF progress report and claim is due this many months after its 4-month period ended. */
export const ERDF_CLAIM_DUE_MONTHS = 1;

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const t = (d: string): number =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((t(to) - t(from)) / 86_400_000);
}

export function dueReminder(today: string, due: string): 'due_soon' | 'overdue' | undefined {
  const left = daysBetween(today, due);
  if (DUE_SOON_DAYS.includes(left)) return 'due_soon';
  if (OVERDUE_DAYS.includes(-left)) return 'overdue';
  return undefined;
}

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (Brussels) of a moment. */
export function brusselsDay(at: Date): string {
  return BRUSSELS_DAY.format(at);
}
