/**
 * Who may call what: the authorization matrix of every route in the OpenAPI document (issue #9),
 * written by hand from SPEC.md §1 and README.md ("Access" paragraphs), independently of the code.
 * `authorization-matrix.e2e-spec.ts` plays every row against a real app and fails on any difference,
 * on a route missing from this table, and on a row whose route no longer exists.
 *
 * Actors (columns, in this order):
 * - anonymous: no token;
 * - applicantOwn: member of the organisation that coordinates the application, takes part in the ERDF
 *   project, and owns the organisation in `{id}` of /organisations;
 * - applicantOther: an applicant of another organisation;
 * - evaluatorAssigned: assigned to the application under review, declared no conflict of interest;
 *   `{id}` of /assignments is this evaluator's assignment;
 * - evaluatorUnassigned: an evaluator with no assignment on it;
 * - evaluatorConflicted: assigned to the same application but recused (declared a conflict);
 * - staff, admin.
 *
 * Expectations:
 * - A (allow): the guards let the request through: neither 401 nor 403; a GET must answer 2xx. A write
 *   may still be refused by validation or the state machine (400/404/409/422): the matrix test sends
 *   bodies that do not break the world the later rows read;
 * - D (deny): 403 — the route is not for this role, or the actor may see the record but not do this;
 * - H (hidden): 404 — the actor may not know that the record exists (SPEC.md: "other applicants get
 *   404"); one access policy (src/platform/access) gives this answer in every domain;
 * - U (unauth): 401.
 *
 * Admin: the code lets the system administrator read what staff read and do the administrative writes
 * (programmes, calls, screening, assignments, links, jobs), but not move money (decisions, payments,
 * final reports) nor touch ERDF projects, which are the finance and Smart Hub staff's. The table keeps
 * that line (an open question: should admins read ERDF projects as they read the rest?).
 */
export const ACTORS = [
  'anonymous',
  'applicantOwn',
  'applicantOther',
  'evaluatorAssigned',
  'evaluatorUnassigned',
  'evaluatorConflicted',
  'staff',
  'admin',
] as const;
export type Actor = (typeof ACTORS)[number];

export type Expectation = 'allow' | 'deny' | 'hidden' | 'unauth';
const A = 'allow';
const D = 'deny';
const H = 'hidden';
const U = 'unauth';
type Row = readonly [
  Expectation,
  Expectation,
  Expectation,
  Expectation,
  Expectation,
  Expectation,
  Expectation,
  Expectation,
];

/** Everybody, signed in or not. */
const PUBLIC: Row = [A, A, A, A, A, A, A, A];
/** Every signed-in user. */
const SIGNED_IN: Row = [U, A, A, A, A, A, A, A];
/** Staff and admins only. */
const STAFF_ADMIN: Row = [U, D, D, D, D, D, A, A];
/** Staff only (money, ERDF). */
const STAFF: Row = [U, D, D, D, D, D, A, D];
/** Members of the organisation, staff and admins; other applicants do not learn it exists; not evaluators. */
const MEMBERS_STAFF_ADMIN: Row = [U, A, H, D, D, D, A, A];
/** An organisation: its members, staff and admins; any other user (evaluators too) does not learn it exists. */
const ORGANISATION_READ: Row = [U, A, H, H, H, H, A, A];
/** ERDF reads: members of a partner organisation and staff; other applicants do not learn it exists. */
const ERDF_READ: Row = [U, A, H, D, D, D, A, D];
/** An application's data: its organisations' members, staff and admins; others do not learn it exists. */
const APPLICATION_READ: Row = [U, A, H, D, D, D, A, A];

