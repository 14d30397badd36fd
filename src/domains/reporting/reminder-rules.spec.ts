import { describe, expect, it } from '@jest/globals';
import { brusselsDay, daysBetween, dueReminder } from './reminder-rules.js';

describe('reminder rules', () => {
  it('reminds 7 and 1 days before a deadline and 1 and 7 days after it', () => {
    expect(dueReminder('2026-12-01', '2026-12-08')).toBe('due_soon');
    expect(dueReminder('2026-12-07', '2026-12-08')).toBe('due_soon');
    expect(dueReminder('2026-12-08', '2026-12-08')).toBeUndefined();
    expect(dueReminder('2026-12-09', '2026-12-08')).toBe('overdue');
    expect(dueReminder('2026-12-15', '2026-12-08')).toBe('overdue');
    expect(dueReminder('2026-12-03', '2026-12-08')).toBeUndefined();
  });

  it('counts days across months and daylight saving', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-14')).toBe(14);
    expect(brusselsDay(new Date('2026-10-15T22:30:00Z'))).toBe('2026-10-16');
  });
});
