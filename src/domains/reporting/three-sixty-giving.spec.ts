import { describe, expect, it } from '@jest/globals';
import {
  type AwardedGrant,
  centsToEuros,
  missingRequiredFields,
  recipientOrgId,
  REQUIRED_GRANT_FIELDS,
  toThreeSixtyGivingGrant,
  toThreeSixtyGivingPackage,
} from './three-sixty-giving.js';

const grant: AwardedGrant = {
  applicationId: '4f5c2d1e-0000-4000-8000-000000000001',
  reference: 'IS-2026-0003',
  title: 'Point-of-care diagnostics for sepsis',
  summary: 'A rapid test for sepsis in emergency rooms, developed with UZ Leuven.',
  cluster: 'health',
  requestedCents: 15_000_000,
  grantedCents: 12_345_678,
  decidedOn: '2026-12-04',
  plannedStart: '2027-01-01',
  plannedEnd: '2028-12-31',
  recipient: {
    name: 'Vitalis Diagnostics BV',
    enterpriseNumber: '0123.456.749',
    street: 'Kapeldreef 60',
    postalCode: '3001',
    city: 'Leuven',
    country: 'BE',
  },
  programme: { code: 'IS', name: 'Innovatiesubsidie Vlaams-Brabant' },
};
const publisher = { prefix: '360G-provincievlaamsbrabant', funderId: 'BE-BCE_KBO-0253973219' };

describe('360Giving mapping', () => {
  it('maps an awarded grant to a grant of the standard', () => {
    expect(toThreeSixtyGivingGrant(grant, publisher)).toEqual({
      id: '360G-provincievlaamsbrabant-IS-2026-0003',
      title: 'Point-of-care diagnostics for sepsis',
      description: 'A rapid test for sepsis in emergency rooms, developed with UZ Leuven.',
      currency: 'EUR',
      amountAppliedFor: 150000,
      amountAwarded: 123456.78,
      awardDate: '2026-12-04',
      plannedDates: [{ startDate: '2027-01-01', endDate: '2028-12-31' }],
      recipientOrganization: [
        {
          id: 'BE-BCE_KBO-0123456749',
          name: 'Vitalis Diagnostics BV',
          streetAddress: 'Kapeldreef 60',
          postalCode: '3001',
          addressLocality: 'Leuven',
          addressCountry: 'Belgium',
        },
      ],
      fundingOrganization: [{ id: 'BE-BCE_KBO-0253973219', name: 'Provincie Vlaams-Brabant' }],
      grantProgramme: [{ code: 'IS', title: 'Innovatiesubsidie Vlaams-Brabant' }],
      beneficiaryLocation: [{ name: 'Provincie Vlaams-Brabant', countryCode: 'BE' }],
      classifications: [{ vocabulary: 'Smart Hub cluster', code: 'health', title: 'Gezondheid' }],
      fromOpenCall: 'Yes',
    });
  });

  it('takes the identifier prefix and the funder from the publisher (configuration)', () => {
    const g = toThreeSixtyGivingGrant(grant, { prefix: '360G-example', funderId: 'BE-BCE_KBO-0123456749' });
    expect(g.id).toBe('360G-example-IS-2026-0003');
    expect(g.fundingOrganization).toEqual([
      { id: 'BE-BCE_KBO-0123456749', name: 'Provincie Vlaams-Brabant' },
    ]);
  });

  it("gives every grant the standard's required fields", () => {
    const pkg = toThreeSixtyGivingPackage(
      [grant, { ...grant, reference: 'IS-2026-0004', summary: '  ' }],
      publisher,
    );
    expect(pkg.grants).toHaveLength(2);
    for (const g of pkg.grants) {
      for (const field of REQUIRED_GRANT_FIELDS) expect(g).toHaveProperty(field);
      expect(missingRequiredFields(g)).toEqual([]);
    }
    // An empty summary still gives a description (required): the title.
    expect(pkg.grants[1].description).toBe(grant.title);
  });

  it('leaves out address parts that are unknown instead of writing empty strings', () => {
    const g = toThreeSixtyGivingGrant(
      {
        ...grant,
        cluster: null,
        requestedCents: null,
        recipient: { ...grant.recipient, street: null, postalCode: null, city: null, country: null },
      },
      publisher,
    );
    expect(g.recipientOrganization[0]).toEqual({
      id: 'BE-BCE_KBO-0123456749',
      name: 'Vitalis Diagnostics BV',
    });
    expect(g).not.toHaveProperty('amountAppliedFor');
    expect(g).not.toHaveProperty('classifications');
  });

  it('keeps titles under the 140 characters the standard asks for', () => {
    expect(
      toThreeSixtyGivingGrant({ ...grant, title: 'x'.repeat(300) }, publisher).title.length,
    ).toBeLessThan(140);
  });

  it('builds recipient identifiers from the enterprise number with the BE-BCE_KBO prefix', () => {
    expect(recipientOrgId('0123.456.749')).toBe('BE-BCE_KBO-0123456749');
    expect(recipientOrgId('1234567894')).toBe('BE-BCE_KBO-1234567894');
    expect(() => recipientOrgId('123')).toThrow(RangeError);
  });

  it('converts cents to euros exactly enough to give the cents back', () => {
    for (const cents of [0, 1, 5, 99, 12_345, 15_000_000, 123_456_789_01]) {
      expect(Math.round(centsToEuros(cents) * 100)).toBe(cents);
    }
    expect(() => centsToEuros(1.5)).toThrow(RangeError);
  });

  it('names what is missing in an invalid grant', () => {
    const g = toThreeSixtyGivingGrant(grant, publisher);
    expect(missingRequiredFields({ ...g, title: '', recipientOrganization: [] })).toEqual([
      'title',
      'recipientOrganization',
    ]);
    expect(
      missingRequiredFields({ ...g, fundingOrganization: [{ id: '', name: 'x' }], awardDate: '04/12/2026' }),
    ).toEqual(['fundingOrganization.0.id', 'awardDate']);
  });
});
