import { describe, expect, it } from '@jest/globals';
import { expenseViolations } from './eligibility.js';
import { achievedPct } from './indicators.js';

const project = {
  startDate: '2017-06-01',
  endDate: '2019-05-31',
  partnerOrganisationIds: ['p1', 'p2'],
  officeFlatRate: true,
};
const expense = {
  partnerOrganisationId: 'p1',
  category: 'staff',
  incurredOn: '2018-03-01',
  paidOn: '2018-03-31',
};
const rules = (overrides: Partial<typeof expense>, frame = project) =>
  expenseViolations({ ...expense, ...overrides }, frame).map((v) => v.rule);

describe('ERDF expense eligibility', () => {
  it('accepts an expense incurred and paid within the project period, on the first and last day too', () => {
    expect(rules({})).toEqual([]);
    expect(rules({ incurredOn: '2017-06-01', paidOn: '2019-05-31' })).toEqual([]);
  });

  it('rejects an expense incurred before the project start', () => {
    expect(rules({ incurredOn: '2017-05-31' })).toEqual(['incurred_within_project_period']);
  });

  it('rejects an expense paid after 31 Dec 2023, even within the project period', () => {
    const late = { ...project, endDate: '2024-06-30' };
    expect(rules({ incurredOn: '2023-12-31', paidOn: '2024-01-01' }, late)).toEqual([
      'paid_within_programme_window',
    ]);
  });

  it('rejects an expense before the programme window', () => {
    const early = { ...project, startDate: '2013-01-01' };
    expect(rules({ incurredOn: '2013-12-31', paidOn: '2014-01-02' }, early)).toEqual([
      'incurred_within_programme_window',
    ]);
  });

  it('rejects an organisation that is not a partner and an unknown category', () => {
    expect(rules({ partnerOrganisationId: 'stranger', category: 'catering' })).toEqual([
      'partner_in_project',
      'category_known',
    ]);
  });
});

describe('indicator achievement', () => {
  it('is a percentage of the target to one decimal, null without a target', () => {
    expect(achievedPct(143, 150)).toBe(95.3);
    expect(achievedPct(30, 20)).toBe(150);
    expect(achievedPct(5, 0)).toBeNull();
  });
});
