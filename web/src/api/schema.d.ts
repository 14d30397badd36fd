/**
 * Generated from the OpenAPI document by `npm run api:generate` (scripts/api-client.mjs).
 * Do not edit: CI (`npm run api:check`) fails when this file differs from the API.
 */

export interface paths {
  '/api/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List applications
     * @description Applicants see the applications of their organisations; staff and admins see all. Filter by call or status.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['ApplicationsController_list'];
    put?: never;
    /**
     * Create a draft application
     * @description Starts an application for a call, with its consortium and costs. You must be a member of the coordinating organisation.
     *
     *     Roles: applicant.
     */
    post: operations['ApplicationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one application
     * @description With the live eligibility verdict and the computed figures.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['ApplicationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a draft application
     * @description Replaces the given fields (partners replaces the whole consortium). Only while draft or returned.
     *
     *     Roles: applicant.
     */
    patch: operations['ApplicationsController_update'];
    trace?: never;
  };
  '/api/applications/{id}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Assign an evaluator
     * @description Staff assign an evaluator to review an application.
     *
     *     Roles: staff, admin.
     */
    post: operations['ReviewsController_assign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/consensus': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the consensus score
     * @description Staff close the review of an application with the agreed score.
     *
     *     Roles: staff, admin.
     */
    post: operations['ReviewsController_consensus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the decision on an application
     * @description The decision, its amount and its reasons.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['DecisionsController_get'];
    put?: never;
    /**
     * Decide on an application
     * @description Approves (with the granted amount) or rejects a reviewed application; books the budget and requests the decision letter.
     *
     *     Roles: staff.
     */
    post: operations['DecisionsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/decision-letter': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the decision letter
     * @description The PDF letter of the decision on an application (Dutch first, English as a courtesy).
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['DecisionLettersController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/decision-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List every version of a decision’s letters
     * @description The Dutch act and any English courtesy translation, every version with its SHA-256, dispatch date and the version it supersedes; download one with ?lang=&version=.
     *
     *     Roles: staff, admin.
     */
    get: operations['DecisionLettersController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/decision/acceptance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept the grant (coordinator)
     * @description The coordinator accepts the granted subsidy, as the decision letter asks; audited. The advance (any payment) can only be paid after it. Accepting twice changes nothing; 409 for a refusal.
     *
     *     Roles: applicant.
     */
    post: operations['DecisionsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/declared-aid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Declared de minimis aid
     * @description The declarations of an application and their review
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['DeclaredAidController_list'];
    put?: never;
    /**
     * Declare other de minimis aid
     * @description Declaration on honour, per partner undertaking, of de minimis aid from other grantors: by the coordinating organisation, before submission
     *
     *     Roles: applicant.
     */
    post: operations['DeclaredAidController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An application's documents
     * @description Its current documents with their SHA-256 and scan status; also for the evaluators assigned to it.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['ApplicationDocumentsController_list'];
    put?: never;
    /**
     * Attach a document to an application
     * @description Only while draft or returned (409), by members of the coordinator. multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`. The type is judged on the content: PDF, PNG, JPEG, ODT, DOCX, XLSX (else 415); at most DOCUMENT_MAX_BYTES (else 413); scanned by clamd when configured (422 DOCUMENT_REJECTED when infected).
     *
     *     Roles: applicant.
     */
    post: operations['ApplicationDocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a document
     * @description Also a document removed after a submission that listed it. The bytes as uploaded (ETag: the SHA-256), as an attachment; 409 DOCUMENT_PENDING while being scanned.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['ApplicationDocumentsController_download'];
    put?: never;
    post?: never;
    /**
     * Remove a document from an application
     * @description Only while draft or returned (409), by members of the coordinator. The content goes when nothing else uses it.
     *
     *     Roles: applicant.
     */
    delete: operations['ApplicationDocumentsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/evaluator-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Evaluators to choose from, with their conflicts of interest
     * @description The active evaluators, each with the conflicts of interest an assignment to this application would be refused for, and their assignment on it if any.
     *
     *     Roles: staff, admin.
     */
    get: operations['ReviewsController_evaluatorCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/final-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the final report
     * @description The reported costs and the computed balance.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['PaymentsController_getFinalReport'];
    put?: never;
    /**
     * Submit the final report
     * @description The coordinator reports the costs actually made; the balance is computed from it.
     *
     *     Roles: applicant, staff.
     */
    post: operations['PaymentsController_submitFinalReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/final-report/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept the final report
     * @description Staff accept the report; the balance can then be paid.
     *
     *     Roles: staff.
     */
    post: operations['PaymentsController_acceptFinalReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/final-report/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The evidence of the final report
     * @description With SHA-256 and scan status
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['FinalReportDocumentsController_list'];
    put?: never;
    /**
     * Attach evidence to the final report
     * @description While the grant runs and the report is not accepted (409); by members of the coordinator, or staff. multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`. The type is judged on the content: PDF, PNG, JPEG, ODT, DOCX, XLSX (else 415); at most DOCUMENT_MAX_BYTES (else 413); scanned by clamd when configured (422 DOCUMENT_REJECTED when infected).
     *
     *     Roles: applicant, staff.
     */
    post: operations['FinalReportDocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/final-report/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download evidence of the final report
     * @description Whoever may read the application. The bytes as uploaded (ETag: the SHA-256), as an attachment; 409 DOCUMENT_PENDING while being scanned.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['FinalReportDocumentsController_download'];
    put?: never;
    post?: never;
    /**
     * Remove evidence from the final report
     * @description Until the report is accepted (409)
     *
     *     Roles: applicant, staff.
     */
    delete: operations['FinalReportDocumentsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/partner-invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Partner consent of an application
     * @description One invitation per partner organisation; the application is submitted only when all are accepted.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['PartnerInvitationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the payments of an application
     * @description Every payment made, with its kind and amount.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['PaymentsController_list'];
    put?: never;
    /**
     * Pay an instalment
     * @description Pays an advance or the balance of a granted application; never more than the grant.
     *
     *     Roles: staff.
     */
    post: operations['PaymentsController_pay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the reviews of an application
     * @description The submitted reviews with their scores.
     *
     *     Roles: evaluator, staff, admin.
     */
    get: operations['ReviewsController_listReviews'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/screening': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the admissibility screening
     * @description Staff mark a submitted application admissible, or return or reject it with a reason.
     *
     *     Roles: staff, admin.
     */
    post: operations['ApplicationsController_screen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/submission.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The PDF receipt of the last submission
     * @description Reference, submission time, consortium, costs, figures and every document with its SHA-256, from the snapshot, in the application’s language. 404 before the first submission.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['SubmissionReceiptController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit an application
     * @description Checks eligibility and the call window, then freezes a snapshot of the application.
     *
     *     Roles: applicant.
     */
    post: operations['ApplicationsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/applications/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw an application
     * @description Possible any time before a decision; the reason is kept in the audit trail.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['ApplicationsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List review assignments
     * @description Evaluators see their own assignments; staff see all.
     *
     *     Roles: evaluator, staff, admin.
     */
    get: operations['ReviewsController_listAssignments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one review assignment
     * @description With its declaration and review.
     *
     *     Roles: evaluator, staff, admin.
     */
    get: operations['ReviewsController_getAssignment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments/{id}/application': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read the application to review
     * @description The submitted snapshot, after declaring no conflict of interest.
     *
     *     Roles: evaluator, staff, admin.
     */
    get: operations['ReviewsController_getAssignmentApplication'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments/{id}/declaration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Declare a conflict of interest or none
     * @description An evaluator must declare before seeing the application.
     *
     *     Roles: evaluator.
     */
    post: operations['ReviewsController_declare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assignments/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Save or submit a review
     * @description Scores per criterion with comments; submitted reviews are final.
     *
     *     Roles: evaluator.
     */
    put: operations['ReviewsController_saveReview'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events
     * @description The audit trail, newest first; filter by entity or actor.
     *
     *     Roles: staff, admin.
     */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/anchors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Anchor the audit trail now
     * @description Signs the head of the hash chain with AUDIT_ANCHOR_KEY and appends it to the anchor file outside the database (also done every AUDIT_ANCHOR_INTERVAL). 503 without AUDIT_ANCHOR_KEY; an empty answer when the chain is empty or another process is anchoring at this moment.
     *
     *     Roles: staff, admin.
     */
    post: operations['AuditController_anchor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify the audit trail
     * @description Recomputes the hash chain and checks it against the latest signed anchors.
     *
     *     Roles: staff, admin.
     */
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with e-mail address and password
     * @description Failed attempts are throttled per account (LOGIN_RATE_LIMIT) and per client address (LOGIN_ADDRESS_RATE_LIMIT): 429 with Retry-After. Successful logins are never counted.
     *
     *     Public: no account needed.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log out
     * @description Revokes this token's session: it is refused from now on.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Who am I
     * @description The signed-in user.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The ways to log in on this site
     * @description Password login always; e-ID login (GET /api/auth/oidc/start) when OIDC_ISSUER and the rest are configured. No side effects: the e-ID provider is not contacted, so the portal can ask on every visit.
     *
     *     Public: no account needed.
     */
    get: operations['AuthController_methods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Complete an e-ID login
     * @description The query string the e-ID provider sent the browser back with (code, state). Finds or creates the account; with an enterprise number in the OIDC_KBO_CLAIM claim, the user becomes a member of that organisation (administrator if it has none, or if it was pending), which becomes verified.
     *
     *     Public: no account needed.
     */
    get: operations['EidController_callback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Start an e-ID login
     * @description The URL of the e-ID provider (OIDC_ISSUER) to send the browser to; the provider sends it back to OIDC_REDIRECT_URL, whose query string goes to GET /api/auth/oidc/callback. 404 when e-ID is not configured.
     *
     *     Public: no account needed.
     */
    get: operations['AuthController_oidcStart'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your password
     * @description Needs the current password; ends every other session of the account.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link
     * @description Sends a single-use link, valid for 15 minutes, if the address has an active account. The answer is the same either way. Throttled per client address.
     *
     *     Public: no account needed.
     */
    post: operations['AuthController_requestReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with a reset link
     * @description The token of the reset mail works once, within 15 minutes; every session of the account ends.
     *
     *     Public: no account needed.
     */
    post: operations['AuthController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register as an applicant
     * @description Always answers 202 with the same body, whether or not the address has an account (no account enumeration). A new account gets a mail with a link to confirm the address; it can log in after. Throttled per client address (REGISTER_RATE_LIMIT).
     *
     *     Public: no account needed.
     */
    post: operations['AuthController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm an e-mail address
     * @description The token from the registration mail; single use, valid for 48 hours.
     *
     *     Public: no account needed.
     */
    post: operations['AuthController_verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List calls for proposals
     * @description Open calls are public (`?status=open` needs no account); other calls need an account.
     *
     *     Public: no account needed.
     */
    get: operations['CallsController_list'];
    put?: never;
    /**
     * Open a call for proposals
     * @description A call of a programme with its budget, window and review criteria.
     *
     *     Roles: staff, admin.
     */
    post: operations['CallsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one call
     * @description Its budget, window, status and criteria.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['CallsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a call's texts, budget, planning or criteria
     * @description Title, English title, description, whether reviews may start while the call is open, the budget (never below what the call has committed: 422 BUDGET_EXCEEDED), the review deadline (not before the closing day), the opening moment (only while the call has not opened, before it closes: 409 INVALID_TRANSITION) and the criteria (only while no evaluator is assigned in the call: 409 INVALID_TRANSITION). One transaction on the call's locked row; audited with old and new values.
     *
     *     Roles: staff, admin.
     */
    patch: operations['CallsController_update'];
    trace?: never;
  };
  '/api/calls/{id}/budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the budget of a call
     * @description Committed, paid and remaining amounts of the call, from the budget ledger.
     *
     *     Roles: staff, admin.
     */
    get: operations['CallBudgetController_budget'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}/budget/ledger': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the budget ledger of a call
     * @description Every commitment, release and payment booked against the call.
     *
     *     Roles: staff, admin.
     */
    get: operations['CallBudgetController_entries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}/decision-letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Regenerate the decision letters of a call
     * @description Queues the letters of every decision of the call again, e.g. after a template change.
     *
     *     Roles: staff.
     */
    post: operations['DecisionLettersController_regenerate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}/extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Extend a call's closing day
     * @description A later closing day, while the call has not closed (409 CALL_CLOSED after); the call closes at the end of that day, Brussels time. Audited with the reason.
     *
     *     Roles: staff, admin.
     */
    post: operations['CallsController_extend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}/ranking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Rank the applications of a call
     * @description By consensus score, with the budget line where the money runs out.
     *
     *     Roles: staff, admin.
     */
    get: operations['ReviewsController_ranking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}/simulate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Simulate an application
     * @description Computes eligibility and the grant for an application body without saving anything.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['CallSimulationController_simulate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/declared-aid/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm or correct declared aid
     * @description Staff confirm the declaration, or correct its fields (then status corrected); it becomes a record of external aid. 409 when already reviewed
     *
     *     Roles: staff.
     */
    post: operations['DeclaredAidController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List ERDF projects
     * @description The projects you may see; filter by project number.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_list'];
    put?: never;
    /**
     * Create an ERDF project
     * @description A project of the European Regional Development Fund with its partners, work packages and financing plan.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one ERDF project
     * @description With its partners, budget lines and financing plan.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List project activities
     * @description The logged activities of the project.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_activities'];
    put?: never;
    /**
     * Log a project activity
     * @description An event, publication or milestone of the project.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_addActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the payment claims of a project
     * @description Every claim with its status and amounts.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_listClaims'];
    put?: never;
    /**
     * Create a payment claim
     * @description Collects the eligible expenses of a period into a claim.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_createClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/claims/{claimId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one payment claim
     * @description With its expenses and amounts.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_getClaim'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/claims/{claimId}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The documents of an ERDF claim
     * @description With SHA-256 and scan status. Staff, and members of the partner organisations of the project.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfClaimDocumentsController_list'];
    put?: never;
    /**
     * Attach a document to an ERDF payment claim
     * @description By staff, while the claim is a draft (409 once submitted: the submission records the hashes). multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`. The type is judged on the content: PDF, PNG, JPEG, ODT, DOCX, XLSX (else 415); at most DOCUMENT_MAX_BYTES (else 413); scanned by clamd when configured (422 DOCUMENT_REJECTED when infected).
     *
     *     Roles: staff.
     */
    post: operations['ErdfClaimDocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/claims/{claimId}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a document of an ERDF claim
     * @description Staff, and members of the partner organisations of the project. The bytes as uploaded (ETag: the SHA-256), as an attachment; 409 DOCUMENT_PENDING while being scanned.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfClaimDocumentsController_download'];
    put?: never;
    post?: never;
    /**
     * Remove a document from an ERDF claim
     * @description By staff, while the claim is a draft (409 once submitted: the submission records the hashes).
     *
     *     Roles: staff.
     */
    delete: operations['ErdfClaimDocumentsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/claims/{claimId}/paid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a payment claim as paid
     * @description Records the payment received for a submitted claim.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_markPaid'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/claims/{claimId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a payment claim
     * @description Sends the claim to the managing authority; it can no longer change.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_submitClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/expenses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List declared expenses
     * @description The expenses of a project, with their corrections.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_expenses'];
    put?: never;
    /**
     * Declare an expense
     * @description A partner declares an expense for a period; the eligibility rules are checked.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_addExpense'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/expenses/{expenseId}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Correct a declared expense
     * @description Adds a correction to an expense (never edits it in place).
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/expenses/{expenseId}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The documents of an ERDF expense
     * @description With SHA-256 and scan status. Staff, and members of the partner organisations of the project.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfExpenseDocumentsController_list'];
    put?: never;
    /**
     * Attach a document to an ERDF expense (its invoice)
     * @description By staff, while the expense is not withdrawn and in no submitted claim (409). multipart/form-data with one `file`, a `kind`, a `title` and optionally the partner `organisationId`. The type is judged on the content: PDF, PNG, JPEG, ODT, DOCX, XLSX (else 415); at most DOCUMENT_MAX_BYTES (else 413); scanned by clamd when configured (422 DOCUMENT_REJECTED when infected).
     *
     *     Roles: staff.
     */
    post: operations['ErdfExpenseDocumentsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/expenses/{expenseId}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a document of an ERDF expense
     * @description Staff, and members of the partner organisations of the project. The bytes as uploaded (ETag: the SHA-256), as an attachment; 409 DOCUMENT_PENDING while being scanned.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfExpenseDocumentsController_download'];
    put?: never;
    post?: never;
    /**
     * Remove a document from an ERDF expense
     * @description By staff, while the expense is not withdrawn and in no submitted claim (409).
     *
     *     Roles: staff.
     */
    delete: operations['ErdfExpenseDocumentsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/expenses/{expenseId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a declared expense
     * @description Takes an expense out of future claims.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add an indicator to a project
     * @description An output or result indicator with its target.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_addIndicator'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/indicators/{code}/values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the values of an indicator
     * @description Every reported value, oldest first.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_indicatorValues'];
    put?: never;
    /**
     * Report an indicator value
     * @description The value reached on a date.
     *
     *     Roles: staff.
     */
    post: operations['ErdfController_addIndicatorValue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the reporting periods of an ERDF project
     * @description The periods for which expenses are declared and claims are made.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_periods'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/erdf-projects/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the progress report of an ERDF project
     * @description Spending per partner and budget line, and the indicators.
     *
     *     Roles: staff, applicant.
     */
    get: operations['ErdfController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Retry a failed job
     * @description Hands a failed job to the queue again.
     *
     *     Roles: staff, admin.
     */
    post: operations['JobsController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/jobs/failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List failed background jobs
     * @description Jobs that failed after their retries, with the error.
     *
     *     Roles: staff, admin.
     */
    get: operations['JobsController_failed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My notifications
     * @description The signed-in user’s own notifications, newest first, with the number unread; each links to its resource.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a notification read
     * @description Only one of your own (another user’s: 404).
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * My notification preferences
     * @description E-mail on or off per category (in-app is always on; legal categories always e-mail) and the language.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['NotificationsController_preferences'];
    /**
     * Change my notification preferences
     * @description Switch e-mail per category and choose the language (nl, en). Switching off a legal category (decision, correction) is 400 VALIDATION_FAILED.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    put: operations['NotificationsController_updatePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark all my notifications read
     * @description Returns how many were unread.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisation-invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an invitation to join an organisation
     * @description Signed in with the invited e-mail address; the token of the mail works once, within 7 days.
     *
     *     Roles: applicant.
     */
    post: operations['OrganisationInvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List organisations
     * @description Applicants see their own organisations; staff and admins see all.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['OrganisationsController_list'];
    put?: never;
    /**
     * Register an organisation
     * @description An undertaking with a valid enterprise number (KBO/BCE) and IBAN; an applicant becomes its member.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['OrganisationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one organisation
     * @description Its registration data.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['OrganisationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change an organisation's facts
     * @description Name, kind, SME size, address, IBAN. Its administrators while it is pending; staff at any time (after verification only staff: 403 for the administrators). Audited with old and new values.
     *
     *     Roles: applicant, staff, admin.
     */
    patch: operations['OrganisationsController_update'];
    trace?: never;
  };
  '/api/organisations/{id}/de-minimis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get de minimis aid usage
     * @description Aid received by the single undertaking over three years, against the ceiling.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['DeMinimisController_usage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/de-minimis-aid': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register de minimis aid
     * @description Records aid from another body, checked against the ceiling.
     *
     *     Roles: staff, admin.
     */
    post: operations['DeMinimisController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open invitations of an organisation
     * @description For its administrators and staff: the invitations sent by e-mail that are neither accepted nor expired, with the address, the role and the expiry, soonest expiry first.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['OrganisationsController_invitations'];
    put?: never;
    /**
     * Invite a colleague by e-mail
     * @description Administrators (or staff). The mail holds a single-use link, valid for 7 days, for that address.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['OrganisationsController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/join-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Join requests of an organisation
     * @description For its administrators and staff.
     *
     *     Roles: applicant, staff, admin.
     */
    get: operations['OrganisationsController_joinRequests'];
    put?: never;
    /**
     * Ask to join an organisation
     * @description For a registered enterprise number (find it with /organisations/lookup). Its administrators or staff approve or refuse. A pending request is returned again.
     *
     *     Roles: applicant.
     */
    post: operations['OrganisationsController_requestJoin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/join-requests/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or refuse a join request
     * @description Administrators or staff. Approved: the requester becomes a member (administrator if there is none).
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['OrganisationsController_decideJoinRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the links of an organisation
     * @description Its partner and linked enterprises.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['OrganisationsController_links'];
    put?: never;
    /**
     * Link two organisations
     * @description Records a partner or linked enterprise relation; together they form the single undertaking.
     *
     *     Roles: staff, admin.
     */
    post: operations['OrganisationsController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The team of an organisation
     * @description Its members and their roles.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['OrganisationsController_members'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a member, or leave
     * @description Administrators (or staff) remove a member; a member may remove themselves. One administrator remains.
     *
     *     Roles: applicant, staff, admin.
     */
    delete: operations['OrganisationsController_removeMember'];
    options?: never;
    head?: never;
    /**
     * Change a member's role
     * @description Administrators (or staff) make a member administrator or take the role back; an organisation always keeps at least one administrator (409 INVALID_TRANSITION).
     *
     *     Roles: applicant, staff, admin.
     */
    patch: operations['OrganisationsController_setMemberRole'];
    trace?: never;
  };
  '/api/organisations/{id}/single-undertaking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the single undertaking
     * @description Every organisation linked to this one, directly or through others (for de minimis aid).
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['OrganisationsController_singleUndertaking'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/sme-confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm an organisation's SME size
     * @description Staff record the size they found, the day and the evidence they saw (audited). Until then the size is shown as declared (`smeStatus`). A later change of kind or size clears the confirmation.
     *
     *     Roles: staff, admin.
     */
    post: operations['OrganisationsController_confirmSme'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Verify an organisation
     * @description Staff checked who acts for it (KBO, mandate): its facts count and it may submit. Audited.
     *
     *     Roles: staff, admin.
     */
    post: operations['OrganisationsController_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Look up an organisation by enterprise number
     * @description Finds a registered organisation, e.g. to add it as a partner.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['OrganisationsController_lookup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept to take part as a partner
     * @description A member of the invited organisation; before a decision. Others who see the application get 403.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['PartnerInvitationsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline to take part as a partner
     * @description A member of the invited organisation, before submission. The application cannot be submitted then.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['PartnerInvitationsController_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/{id}/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mail the invitation to an address
     * @description Members of the coordinating organisation, for a partner organisation that has no members yet: the person at that address accepts with the link (signed in with that address).
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['PartnerInvitationsController_email'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Withdraw a given consent
     * @description A member of the invited organisation, before submission.
     *
     *     Roles: applicant, staff, admin.
     */
    post: operations['PartnerInvitationsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/accept-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept a partner invitation mailed to your address
     * @description For an organisation without members: signed in with the address the coordinator gave; valid 14 days.
     *
     *     Roles: applicant.
     */
    post: operations['PartnerInvitationsController_acceptByToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/decline-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a partner invitation mailed to your address
     * @description The refusal by the link of the mail, signed in with that address, while the application is a draft or returned; the coordinator is told. An unknown or expired token is 400 VALIDATION_FAILED (field `token`); an invitation answered already is 409 INVALID_TRANSITION.
     *
     *     Roles: applicant.
     */
    post: operations['PartnerInvitationsController_declineByToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List programmes
     * @description Every programme.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['ProgrammesController_list'];
    put?: never;
    /**
     * Create a programme
     * @description A subsidy programme with its rules (rates, ceilings, eligibility).
     *
     *     Roles: staff, admin.
     */
    post: operations['ProgrammesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one programme
     * @description With its rules.
     *
     *     Roles: applicant, evaluator, staff, admin.
     */
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a programme's names, legal basis or rules
     * @description The name and English name may always change. The aid basis, legal basis, legal citations and rules only while no application in a call of the programme has left draft (`rulesEditable`): submitted applications were checked, ranked and decided against the rules in force (409 INVALID_TRANSITION with the number of submitted applications). `rules` is merged onto the current rules and validated as at creation (the rate without an SME at most the rate with one). Drafts see changed rules at once in the calculator and eligibility check. One transaction on the programme's locked row; audited as `programme.updated` with old and new values of what changed.
     *
     *     Roles: staff, admin.
     */
    patch: operations['ProgrammesController_update'];
    trace?: never;
  };
  '/api/reports/360giving': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export grants as 360Giving
     * @description The decided grants in the 360Giving data standard.
     *
     *     Roles: staff, admin.
     */
    get: operations['ReportingController_threeSixtyGiving'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Report the budget
     * @description Committed, paid and remaining amounts per programme and call, as JSON, CSV or PDF.
     *
     *     Roles: staff, admin.
     */
    get: operations['ReportingController_budget'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/erdf/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Report an ERDF project
     * @description The progress report of one project, as JSON, CSV or PDF.
     *
     *     Roles: staff, admin.
     */
    get: operations['ReportingController_erdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/state-aid/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * eAid worklist
     * @description De minimis aid of the province (from 2026) to enter in the European eAid register within 20 Belgian working days of the decision, by status, oldest deadline first
     *
     *     Roles: staff.
     */
    get: operations['EaidRegisterController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/state-aid/register/{aidId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record the eAid registration
     * @description The reference eAid gave and the day of registration (audited); 409 INVALID_TRANSITION when already registered or not to be registered
     *
     *     Roles: staff.
     */
    post: operations['EaidRegisterController_recordRegistration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/state-aid/register/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * eAid worklist as CSV
     * @description The fields staff type into eAid, one row per aid record (semicolon-separated, UTF-8)
     *
     *     Roles: staff.
     */
    get: operations['EaidRegisterController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List users
     * @description Every account.
     *
     *     Roles: staff, admin.
     */
    get: operations['UsersController_list'];
    put?: never;
    /**
     * Create a user
     * @description Admins create staff, evaluator and admin accounts.
     *
     *     Roles: admin.
     */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one user
     * @description An account.
     *
     *     Roles: staff, admin.
     */
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a user's role or status
     * @description Demote, promote, disable or re-enable an account. It counts from the next request of that user; disabling also ends their sessions. Audited. Admins cannot change their own account.
     *
     *     Roles: admin.
     */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness
     * @description Whether the service can serve: 200 or 503. Staff see the state of each dependency.
     *
     *     Public: no account needed.
     */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness
     * @description Whether the process answers at all.
     *
     *     Public: no account needed.
     */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptedView: {
      message: string;
      /** @example accepted */
      status: string;
    };
    AcceptFinalReportDto: {
      /**
       * @description The date of the decision on the final grant (default today); never after today
       * @example 2029-04-20
       */
      decidedOn?: string;
      /**
       * @description When the final report lowers the grant, that is a new decision with its own letter: who decides it (the deputation, or an official under a delegation, then delegationReference)
       * @default deputatie
       * @enum {string}
       */
      decidingBody?: 'deputatie' | 'delegated_official';
      /**
       * @description The number of the decision on the final grant (assigned when absent)
       * @example 2029/00317
       */
      decisionNumber?: string;
      /**
       * @description The delegation act (for delegated_official)
       * @example DEP-2025-0142
       */
      delegationReference?: string;
      /**
       * @description The version of the final report staff reviewed; 409 VERSION_CONFLICT when it changed since
       * @example 2
       */
      version: number;
    };
    AcceptInvitationDto: {
      /** @description The token from the invitation mail */
      token: string;
    };
    ActivityPage: {
      items: components['schemas']['ActivityView'][];
      total: number;
    };
    ActivityView: {
      endDate: string | null;
      /** Format: uuid */
      id: string;
      indicatorCodes: string[];
      /** @enum {string} */
      kind: 'training' | 'matchmaking' | 'conference' | 'acquisition';
      participants: number | null;
      place: string;
      startDate: string;
      title: string;
    };
    AddressDto: {
      /** @example Leuven */
      city: string;
      /**
       * @description ISO 3166-1 alpha-2
       * @example BE
       */
      country: string;
      /** @example 3010 */
      postalCode: string;
      /** @example Provincieplein 1 */
      street: string;
    };
    AddressView: {
      city: string | null;
      country: string | null;
      postalCode: string | null;
      street: string | null;
    };
    AnchorVerdictDto: {
      /** @description Anchors read from the anchor file */
      checked: number;
      /** @description The chain place of the latest anchor */
      lastChainSeq: number | null;
      /** @description Why the chain does not match its anchors (then ok is false) */
      problem?: string;
    };
    ApplicationPage: {
      items: components['schemas']['ApplicationSummaryView'][];
      total: number;
    };
    ApplicationSummaryView: {
      acronym: string | null;
      /** Format: uuid */
      callId: string;
      cluster: string;
      coordinatorName: string | null;
      /** Format: uuid */
      coordinatorOrganisationId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description The live eligibility verdict, with `?eligibility=true` only */
      eligibility?: components['schemas']['EligibilityView'];
      /** Format: uuid */
      id: string;
      /** @example IS-2026-0007 */
      reference: string;
      requestedCents: number;
      /** @enum {string} */
      status:
        | 'draft'
        | 'submitted'
        | 'returned'
        | 'admissible'
        | 'inadmissible'
        | 'under_review'
        | 'approved'
        | 'rejected'
        | 'withdrawn'
        | 'closed';
      /** Format: date-time */
      submittedAt: string | null;
      title: string;
    };
    ApplicationView: {
      acronym: string | null;
      /** Format: uuid */
      callId: string;
      cluster: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: date-time */
      decidedAt: string | null;
      /** @description Live verdict on the current content */
      eligibility: components['schemas']['EligibilityView'];
      endDate: string;
      /** @description Live figures of the current content */
      figures: components['schemas']['FiguresView'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'nl' | 'en';
      partners: components['schemas']['PartnerView'][];
      /** @example IS-2026-0007 */
      reference: string;
      requestedCents: number;
      /** Format: date-time */
      screenedAt: string | null;
      /** @description Why it was returned or found inadmissible */
      screeningReason: string | null;
      /** @description The content as last submitted */
      snapshot: components['schemas']['SnapshotView'] | null;
      startDate: string;
      /** @enum {string} */
      status:
        | 'draft'
        | 'submitted'
        | 'returned'
        | 'admissible'
        | 'inadmissible'
        | 'under_review'
        | 'approved'
        | 'rejected'
        | 'withdrawn'
        | 'closed';
      /** Format: date-time */
      submittedAt: string | null;
      summary: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Increases with every change */
      version: number;
    };
    AssignmentDetailView: {
      /** @description The application as submitted (its snapshot); null until the evaluator declared no conflict, and for a recused assignment */
      application: Record<string, never> | null;
      /** Format: uuid */
      applicationId: string;
      applicationReference: string;
      applicationTitle: string;
      /** Format: uuid */
      assignedBy: string;
      /** Format: uuid */
      callId: string;
      /** @description Who takes part, as submitted: what an evaluator needs to know to declare a conflict */
      consortium: components['schemas']['ConsortiumMemberView'][];
      /** Format: date-time */
      createdAt: string;
      /** @description The call's criteria to score on */
      criteria: components['schemas']['CriterionView'][];
      /** Format: date-time */
      declaredAt: string | null;
      /** Format: uuid */
      evaluatorId: string;
      evaluatorName: string;
      hasConflict: boolean | null;
      /** Format: uuid */
      id: string;
      /** @description The evaluator’s own review, draft or submitted */
      review: components['schemas']['ReviewView'] | null;
      statement: string | null;
      /** @enum {string} */
      status: 'assigned' | 'declared' | 'recused' | 'submitted';
    };
    AssignmentPage: {
      items: components['schemas']['AssignmentView'][];
      total: number;
    };
    AssignmentView: {
      /** Format: uuid */
      applicationId: string;
      applicationReference: string;
      applicationTitle: string;
      /** Format: uuid */
      assignedBy: string;
      /** Format: uuid */
      callId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      declaredAt: string | null;
      /** Format: uuid */
      evaluatorId: string;
      evaluatorName: string;
      hasConflict: boolean | null;
      /** Format: uuid */
      id: string;
      statement: string | null;
      /** @enum {string} */
      status: 'assigned' | 'declared' | 'recused' | 'submitted';
    };
    AuditActorView: {
      id: string | null;
      role: string | null;
    };
    AuditAnchorDto: {
      /** Format: date-time */
      at: string;
      /** @description The chain place of the head that was anchored */
      chainSeq: number;
      /** @description Its hash */
      hash: string;
      /** @description HMAC-SHA256 over chainSeq, hash and at with AUDIT_ANCHOR_KEY */
      sig: string;
    };
    AuditEventDto: {
      /** @example organisation.created */
      action: string;
      actor: components['schemas']['AuditActorView'];
      /** Format: date-time */
      at: string;
      /** @description Place in the hash chain; null for the moment between commit and chaining */
      chainSeq: number | null;
      data: {
        [key: string]: unknown;
      };
      entity: string;
      entityId: string;
      hash: string | null;
      /** Format: uuid */
      id: string;
      seq: number;
    };
    AuditPage: {
      items: components['schemas']['AuditEventDto'][];
      total: number;
    };
    AuthMethodsView: {
      /** @description Login with e-ID (OpenID Connect, GET /api/auth/oidc/start); only when OIDC_* is configured */
      eid: boolean;
      /** @description Login with e-mail address and password; always offered */
      password: boolean;
    };
    BudgetFiguresView: {
      /** @description All applications, drafts included */
      applicationCount: number;
      applicationsByStatus: components['schemas']['StatusCountsView'];
      /** @description Approved (or approved and since closed) */
      approvedCount: number;
      /** @description budgetCents − committedCents */
      availableCents: number;
      /** @description Σ budget entries of the ledger */
      budgetCents: number;
      /** @description Σ commitments − Σ decommitments of the ledger */
      committedCents: number;
      /** @description Approved + rejected */
      decidedCount: number;
      /** @description Σ of the clusters: committed on the ledger */
      grantedCents: number;
      /** @description Median of the calendar days (Brussels) from submission to decision */
      medianDaysToDecision: number | null;
      /** @description Σ payments − Σ recoveries of the ledger */
      paidCents: number;
      /** @description Requested by applications submitted at least once */
      requestedCents: number;
      /** @description Applications submitted at least once */
      submittedCount: number;
      /** @description approved / decided in %, one decimal; null before any decision */
      successRatePct: number | null;
    };
    BudgetReportView: {
      calls: components['schemas']['CallBudgetReportView'][];
      /** @description Per cluster over all calls of the report */
      clusters: components['schemas']['ClusterFiguresView'][];
      /** Format: date-time */
      generatedAt: string;
      /** Format: uuid */
      programmeId: string | null;
      /** @description Over all calls of the report */
      totals: components['schemas']['BudgetFiguresView'];
      year: number;
    };
    BudgetView: {
      /** @description budgetCents − committedCents */
      availableCents: number;
      /**
       * @description The call budget (sum of the budget entries)
       * @example 60000000
       */
      budgetCents: number;
      /** Format: uuid */
      callId: string;
      /** @description Granted and not de-committed (commitments + de-commitments) */
      committedCents: number;
      /** @description Paid to beneficiaries, net of recoveries */
      paidCents: number;
    };
    CallBudgetReportView: {
      /** @description All applications, drafts included */
      applicationCount: number;
      applicationsByStatus: components['schemas']['StatusCountsView'];
      /** @description Approved (or approved and since closed) */
      approvedCount: number;
      /** @description budgetCents − committedCents */
      availableCents: number;
      /** @description Σ budget entries of the ledger */
      budgetCents: number;
      /** Format: uuid */
      callId: string;
      clusters: components['schemas']['ClusterFiguresView'][];
      /** @description Σ commitments − Σ decommitments of the ledger */
      committedCents: number;
      /** @description Approved + rejected */
      decidedCount: number;
      /** @description Σ of the clusters: committed on the ledger */
      grantedCents: number;
      /** @description Median of the calendar days (Brussels) from submission to decision */
      medianDaysToDecision: number | null;
      /** @description Σ payments − Σ recoveries of the ledger */
      paidCents: number;
      programmeCode: string;
      /** Format: uuid */
      programmeId: string;
      programmeName: string;
      /** @description Requested by applications submitted at least once */
      requestedCents: number;
      /** @description Applications submitted at least once */
      submittedCount: number;
      /** @description approved / decided in %, one decimal; null before any decision */
      successRatePct: number | null;
      title: string;
      year: number;
    };
    CallPage: {
      items: components['schemas']['CallView'][];
      total: number;
    };
    CallView: {
      budgetCents: number;
      /**
       * Format: date-time
       * @description The exclusive end: the day after closesOn at 00:00 Europe/Brussels
       */
      closesAt: string;
      /**
       * Format: date
       * @description The closing day: open until its end, Brussels time
       */
      closesOn: string;
      /** Format: date-time */
      createdAt: string;
      criteria: components['schemas']['CriterionView'][];
      /** @description The criteria may still change: no evaluator has been assigned in the call yet */
      criteriaEditable: boolean;
      description: string | null;
      /** Format: uuid */
      id: string;
      minReviewsPerApplication: number;
      /** Format: date-time */
      opensAt: string;
      programmeCode: string;
      /** Format: uuid */
      programmeId: string;
      programmeName: string;
      /**
       * Format: date
       * @description Reviews are due by this day
       */
      reviewDeadline: string | null;
      /** @description Reviews may start while the call is open (else only after it closes) */
      reviewsDuringCall: boolean;
      /** @description The rules of the programme, for the applicant */
      rules: components['schemas']['ProgrammeRulesView'];
      /** @enum {string} */
      status: 'upcoming' | 'open' | 'closed';
      title: string;
      titleEn: string | null;
      year: number;
    };
    CategoryPreferenceDto: {
      /** @enum {string} */
      category:
        | 'application'
        | 'correction'
        | 'review'
        | 'decision'
        | 'payment'
        | 'reporting'
        | 'state-aid'
        | 'calls'
        | 'account';
      /** @description Send e-mail for this category (in-app notifications are always on) */
      email: boolean;
    };
    CategoryPreferenceView: {
      /** @enum {string} */
      category:
        | 'application'
        | 'correction'
        | 'review'
        | 'decision'
        | 'payment'
        | 'reporting'
        | 'state-aid'
        | 'calls'
        | 'account';
      /** @description Send e-mail for this category (in-app notifications are always on) */
      email: boolean;
      /** @description Legal: e-mail cannot be switched off */
      legal: boolean;
    };
    ChainBreak: {
      id: string;
      reason: string;
      seq: number;
    };
    ChainVerdictDto: {
      /** @description The check against the signed anchors (when AUDIT_ANCHOR_KEY is set) */
      anchors?: components['schemas']['AnchorVerdictDto'];
      broken?: components['schemas']['ChainBreak'];
      checked: number;
      lastSeq: number | null;
      ok: boolean;
      /** @description Events committed after the check began chaining (not checked yet) */
      pending: number;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description At least 12 characters, not only spaces, not common */
      newPassword: string;
    };
    CitationTextDto: {
      /** @example the Provincial Decree */
      en: string;
      /** @example het Provinciedecreet */
      nl: string;
    };
    ClaimDetailView: {
      createdOn: string;
      /** @description Payment due at most 3 months after submission */
      dueBy: string | null;
      erdfRatePct: number;
      /** @description Number of expenses in the claim */
      expenseCount: number;
      /** @description Ids of the claimed expenses */
      expenseIds: string[];
      /** Format: uuid */
      id: string;
      /** @description 1, 2, … per project */
      number: number;
      /** @description Sum of the payments */
      paidCents: number | null;
      /** @description Date of the last payment */
      paidOn: string | null;
      partners: components['schemas']['ClaimPartnerView'][];
      /** @description Every payment received, in date order */
      payments: components['schemas']['ClaimPaymentView'][];
      periodFrom: string;
      periodTo: string;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'partially_paid' | 'paid';
      submittedOn: string | null;
      totals: components['schemas']['ClaimFiguresView'];
    };
    ClaimFiguresView: {
      /** @description expensesCents + flatRateCents */
      eligibleCents: number;
      /** @description ERDF the rate would give above the partner cap (rate × budget) or the approved project amount: not claimed */
      erdfCappedCents: number;
      /** @description ERDF rate × eligibleCents, rounded down per partner, kept under the caps */
      erdfCents: number;
      /** @description Claimed expenses, corrections included */
      expensesCents: number;
      /** @description 15 % office flat rate on the staff costs */
      flatRateCents: number;
      /** @description Direct staff costs among them */
      staffCents: number;
    };
    ClaimPage: {
      items: components['schemas']['ClaimView'][];
      total: number;
    };
    ClaimPartnerView: {
      /** @description expensesCents + flatRateCents */
      eligibleCents: number;
      /** @description ERDF the rate would give above the partner cap (rate × budget) or the approved project amount: not claimed */
      erdfCappedCents: number;
      /** @description ERDF rate × eligibleCents, rounded down per partner, kept under the caps */
      erdfCents: number;
      /** @description Claimed expenses, corrections included */
      expensesCents: number;
      /** @description 15 % office flat rate on the staff costs */
      flatRateCents: number;
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** @description Direct staff costs among them */
      staffCents: number;
    };
    ClaimPaymentView: {
      amountCents: number;
      paidOn: string;
    };
    ClaimView: {
      createdOn: string;
      /** @description Payment due at most 3 months after submission */
      dueBy: string | null;
      erdfRatePct: number;
      /** @description Number of expenses in the claim */
      expenseCount: number;
      /** Format: uuid */
      id: string;
      /** @description 1, 2, … per project */
      number: number;
      /** @description Sum of the payments */
      paidCents: number | null;
      /** @description Date of the last payment */
      paidOn: string | null;
      partners: components['schemas']['ClaimPartnerView'][];
      /** @description Every payment received, in date order */
      payments: components['schemas']['ClaimPaymentView'][];
      periodFrom: string;
      periodTo: string;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'partially_paid' | 'paid';
      submittedOn: string | null;
      totals: components['schemas']['ClaimFiguresView'];
    };
    ClassificationView: {
      code: string;
      title: string;
      vocabulary: string;
    };
    ClusterFiguresView: {
      /** @description Applications submitted at least once (drafts excluded) */
      applicationCount: number;
      /** @example health */
      cluster: string;
      /** @description Committed on the budget ledger for them (grants, after any lowering) */
      grantedCents: number;
      /** @description Requested by those applications */
      requestedCents: number;
    };
    ConfirmSmeDto: {
      /**
       * Format: date
       * @description Not after today
       * @example 2026-12-01
       */
      confirmedOn: string;
      /** @example Jaarrekening 2025 (NBB) en aandeelhoudersregister gecontroleerd: 18 VTE, geen verbonden grote onderneming */
      evidence: string;
      /**
       * @description The size staff found; it replaces a different declared size
       * @enum {string}
       */
      smeSize: 'micro' | 'small' | 'medium';
    };
    ConflictView: {
      name: string;
      /**
       * Format: uuid
       * @description The partner organisation that makes the evaluator partial
       */
      organisationId: string;
      /**
       * @description Its role in the application
       * @enum {string}
       */
      partnerRole: 'coordinator' | 'partner';
      /**
       * @description own_organisation: the evaluator works for it or is a member; linked: one of theirs is linked to it
       * @enum {string}
       */
      relation: 'own_organisation' | 'linked';
      /** @description linked: the evaluator’s own organisation through which the link runs */
      via: string | null;
    };
    ConsensusDto: {
      /** @example Panel meeting of 3 February: the market analysis was underrated by one evaluator. */
      justification: string;
      /**
       * @description Replaces the mean in the ranking
       * @example 72.5
       */
      score: number;
    };
    ConsensusPanelDto: {
      /**
       * @description The date of the panel meeting
       * @example 2026-02-03
       */
      meetingDate: string;
      /**
       * @example [
       *       "Panel chair (staff)",
       *       "Expert A",
       *       "Expert B"
       *     ]
       */
      members: string[];
    };
    ConsensusView: {
      /** Format: uuid */
      applicationId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      decidedBy: string;
      /** Format: uuid */
      id: string;
      justification: string;
      /** @description The mean of the reviews it replaces */
      meanScore: number | null;
      score: number;
    };
    ConsortiumMemberView: {
      enterpriseNumber: string;
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      role: 'coordinator' | 'partner';
    };
    CostDto: {
      /**
       * @description Integer euro cents
       * @example 12000000
       */
      amountCents: number;
      /**
       * @description investment is known but not eligible
       * @enum {string}
       */
      category: 'staff' | 'operating' | 'subcontracting' | 'investment';
      /** @example Onderzoeker 0,5 VTE gedurende 24 maanden */
      description: string;
    };
    CostView: {
      amountCents: number;
      /** @enum {string} */
      category: 'staff' | 'operating' | 'subcontracting' | 'investment';
      description: string;
    };
    CreateActivityDto: {
      /**
       * Format: date
       * @example 2019-02-12
       */
      endDate?: string;
      /**
       * @example [
       *       "O1"
       *     ]
       */
      indicatorCodes?: string[];
      /** @enum {string} */
      kind: 'training' | 'matchmaking' | 'conference' | 'acquisition';
      /** @example 143 */
      participants?: number;
      /** @example Leuven */
      place: string;
      /**
       * Format: date
       * @example 2019-02-12
       */
      startDate: string;
      /** @example Life-on-Chip – The Road from Idea to Reality */
      title: string;
    };
    CreateApplicationDto: {
      /** @example SEPSIS-QT */
      acronym?: string;
      /** Format: uuid */
      callId: string;
      /**
       * @description One of the clusters of the programme
       * @example health
       */
      cluster: string;
      /**
       * Format: date
       * @example 2028-12-31
       */
      endDate: string;
      /**
       * @default nl
       * @enum {string}
       */
      language?: 'nl' | 'en';
      /** @description The consortium: one coordinator and its partners */
      partners: components['schemas']['PartnerDto'][];
      /**
       * @description Integer euro cents
       * @example 10000000
       */
      requestedCents: number;
      /**
       * Format: date
       * @example 2027-01-01
       */
      startDate: string;
      /** @example Een consortium van een kmo en een universiteit ontwikkelt … */
      summary: string;
      /** @example Sneltest voor sepsis op de spoedafdeling */
      title: string;
    };
    CreateAssignmentDto: {
      /**
       * Format: uuid
       * @description A user with role evaluator
       */
      evaluatorId: string;
    };
    CreateCallDto: {
      /** @example 60000000 */
      budgetCents: number;
      /**
       * Format: date-time
       * @description Older form of closesOn: names the Brussels day of the last moment before it (23:59:59 and the next day's 00:00 both name the same day); the call closes at the end of that day.
       * @example 2026-10-15T23:59:59+02:00
       */
      closesAt?: string;
      /**
       * Format: date
       * @description The closing day: the call closes at its end, Brussels time (exclusive end: the next day at 00:00 Europe/Brussels). Give this or closesAt.
       * @example 2026-10-15
       */
      closesOn?: string;
      criteria: components['schemas']['CriterionDto'][];
      /** @description What the call is about, for applicants */
      description?: string;
      /** @example 3 */
      minReviewsPerApplication: number;
      /**
       * Format: date-time
       * @example 2026-01-15T00:00:00+01:00
       */
      opensAt: string;
      /** Format: uuid */
      programmeId: string;
      /**
       * Format: date
       * @description Evaluators submit their reviews by this day
       * @example 2026-12-15
       */
      reviewDeadline?: string;
      /**
       * @description Reviews may start while the call is open (a rolling call); by default only after it closes
       * @default false
       */
      reviewsDuringCall?: boolean;
      /** @example Oproep Innovatiesubsidie 2026 */
      title: string;
      /**
       * @description The title in English letters
       * @example Innovation Subsidy call 2026
       */
      titleEn?: string;
      /** @example 2026 */
      year: number;
    };
    CreateClaimDto: {
      /**
       * Format: date
       * @description Omit both dates to claim the next reporting period after the last claim
       * @example 2018-02-01
       */
      periodFrom?: string;
      /**
       * Format: date
       * @example 2018-05-31
       */
      periodTo?: string;
    };
    CreateCorrectionDto: {
      /**
       * @description Change to the corrected expense, usually negative (credit note); never below zero in net
       * @example -25000
       */
      amountCents: number;
      /** @example Credit note: travel refund */
      description: string;
      /**
       * Format: date
       * @example 2018-05-02
       */
      incurredOn: string;
      /** @example CN-2018-0007 */
      invoiceRef: string;
      /**
       * Format: date
       * @example 2018-05-02
       */
      paidOn: string;
    };
    CreateErdfProjectDto: {
      /**
       * Format: uuid
       * @description Must also be listed among the partners, with its budget
       */
      coordinatorOrganisationId: string;
      /**
       * @description Demo data: the budgets, expenses, claims and indicator values are invented (shown in reports)
       * @default false
       */
      demo?: boolean;
      /**
       * Format: date
       * @example 2019-05-31
       */
      endDate: string;
      /**
       * @description The ERDF amount approved for the project, at most the ERDF rate of the total budget (the default)
       * @example 20000000
       */
      erdfApprovedCents?: number;
      financing: components['schemas']['FinancingDto'];
      /**
       * @description Whether the 15 % office flat rate applies (default); while it does, office_admin expenses are refused
       * @default true
       */
      officeFlatRate?: boolean;
      /** @description Every partner, the coordinator included */
      partners: components['schemas']['ErdfPartnerDto'][];
      /** @example 1161 */
      projectNumber: string;
      /**
       * Format: date
       * @example 2017-06-01
       */
      startDate: string;
      /** @example Internationalization of Flemish SMEs, scale-ups and start-ups in MedTech */
      title: string;
    };
    CreateExpenseDto: {
      /**
       * @description Positive; lower an expense with a correction instead
       * @example 1250000
       */
      amountCents: number;
      /**
       * @description An unknown category is answered with 422 EXPENSE_NOT_ELIGIBLE (rule category_known)
       * @enum {string}
       */
      category:
        'staff' | 'external_expertise' | 'equipment' | 'infrastructure' | 'travel' | 'other' | 'office_admin';
      /** @example Salary costs project coordinator, March 2018 */
      description: string;
      /**
       * Format: date
       * @example 2018-03-15
       */
      incurredOn: string;
      /** @example INV-2018-0042 */
      invoiceRef: string;
      /**
       * Format: date
       * @example 2018-04-10
       */
      paidOn: string;
      /** Format: uuid */
      partnerOrganisationId: string;
    };
    CreateIndicatorDto: {
      /** @example O1 */
      code: string;
      /** @enum {string} */
      kind: 'output' | 'result' | 'impact';
      /** @example Companies receiving non-financial support */
      name: string;
      /** @example 60 */
      target: number;
      /** @example companies */
      unit: string;
    };
    CreateIndicatorValueDto: {
      /** @example Participants of the matchmaking in Leuven */
      note?: string;
      /**
       * Format: date
       * @example 2018-09-30
       */
      on: string;
      /**
       * @description Output: what was added on that date; result/impact: the measurement
       * @example 12
       */
      value: number;
    };
    CreateLinkDto: {
      /** Format: uuid */
      linkedOrganisationId: string;
      /**
       * @description What the linked organisation is to this one
       * @enum {string}
       */
      relation: 'parent' | 'subsidiary' | 'linked';
    };
    CreateOrganisationDto: {
      address?: components['schemas']['AddressDto'];
      /**
       * @description KBO/BCE number; the check digits are verified
       * @example 0123.456.749
       */
      enterpriseNumber: string;
      /** @example BE68 5390 0754 7034 */
      iban?: string;
      /** @enum {string} */
      kind: 'sme' | 'large_enterprise' | 'knowledge_institution' | 'public_body' | 'non_profit';
      /** @example Vitalis Diagnostics */
      name: string;
      /**
       * @description Only for kind sme
       * @enum {string}
       */
      smeSize?: 'micro' | 'small' | 'medium';
    };
    CreatePaymentDto: {
      /** @description advance: defaults to the programme advancePaymentPct of the grant (rounded down to the cent). balance: the whole remainder of the final grant (if given, it must be that). */
      amountCents?: number;
      /** @enum {string} */
      kind: 'advance' | 'balance';
      /**
       * @description The IBAN the money is paid to (Belgian, valid check digits); kept with the payment
       * @example BE68 5390 0754 7034
       */
      payeeIban: string;
    };
    CreateProgrammeDto: {
      /** @enum {string} */
      aidBasis: 'de_minimis' | 'gber' | 'none';
      /**
       * @description Upper-case code, the prefix of application references
       * @example IS
       */
      code: string;
      /**
       * @description The regulation cited in decision letters
       * @example Reglement Innovatiesubsidie Vlaams-Brabant, provincieraad 16 mei 2017
       */
      legalBasis?: string;
      /** @description The legal basis as structured citations (regulation, the deputation’s competence, the budget credit); the defaults of the innovation subsidy when absent */
      legalCitations?: components['schemas']['LegalCitationDto'][];
      /** @example Innovatiesubsidie Vlaams-Brabant */
      name: string;
      /**
       * @description The name in English letters
       * @example Flemish Brabant Innovation Subsidy
       */
      nameEn?: string;
      /** @description Overrides of the default rules */
      rules?: components['schemas']['ProgrammeRulesDto'];
    };
    CreateUserDto: {
      /** @example an.peeters@example.be */
      email: string;
      /** @example An Peeters */
      fullName: string;
      /**
       * Format: uuid
       * @description The organisation the person works for (conflicts of interest).
       */
      organisationId?: string;
      /**
       * @description At least 12 characters, not only spaces, not a common password
       * @example correct-horse-battery
       */
      password: string;
      /** @enum {string} */
      role: 'evaluator' | 'staff' | 'admin';
    };
    CriterionDto: {
      /**
       * @description Unique within the call
       * @example innovation
       */
      key: string;
      /** @example Innovatief karakter */
      label: string;
      /**
       * @description Highest score, more than 0
       * @example 10
       */
      maxScore: number;
      /**
       * @description Lowest acceptable average score; at most maxScore
       * @example 5
       */
      threshold?: number;
      /**
       * @description Relative weight, more than 0
       * @example 30
       */
      weight: number;
    };
    CriterionView: {
      key: string;
      label: string;
      maxScore: number;
      threshold?: number;
      weight: number;
    };
    DecideDto: {
      /** @description Required when the evaluation is a consensus score: the panel that set it */
      consensusPanel?: components['schemas']['ConsensusPanelDto'];
      /**
       * @description The date of the meeting or signature (default today); never after today
       * @example 2026-11-20
       */
      decidedOn?: string;
      /**
       * @description Who decided: the deputation, or an official under a delegation (then delegationReference)
       * @default deputatie
       * @enum {string}
       */
      decidingBody?: 'deputatie' | 'delegated_official';
      /**
       * @description The decision number (assigned when absent)
       * @example 2026/00042
       */
      decisionNumber?: string;
      /**
       * @description The delegation act (required for delegated_official)
       * @example DEP-2025-0142
       */
      delegationReference?: string;
      /** @description Required when the decision departs from the ranking: approving below a threshold or the funding line, or refusing an application above both (422 DEROGATION_REASON_REQUIRED) */
      derogationReason?: string;
      /**
       * @description Required for an approval, not allowed for a rejection. At most the requested amount, the programme cap and the funding rate of the eligible costs.
       * @example 12000000
       */
      grantedCents?: number;
      /**
       * @description The factual grounds of the decision; they appear in the decision letter
       * @example Het project scoort 82/100 en past binnen het budget van de oproep.
       */
      motivation: string;
      /** @enum {string} */
      outcome: 'approved' | 'rejected';
      /** @description Required for a refusal (at least one), not allowed for an approval */
      refusalGrounds?: components['schemas']['RefusalGroundDto'][];
    };
    DecisionEvaluationView: {
      /** @description { score, justification, panel: { members, meetingDate } } when a consensus replaced the mean */
      consensus: {
        [key: string]: unknown;
      } | null;
      /** @description The experts’ mean (before a consensus) */
      meanScore: number | null;
      rank: number | null;
      /**
       * @description Weighted score 0–100 at the decision (the consensus if any)
       * @example 81.5
       */
      score: number;
      thresholdsMet: boolean;
      withinFundingLine: boolean | null;
    };
    DecisionNoticeChannelView: {
      /** @enum {string} */
      channel: 'email' | 'in-app';
      /**
       * Format: date-time
       * @description When the notification was written (queued)
       */
      createdAt: string;
      /**
       * Format: date-time
       * @description In-app: when it was read
       */
      readAt: string | null;
      /**
       * Format: date-time
       * @description E-mail: when the SMTP server accepted it; in-app: when it was written
       */
      sentAt: string | null;
      /** @description E-mail: the address */
      to: string | null;
      /**
       * Format: uuid
       * @description The member of the organisation notified
       */
      userId: string;
    };
    DecisionNoticeView: {
      channels: components['schemas']['DecisionNoticeChannelView'][];
      /**
       * Format: date-time
       * @description First download of the letter by a member of the organisation
       */
      firstDownloadAt: string | null;
      /** Format: uuid */
      firstDownloadBy: string | null;
      /**
       * Format: date-time
       * @description The earliest moment a notification was sent (an e-mail accepted by the server, or an in-app notification)
       */
      notifiedAt: string | null;
    };
    DecisionView: {
      /**
       * Format: date-time
       * @description The coordinator accepted the grant
       */
      acceptedAt: string | null;
      /** Format: uuid */
      applicationId: string;
      /** Format: uuid */
      callId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      decidedBy: string;
      /**
       * @description The date of the meeting or signature
       * @example 2026-11-20
       */
      decidedOn: string;
      /** @enum {string} */
      decidingBody: 'deputatie' | 'delegated_official';
      /** @example 2026/00042 */
      decisionNumber: string;
      delegationReference: string | null;
      derogationReason: string | null;
      eligibleCostsCents: number;
      /**
       * @description The day the decision was entered
       * @example 2026-11-21
       */
      enteredOn: string;
      /** @description The evaluation result the decision cites; null without reviews */
      evaluation: components['schemas']['DecisionEvaluationView'] | null;
      /** @description The decision on a grant lowered after the final report; null otherwise */
      finalDecision: components['schemas']['FinalGrantDecisionView'] | null;
      /** @description After the accepted final report; null before */
      finalGrantCents: number | null;
      /**
       * @description granted ÷ eligible costs, in percent, rounded down to two decimals (rate × costs never exceeds the grant); null for a rejection
       * @example 40
       */
      fundingRatePct: number | null;
      /** @description As decided; null for a rejection */
      grantedCents: number | null;
      /** Format: uuid */
      id: string;
      /** @description The legal citations as they stood at decision time */
      legalBasis: {
        [key: string]: unknown;
      }[];
      /**
       * @description The highest funding rate for this consortium (50, or 40 without an SME)
       * @example 50
       */
      maxFundingRatePct: number;
      motivation: string;
      /** @description Staff and admins only: when and how the addressee was notified, and the first download of the letter */
      notification?: components['schemas']['DecisionNoticeView'];
      /** @enum {string} */
      outcome: 'approved' | 'rejected';
      /** @description Net amount paid (payments − recoveries) */
      paidCents: number;
      /** @example IS-2026-0001 */
      reference: string;
      refusalGrounds: components['schemas']['RefusalGroundDto'][];
      requestedCents: number;
    };
    DeclarationDto: {
      /** @description true: the evaluator has a conflict of interest and is recused; false: no conflict, the content opens */
      hasConflict: boolean;
      /** @example I advised the coordinator on this proposal in 2025. */
      statement?: string;
    };
    DeclareAidDto: {
      /**
       * @description Gross aid in cents
       * @example 4500000
       */
      amountCents: number;
      /**
       * Format: date
       * @description The day the aid was granted; not in the future
       * @example 2025-04-10
       */
      grantedOn: string;
      /** @example VLAIO (Agentschap Innoveren & Ondernemen) */
      grantor: string;
      /**
       * @description Declaration on honour: must be true
       * @example true
       */
      onHonour: boolean;
      /**
       * Format: uuid
       * @description A partner of the application (its undertaking received the aid)
       */
      organisationId: string;
      /**
       * @description Default: the regulation of the grant date
       * @enum {string}
       */
      regulation?: '2023/2831' | '1407/2013' | 'other';
    };
    DeclaredAidView: {
      /**
       * Format: uuid
       * @description The aid record staff made of it
       */
      aidId: string | null;
      amountCents: number;
      /** Format: uuid */
      applicationId: string;
      /** Format: date-time */
      declaredAt: string;
      grantedOn: string;
      grantor: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      regulation: '2023/2831' | '1407/2013' | 'other';
      reviewNote: string | null;
      /**
       * @description declared (on honour, not yet checked), confirmed or corrected by staff
       * @enum {string}
       */
      status: 'declared' | 'confirmed' | 'corrected';
    };
    DeMinimisAidView: {
      amountCents: number;
      /** @example 2025-04-10 */
      grantedOn: string;
      grantor: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      reference: string | null;
      /** @enum {string} */
      regulation: '2023/2831' | '1407/2013' | 'other';
      /** @enum {string} */
      source: 'internal' | 'external';
    };
    DeMinimisUsageView: {
      /** @description The aid counted, newest first */
      aid: components['schemas']['DeMinimisAidView'][];
      /** @description max(0, ceiling − used) */
      availableCents: number;
      /** @example 30000000 */
      ceilingCents: number;
      /**
       * @description The date assessed on
       * @example 2026-03-15
       */
      on: string;
      /** Format: uuid */
      organisationId: string;
      /**
       * @description The regulation in force on that date
       * @enum {string}
       */
      regulation: '2023/2831' | '1407/2013';
      /** @description The single undertaking whose aid is summed */
      undertaking: components['schemas']['UndertakingMemberView'][];
      /** @description Aid granted to the single undertaking within the window */
      usedCents: number;
      /**
       * @description Last grant date that counts (= on)
       * @example 2026-03-15
       */
      windowEnd: string;
      /**
       * @description First grant date that counts
       * @example 2023-03-16
       */
      windowStart: string;
    };
    DocumentView: {
      /** @description The type found in the content */
      contentType: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Sanitised; the download is offered under this name */
      fileName: string;
      /** Format: uuid */
      id: string;
      kind: string;
      /** Format: uuid */
      organisationId: string | null;
      /** Format: date-time */
      removedAt: string | null;
      /**
       * @description `unscanned`: no virus scanner is configured; `pending`: being scanned
       * @enum {string}
       */
      scanStatus: 'pending' | 'clean' | 'unscanned';
      /** @description SHA-256 of the content, hex */
      sha256: string;
      sizeBytes: number;
      title: string;
      /** Format: uuid */
      uploadedBy: string;
    };
    EligibilityView: {
      ok: boolean;
      violations: components['schemas']['ViolationView'][];
    };
    ErdfPartnerDto: {
      /**
       * @description The partner budget in the project, in cents
       * @example 25000000
       */
      budgetCents: number;
      /** Format: uuid */
      organisationId: string;
    };
    ErdfPartnerView: {
      budgetCents: number;
      name: string;
      /** Format: uuid */
      organisationId: string;
    };
    ErdfProjectPage: {
      items: components['schemas']['ErdfProjectView'][];
      total: number;
    };
    ErdfProjectView: {
      /** @description Sum of the partner budgets */
      budgetCents: number;
      /** Format: uuid */
      coordinatorOrganisationId: string;
      /** Format: date-time */
      createdAt: string;
      /** @description Demo data: invented budgets, expenses, claims and indicator values */
      demo: boolean;
      endDate: string;
      /** @description The most ERDF the project may receive over all its claims */
      erdfApprovedCents: number;
      financing: components['schemas']['FinancingView'];
      /** Format: uuid */
      id: string;
      /** @description Whether the 15 % office flat rate applies */
      officeFlatRate: boolean;
      partners: components['schemas']['ErdfPartnerView'][];
      /** @description Reporting periods of four months from the start */
      periods: components['schemas']['PeriodView'][];
      projectNumber: string;
      startDate: string;
      title: string;
    };
    ErdfReportView: {
      claims: components['schemas']['ClaimView'][];
      /** @description Demo data: the budgets, expenses, claims and indicator values are invented */
      demo: boolean;
      endDate: string;
      financing: components['schemas']['FinancingView'];
      indicators: components['schemas']['ReportIndicatorView'][];
      partners: components['schemas']['ReportPartnerView'][];
      /** Format: uuid */
      projectId: string;
      projectNumber: string;
      startDate: string;
      title: string;
      totals: components['schemas']['ReportTotalsView'];
    };
    ErrorBody: {
      /**
       * @description Stable; clients may rely on it
       * @enum {string}
       */
      code:
        | 'VALIDATION_FAILED'
        | 'UNAUTHENTICATED'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'INVALID_TRANSITION'
        | 'CALL_CLOSED'
        | 'CALL_STILL_OPEN'
        | 'ALREADY_EXISTS'
        | 'ALREADY_SUBMITTED'
        | 'IDEMPOTENCY_CONFLICT'
        | 'ELIGIBILITY_FAILED'
        | 'BUDGET_EXCEEDED'
        | 'DE_MINIMIS_EXCEEDED'
        | 'CONFLICT_OF_INTEREST'
        | 'EXPENSE_NOT_ELIGIBLE'
        | 'PAYMENT_EXCEEDS_GRANT'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'DOCUMENT_REJECTED'
        | 'DOCUMENT_PENDING'
        | 'VERSION_CONFLICT'
        | 'DEROGATION_REASON_REQUIRED'
        | 'NO_SIGNATORY'
        | 'GRANT_NOT_ACCEPTED'
        | 'TOO_MANY_REQUESTS'
        | 'SERVICE_UNAVAILABLE'
        | 'INTERNAL_ERROR';
      /** @description Per field (`[{ field, message }]`) or per rule (`[{ rule, message }]`) */
      details?: {
        [key: string]: unknown;
      }[];
      /** @description For people; may change */
      message: string;
      requestId?: string;
      /** @example 400 */
      statusCode: number;
    };
    EvaluatorCandidatePage: {
      items: components['schemas']['EvaluatorCandidateView'][];
      total: number;
    };
    EvaluatorCandidateView: {
      /**
       * Format: uuid
       * @description Their assignment on it, if any
       */
      assignmentId: string | null;
      /** @enum {string|null} */
      assignmentStatus: 'assigned' | 'declared' | 'recused' | 'submitted' | null;
      /** @description The conflicts of interest found now; assigning this evaluator is refused (422) while any */
      conflicts: components['schemas']['ConflictView'][];
      /** Format: uuid */
      evaluatorId: string;
      fullName: string;
      /** @description The evaluator’s employer */
      organisationName: string | null;
    };
    ExpensePage: {
      items: components['schemas']['ExpenseView'][];
      total: number;
    };
    ExpenseView: {
      amountCents: number;
      /** @enum {string} */
      category:
        'staff' | 'external_expertise' | 'equipment' | 'infrastructure' | 'travel' | 'other' | 'office_admin';
      /**
       * Format: uuid
       * @description The claim it is in
       */
      claimId: string | null;
      /** Format: uuid */
      correctsExpenseId: string | null;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** Format: uuid */
      id: string;
      incurredOn: string;
      invoiceRef: string;
      paidOn: string;
      /** Format: uuid */
      partnerOrganisationId: string;
      /** Format: uuid */
      projectId: string;
      /** Format: date-time */
      withdrawnAt: string | null;
      withdrawnReason: string | null;
    };
    ExtendCallDto: {
      /**
       * Format: date
       * @description The new closing day, after the current one; the call closes at its end, Brussels time
       * @example 2026-10-31
       */
      closesOn: string;
      /** @example Verlengd wegens storing van het e-loket op 14 oktober */
      reason: string;
    };
    FailedJobPage: {
      items: components['schemas']['FailedJobView'][];
      total: number;
    };
    FailedJobView: {
      /** @description Attempts made */
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      dedupeKey: string | null;
      /** Format: date-time */
      failedAt: string | null;
      /**
       * Format: uuid
       * @description The outbox id, also the job id in the queue
       */
      id: string;
      /** @example decision-letter */
      jobName: string;
      /** @description Error of the last attempt */
      lastError: string | null;
      /**
       * @example {
       *       "decisionId": "…"
       *     }
       */
      payload: {
        [key: string]: unknown;
      };
    };
    FiguresView: {
      /** @description Costs in the eligible categories (investment excluded) */
      eligibleCostsCents: number;
      /** @description 50, or 40 when no partner is an SME */
      maxFundingRatePct: number;
      /** @description min(programme cap, rate × eligible costs) */
      maxGrantCents: number;
      requestedCents: number;
      totalCostsCents: number;
    };
    FinalGrantDecisionView: {
      /** @example 2029-04-20 */
      decidedOn: string;
      /** @enum {string} */
      decidingBody: 'deputatie' | 'delegated_official';
      /** @example 2029/00317 */
      decisionNumber: string;
      delegationReference: string | null;
    };
    FinalReportCostDto: {
      /**
       * @description Actual cost, integer euro cents
       * @example 9500000
       */
      amountCents: number;
      /** @enum {string} */
      category: 'staff' | 'operating' | 'subcontracting' | 'investment';
      /** @example Onderzoeker 0,5 VTE, 24 maanden */
      description: string;
      /**
       * Format: uuid
       * @description A partner of the application
       */
      organisationId: string;
    };
    FinalReportCostView: {
      amountCents: number;
      /** @enum {string} */
      category: 'staff' | 'operating' | 'subcontracting' | 'investment';
      description: string;
      /** @description Whether the category is eligible under the programme */
      eligible: boolean;
      /** Format: uuid */
      organisationId: string;
    };
    FinalReportView: {
      /** Format: date-time */
      acceptedAt: string | null;
      /** Format: uuid */
      applicationId: string;
      /** @description What the balance payment will be */
      balanceCents: number;
      costs: components['schemas']['FinalReportCostView'][];
      /** @description granted − final grant, returned to the call budget on acceptance */
      decommitCents: number;
      eligibleCostsCents: number;
      /** @description What the grant becomes on acceptance: proportional = min(granted, ⌊granted × actual eligible ÷ eligible at the decision⌋); rate_cap = min(granted, ⌊max rate × actual eligible⌋, max grant) */
      finalGrantCents: number;
      /** @description The grant as decided */
      grantedCents: number;
      /** Format: uuid */
      id: string;
      /** @description Paid above the final grant, to be paid back */
      recoverCents: number;
      /**
       * @description The programme's settlement rule
       * @enum {string}
       */
      settlement: 'proportional' | 'rate_cap';
      /** @enum {string} */
      status: 'submitted' | 'accepted';
      /** Format: date-time */
      submittedAt: string;
      summary: string;
      totalCostsCents: number;
      /** @description Raised at every correction; name it when accepting */
      version: number;
    };
    FinancingDto: {
      /**
       * @description ERDF share in %, at most 40
       * @example 40
       */
      erdfRatePct: number;
      /**
       * @description Own contribution of the promoters in %, at least 15
       * @example 20
       */
      ownContributionRatePct: number;
      /**
       * @description Provincial or Flemish co-financing in %
       * @example 40
       */
      provinceRatePct: number;
    };
    FinancingView: {
      erdfRatePct: number;
      ownContributionRatePct: number;
      provinceRatePct: number;
    };
    FunderView: {
      id: string;
      name: string;
    };
    FundingLineView: {
      applicationsWithinBudget: number;
      budgetCents: number;
      lastRankWithinBudget: number | null;
      remainingCents: number;
      requestedWithinBudgetCents: number;
    };
    GrantProgrammeView: {
      code: string;
      title: string;
    };
    IndicatorValueView: {
      /** Format: uuid */
      id: string;
      indicatorCode: string;
      note: string | null;
      on: string;
      value: number;
    };
    IndicatorView: {
      code: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'output' | 'result' | 'impact';
      name: string;
      target: number;
      unit: string;
    };
    InvitationDto: {
      /** @example collega@example.be */
      email: string;
      /**
       * @description Language of the mail
       * @default nl
       * @enum {string}
       */
      language?: 'nl' | 'en';
      /**
       * @default member
       * @enum {string}
       */
      role?: 'administrator' | 'member';
    };
    InvitationView: {
      /** Format: date-time */
      acceptedAt: string | null;
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      role: 'administrator' | 'member';
    };
    JoinDecisionDto: {
      /** @enum {string} */
      decision: 'approve' | 'refuse';
    };
    JoinRequestDto: {
      /** @description A word to the administrators */
      message?: string;
    };
    JoinRequestView: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      decidedAt: string | null;
      email: string;
      fullName: string;
      /** Format: uuid */
      id: string;
      message: string | null;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'refused';
      /** Format: uuid */
      userId: string;
    };
    LedgerEntryView: {
      /** @description Signed: budget ±, commitment +, decommitment −, payment +, recovery − (see src/budgets/ledger.ts) */
      amountCents: number;
      /** Format: uuid */
      applicationId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'budget' | 'commitment' | 'decommitment' | 'payment' | 'recovery';
      /** @example decision 6f1c… */
      reference: string;
    };
    LedgerPage: {
      items: components['schemas']['LedgerEntryView'][];
      total: number;
    };
    LegalCitationDto: {
      /**
       * @description The article(s) relied on
       * @example art. 57, § 3
       */
      article: string;
      /**
       * @description Date of the instrument
       * @example 2005-12-09
       */
      date: string;
      /** @description The instrument (decree, regulation, budget) */
      instrument: components['schemas']['CitationTextDto'];
      /** @enum {string} */
      kind: 'regulation' | 'competence' | 'budget' | 'other';
      /** @description Its title */
      title: components['schemas']['CitationTextDto'];
    };
    LegalCitationView: {
      article: string;
      date: string;
      instrument: components['schemas']['CitationTextDto'];
      /** @enum {string} */
      kind: 'regulation' | 'competence' | 'budget' | 'other';
      title: components['schemas']['CitationTextDto'];
    };
    LetterPendingView: {
      /**
       * @description The letter is being produced; ask again shortly
       * @enum {string}
       */
      status: 'pending';
    };
    LetterVersionView: {
      /** Format: date-time */
      createdAt: string;
      /** @example 2026-11-22 */
      dispatchedOn: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'act' | 'translation' | 'final_grant_act' | 'final_grant_translation';
      /** @enum {string} */
      language: 'nl' | 'en';
      sha256: string;
      sizeBytes: number;
      /** Format: uuid */
      supersedesId: string | null;
      templateVersion: string;
      version: number;
    };
    LinkView: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      linkedOrganisationId: string;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      relation: 'parent' | 'subsidiary' | 'linked';
    };
    LocationView: {
      countryCode: string;
      name: string;
    };
    LoginDto: {
      /** @example an.peeters@example.be */
      email: string;
      password: string;
    };
    LoginResponse: {
      accessToken: string;
      /** @description Seconds until the token expires */
      expiresIn: number;
      user: components['schemas']['UserView'];
    };
    MarkClaimPaidDto: {
      /**
       * @description Amount received. Less than what is still due records a partial payment (status partially_paid); more is 422 PAYMENT_EXCEEDS_GRANT
       * @example 781233
       */
      paidCents: number;
      /**
       * Format: date
       * @description Not before the submission, not in the future
       * @example 2018-08-20
       */
      paidOn: string;
    };
    MemberRoleDto: {
      /** @enum {string} */
      role: 'administrator' | 'member';
    };
    MemberView: {
      email: string;
      fullName: string;
      /** @enum {string} */
      role: 'administrator' | 'member';
      /** Format: date-time */
      since: string;
      /** Format: uuid */
      userId: string;
    };
    NotificationPage: {
      /** @description Newest first */
      items: components['schemas']['NotificationView'][];
      /** @description Notifications matching the query */
      total: number;
      /** @description Unread notifications of the user, whatever the query */
      unread: number;
    };
    NotificationView: {
      /** @enum {string} */
      category:
        | 'application'
        | 'correction'
        | 'review'
        | 'decision'
        | 'payment'
        | 'reporting'
        | 'state-aid'
        | 'calls'
        | 'account';
      /** Format: date-time */
      createdAt: string;
      /**
       * @description What happened or is due
       * @example application.submitted
       */
      event: string;
      /** Format: uuid */
      id: string;
      /** @description A legal notification (a period runs from it); e-mail cannot be switched off */
      legal: boolean;
      /**
       * @description The resource in the portal
       * @example /applications/…
       */
      link: string | null;
      /** Format: date-time */
      readAt: string | null;
      resourceId: string | null;
      /** @example application */
      resourceType: string | null;
      /** @description In the user's language */
      title: string;
    };
    OidcStartView: {
      /** @description The e-ID provider's authorization URL to send the browser to */
      authorizationUrl: string;
      /** @description The state the callback must bring back */
      state: string;
    };
    OrganisationPage: {
      items: components['schemas']['OrganisationView'][];
      total: number;
    };
    OrganisationSummary: {
      enterpriseNumber: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sme' | 'large_enterprise' | 'knowledge_institution' | 'public_body' | 'non_profit';
      name: string;
      /** @enum {string} */
      status: 'pending' | 'verified';
    };
    OrganisationView: {
      address: components['schemas']['AddressView'] | null;
      /** Format: date-time */
      createdAt: string;
      /** @example 0123.456.749 */
      enterpriseNumber: string;
      iban: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'sme' | 'large_enterprise' | 'knowledge_institution' | 'public_body' | 'non_profit';
      name: string;
      /** @description Staff only (null for applicants and while unconfirmed) */
      smeConfirmation: components['schemas']['SmeConfirmationView'] | null;
      /** @description Only in GET /organisations/:id: whether it counts as an SME for the funding rate — an SME that is not linked (parent, subsidiary, linked) to a large enterprise */
      smeForRate?: boolean;
      /** @enum {string|null} */
      smeSize: 'micro' | 'small' | 'medium' | null;
      /**
       * @description `declared`: an SME whose size staff have not confirmed; `confirmed`: staff confirmed the size (smeConfirmation); `not_sme`: another kind
       * @enum {string}
       */
      smeStatus: 'not_sme' | 'declared' | 'confirmed';
      /**
       * @description pending until staff or an e-ID login verify it; only a verified organisation submits
       * @enum {string}
       */
      status: 'pending' | 'verified';
      /** Format: date-time */
      verifiedAt: string | null;
    };
    OrganizationView: {
      addressCountry?: string;
      addressLocality?: string;
      /** @example BE-BCE_KBO-0123456749 */
      id: string;
      name: string;
      postalCode?: string;
      streetAddress?: string;
    };
    PartnerDto: {
      costs: components['schemas']['CostDto'][];
      /**
       * Format: uuid
       * @description A registered organisation
       */
      organisationId: string;
      /** @enum {string} */
      role: 'coordinator' | 'partner';
    };
    PartnerInvitationEmailDto: {
      /** @example directie@partner.example.be */
      email: string;
      /**
       * @default nl
       * @enum {string}
       */
      language?: 'nl' | 'en';
    };
    PartnerInvitationView: {
      /** Format: date-time */
      answeredAt: string | null;
      /** Format: uuid */
      applicationId: string;
      /** Format: date-time */
      createdAt: string;
      /** @description The address the invitation was mailed to (an organisation without members) */
      email: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      /**
       * @description The application is submitted only when every partner accepted
       * @enum {string}
       */
      status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
    };
    PartnerTokenDto: {
      /** @description The token of the invitation mail */
      token: string;
    };
    PartnerView: {
      costs: components['schemas']['CostView'][];
      eligibleCostsCents: number;
      enterpriseNumber: string;
      /** @enum {string} */
      kind: 'sme' | 'large_enterprise' | 'knowledge_institution' | 'public_body' | 'non_profit';
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** @enum {string} */
      role: 'coordinator' | 'partner';
      /** @description Counts as an SME for the funding rate: kind sme and no large enterprise linked to it (parent, subsidiary, linked enterprise). Absent in snapshots taken before this rule. */
      smeForRate?: boolean;
      totalCostsCents: number;
      /** @description Its single undertaking (a key shared by linked organisations): `min_partners` counts distinct ones */
      undertaking?: string;
    };
    PaymentPage: {
      /** @description The grant as it stands (final grant once the final report is accepted) */
      grantCents: number;
      items: components['schemas']['PaymentView'][];
      /** @description Net amount paid (payments − recoveries) */
      paidCents: number;
      /** @description Amount recovered after a lowered grant */
      recoveredCents: number;
      /** @description grantCents − paidCents */
      remainingCents: number;
      total: number;
    };
    PaymentView: {
      amountCents: number;
      /** Format: uuid */
      applicationId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'advance' | 'balance';
      /** @example 2026-11-20 */
      paidOn: string;
      /** @description The IBAN paid to (normalised, no spaces) */
      payeeIban: string | null;
    };
    PeriodView: {
      /** @example 2017-06-01 */
      from: string;
      number: number;
      /** @example 2017-09-30 */
      to: string;
    };
    PlannedDatesView: {
      endDate: string;
      startDate: string;
    };
    PreferencesView: {
      categories: components['schemas']['CategoryPreferenceView'][];
      /**
       * @description The language of mails and notifications
       * @enum {string}
       */
      language: 'nl' | 'en';
    };
    ProgrammePage: {
      items: components['schemas']['ProgrammeView'][];
      total: number;
    };
    ProgrammeRulesDto: {
      /**
       * @description Share of the grant paid in advance
       * @example 50
       */
      advancePaymentPct?: number;
      /**
       * @example [
       *       "health",
       *       "food",
       *       "logistics",
       *       "cleantech",
       *       "creativity",
       *       "sports_tech"
       *     ]
       */
      clusters?: string[];
      /**
       * @example [
       *       "staff",
       *       "operating",
       *       "subcontracting"
       *     ]
       */
      eligibleCostCategories?: ('staff' | 'operating' | 'subcontracting' | 'investment')[];
      /**
       * @description Months after the project end within which the final report is due
       * @example 3
       */
      finalReportMonths?: number;
      /**
       * @description Highest share of eligible costs with an SME in the consortium
       * @example 50
       */
      maxFundingRatePct?: number;
      /**
       * @description Highest share of eligible costs without an SME
       * @example 40
       */
      maxFundingRateWithoutSmePct?: number;
      /**
       * @description Highest grant per project
       * @example 15000000
       */
      maxGrantCents?: number;
      /**
       * @description Fewest distinct organisations in a consortium
       * @example 2
       */
      minPartners?: number;
      /** @description Annexes required before submission */
      requiredDocuments?: components['schemas']['RequiredDocumentDto'][];
      /**
       * @description How the final report settles the grant: proportional = the decision's effective rate on the actual eligible costs; rate_cap = min(granted, max rate × actual eligible costs, max grant)
       * @default proportional
       * @enum {string}
       */
      settlement?: 'proportional' | 'rate_cap';
    };
    ProgrammeRulesView: {
      advancePaymentPct: number;
      clusters: string[];
      eligibleCostCategories: ('staff' | 'operating' | 'subcontracting' | 'investment')[];
      /** @description Months after the project end within which the final report is due */
      finalReportMonths: number;
      maxFundingRatePct: number;
      maxFundingRateWithoutSmePct: number;
      maxGrantCents: number;
      minPartners: number;
      requiredDocuments: components['schemas']['RequiredDocumentDto'][];
      /** @enum {string} */
      settlement: 'proportional' | 'rate_cap';
    };
    ProgrammeView: {
      /** @enum {string} */
      aidBasis: 'de_minimis' | 'gber' | 'none';
      code: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      legalBasis: string;
      legalCitations: components['schemas']['LegalCitationView'][];
      name: string;
      nameEn: string | null;
      rules: components['schemas']['ProgrammeRulesView'];
      /** @description The aid basis, legal basis, citations and rules may still change: no application in a call of the programme has left draft yet */
      rulesEditable: boolean;
    };
    RankingConsensusView: {
      /** Format: date-time */
      at: string;
      /** Format: uuid */
      by: string | null;
      justification: string;
      score: number;
    };
    RankingItemView: {
      /** Format: uuid */
      applicationId: string;
      consensus: components['schemas']['RankingConsensusView'] | null;
      /** @description Mean per criterion */
      criterionMeans: {
        [key: string]: number;
      };
      cumulativeRequestedCents: number;
      /** @description spread above disagreementLimit */
      disagreement: boolean;
      failedThresholds: string[];
      /** @description Mean weighted score of the reviews, 0–100 */
      meanScore: number | null;
      meetsThresholds: boolean;
      normalisedRank: number | null;
      /** @description Mean z-score of the reviews over each evaluator’s reviews in the call */
      normalisedScore: number | null;
      rank: number | null;
      reference: string;
      requestedCents: number;
      /** @description Submitted reviews */
      reviewCount: number;
      /** @description reviewCount reached the call’s minReviewsPerApplication */
      reviewsComplete: boolean;
      /** @description Ranking score: the consensus, else the mean */
      score: number | null;
      /** @description Highest minus lowest reviewer score */
      spread: number | null;
      status: string;
      /** Format: date-time */
      submittedAt: string | null;
      title: string;
      withinBudget: boolean;
    };
    RankingView: {
      budgetCents: number;
      /** Format: uuid */
      callId: string;
      callTitle: string;
      disagreementLimit: number;
      fundingLine: components['schemas']['FundingLineView'];
      items: components['schemas']['RankingItemView'][];
      minReviewsPerApplication: number;
      /** @description The order, rule by rule */
      order: string[];
      total: number;
    };
    ReadAllView: {
      /** @description Notifications marked read */
      updated: number;
    };
    RecordEaidRegistrationDto: {
      /**
       * @description The reference eAid gave the registration
       * @example BE-DM-2026-000123
       */
      eaidReference: string;
      /**
       * Format: date
       * @description The day it was entered in eAid: not before the record, not in the future
       * @example 2026-02-10
       */
      registeredOn: string;
    };
    RefusalGroundDto: {
      /** @description below_funding_line: what was left for this application */
      availableCents?: number;
      /** @description below_funding_line: the call budget */
      budgetCents?: number;
      /** @description below_funding_line: requested by the applications ranked above */
      committedAboveCents?: number;
      /**
       * @description below_threshold: the criterion key
       * @example innovation
       */
      criterion?: string;
      /** @description below_funding_line: what this application requested */
      requestedCents?: number;
      /** @description ineligible: the rule not met */
      rule?: string;
      /**
       * @description below_threshold: the experts’ mean on it
       * @example 4.5
       */
      score?: number;
      /** @description other: the ground in full, at least 50 characters */
      text?: string;
      /**
       * @description below_threshold: the minimum
       * @example 5
       */
      threshold?: number;
      /** @enum {string} */
      type: 'below_threshold' | 'below_funding_line' | 'ineligible' | 'other';
    };
    RegenerationView: {
      /** @description true when a regeneration of this call was pending already (nothing new queued) */
      alreadyPending: boolean;
      /** Format: uuid */
      callId: string;
      /** @description Number of decisions whose letters are rendered again */
      decisions: number;
      /** @enum {string} */
      status: 'pending';
    };
    RegisterDto: {
      /** @example an.peeters@example.be */
      email: string;
      /** @example An Peeters */
      fullName: string;
      /**
       * @description At least 12 characters, not only spaces, not a common password
       * @example correct-horse-battery
       */
      password: string;
    };
    RegisteredAidView: {
      amountCents: number;
      /** Format: uuid */
      applicationId: string | null;
      /** Format: date-time */
      createdAt: string;
      description: string | null;
      /** @example 2025-04-10 */
      grantedOn: string;
      grantor: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string;
      reference: string | null;
      /** @enum {string} */
      regulation: '2023/2831' | '1407/2013' | 'other';
      /** @enum {string} */
      source: 'internal' | 'external';
    };
    RegisterEntryView: {
      /** Format: uuid */
      aidId: string;
      /** @description Gross aid in cents; negative for a correction */
      amountCents: number;
      /** Format: uuid */
      applicationId: string | null;
      callTitle: string | null;
      /**
       * Format: uuid
       * @description The aid a correction lowers
       */
      correctsAidId: string | null;
      eaidReference: string | null;
      /** @description Beneficiary identifier in eAid (KBO/BCE number) */
      enterpriseNumber: string;
      /** @description The decision date */
      grantedOn: string;
      grantor: string;
      /** Format: uuid */
      organisationId: string;
      organisationName: string;
      programmeCode: string | null;
      /** @description The day the record was made (the decision, or the correction) */
      recordedOn: string;
      /** @description Decision (or correction) date + 20 Belgian working days */
      registerBy: string;
      registeredOn: string | null;
      /** @enum {string} */
      regulation: '2023/2831' | '1407/2013' | 'other';
      /** @enum {string} */
      status: 'due' | 'overdue' | 'registered';
      /** @description Working days left until registerBy (negative when overdue) */
      workingDaysLeft: number;
    };
    RegisterExternalAidDto: {
      /**
       * @description The gross amount of de minimis aid, in cents; at most the ceiling of its regulation (€ 300.000 under 2023/2831, € 200.000 under 1407/2013)
       * @example 4500000
       */
      amountCents: number;
      /** @example Development project: sensor platform */
      description?: string;
      /**
       * Format: date
       * @description The date the right to the aid was granted; not in the future
       * @example 2025-04-10
       */
      grantedOn: string;
      /**
       * @description Who granted the aid
       * @example VLAIO (Agentschap Innoveren & Ondernemen)
       */
      grantor: string;
      /**
       * @description The grantor's reference; unique per grantor and organisation
       * @example HBC.2025.0412
       */
      reference?: string;
      /**
       * @description Default: 2023/2831 for aid granted from 2024-01-01, 1407/2013 before; other = another de minimis regulation
       * @enum {string}
       */
      regulation?: '2023/2831' | '1407/2013' | 'other';
    };
    RegisterPage: {
      items: components['schemas']['RegisterEntryView'][];
      total: number;
    };
    ReportCategoryView: {
      /** @enum {string} */
      category:
        'staff' | 'external_expertise' | 'equipment' | 'infrastructure' | 'travel' | 'other' | 'office_admin';
      /** @description Of which in a claim */
      claimedCents: number;
      /** @description Expenses not withdrawn, corrections included */
      spentCents: number;
    };
    ReportIndicatorView: {
      /** @description Output: sum of the values; result/impact: the latest value */
      achieved: number;
      /** @description achieved / target in %, one decimal */
      achievedPct: number | null;
      /** @description Activities linked to the indicator */
      activityCount: number;
      code: string;
      /** @enum {string} */
      kind: 'output' | 'result' | 'impact';
      name: string;
      target: number;
      unit: string;
    };
    ReportPartnerView: {
      /** @description Partner budget (not split by category) */
      budgetCents: number;
      /** @description Only categories with expenses */
      categories: components['schemas']['ReportCategoryView'][];
      claimedCents: number;
      /** @description The most ERDF the partner may receive: ERDF rate × budget */
      erdfCapCents: number;
      /** @description ERDF amount in the claims */
      erdfClaimedCents: number;
      /** @description erdfCapCents − erdfClaimedCents */
      erdfRemainingCents: number;
      /** @description Office flat rate in the claims */
      flatRateClaimedCents: number;
      name: string;
      /** @description spentCents − budgetCents when above the budget: costs accepted, not claimable */
      notClaimableCents: number;
      /** Format: uuid */
      organisationId: string;
      /** @description budgetCents − spentCents, never below 0 */
      remainingCents: number;
      spentCents: number;
    };
    ReportTotalsView: {
      budgetCents: number;
      claimedCents: number;
      /** @description The approved ERDF amount of the project */
      erdfApprovedCents: number;
      erdfClaimedCents: number;
      /** @description ERDF received on paid claims */
      erdfPaidCents: number;
      /** @description erdfApprovedCents − erdfClaimedCents */
      erdfRemainingCents: number;
      flatRateClaimedCents: number;
      notClaimableCents: number;
      remainingCents: number;
      spentCents: number;
    };
    RequiredDocumentDto: {
      /**
       * @description The kind an uploaded document must carry
       * @example partnership_agreement
       */
      kind: string;
      /**
       * @description What applicants read
       * @example Samenwerkingsovereenkomst
       */
      label: string;
      /** @description One for every partner organisation instead of one in all */
      perPartner?: boolean;
    };
    ResetPasswordDto: {
      /** @description At least 12 characters, not only spaces, not common */
      newPassword: string;
      /** @description The token from the link in the e-mail */
      token: string;
    };
    ResetRequestDto: {
      /** @example an.peeters@example.be */
      email: string;
    };
    ReviewDeclaredAidDto: {
      /** @description The corrected amount, if it differs */
      amountCents?: number;
      /**
       * Format: date
       * @description The corrected grant date, if it differs
       */
      grantedOn?: string;
      /** @description The corrected grantor, if it differs */
      grantor?: string;
      /** @example Checked against the grant letter of 10 April 2025 */
      note?: string;
      /** @enum {string} */
      regulation?: '2023/2831' | '1407/2013' | 'other';
    };
    ReviewPage: {
      items: components['schemas']['ReviewView'][];
      total: number;
    };
    ReviewView: {
      /** Format: uuid */
      applicationId: string;
      /** Format: uuid */
      assignmentId: string;
      comment: string | null;
      /** Format: uuid */
      evaluatorId: string;
      evaluatorName: string;
      /** Format: uuid */
      id: string;
      scores: components['schemas']['ScoreView'][];
      /** @enum {string} */
      status: 'draft' | 'submitted';
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description Weighted, 0–100; set on submission */
      weightedScore: number | null;
    };
    SaveReviewDto: {
      /** @description Overall comment; needed to submit */
      comment?: string;
      /** @description To submit: every criterion once, each with a comment */
      scores: components['schemas']['ScoreDto'][];
      /**
       * @description true submits the review: it is then final (409 on any later change)
       * @default false
       */
      submit?: boolean;
    };
    ScoreDto: {
      /**
       * @description Needed to submit
       * @example Clear, well argued novelty.
       */
      comment?: string;
      /**
       * @description A criterion key of the call's criteria
       * @example innovation
       */
      criterion: string;
      /**
       * @description 0..maxScore of the criterion, at most two decimals
       * @example 8
       */
      score: number;
    };
    ScoreView: {
      comment: string;
      criterion: string;
      score: number;
    };
    ScreeningDto: {
      /** @enum {string} */
      outcome: 'admissible' | 'inadmissible' | 'returned';
      /**
       * @description Required when inadmissible or returned; shown to the applicant
       * @example De kostenstaat van de partner ontbreekt.
       */
      reason?: string;
    };
    SimulateApplicationDto: {
      /** @example SEPSIS-QT */
      acronym?: string;
      /**
       * Format: uuid
       * @description The same body as an application may be sent: when given, it must be the call in the path
       */
      callId?: string;
      /**
       * @description One of the clusters of the programme
       * @example health
       */
      cluster: string;
      /**
       * Format: date
       * @example 2028-12-31
       */
      endDate: string;
      /**
       * @default nl
       * @enum {string}
       */
      language?: 'nl' | 'en';
      /** @description The consortium: one coordinator and its partners */
      partners: components['schemas']['PartnerDto'][];
      /**
       * @description Integer euro cents
       * @example 10000000
       */
      requestedCents: number;
      /**
       * Format: date
       * @example 2027-01-01
       */
      startDate: string;
      summary?: string;
      title?: string;
    };
    SimulationView: {
      eligibility: components['schemas']['EligibilityView'];
      figures: components['schemas']['FiguresView'];
    };
    SingleUndertakingView: {
      /** @description A large enterprise belongs to it: none of its members is an SME for the funding rate */
      includesLargeEnterprise: boolean;
      /** @description The organisation and every one linked to it, directly or not */
      members: components['schemas']['OrganisationSummary'][];
      /** Format: uuid */
      organisationId: string;
    };
    SmeConfirmationView: {
      /** Format: uuid */
      confirmedBy: string;
      /** Format: date */
      confirmedOn: string;
      /** @description What staff checked, e.g. annual accounts and the shareholder register */
      evidence: string;
      /** @enum {string} */
      smeSize: 'micro' | 'small' | 'medium';
    };
    SnapshotDocumentView: {
      contentType: string;
      fileName: string;
      /** Format: uuid */
      id: string;
      kind: string;
      /** Format: uuid */
      organisationId: string | null;
      /** @enum {string} */
      scanStatus: 'pending' | 'clean' | 'unscanned';
      /** @description SHA-256 of the content as submitted */
      sha256: string;
      sizeBytes: number;
      title: string;
    };
    SnapshotView: {
      acronym: string | null;
      cluster: string;
      /** @description The documents as submitted */
      documents?: components['schemas']['SnapshotDocumentView'][];
      endDate: string;
      figures: components['schemas']['FiguresView'];
      /** @enum {string} */
      language: 'nl' | 'en';
      partners: components['schemas']['PartnerView'][];
      reference: string;
      requestedCents: number;
      startDate: string;
      /** Format: date-time */
      submittedAt: string;
      summary: string;
      title: string;
    };
    StatusCountsView: {
      admissible: number;
      approved: number;
      closed: number;
      draft: number;
      inadmissible: number;
      rejected: number;
      returned: number;
      submitted: number;
      under_review: number;
      withdrawn: number;
    };
    SubmitClaimDto: {
      /**
       * Format: date
       * @description The day the payment request was submitted: on or after the end of the claim period, not in the future, and by 2024-07-31 (the last day for payment requests of the 2014–2020 programme)
       * @example 2017-10-20
       */
      submittedOn: string;
    };
    SubmitFinalReportDto: {
      /** @description Actual costs per partner and category */
      costs: components['schemas']['FinalReportCostDto'][];
      /**
       * @description What the project achieved
       * @example Het prototype is gevalideerd in UZ Leuven.
       */
      summary: string;
    };
    ThreeSixtyGivingGrantView: {
      /** @description Euros */
      amountAppliedFor?: number;
      /** @description Euros (decimal), as the standard asks */
      amountAwarded: number;
      /** @example 2026-12-04 */
      awardDate: string;
      beneficiaryLocation: components['schemas']['LocationView'][];
      classifications?: components['schemas']['ClassificationView'][];
      /** @enum {string} */
      currency: 'EUR';
      description: string;
      /** @enum {string} */
      fromOpenCall: 'Yes' | 'No';
      fundingOrganization: components['schemas']['FunderView'][];
      grantProgramme: components['schemas']['GrantProgrammeView'][];
      /** @example 360G-provincievlaamsbrabant-IS-2026-0001 */
      id: string;
      plannedDates: components['schemas']['PlannedDatesView'][];
      recipientOrganization: components['schemas']['OrganizationView'][];
      title: string;
    };
    ThreeSixtyGivingPackageView: {
      grants: components['schemas']['ThreeSixtyGivingGrantView'][];
    };
    TokenDto: {
      /** @description The token from the link in the e-mail */
      token: string;
    };
    UndertakingMemberView: {
      /** @example 0123.456.749 */
      enterpriseNumber: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    UpdateApplicationDto: {
      /**
       * @description null removes it
       * @example SEPSIS-QT
       */
      acronym?: string | null;
      /**
       * @description One of the clusters of the programme
       * @example health
       */
      cluster?: string;
      /**
       * Format: date
       * @example 2028-12-31
       */
      endDate?: string;
      /**
       * @default nl
       * @enum {string}
       */
      language?: 'nl' | 'en';
      /** @description The consortium: one coordinator and its partners */
      partners?: components['schemas']['PartnerDto'][];
      /**
       * @description Integer euro cents
       * @example 10000000
       */
      requestedCents?: number;
      /**
       * Format: date
       * @example 2027-01-01
       */
      startDate?: string;
      /** @example Een consortium van een kmo en een universiteit ontwikkelt … */
      summary?: string;
      /** @example Sneltest voor sepsis op de spoedafdeling */
      title?: string;
    };
    UpdateCallDto: {
      /**
       * @description The budget; never below what the call has committed (422 BUDGET_EXCEEDED)
       * @example 60000000
       */
      budgetCents?: number;
      /** @description The review criteria (as at creation); only while no evaluator is assigned in the call (409 INVALID_TRANSITION) */
      criteria?: components['schemas']['CriterionDto'][];
      /** @description What the call is about */
      description?: string | null;
      /**
       * Format: date-time
       * @description The opening moment, before the call closes; only while the call has not opened (409 INVALID_TRANSITION)
       * @example 2026-01-15T00:00:00+01:00
       */
      opensAt?: string;
      /**
       * Format: date
       * @description Evaluators submit their reviews by this day; not before the closing day (null: none)
       * @example 2026-12-15
       */
      reviewDeadline?: string | null;
      /** @description Reviews may start while the call is open */
      reviewsDuringCall?: boolean;
      /** @example Oproep Innovatiesubsidie 2026 */
      title?: string;
      /** @example Innovation Subsidy call 2026 */
      titleEn?: string | null;
    };
    UpdateOrganisationDto: {
      address?: components['schemas']['AddressDto'];
      /** @example BE68 5390 0754 7034 */
      iban?: string;
      /** @enum {string} */
      kind?: 'sme' | 'large_enterprise' | 'knowledge_institution' | 'public_body' | 'non_profit';
      /** @example Vitalis Diagnostics */
      name?: string;
      /**
       * @description Only for kind sme; null to clear
       * @enum {string|null}
       */
      smeSize?: 'micro' | 'small' | 'medium' | null;
    };
    UpdatePreferencesDto: {
      categories?: components['schemas']['CategoryPreferenceDto'][];
      /** @enum {string} */
      language?: 'nl' | 'en';
    };
    UpdateProgrammeDto: {
      /** @enum {string} */
      aidBasis?: 'de_minimis' | 'gber' | 'none';
      /** @description The regulation cited in decision letters */
      legalBasis?: string;
      /** @description The legal basis as structured citations */
      legalCitations?: components['schemas']['LegalCitationDto'][];
      /** @example Innovatiesubsidie Vlaams-Brabant */
      name?: string;
      /**
       * @description The name in English letters (null: none, the Dutch name is quoted)
       * @example Flemish Brabant Innovation Subsidy
       */
      nameEn?: string | null;
      /** @description Rules to change, merged onto the programme's current rules (those left out stay) */
      rules?: components['schemas']['ProgrammeRulesDto'];
    };
    UpdateUserDto: {
      /**
       * @description A new role; takes effect on the next request
       * @enum {string}
       */
      role?: 'applicant' | 'evaluator' | 'staff' | 'admin';
      /**
       * @description disabled: refused from the next request on
       * @enum {string}
       */
      status?: 'active' | 'disabled';
    };
    UploadDocumentDto: {
      /**
       * Format: binary
       * @description The file: PDF, PNG, JPEG, ODT, DOCX or XLSX
       */
      file: string;
      /**
       * @description What the document is (snake_case)
       * @example partnership_agreement
       */
      kind: string;
      /**
       * Format: uuid
       * @description The partner organisation the document belongs to (for annexes required of every partner)
       */
      organisationId?: string;
      /**
       * @description 1–200 characters
       * @example Samenwerkingsovereenkomst
       */
      title: string;
    };
    UserPage: {
      items: components['schemas']['UserView'][];
      total: number;
    };
    UserView: {
      /** Format: date-time */
      createdAt: string;
      email: string;
      /** @description Whether the owner confirmed the e-mail address */
      emailVerified: boolean;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string | null;
      /** @enum {string} */
      role: 'applicant' | 'evaluator' | 'staff' | 'admin';
      /** @enum {string} */
      status: 'active' | 'disabled';
    };
    ViolationView: {
      message: string;
      /** @enum {string} */
      rule:
        | 'requested_positive'
        | 'min_partners'
        | 'distinct_partners'
        | 'one_coordinator'
        | 'cluster'
        | 'cost_categories'
        | 'max_grant'
        | 'max_funding_rate'
        | 'project_dates'
        | 'call_open'
        | 'required_documents'
        | 'documents_scanned';
    };
    WithdrawDto: {
      /** @example Het consortium valt uiteen. */
      reason?: string;
    };
    WithdrawExpenseDto: {
      /** @example Booked on the wrong project */
      reason: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  ApplicationsController_list: {
    parameters: {
      query?: {
        callId?: string;
        /** @description `true`: each item carries its live eligibility verdict (the screening queue's column) */
        eligibility?: 'true' | 'false';
        limit?: number;
        offset?: number;
        status?:
          | 'draft'
          | 'submitted'
          | 'returned'
          | 'admissible'
          | 'inadmissible'
          | 'under_review'
          | 'approved'
          | 'rejected'
          | 'withdrawn'
          | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Applicants see their organisations' applications */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateApplicationDto'];
      };
    };
    responses: {
      /** @description A draft; you must be a member of the coordinator */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS, CALL_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS' | 'CALL_CLOSED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description With the live eligibility verdict and figures */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateApplicationDto'];
      };
    };
    responses: {
      /** @description Only while draft or returned (else 409) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_assign: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAssignmentDto'];
      };
    };
    responses: {
      /** @description 422 CONFLICT_OF_INTEREST when the evaluator’s organisation (or one linked to it) is a partner; 409 ALREADY_EXISTS when already assigned (also after a recusal); 409 INVALID_TRANSITION unless admissible or under review */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS, INVALID_TRANSITION, CALL_STILL_OPEN */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS' | 'INVALID_TRANSITION' | 'CALL_STILL_OPEN';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — CONFLICT_OF_INTEREST */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CONFLICT_OF_INTEREST';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_consensus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConsensusDto'];
      };
    };
    responses: {
      /** @description Replaces the mean score in the ranking; the latest note counts. Only while under review */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsensusView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecisionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecisionsController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DecideDto'];
      };
    };
    responses: {
      /** @description Approves (committing grantedCents against the call budget: 422 BUDGET_EXCEEDED, DE_MINIMIS_EXCEEDED, ELIGIBILITY_FAILED above the limits) or rejects an application under review; 409 when it was decided already */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — BUDGET_EXCEEDED, ELIGIBILITY_FAILED, DE_MINIMIS_EXCEEDED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'BUDGET_EXCEEDED' | 'ELIGIBILITY_FAILED' | 'DE_MINIMIS_EXCEEDED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecisionLettersController_download: {
    parameters: {
      query?: {
        /** @description nl: the Dutch act; en: the English courtesy translation. Default: the application’s language */
        lang?: 'nl' | 'en';
        /** @description decision: the letter of the decision on the application; final_grant: the letter of the decision on a grant lowered after the final report (404 when there is none) */
        letter?: 'decision' | 'final_grant';
        /** @description Staff: an earlier version (default the newest) */
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The decision letter (PDF); the same bytes on every download (ETag: its SHA-256) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description The letter is being produced */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LetterPendingView'];
          'application/pdf': components['schemas']['LetterPendingView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecisionLettersController_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LetterVersionView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecisionsController_accept: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DecisionView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DeclaredAidController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclaredAidView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DeclaredAidController_declare: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclareAidDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclaredAidView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationDocumentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationDocumentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The type of the file is not accepted — UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it — DOCUMENT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_REJECTED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationDocumentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — DOCUMENT_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_PENDING';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationDocumentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_evaluatorCandidates: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description By name; conflicts name the partner, its role, and for a link the evaluator’s organisation it runs through */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvaluatorCandidatePage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PaymentsController_getFinalReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinalReportView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PaymentsController_submitFinalReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitFinalReportDto'];
      };
    };
    responses: {
      /** @description The coordinator reports the actual costs per partner and category; it can be corrected until staff accept it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinalReportView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_SUBMITTED, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_SUBMITTED' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PaymentsController_acceptFinalReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptFinalReportDto'];
      };
    };
    responses: {
      /** @description Names the version reviewed (409 VERSION_CONFLICT when it changed since); not before the project's end date. Fixes the final grant under the programme's settlement rule, de-commits the difference, books any amount to recover and lowers the recorded de minimis aid; closes the application when nothing is left to pay */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinalReportView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FinalReportDocumentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FinalReportDocumentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The type of the file is not accepted — UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it — DOCUMENT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_REJECTED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FinalReportDocumentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — DOCUMENT_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_PENDING';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  FinalReportDocumentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PaymentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PaymentsController_pay: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePaymentDto'];
      };
    };
    responses: {
      /** @description advance (default: the programme advancePaymentPct of the grant) or balance (after the accepted final report; closes the application). 422 PAYMENT_EXCEEDS_GRANT above the grant */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — PAYMENT_EXCEEDS_GRANT */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYMENT_EXCEEDS_GRANT';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_listReviews: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff: every submitted review. An evaluator: only their own, never another evaluator’s */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationsController_screen: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScreeningDto'];
      };
    };
    responses: {
      /** @description Only from submitted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  SubmissionReceiptController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipt (PDF) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationsController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 409 CALL_CLOSED, 422 ELIGIBILITY_FAILED */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION, CALL_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION' | 'CALL_CLOSED';
          };
        };
      };
      /** @description A business rule refuses it — ELIGIBILITY_FAILED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ELIGIBILITY_FAILED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ApplicationsController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawDto'];
      };
    };
    responses: {
      /** @description Any time before a decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApplicationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_listAssignments: {
    parameters: {
      query?: {
        applicationId?: string;
        callId?: string;
        /** @description Staff only: one evaluator */
        evaluatorId?: string;
        limit?: number;
        offset?: number;
        status?: 'assigned' | 'declared' | 'recused' | 'submitted';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Evaluators see their own assignments only */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_getAssignment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The application content is only there after declaring no conflict of interest */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentDetailView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_getAssignmentApplication: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The application as submitted; 403 for its evaluator until they declared no conflict of interest */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A business rule refuses it — CONFLICT_OF_INTEREST */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CONFLICT_OF_INTEREST';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_declare: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclarationDto'];
      };
    };
    responses: {
      /** @description hasConflict true recuses the assignment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentDetailView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: evaluator) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_saveReview: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveReviewDto'];
      };
    };
    responses: {
      /** @description Saves a draft, or submits with submit: true (400 when a criterion, score or comment is missing or out of range); 409 ALREADY_SUBMITTED once submitted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: evaluator) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_SUBMITTED, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_SUBMITTED' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — CONFLICT_OF_INTEREST */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CONFLICT_OF_INTEREST';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_list: {
    parameters: {
      query?: {
        entity?: string;
        entityId?: string;
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_anchor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The anchor written */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditAnchorDto'];
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recomputes the whole hash chain */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainVerdictDto'];
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description Too many failed attempts (Retry-After) — TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_methods: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthMethodsView'];
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EidController_callback: {
    parameters: {
      query?: {
        code?: string;
        error?: string;
        error_description?: string;
        iss?: string;
        session_state?: string;
        state?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResponse'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_oidcStart: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OidcStartView'];
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_requestReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description Too many requests; try again later — TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description Too many registrations from this address (Retry-After) — TOO_MANY_REQUESTS */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'TOO_MANY_REQUESTS';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  AuthController_verifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        programmeId?: string;
        /** @description Computed from the window and the current time */
        status?: 'upcoming' | 'open' | 'closed';
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `status` (upcoming, open, closed) is computed from the window */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCallDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCallDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — BUDGET_EXCEEDED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'BUDGET_EXCEEDED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallBudgetController_budget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Derived from the call budget ledger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallBudgetController_entries: {
    parameters: {
      query?: {
        /** @description Only the entries of this application */
        applicationId?: string;
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ledger entries of the call, oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LedgerPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DecisionLettersController_regenerate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Renders every decision letter of the call again, in the background */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegenerationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallsController_extend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtendCallDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CallView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — CALL_CLOSED */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'CALL_CLOSED';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReviewsController_ranking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ordered by score with documented tie-breaks; cumulative requested amounts and the funding line; spread, disagreement and the rank normalised for evaluator severity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RankingView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  CallSimulationController_simulate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SimulateApplicationDto'];
      };
    };
    responses: {
      /** @description Eligibility and figures of a draft, without saving it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SimulationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DeclaredAidController_review: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewDeclaredAidDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclaredAidView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description Finds the project with this number */
        projectNumber?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff see all projects, applicants their own */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErdfProjectPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateErdfProjectDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErdfProjectView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description ELIGIBILITY_FAILED: the financing plan breaks a rule — ELIGIBILITY_FAILED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ELIGIBILITY_FAILED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErdfProjectView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_activities: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_addActivity: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActivityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_listClaims: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_createClaim: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClaimDto'];
      };
    };
    responses: {
      /** @description Unclaimed expenses paid in the period; 409 ALREADY_EXISTS when there are none */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetailView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_getClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetailView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfClaimDocumentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfClaimDocumentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The type of the file is not accepted — UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it — DOCUMENT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_REJECTED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfClaimDocumentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — DOCUMENT_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_PENDING';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfClaimDocumentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        claimId: string;
        documentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_markPaid: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        claimId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MarkClaimPaidDto'];
      };
    };
    responses: {
      /** @description Records a payment: submitted → partially_paid → paid; above the claimed ERDF is 422 PAYMENT_EXCEEDS_GRANT */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetailView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_submitClaim: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        claimId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitClaimDto'];
      };
    };
    responses: {
      /** @description draft → submitted on submittedOn (may be in the past); dueBy is 3 months later */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetailView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION, DOCUMENT_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION' | 'DOCUMENT_PENDING';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_expenses: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        partnerOrganisationId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpensePage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_addExpense: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateExpenseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpenseView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description EXPENSE_NOT_ELIGIBLE with details [{ rule, message }] — EXPENSE_NOT_ELIGIBLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'EXPENSE_NOT_ELIGIBLE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_correct: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        expenseId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCorrectionDto'];
      };
    };
    responses: {
      /** @description A new expense row that corrects the original */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpenseView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — EXPENSE_NOT_ELIGIBLE */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'EXPENSE_NOT_ELIGIBLE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfExpenseDocumentsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        expenseId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfExpenseDocumentsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        expenseId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['UploadDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description The type of the file is not accepted — UNSUPPORTED_MEDIA_TYPE */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNSUPPORTED_MEDIA_TYPE';
          };
        };
      };
      /** @description A business rule refuses it — DOCUMENT_REJECTED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_REJECTED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfExpenseDocumentsController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        expenseId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — DOCUMENT_PENDING */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DOCUMENT_PENDING';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfExpenseDocumentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        documentId: string;
        expenseId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_withdraw: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        expenseId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawExpenseDto'];
      };
    };
    responses: {
      /** @description Only an expense in no claim (else 409 INVALID_TRANSITION) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpenseView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_addIndicator: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIndicatorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_indicatorValues: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorValueView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_addIndicatorValue: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        code: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateIndicatorValueDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IndicatorValueView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_periods: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The four-month reporting periods */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ErdfController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Staff, and applicants who are members of a partner organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErdfReportView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  JobsController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job is queued again with fresh attempts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FailedJobView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  JobsController_failed: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Jobs that failed on every attempt, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FailedJobPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description Only unread notifications */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesView'];
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_updatePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PreferencesView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadAllView'];
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationInvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptInvitationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description Part of the name or enterprise number */
        q?: string;
        /** @description e.g. pending: awaiting verification */
        status?: 'pending' | 'verified';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Applicants see their own organisations, staff see all */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganisationDto'];
      };
    };
    responses: {
      /** @description An applicant who creates it becomes a member */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganisationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DeMinimisController_usage: {
    parameters: {
      query?: {
        /** @description The date to assess on (a planned decision date); default today in Brussels */
        on?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description De minimis aid of the single undertaking within the window that applies on `on`; staff, or members of the organisation */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeMinimisUsageView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  DeMinimisController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterExternalAidDto'];
      };
    };
    responses: {
      /** @description Registers de minimis aid from another grantor */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisteredAidView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A business rule refuses it — DE_MINIMIS_EXCEEDED */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'DE_MINIMIS_EXCEEDED';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_invitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_joinRequests: {
    parameters: {
      query?: {
        status?: 'pending' | 'approved' | 'refused';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinRequestView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_requestJoin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinRequestView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_decideJoinRequest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        requestId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['JoinDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JoinRequestView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_links: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_link: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLinkDto'];
      };
    };
    responses: {
      /** @description Links two organisations into one single undertaking */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_members: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_setMemberRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MemberRoleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'][];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_singleUndertaking: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SingleUndertakingView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_confirmSme: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmSmeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  OrganisationsController_lookup: {
    parameters: {
      query: {
        enterpriseNumber: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Find an organisation by enterprise number, e.g. to add it as a partner */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationSummary'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_email: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnerInvitationEmailDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_acceptByToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnerTokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  PartnerInvitationsController_declineByToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartnerTokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ProgrammesController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammePage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ProgrammesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgrammeDto'];
      };
    };
    responses: {
      /** @description Rules left out take the innovation-subsidy defaults */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT, ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT' | 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ProgrammesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: applicant, evaluator, staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ProgrammesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProgrammeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — INVALID_TRANSITION */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'INVALID_TRANSITION';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReportingController_threeSixtyGiving: {
    parameters: {
      query?: {
        /** @description Year of the award (decision) date; defaults to this year */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The grants awarded (decided) in the year as a 360Giving Data Standard package, ready to publish as open data. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ThreeSixtyGivingPackageView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description `NOT_FOUND`: no grants were awarded in the year (an empty package is not valid 360Giving). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReportingController_budget: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx' | 'pdf';
        /** @description Only the calls of this programme */
        programmeId?: string;
        /** @description For format=csv (one table per file): which table. The workbook has them all. */
        section?: 'calls' | 'statuses' | 'clusters';
        /** @description Call year; defaults to this year (Brussels) */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per call of the year: budget, committed, paid, available (from the budget ledger), applications by status, per cluster count/requested/granted, success rate and median days to decision, with totals. `format=csv` downloads one table (`section`), `xlsx` a workbook with all of them, `pdf` the report for the deputation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BudgetReportView'];
          'application/pdf': components['schemas']['BudgetReportView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['BudgetReportView'];
          'text/csv; charset=utf-8': components['schemas']['BudgetReportView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  ReportingController_erdf: {
    parameters: {
      query?: {
        format?: 'json' | 'csv' | 'xlsx';
        /** @description For format=csv (one table per file): which table. The workbook has them all. */
        section?: 'partners' | 'claims' | 'indicators';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Per partner and cost category: budget, spent, claimed; the claims; the indicators. `format=csv` downloads one table (`section`), `format=xlsx` a workbook with all of them. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErdfReportView'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['ErdfReportView'];
          'text/csv; charset=utf-8': components['schemas']['ErdfReportView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EaidRegisterController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        /** @description due: not in eAid yet, deadline today or later; overdue: deadline passed; registered. Default: all */
        status?: 'due' | 'overdue' | 'registered';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EaidRegisterController_recordRegistration: {
    parameters: {
      query?: never;
      header?: {
        /** @description Repeat a request safely: a repeat with the same key returns the first response and changes nothing. */
        'Idempotency-Key'?: string;
      };
      path: {
        aidId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordEaidRegistrationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterEntryView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description Conflicts with the current state — IDEMPOTENCY_CONFLICT */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'IDEMPOTENCY_CONFLICT';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  EaidRegisterController_export: {
    parameters: {
      query?: {
        /** @description As for the worklist; default: all */
        status?: 'due' | 'overdue' | 'registered';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/csv */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        limit?: number;
        offset?: number;
        role?: 'applicant' | 'evaluator' | 'staff' | 'admin';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description An evaluator, staff or admin account */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Conflicts with the current state — ALREADY_EXISTS */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'ALREADY_EXISTS';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: staff, admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Invalid input — VALIDATION_FAILED */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'VALIDATION_FAILED';
          };
        };
      };
      /** @description No or invalid bearer token — UNAUTHENTICATED */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'UNAUTHENTICATED';
          };
        };
      };
      /** @description Your role may not call this (allowed: admin) — FORBIDDEN */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'FORBIDDEN';
          };
        };
      };
      /** @description Not found, or not visible to you — NOT_FOUND */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'NOT_FOUND';
          };
        };
      };
      /** @description The request body is too large — PAYLOAD_TOO_LARGE */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'PAYLOAD_TOO_LARGE';
          };
        };
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready: the database (and the queue, where there is one) answer */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A dependency is down — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is alive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A dependency (database, queue) is unavailable; try again — SERVICE_UNAVAILABLE */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'] & {
            /** @enum {string} */
            code?: 'SERVICE_UNAVAILABLE';
          };
        };
      };
    };
  };
}
