/**
 * Belgian working days, for the registration of de minimis aid in the central register (eAid):
 * within 20 working days of the decision. Working days are Monday to Friday except the ten legal
 * public holidays (Koninklijk besluit van 18 april 1974): New Year, Easter Monday, Labour Day,
 * Ascension, Whit Monday, the National Day (21 July), Assumption (15 August), All Saints (1 November),
 * Armistice (11 November) and Christmas. Dates are `YYYY-MM-DD`.
 */

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function shift(date: string, days: number): string {
  const t = utc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The ten Belgian legal public holidays of a year, sorted. */
export function belgianPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  return [
    iso(year, 1, 1),
    shift(easter, 1), // Easter Monday
    iso(year, 5, 1),
    shift(easter, 39), // Ascension Day
    shift(easter, 50), // Whit Monday
    iso(year, 7, 21),
    iso(year, 8, 15),
    iso(year, 11, 1),
    iso(year, 11, 11),
    iso(year, 12, 25),
  ].sort();
}

export function isBelgianWorkingDay(date: string): boolean {
  const weekday = utc(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !belgianPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

/** The `n`th working day after `date` (the day itself does not count). */
export function addBelgianWorkingDays(date: string, n: number): string {
  let day = date;
  for (let left = n; left > 0;) {
    day = shift(day, 1);
    if (isBelgianWorkingDay(day)) left--;
  }
  return day;
}

/** The last day to register de minimis aid in eAid: the decision date + 20 Belgian working days. */
export function eAidRegisterBy(decisionDate: string): string {
  return addBelgianWorkingDays(decisionDate, 20);
}
