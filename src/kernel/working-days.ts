/**
 * Belgian working days: Monday to Friday, except the ten Belgian public holidays (wettelijke
 * feestdagen, Royal Decree of 18 April 1974): New Year's Day, Easter Monday, Labour Day, Ascension Day,
 * Whit Monday, the National Day (21 July), Assumption (15 August), All Saints' Day, Armistice Day
 * (11 November) and Christmas Day. Pure functions on `YYYY-MM-DD` dates (calendar dates, no time zone),
 * for deadlines such as the eAid registration (decision date + 20 working days) and reminders.
 */

export interface PublicHoliday {
  date: string;
  nameNl: string;
  nameEn: string;
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parse(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function plusDays(date: string, days: number): string {
  const t = parse(date);
  t.setUTCDate(t.getUTCDate() + days);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
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
  return format(year, month, day);
}

/** The ten Belgian public holidays of a year, in date order. */
export function belgianPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: format(year, 1, 1), nameNl: 'Nieuwjaar', nameEn: "New Year's Day" },
    { date: plusDays(easter, 1), nameNl: 'Paasmaandag', nameEn: 'Easter Monday' },
    { date: format(year, 5, 1), nameNl: 'Dag van de Arbeid', nameEn: 'Labour Day' },
    { date: plusDays(easter, 39), nameNl: 'Onze-Lieve-Heer-Hemelvaart', nameEn: 'Ascension Day' },
    { date: plusDays(easter, 50), nameNl: 'Pinkstermaandag', nameEn: 'Whit Monday' },
    { date: format(year, 7, 21), nameNl: 'Nationale feestdag', nameEn: 'National Day' },
    { date: format(year, 8, 15), nameNl: 'Onze-Lieve-Vrouw-Hemelvaart', nameEn: 'Assumption Day' },
    { date: format(year, 11, 1), nameNl: 'Allerheiligen', nameEn: "All Saints' Day" },
    { date: format(year, 11, 11), nameNl: 'Wapenstilstand', nameEn: 'Armistice Day' },
    { date: format(year, 12, 25), nameNl: 'Kerstmis', nameEn: 'Christmas Day' },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Whether `date` is a Belgian working day: Monday to Friday and no public holiday. */
export function isBelgianWorkingDay(date: string): boolean {
  const weekday = parse(date).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(date.slice(0, 4));
  return !belgianPublicHolidays(year).some((h) => h.date === date);
}

/**
 * The date `days` Belgian working days after `date` (the day itself not counted, whatever it is):
 * a decision on Friday 2026-04-03 + 1 working day is Tuesday 2026-04-07 (Easter Monday is a holiday).
 * `days` is a whole number ≥ 0; with 0 the date itself is returned.
 */
export function addBelgianWorkingDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError('days must be a whole number ≥ 0');
  let current = date;
  for (let left = days; left > 0;) {
    current = plusDays(current, 1);
    if (isBelgianWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The number of Belgian working days after `from` up to and including `to` (negative when `to` is earlier). */
export function belgianWorkingDaysBetween(from: string, to: string): number {
  if (to === from) return 0;
  const sign = to > from ? 1 : -1;
  const end = sign > 0 ? to : from;
  let current = sign > 0 ? from : to;
  let count = 0;
  while (current < end) {
    current = plusDays(current, 1);
    if (isBelgianWorkingDay(current)) count += 1;
  }
  return sign * count;
}
