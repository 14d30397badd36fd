import { Injectable } from '@nestjs/common';

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const BRUSSELS_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The day in Belgium (`YYYY-MM-DD`) that the moment falls on. */
export function brusselsDate(at: Date): string {
  return BRUSSELS_DATE.format(at);
}

/**
 * The first moment of a day in Belgium: 00:00 Europe/Brussels, UTC+1 in winter and UTC+2 in summer
 * (the clocks change at 02:00 and 03:00, so midnight always exists and is unique).
 */
export function brusselsMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  for (const offsetHours of [1, 2]) {
    const at = new Date(Date.UTC(y, m - 1, d) - offsetHours * 3_600_000);
    if (BRUSSELS_DATE.format(at) === day && BRUSSELS_TIME.format(at) === '00:00') return at;
  }
  throw new Error(`Not a calendar day: ${day}`);
}

/**
 * A moment as people in Belgium read it, for messages: `15 January 2027` at local midnight, else
 * `15 October 2026 at 23:59` (Europe/Brussels, summer time included). Never UTC.
 */
export function formatBrusselsMoment(at: Date): string {
  const day = BRUSSELS_DAY.format(at);
  const time = BRUSSELS_TIME.format(at);
  return time === '00:00' ? day : `${day} at ${time}`;
}

const LONG_BRUSSELS = {
  nl: new Intl.DateTimeFormat('nl-BE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }),
};

/** A moment in a mail, in the reader's language and Brussels time: `3 december 2026 om 12:15`. */
export function brusselsTime(at: Date, language: 'nl' | 'en' = 'nl'): string {
  return LONG_BRUSSELS[language].format(at);
}

/**
 * The one source of "now" for business rules (call windows, decision dates, de minimis windows).
 * The demo seed and tests move it with `travelTo` to act at another moment (e.g. submit before a
 * call closed); the audit trail always uses real time.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's date in Belgium, `YYYY-MM-DD`. */
  today(): string {
    return BRUSSELS_DATE.format(this.now());
  }

  travelTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
