import { describe, expect, it } from '@jest/globals';
import { addMonths, computeClaim, paymentDueBy, reportingPeriods } from './claims.js';

describe('ERDF claim figures', () => {
  it('computes the 15 % flat rate and the ERDF share per partner to the cent (hand-computed)', () => {
    // Partner A: staff € 12.345,67 + travel € 1.000,01; partner B: staff € 3.333,33 + equipment € 500,00.
    // A: flat 15 % × 1 234 567 = 185 185,05 → 185 185; eligible 1 519 753; ERDF 40 % = 607 901,2 → 607 901.
    // B: flat 15 % × 333 333 = 49 999,95 → 49 999; eligible 433 332; ERDF 40 % = 173 332,8 → 173 332.
    const claim = computeClaim(
      [
        { partnerOrganisationId: 'a', category: 'staff', amountCents: 1_234_567 },
        { partnerOrganisationId: 'b', category: 'staff', amountCents: 333_333 },
        { partnerOrganisationId: 'a', category: 'travel', amountCents: 100_001 },
        { partnerOrganisationId: 'b', category: 'equipment', amountCents: 50_000 },
      ],
      40,
    );
    expect(claim.partners).toEqual([
      {
        partnerOrganisationId: 'a',
        expensesCents: 1_334_568,
        staffCents: 1_234_567,
        flatRateCents: 185_185,
        eligibleCents: 1_519_753,
        erdfCents: 607_901,
        erdfCappedCents: 0,
      },
      {
        partnerOrganisationId: 'b',
        expensesCents: 383_333,
        staffCents: 333_333,
        flatRateCents: 49_999,
        eligibleCents: 433_332,
        erdfCents: 173_332,
        erdfCappedCents: 0,
      },
    ]);
    // The total is the sum of the partners' rounded shares (40 % of the total would be 781 234).
    expect(claim.totals).toEqual({
      expensesCents: 1_717_901,
      staffCents: 1_567_900,
      flatRateCents: 235_184,
      eligibleCents: 1_953_085,
      erdfCents: 781_233,
      erdfCappedCents: 0,
    });
  });

  it('applies the flat rate to staff costs only and lets a correction lower them', () => {
    const claim = computeClaim(
      [
        { partnerOrganisationId: 'a', category: 'staff', amountCents: 100_000 },
        { partnerOrganisationId: 'a', category: 'staff', amountCents: -20_000 },
        { partnerOrganisationId: 'a', category: 'external_expertise', amountCents: 50_000 },
      ],
      12.5,
    );
    expect(claim.totals).toEqual({
      expensesCents: 130_000,
      staffCents: 80_000,
      flatRateCents: 12_000,
      eligibleCents: 142_000,
      erdfCents: 17_750,
      erdfCappedCents: 0,
    });
  });

  it('gives an empty claim zero figures', () => {
    expect(computeClaim([], 40)).toEqual({
      partners: [],
      totals: {
        expensesCents: 0,
        staffCents: 0,
        flatRateCents: 0,
        eligibleCents: 0,
        erdfCents: 0,
        erdfCappedCents: 0,
      },
    });
  });
});

describe('ERDF caps', () => {
  it('keeps a partner under the ERDF rate of its budget and reports the rest as capped', () => {
    // A: 40 % of 1 000 000 = 400 000, but only 150 000 of its cap is left.
    const claim = computeClaim(
      [{ partnerOrganisationId: 'a', category: 'travel', amountCents: 1_000_000 }],
      40,
      {
        caps: {
          partners: new Map([['a', { capCents: 200_000, claimedCents: 50_000, uncappedCents: 50_000 }]]),
          projectRemainingCents: 1_000_000,
        },
      },
    );
    expect(claim.partners[0]).toMatchObject({ erdfCents: 150_000, erdfCappedCents: 250_000 });
    expect(claim.totals).toMatchObject({ erdfCents: 150_000, erdfCappedCents: 250_000 });
  });

  it('hands out what is left of the approved project amount in partner order', () => {
    const claim = computeClaim(
      [
        { partnerOrganisationId: 'a', category: 'travel', amountCents: 100_000 },
        { partnerOrganisationId: 'b', category: 'travel', amountCents: 100_000 },
      ],
      40,
      {
        caps: {
          partners: new Map([
            ['a', { capCents: 1e6, claimedCents: 0, uncappedCents: 0 }],
            ['b', { capCents: 1e6, claimedCents: 0, uncappedCents: 0 }],
          ]),
          projectRemainingCents: 50_000,
        },
      },
    );
    expect(claim.partners.map((p) => [p.erdfCents, p.erdfCappedCents])).toEqual([
      [40_000, 0],
      [10_000, 30_000],
    ]);
  });

  it('lets a later credit note give back capped ERDF before real ERDF', () => {
    // Earlier: the rate gave 400 000, the cap 100 000 was paid. A credit note of −500 000 (rate: −200 000)
    // still leaves the partner entitled to 100 000: nothing is given back.
    const standing = { capCents: 100_000, claimedCents: 100_000, uncappedCents: 400_000 };
    const claim = computeClaim(
      [{ partnerOrganisationId: 'a', category: 'travel', amountCents: -500_000 }],
      40,
      {
        caps: { partners: new Map([['a', standing]]), projectRemainingCents: 0 },
      },
    );
    expect(claim.partners[0]).toMatchObject({ erdfCents: 0, erdfCappedCents: -200_000 });
  });

  it('adds no flat rate when the project claims real office costs instead', () => {
    const claim = computeClaim(
      [{ partnerOrganisationId: 'a', category: 'staff', amountCents: 100_000 }],
      40,
      {
        officeFlatRate: false,
      },
    );
    expect(claim.totals).toMatchObject({ flatRateCents: 0, eligibleCents: 100_000, erdfCents: 40_000 });
  });
});

describe('ERDF reporting periods and due dates', () => {
  it('cuts project 1161 (1 Jun 2017 – 31 May 2019) into six periods of four months', () => {
    expect(reportingPeriods('2017-06-01', '2019-05-31')).toEqual([
      { number: 1, from: '2017-06-01', to: '2017-09-30' },
      { number: 2, from: '2017-10-01', to: '2018-01-31' },
      { number: 3, from: '2018-02-01', to: '2018-05-31' },
      { number: 4, from: '2018-06-01', to: '2018-09-30' },
      { number: 5, from: '2018-10-01', to: '2019-01-31' },
      { number: 6, from: '2019-02-01', to: '2019-05-31' },
    ]);
  });

  it('cuts the last period at the project end', () => {
    expect(reportingPeriods('2020-01-15', '2020-06-10')).toEqual([
      { number: 1, from: '2020-01-15', to: '2020-05-14' },
      { number: 2, from: '2020-05-15', to: '2020-06-10' },
    ]);
  });

  it('makes a payment due three months after the request, clamped to the month end', () => {
    expect(paymentDueBy('2018-02-10')).toBe('2018-05-10');
    expect(paymentDueBy('2018-11-30')).toBe('2019-02-28');
    expect(addMonths('2019-12-31', 2)).toBe('2020-02-29');
  });
});
