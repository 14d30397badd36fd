import { describe, expect, it } from '@jest/globals';
import { GRANTOR_NOT_PARTNER, grantorPartnerViolations } from './grantor.js';

describe('the grantor as a partner', () => {
  const province = { name: 'Provincie Vlaams-Brabant', enterpriseNumber: '0253.973.219' };
  const company = { name: 'Voorbeeld BV (demo)', enterpriseNumber: '0100.000.192' };

  it('names the grantor when it is among the partners, in any notation of its number', () => {
    expect(grantorPartnerViolations([company, province], '0253973219')).toEqual([
      expect.objectContaining({
        rule: GRANTOR_NOT_PARTNER,
        message: expect.stringContaining('0253.973.219'),
      }),
    ]);
    expect(
      grantorPartnerViolations([{ ...province, enterpriseNumber: 'BE 0253 973 219' }], '0253.973.219'),
    ).toHaveLength(1);
  });

  it('passes a consortium without the grantor', () => {
    expect(grantorPartnerViolations([company], '0253.973.219')).toEqual([]);
  });
});
