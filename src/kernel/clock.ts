import { Injectable } from '@nestjs/common';

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

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
