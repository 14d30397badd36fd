import { describe, expect, it } from '@jest/globals';
import {
  addBelgianWorkingDays,
  belgianPublicHolidays,
  easterSunday,
  eAidRegisterBy,
  isBelgianWorkingDay,
} from './belgian-working-days.js';

describe('Belgian working days', () => {
  it('computes Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the ten legal public holidays, the Easter-based ones included', () => {
    expect(belgianPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06', // Easter Monday
      '2026-05-01',
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('skips weekends and holidays', () => {
    expect(isBelgianWorkingDay('2026-07-21')).toBe(false);
    expect(isBelgianWorkingDay('2026-07-18')).toBe(false); // Saturday
    expect(isBelgianWorkingDay('2026-07-20')).toBe(true);
    expect(addBelgianWorkingDays('2026-07-20', 1)).toBe('2026-07-22');
    expect(addBelgianWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
  });

  it('puts the eAid deadline 20 working days after the decision', () => {
    // 1 April 2026 (Wednesday): Easter Monday 6 April, Labour Day 1 May are skipped.
    expect(eAidRegisterBy('2026-04-01')).toBe('2026-04-30');
    expect(eAidRegisterBy('2026-04-20')).toBe('2026-05-20'); // over 1 May and Ascension 14 May
    // Without holidays: four weeks.
    expect(eAidRegisterBy('2026-02-02')).toBe('2026-03-02');
  });
});
