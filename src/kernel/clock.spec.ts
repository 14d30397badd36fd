import { describe, expect, it } from '@jest/globals';
import { Clock } from './clock.js';

describe('Clock', () => {
  it("gives today's date in Brussels, which is ahead of UTC late in the evening", () => {
    const clock = new Clock();
    clock.travelTo(new Date('2026-10-15T22:30:00Z')); // 00:30 on 16 October in Brussels (CEST)
    expect(clock.today()).toBe('2026-10-16');
    clock.travelTo(new Date('2026-12-31T22:59:00Z')); // 23:59 CET
    expect(clock.today()).toBe('2026-12-31');
  });

  it('travels and comes back', () => {
    const clock = new Clock();
    clock.travelTo(new Date('2020-01-01T00:00:00Z'));
    expect(clock.now().getUTCFullYear()).toBe(2020);
    clock.reset();
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });
});
