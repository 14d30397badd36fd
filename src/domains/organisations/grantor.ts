import type { RuleViolation } from '../../kernel/errors.js';
import { normaliseEnterpriseNumber } from '../../kernel/identifiers.js';

/**
 * The granting province is never a partner in its own grant (issue #17, point 8): it would grant aid
 * to itself, and the de minimis record would name the grantor as the undertaking receiving aid.
 * Compared on the ten digits of the enterprise number (`PROVINCE_ENTERPRISE_NUMBER`).
 */
export const GRANTOR_NOT_PARTNER = 'grantor_not_partner';

export function grantorPartnerViolations(
  organisations: Iterable<{ name: string; enterpriseNumber: string }>,
  grantorEnterpriseNumber: string,
): RuleViolation[] {
  const grantor = normaliseEnterpriseNumber(grantorEnterpriseNumber);
  const violations: RuleViolation[] = [];
  for (const o of organisations) {
    if (grantor !== undefined && normaliseEnterpriseNumber(o.enterpriseNumber) === grantor) {
      violations.push({
        rule: GRANTOR_NOT_PARTNER,
        message: `${o.name} (${o.enterpriseNumber}) is the granting province: it cannot be a partner in its own grant`,
      });
    }
  }
  return violations;
}
