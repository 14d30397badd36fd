import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addBelgianWorkingDays,
  belgianPublicHolidays,
  belgianWorkingDaysBetween,
  easterSunday,
  isBelgianWorkingDay,
} from './working-days.js';

describe('Belgian working days', () => {
  it('finds Easter Sunday (published dates)', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the ten public holidays of 2026', () => {
    expect(belgianPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('skips weekends and holidays', () => {
    expect(isBelgianWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isBelgianWorkingDay('2026-04-04')).toBe(false); // Saturday
    expect(isBelgianWorkingDay('2026-04-07')).toBe(true);
    expect(addBelgianWorkingDays('2026-04-03', 1)).toBe('2026-04-07');
    expect(addBelgianWorkingDays('2026-04-03', 0)).toBe('2026-04-03');
  });

  it('puts the eAid deadline of a decision 20 working days later', () => {
    // Friday 2026-01-02 (1 January is a holiday): 20 working days → Friday 2026-01-30.
    expect(addBelgianWorkingDays('2026-01-02', 20)).toBe('2026-01-30');
    // Decision on Thursday 2026-04-30: 1 May, Ascension (14 May) and Whit Monday (25 May) are skipped.
    expect(addBelgianWorkingDays('2026-04-30', 20)).toBe('2026-06-02');
    // Over Christmas and New Year: 2026-12-18 → 2027-01-19.
    expect(addBelgianWorkingDays('2026-12-18', 20)).toBe('2027-01-19');
  });

  it('counts working days between two dates, the inverse of adding them', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => {
          const from = d.toISOString().slice(0, 10);
          const to = addBelgianWorkingDays(from, n);
          expect(belgianWorkingDaysBetween(from, to)).toBe(n);
          expect(belgianWorkingDaysBetween(to, from)).toBe(n === 0 ? 0 : -n);
          if (n > 0) expect(isBelgianWorkingDay(to)).toBe(true);
        },
      ),
    );
  });

  it('counts 20 working days over Easter Monday, Labour Day and Ascension (the eAid deadline)', () => {
    expect(addBelgianWorkingDays('2026-04-01', 20)).toBe('2026-04-30');
    expect(addBelgianWorkingDays('2026-04-20', 20)).toBe('2026-05-20');
    expect(addBelgianWorkingDays('2026-02-02', 20)).toBe('2026-03-02'); // no holiday: four weeks
  });
});
