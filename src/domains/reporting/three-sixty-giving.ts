/**
 * Awarded grants as a 360Giving Data Standard package (https://standard.threesixtygiving.org), so the
 * province can publish its grants as open data. Pure: plain objects in, the JSON package out.
 *
 * Identifier choices (see README "Reports"):
 * - Grant `id`: the publisher's 360Giving prefix (`OPEN_DATA_PREFIX`, registered with 360Giving;
 *   default `360G-provincievlaamsbrabant`) + `-` + the application reference (`IS-2026-0001`); the
 *   reference is unique, stable and human-readable (unlike the row's UUID).
 * - Recipient `id`: `BE-BCE_KBO-` + the ten digits of the Belgian enterprise number, the org-id.guide
 *   list for the Crossroads Bank for Enterprises (`BE-BCE_KBO-0123456749`). The recipient is the
 *   coordinator of the consortium, to whom the province pays the grant.
 * - Funder `id`: the province's own org-id, `BE-BCE_KBO-` + its enterprise number
 *   (`PROVINCE_ENTERPRISE_NUMBER`, default 0253.973.219).
 * - Classifications: the Smart Hub cluster with its Dutch label (`Gezondheid`, not `health`).
 * - `beneficiaryLocation`: the province (the regulation asks for a significant part of the work in
 *   Flemish Brabant), country `BE`. No `geoCode`: 360Giving's geoCodeType codelist only has UK
 *   gazetteers, and a code outside it would not validate.
 * Amounts are euros as decimal numbers (the standard's `amountAwarded` is a number in the currency).
 */

import { clusterLabel } from './labels.js';

export const RECIPIENT_ID_PREFIX = 'BE-BCE_KBO-';
export const FUNDER_NAME = 'Provincie Vlaams-Brabant';

/** Who publishes: the grant identifier prefix and the funder's org-id, from the configuration. */
export interface ThreeSixtyGivingPublisher {
  /** `OPEN_DATA_PREFIX`, e.g. `360G-provincievlaamsbrabant`. */
  prefix: string;
  /** The province's org-id, `BE-BCE_KBO-0253973219`. */
  funderId: string;
}

export const BENEFICIARY_LOCATION = { name: 'Provincie Vlaams-Brabant', countryCode: 'BE' } as const;

/** The fields every grant must have (360-giving-schema.json `required`). */
export const REQUIRED_GRANT_FIELDS = [
  'id',
  'title',
  'description',
  'currency',
  'amountAwarded',
  'awardDate',
  'recipientOrganization',
  'fundingOrganization',
] as const;

/** An awarded grant as the reporting query reads it. */
export interface AwardedGrant {
  applicationId: string;
  reference: string;
  title: string;
  summary: string;
  cluster: string | null;
  requestedCents: number | null;
  grantedCents: number;
  /** Decision date `YYYY-MM-DD`. */
  decidedOn: string;
  plannedStart: string;
  plannedEnd: string;
  recipient: {
    name: string;
    /** `0123.456.749` or `0123456749`. */
    enterpriseNumber: string;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    /** ISO 3166-1 alpha-2. */
    country: string | null;
  };
  programme: { code: string; name: string };
}

export interface ThreeSixtyGivingOrganization {
  id: string;
  name: string;
  streetAddress?: string;
  postalCode?: string;
  addressLocality?: string;
  addressCountry?: string;
}

export interface ThreeSixtyGivingGrant {
  id: string;
  title: string;
  description: string;
  currency: 'EUR';
  amountAppliedFor?: number;
  amountAwarded: number;
  awardDate: string;
  plannedDates: { startDate: string; endDate: string }[];
  recipientOrganization: ThreeSixtyGivingOrganization[];
  fundingOrganization: { id: string; name: string }[];
  grantProgramme: { code: string; title: string }[];
  beneficiaryLocation: { name: string; countryCode: string }[];
  classifications?: { vocabulary: string; code: string; title: string }[];
  fromOpenCall: 'Yes' | 'No';
}

