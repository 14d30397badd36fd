import { describe, expect, it } from '@jest/globals';
import { callEndOf, callStatus, closingDayOf, lastOpenMoment } from './programme-rules.js';

describe('a call closes at the end of its closing day, Brussels time (issue #18, item 10)', () => {
  it('ends at the next day 00:00 Europe/Brussels, in summer and in winter time', () => {
    expect(callEndOf('2026-10-15').toISOString()).toBe('2026-10-15T22:00:00.000Z'); // CEST
    expect(callEndOf('2026-12-15').toISOString()).toBe('2026-12-15T23:00:00.000Z'); // CET
    expect(callEndOf('2026-12-31').toISOString()).toBe('2026-12-31T23:00:00.000Z'); // into the next year
  });

  it('counts the days on which the clocks change right', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST; 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(callEndOf('2026-03-28').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // 29 March 00:00 CET
    expect(callEndOf('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z'); // 30 March 00:00 CEST
    expect(callEndOf('2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z'); // 25 October 00:00 CEST
    expect(callEndOf('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z'); // 26 October 00:00 CET
  });

  it('reads the closing day from a moment given as closesAt', () => {
    expect(closingDayOf(new Date('2026-10-15T23:59:59+02:00'))).toBe('2026-10-15');
    expect(closingDayOf(new Date('2026-10-16T00:00:00+02:00'))).toBe('2026-10-15');
    expect(closingDayOf(new Date('2026-10-15T12:00:00+02:00'))).toBe('2026-10-15');
    expect(closingDayOf(new Date('2026-10-15T22:30:00Z'))).toBe('2026-10-16'); // 00:30 on the 16th
  });

  it('is open at 23:59 on the closing day and closed at 00:00 the next day', () => {
    const window = { opensAt: new Date('2026-01-15T00:00:00+01:00'), closesAt: callEndOf('2026-10-25') };
    expect(callStatus(window, new Date('2026-10-25T23:59:59.999+01:00'))).toBe('open');
    expect(callStatus(window, new Date('2026-10-26T00:00:00+01:00'))).toBe('closed');
    expect(lastOpenMoment(window.closesAt).toISOString()).toBe('2026-10-25T22:59:00.000Z');
  });
});
