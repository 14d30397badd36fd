import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  assessDeMinimis,
  assessTotals,
  CEILING_1407_2013_CENTS,
  CEILING_2023_2831_CENTS,
  deMinimisWindow,
  regulationOn,
  splitAidOverPartners,
} from './de-minimis.js';

const EUR = (euros: number) => euros * 100;
const aid = (grantedOn: string, euros: number, id = grantedOn) => ({
  id,
  grantedOn,
  amountCents: EUR(euros),
});

describe('deMinimisWindow', () => {
  it('applies 2023/2831 from 1 January 2024: EUR 300,000 over the three years ending on the grant date', () => {
    expect(deMinimisWindow('2026-03-15')).toEqual({
      regulation: '2023/2831',
      ceilingCents: 30_000_000,
      windowStart: '2023-03-16',
      windowEnd: '2026-03-15',
    });
    expect(deMinimisWindow('2024-01-01')).toMatchObject({
      regulation: '2023/2831',
      windowStart: '2021-01-02',
      windowEnd: '2024-01-01',
    });
  });

  it('applies 1407/2013 up to 31 December 2023: EUR 200,000 over the fiscal year and the two before it', () => {
    expect(deMinimisWindow('2023-12-31')).toEqual({
      regulation: '1407/2013',
      ceilingCents: 20_000_000,
      windowStart: '2021-01-01',
      windowEnd: '2023-12-31',
    });
    expect(deMinimisWindow('2023-01-01')).toMatchObject({ windowStart: '2021-01-01' });
    expect(deMinimisWindow('2022-06-30')).toMatchObject({ windowStart: '2020-01-01' });
  });

  it('starts the window on 1 March for a grant on 29 February (three years earlier has no 29 February)', () => {
    expect(deMinimisWindow('2028-02-29')).toMatchObject({
      windowStart: '2025-03-01',
      windowEnd: '2028-02-29',
    });
    // A window that itself contains 29 February 2024.
    expect(deMinimisWindow('2027-02-28')).toMatchObject({ windowStart: '2024-02-29' });
    expect(deMinimisWindow('2027-03-01')).toMatchObject({ windowStart: '2024-03-02' });
  });

  it('names the general regulation of a grant date', () => {
    expect(regulationOn('2023-12-31')).toBe('1407/2013');
    expect(regulationOn('2024-01-01')).toBe('2023/2831');
  });

  it('rejects a date that does not exist', () => {
    expect(() => deMinimisWindow('2025-02-29')).toThrow(RangeError);
    expect(() => deMinimisWindow('15/03/2026')).toThrow(RangeError);
  });
});

describe('assessDeMinimis (rolling three years under 2023/2831)', () => {
  const grantedOn = '2026-03-15'; // window 2023-03-16 … 2026-03-15

  it('counts aid granted one day inside the three years and leaves out aid granted exactly three years before', () => {
    const inside = aid('2023-03-16', 100_000, 'inside');
    const outside = aid('2023-03-15', 100_000, 'outside');
    const result = assessDeMinimis([inside, outside], { grantedOn, amountCents: EUR(50_000) });
    expect(result.counted.map((a) => a.id)).toEqual(['inside']);
    expect(result.usedCents).toBe(EUR(100_000));
    expect(result.availableCents).toBe(EUR(200_000));
    expect(result.fits).toBe(true);
  });

  it('counts aid granted on the decision date itself and ignores aid dated after it', () => {
    const result = assessDeMinimis([aid('2026-03-15', 10_000), aid('2026-03-16', 10_000)], {
      grantedOn,
      amountCents: 0,
    });
    expect(result.usedCents).toBe(EUR(10_000));
  });

  it('lets a new aid take the ceiling exactly, and refuses one cent more', () => {
    const records = [aid('2024-05-01', 120_000), aid('2025-11-20', 80_000)]; // used EUR 200,000
    const exact = assessDeMinimis(records, { grantedOn, amountCents: EUR(100_000) });
    expect(exact).toMatchObject({ usedCents: EUR(200_000), availableCents: EUR(100_000), fits: true });
    expect(exact.excessCents).toBe(0);
    const over = assessDeMinimis(records, { grantedOn, amountCents: EUR(100_000) + 1 });
    expect(over).toMatchObject({ fits: false, excessCents: 1, availableCents: EUR(100_000) });
  });

  it('reports nothing available, never a negative amount, when the ceiling is already passed', () => {
    const result = assessDeMinimis([aid('2025-01-10', 320_000)], { grantedOn, amountCents: 1 });
    expect(result).toMatchObject({
      usedCents: EUR(320_000),
      availableCents: 0,
      excessCents: EUR(20_000) + 1,
    });
    expect(result.fits).toBe(false);
  });
});