export interface ThreeSixtyGivingPackage {
  grants: ThreeSixtyGivingGrant[];
}

const COUNTRY_NAMES: Record<string, string> = {
  BE: 'Belgium',
  NL: 'Netherlands',
  LU: 'Luxembourg',
  FR: 'France',
  DE: 'Germany',
};

/** `0123.456.749` → `BE-BCE_KBO-0123456749`. */
export function recipientOrgId(enterpriseNumber: string): string {
  const digits = enterpriseNumber.replace(/\D/g, '');
  if (digits.length !== 10) throw new RangeError(`Not an enterprise number: ${enterpriseNumber}`);
  return `${RECIPIENT_ID_PREFIX}${digits}`;
}

/** Integer cents → euros as a decimal number (`15000000` → `150000`, `12345` → `123.45`). */
export function centsToEuros(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError('Amounts are whole cents');
  return cents / 100;
}

/** 360Giving titles should stay under 140 characters. */
function title140(title: string): string {
  return title.length < 140 ? title : `${title.slice(0, 138)}…`;
}

export function toThreeSixtyGivingGrant(
  grant: AwardedGrant,
  publisher: ThreeSixtyGivingPublisher,
): ThreeSixtyGivingGrant {
  const r = grant.recipient;
  const recipient: ThreeSixtyGivingOrganization = {
    id: recipientOrgId(r.enterpriseNumber),
    name: r.name,
  };
  if (r.street) recipient.streetAddress = r.street;
  if (r.postalCode) recipient.postalCode = r.postalCode;
  if (r.city) recipient.addressLocality = r.city;
  if (r.country) recipient.addressCountry = COUNTRY_NAMES[r.country] ?? r.country;
  const out: ThreeSixtyGivingGrant = {
    id: `${publisher.prefix}-${grant.reference}`,
    title: title140(grant.title),
    description: grant.summary.trim() || grant.title,
    currency: 'EUR',
    amountAwarded: centsToEuros(grant.grantedCents),
    awardDate: grant.decidedOn,
    plannedDates: [{ startDate: grant.plannedStart, endDate: grant.plannedEnd }],
    recipientOrganization: [recipient],
    fundingOrganization: [{ id: publisher.funderId, name: FUNDER_NAME }],
    grantProgramme: [{ code: grant.programme.code, title: grant.programme.name }],
    beneficiaryLocation: [{ ...BENEFICIARY_LOCATION }],
    fromOpenCall: 'Yes',
  };
  if (grant.requestedCents !== null) out.amountAppliedFor = centsToEuros(grant.requestedCents);
  if (grant.cluster) {
    out.classifications = [
      { vocabulary: 'Smart Hub cluster', code: grant.cluster, title: clusterLabel(grant.cluster) },
    ];
  }
  return out;
}

/** The package of awarded grants, in the order given (the query orders by award date and reference). */
export function toThreeSixtyGivingPackage(
  grants: readonly AwardedGrant[],
  publisher: ThreeSixtyGivingPublisher,
): ThreeSixtyGivingPackage {
  return { grants: grants.map((g) => toThreeSixtyGivingGrant(g, publisher)) };
}

/**
 * The problems of a grant against the standard's required fields (empty when it is valid):
 * every required field present and non-empty, organisations with `id` and `name`, a date award date.
 */
export function missingRequiredFields(grant: Partial<ThreeSixtyGivingGrant>): string[] {
  const problems: string[] = [];
  for (const field of REQUIRED_GRANT_FIELDS) {
    const value = grant[field];
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      problems.push(field);
    }
  }
  for (const field of ['recipientOrganization', 'fundingOrganization'] as const) {
    for (const [i, org] of (grant[field] ?? []).entries()) {
      if (!org.id) problems.push(`${field}.${i}.id`);
      if (!org.name) problems.push(`${field}.${i}.name`);
    }
  }
  if (grant.amountAwarded !== undefined && typeof grant.amountAwarded !== 'number')
    problems.push('amountAwarded');
  if (grant.awardDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(grant.awardDate))
    problems.push('awardDate');
  return problems;
}