//                                                        anon own other evA evU evC staff admin
export const ROUTE_MATRIX: Record<string, Row> = {
  // health and auth
  'GET /health': PUBLIC,
  'GET /health/live': PUBLIC,
  'POST /api/auth/register': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'GET /api/auth/me': SIGNED_IN,
  'POST /api/auth/verify-email': PUBLIC,
  'POST /api/auth/logout': SIGNED_IN, // the matrix logs out a fresh session of each actor
  'POST /api/auth/password': SIGNED_IN,
  'POST /api/auth/password-reset': PUBLIC,
  'POST /api/auth/password-reset/confirm': PUBLIC,
  // e-ID is not configured in the matrix's world: 404 for everyone (test/platform/eid.e2e-spec.ts runs it)
  'GET /api/auth/methods': PUBLIC,
  'GET /api/auth/oidc/start': [H, H, H, H, H, H, H, H],
  'GET /api/auth/oidc/callback': [H, H, H, H, H, H, H, H],

  // accounts and platform
  'POST /api/users': [U, D, D, D, D, D, D, A],
  'GET /api/users': STAFF_ADMIN,
  'GET /api/users/{id}': STAFF_ADMIN,
  'PATCH /api/users/{id}': [U, D, D, D, D, D, D, A],
  'GET /api/audit': STAFF_ADMIN,
  'GET /api/audit/verify': STAFF_ADMIN,
  'POST /api/audit/anchors': STAFF_ADMIN,
  'GET /api/jobs/failed': STAFF_ADMIN,
  'POST /api/jobs/{id}/retry': STAFF_ADMIN,

  // notifications: everyone signed in, their own only (another user's notification is 404)
  'GET /api/notifications': SIGNED_IN,
  'POST /api/notifications/read-all': SIGNED_IN,
  'GET /api/notifications/preferences': SIGNED_IN,
  'PUT /api/notifications/preferences': SIGNED_IN,
  'POST /api/notifications/{id}/read': SIGNED_IN, // a random id: 404 for everyone, never 403

  // organisations (undertakings)
  'POST /api/organisations': [U, A, A, D, D, D, A, A],
  'GET /api/organisations': SIGNED_IN, // filtered: own organisations only
  'GET /api/organisations/lookup': SIGNED_IN, // by public enterprise number, to name a partner
  'GET /api/organisations/{id}': ORGANISATION_READ,
  'POST /api/organisations/{id}/links': STAFF_ADMIN,
  'GET /api/organisations/{id}/links': ORGANISATION_READ,
  'GET /api/organisations/{id}/single-undertaking': ORGANISATION_READ,
  'GET /api/organisations/{id}/de-minimis': MEMBERS_STAFF_ADMIN,
  // the facts: administrators only while pending (the world's organisation is verified: 403), staff always
  'PATCH /api/organisations/{id}': [U, D, H, D, D, D, A, A],
  'POST /api/organisations/{id}/verify': STAFF_ADMIN,
  'POST /api/organisations/{id}/sme-confirmation': STAFF_ADMIN,
  'GET /api/organisations/{id}/members': ORGANISATION_READ,
  'PATCH /api/organisations/{id}/members/{userId}': MEMBERS_STAFF_ADMIN, // administrators and staff
  'DELETE /api/organisations/{id}/members/{userId}': MEMBERS_STAFF_ADMIN, // the last administrator stays: 409
  'POST /api/organisations/{id}/join-requests': [U, A, A, D, D, D, D, D], // any applicant may ask to join
  'GET /api/organisations/{id}/join-requests': MEMBERS_STAFF_ADMIN,
  'POST /api/organisations/{id}/join-requests/{requestId}/decision': MEMBERS_STAFF_ADMIN,
  'POST /api/organisations/{id}/invitations': MEMBERS_STAFF_ADMIN,
  'GET /api/organisations/{id}/invitations': MEMBERS_STAFF_ADMIN,
  'POST /api/organisation-invitations/accept': [U, A, A, D, D, D, D, D], // the token decides

  'POST /api/organisations/{id}/de-minimis-aid': STAFF_ADMIN,
  'GET /api/state-aid/register': STAFF,
  'GET /api/state-aid/register/export': STAFF,
  'POST /api/state-aid/register/{aidId}': STAFF,
  'POST /api/applications/{id}/declared-aid': [U, A, H, D, D, D, D, D],
  'GET /api/applications/{id}/declared-aid': APPLICATION_READ,
  'POST /api/declared-aid/{id}/review': STAFF,

  // programmes and calls: staff write, everyone signed in reads
  'POST /api/programmes': STAFF_ADMIN,
  'GET /api/programmes': SIGNED_IN,
  'GET /api/programmes/{id}': SIGNED_IN,
  'PATCH /api/programmes/{id}': STAFF_ADMIN,
  'POST /api/calls': STAFF_ADMIN,
  'GET /api/calls': SIGNED_IN,
  'GET /api/calls/{id}': SIGNED_IN,
  'PATCH /api/calls/{id}': STAFF_ADMIN,
  'POST /api/calls/{id}/extension': STAFF_ADMIN,
  'POST /api/calls/{id}/simulate': [U, A, A, D, D, D, A, A],
  'GET /api/calls/{id}/budget': STAFF_ADMIN,
  'GET /api/calls/{id}/budget/ledger': STAFF_ADMIN,
  'GET /api/calls/{id}/ranking': STAFF_ADMIN,
  'POST /api/calls/{id}/decision-letters': STAFF,

  // applications: evaluators work through their assignments, never here
  'POST /api/applications': [U, A, A, D, D, D, D, D],
  'GET /api/applications': [U, A, A, D, D, D, A, A], // filtered: their organisations' applications
  'GET /api/applications/{id}': APPLICATION_READ,
  'PATCH /api/applications/{id}': [U, A, H, D, D, D, D, D],
  'POST /api/applications/{id}/submit': [U, A, H, D, D, D, D, D],
  'POST /api/applications/{id}/withdraw': [U, A, H, D, D, D, A, A],
  'POST /api/applications/{id}/screening': STAFF_ADMIN,
  // partner consent: members of the invited organisation answer (none of the matrix's actors is one);
  // the coordinator sees the invitation but may not answer it, nor may staff
  'GET /api/applications/{id}/partner-invitations': APPLICATION_READ,
  'POST /api/partner-invitations/accept-token': [U, A, A, D, D, D, D, D], // the token decides
  'POST /api/partner-invitations/decline-token': [U, A, A, D, D, D, D, D], // the token decides
  'POST /api/partner-invitations/{id}/accept': [U, D, H, D, D, D, D, D],
  'POST /api/partner-invitations/{id}/decline': [U, D, H, D, D, D, D, D],
  'POST /api/partner-invitations/{id}/withdraw': [U, D, H, D, D, D, D, D],
  'POST /api/partner-invitations/{id}/email': [U, A, H, D, D, D, D, D], // the coordinator's members

  // reviews
  'POST /api/applications/{id}/assignments': STAFF_ADMIN,
  'GET /api/applications/{id}/evaluator-candidates': STAFF_ADMIN,
  // an evaluator: only their own review; one without an assignment does not learn the application exists
  'GET /api/applications/{id}/reviews': [U, D, D, A, H, D, A, A],
  'POST /api/applications/{id}/consensus': STAFF_ADMIN,
  'GET /api/assignments': [U, D, D, A, A, A, A, A], // filtered: an evaluator's own assignments
  // another evaluator's assignment is hidden from evaluators; staff see it but do not review
  'GET /api/assignments/{id}': [U, D, D, A, H, H, A, A],
  'GET /api/assignments/{id}/application': [U, D, D, A, H, H, A, A],
  'POST /api/assignments/{id}/declaration': [U, D, D, A, H, H, D, D],
  'PUT /api/assignments/{id}/review': [U, D, D, A, H, H, D, D],

  // decisions, payments, final report, letters
  'POST /api/applications/{id}/decision': STAFF,
  'GET /api/applications/{id}/decision': APPLICATION_READ,
  'POST /api/applications/{id}/decision/acceptance': [U, A, H, D, D, D, D, D],
  'POST /api/applications/{id}/payments': STAFF,
  'GET /api/applications/{id}/payments': APPLICATION_READ,
  'POST /api/applications/{id}/final-report': [U, A, H, D, D, D, A, D],
  'GET /api/applications/{id}/final-report': APPLICATION_READ,
  'POST /api/applications/{id}/final-report/accept': STAFF,
  'GET /api/applications/{id}/decision-letter': APPLICATION_READ,
  'GET /api/applications/{id}/submission.pdf': APPLICATION_READ,
  // documents: the coordinator's members change them (409 once submitted); readers and the assigned
  // evaluator (declared no conflict) list and download; a recused evaluator sees it exists (403)
  'POST /api/applications/{id}/documents': [U, A, H, D, D, D, D, D],
  'GET /api/applications/{id}/documents': [U, A, H, A, H, D, A, A],
  'GET /api/applications/{id}/documents/{documentId}': [U, A, H, A, H, D, A, A],
  'DELETE /api/applications/{id}/documents/{documentId}': [U, A, H, D, D, D, D, D],
  // final report evidence: written as the final report is (the coordinator, staff for a paper report)
  'POST /api/applications/{id}/final-report/documents': [U, A, H, D, D, D, A, D],
  'GET /api/applications/{id}/final-report/documents': APPLICATION_READ,
  'GET /api/applications/{id}/final-report/documents/{documentId}': APPLICATION_READ,
  'DELETE /api/applications/{id}/final-report/documents/{documentId}': [U, A, H, D, D, D, A, D],
  'GET /api/applications/{id}/decision-letters': STAFF_ADMIN,

  // ERDF projects: staff write; members of a partner organisation read their own project
  'POST /api/erdf-projects': STAFF,
  'GET /api/erdf-projects': [U, A, A, D, D, D, A, D], // filtered: their organisations' projects
  'GET /api/erdf-projects/{id}': ERDF_READ,
  'GET /api/erdf-projects/{id}/periods': ERDF_READ,
  'GET /api/erdf-projects/{id}/report': ERDF_READ,
  'POST /api/erdf-projects/{id}/expenses': STAFF,
  'GET /api/erdf-projects/{id}/expenses': ERDF_READ,
  'POST /api/erdf-projects/{id}/expenses/{expenseId}/corrections': STAFF,
  'POST /api/erdf-projects/{id}/expenses/{expenseId}/withdraw': STAFF,
  'POST /api/erdf-projects/{id}/claims': STAFF,
  'GET /api/erdf-projects/{id}/claims': ERDF_READ,
  'GET /api/erdf-projects/{id}/claims/{claimId}': ERDF_READ,
  'POST /api/erdf-projects/{id}/claims/{claimId}/submit': STAFF,
  'POST /api/erdf-projects/{id}/claims/{claimId}/paid': STAFF,
  'POST /api/erdf-projects/{id}/indicators': STAFF,
  'POST /api/erdf-projects/{id}/indicators/{code}/values': STAFF,
  'GET /api/erdf-projects/{id}/indicators/{code}/values': ERDF_READ,
  'POST /api/erdf-projects/{id}/activities': STAFF,
  'GET /api/erdf-projects/{id}/activities': ERDF_READ,
  // documents of an expense (its invoice) and of a claim: staff attach and remove (409 once submitted),
  // the project's readers download
  'POST /api/erdf-projects/{id}/expenses/{expenseId}/documents': STAFF,
  'GET /api/erdf-projects/{id}/expenses/{expenseId}/documents': ERDF_READ,
  'GET /api/erdf-projects/{id}/expenses/{expenseId}/documents/{documentId}': ERDF_READ,
  'DELETE /api/erdf-projects/{id}/expenses/{expenseId}/documents/{documentId}': STAFF,
  'POST /api/erdf-projects/{id}/claims/{claimId}/documents': STAFF,
  'GET /api/erdf-projects/{id}/claims/{claimId}/documents': ERDF_READ,
  'GET /api/erdf-projects/{id}/claims/{claimId}/documents/{documentId}': ERDF_READ,
  'DELETE /api/erdf-projects/{id}/claims/{claimId}/documents/{documentId}': STAFF,
  'GET /api/reports/budget': STAFF_ADMIN,
  'GET /api/reports/erdf/{id}': STAFF_ADMIN,
  'GET /api/reports/360giving': STAFF_ADMIN,
};

/** The expectation of `actor` on `route` ("METHOD /path" as in the OpenAPI document). */
export function expectationOf(route: string, actor: Actor): Expectation {
  const row = ROUTE_MATRIX[route];
  if (!row) throw new Error(`no row for ${route} in the route matrix`);
  return row[ACTORS.indexOf(actor)];
}