describe('the 2023/2024 regime switch', () => {
  it('counts aid granted under 1407/2013 with its full amount against the EUR 300,000 of a 2025 grant', () => {
    // Grant on 2025-06-30 → window 2022-07-01 … 2025-06-30.
    const records = [
      aid('2022-06-30', 150_000, 'before-window'), // 1407/2013, outside the rolling window
      aid('2022-07-01', 120_000, 'old-regime-inside'), // 1407/2013, inside
      aid('2023-12-31', 60_000, 'old-regime-last-day'), // 1407/2013, inside
      aid('2024-02-01', 70_000, 'new-regime'), // 2023/2831
    ];
    const result = assessDeMinimis(records, { grantedOn: '2025-06-30', amountCents: EUR(50_000) });
    expect(result.regulation).toBe('2023/2831');
    expect(result.ceilingCents).toBe(CEILING_2023_2831_CENTS);
    expect(result.counted.map((a) => a.id)).toEqual([
      'old-regime-inside',
      'old-regime-last-day',
      'new-regime',
    ]);
    expect(result.usedCents).toBe(EUR(250_000));
    expect(result.availableCents).toBe(EUR(50_000));
    expect(result.fits).toBe(true);
  });

  it('assesses a grant on 31 December 2023 over three fiscal years with the EUR 200,000 ceiling', () => {
    const records = [
      aid('2020-12-31', 90_000, 'fiscal-2020'), // outside: fiscal years 2021–2023 count
      aid('2021-01-01', 90_000, 'fiscal-2021'),
      aid('2023-03-01', 60_000, 'fiscal-2023'),
    ];
    const result = assessDeMinimis(records, { grantedOn: '2023-12-31', amountCents: EUR(50_000) + 1 });
    expect(result).toMatchObject({
      regulation: '1407/2013',
      ceilingCents: CEILING_1407_2013_CENTS,
      windowStart: '2021-01-01',
      usedCents: EUR(150_000),
      availableCents: EUR(50_000),
      fits: false,
      excessCents: 1,
    });
    expect(result.counted.map((a) => a.id)).toEqual(['fiscal-2021', 'fiscal-2023']);
  });

  it('lets the same history take a larger aid one day later, under the new ceiling and rolling window', () => {
    const records = [aid('2021-01-01', 90_000), aid('2023-03-01', 60_000)];
    // 2024-01-01: window 2021-01-02 … 2024-01-01, so the aid of 2021-01-01 drops out.
    const result = assessDeMinimis(records, { grantedOn: '2024-01-01', amountCents: EUR(240_000) });
    expect(result).toMatchObject({ regulation: '2023/2831', usedCents: EUR(60_000), fits: true });
  });
});

describe('assessTotals', () => {
  it('works from a sum the database computed', () => {
    const window = deMinimisWindow('2026-01-10');
    expect(assessTotals(window, EUR(270_000), EUR(30_000))).toMatchObject({
      fits: true,
      availableCents: EUR(30_000),
    });
    expect(assessTotals(window, EUR(270_000), EUR(30_000) + 1).fits).toBe(false);
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => assessTotals(deMinimisWindow('2026-01-10'), 0.5)).toThrow(RangeError);
    expect(() => assessTotals(deMinimisWindow('2026-01-10'), 0, -1)).toThrow(RangeError);
  });
});

describe('splitAidOverPartners', () => {
  it('splits in proportion to eligible costs and marks the knowledge institution share as not counting', () => {
    const shares = splitAidOverPartners(EUR(150_000), [
      { organisationId: 'sme', kind: 'sme', eligibleCostsCents: EUR(120_000) },
      { organisationId: 'uni', kind: 'knowledge_institution', eligibleCostsCents: EUR(100_000) },
      { organisationId: 'large', kind: 'large_enterprise', eligibleCostsCents: EUR(80_000) },
    ]);
    // 150,000 × 120/300, × 100/300, × 80/300
    expect(shares.map((s) => [s.organisationId, s.amountCents, s.counts])).toEqual([
      ['sme', EUR(60_000), true],
      ['uni', EUR(50_000), false],
      ['large', EUR(40_000), true],
    ]);
  });

  it('never counts the share of a public body (an authority, not an undertaking)', () => {
    const shares = splitAidOverPartners(EUR(100_000), [
      { organisationId: 'sme', kind: 'sme', eligibleCostsCents: EUR(150_000) },
      { organisationId: 'municipality', kind: 'public_body', eligibleCostsCents: EUR(50_000) },
    ]);
    expect(shares.map((s) => [s.organisationId, s.amountCents, s.counts])).toEqual([
      ['sme', EUR(75_000), true],
      ['municipality', EUR(25_000), false],
    ]);
  });

  it('never loses a cent: the remainder goes to the largest eligible costs', () => {
    const shares = splitAidOverPartners(100, [
      { organisationId: 'a', kind: 'sme', eligibleCostsCents: 1 },
      { organisationId: 'b', kind: 'sme', eligibleCostsCents: 1 },
      { organisationId: 'c', kind: 'non_profit', eligibleCostsCents: 2 },
    ]);
    expect(shares.map((s) => s.amountCents)).toEqual([25, 25, 50]);
    const odd = splitAidOverPartners(10, [
      { organisationId: 'a', kind: 'sme', eligibleCostsCents: 1 },
      { organisationId: 'b', kind: 'sme', eligibleCostsCents: 2 },
    ]);
    expect(odd.map((s) => s.amountCents)).toEqual([3, 7]);
  });

  it('gives a partner without eligible costs nothing, and refuses a grant nobody has costs for', () => {
    const shares = splitAidOverPartners(EUR(1_000), [
      { organisationId: 'a', kind: 'sme', eligibleCostsCents: 0 },
      { organisationId: 'b', kind: 'sme', eligibleCostsCents: EUR(5_000) },
    ]);
    expect(shares.map((s) => s.amountCents)).toEqual([0, EUR(1_000)]);
    expect(() =>
      splitAidOverPartners(EUR(1_000), [{ organisationId: 'a', kind: 'sme', eligibleCostsCents: 0 }]),
    ).toThrow(RangeError);
    expect(() => splitAidOverPartners(1.5, [])).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
