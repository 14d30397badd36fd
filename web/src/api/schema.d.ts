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
    get: operations['ApplicationsController_list'];
    put?: never;
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
    get: operations['ApplicationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['DecisionsController_get'];
    put?: never;
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
    get: operations['DecisionLettersController_download'];
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
    get: operations['PaymentsController_getFinalReport'];
    put?: never;
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
    post: operations['PaymentsController_acceptFinalReport'];
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
    get: operations['PaymentsController_list'];
    put?: never;
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
    post: operations['ApplicationsController_screen'];
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
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
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
    post: operations['AuthController_login'];
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
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
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
    post: operations['AuthController_register'];
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
    get: operations['CallsController_list'];
    put?: never;
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
    get: operations['CallsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calls/{id}/budget': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    post: operations['DecisionLettersController_regenerate'];
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
    post: operations['CallSimulationController_simulate'];
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
    get: operations['ErdfController_list'];
    put?: never;
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
    get: operations['ErdfController_activities'];
    put?: never;
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
    get: operations['ErdfController_listClaims'];
    put?: never;
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
    get: operations['ErdfController_getClaim'];
    put?: never;
    post?: never;
    delete?: never;
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
    get: operations['ErdfController_expenses'];
    put?: never;
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
    post: operations['ErdfController_correct'];
    delete?: never;
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
    get: operations['ErdfController_indicatorValues'];
    put?: never;
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
    get: operations['JobsController_failed'];
    put?: never;
    post?: never;
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
    get: operations['OrganisationsController_list'];
    put?: never;
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
    get: operations['OrganisationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/de-minimis': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    post: operations['DeMinimisController_register'];
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
    get: operations['OrganisationsController_links'];
    put?: never;
    post: operations['OrganisationsController_link'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations/{id}/single-undertaking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganisationsController_singleUndertaking'];
    put?: never;
    post?: never;
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
    get: operations['OrganisationsController_lookup'];
    put?: never;
    post?: never;
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
    get: operations['ProgrammesController_list'];
    put?: never;
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
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/360giving': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
    get: operations['ReportingController_erdf'];
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
    get: operations['UsersController_list'];
    put?: never;
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
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
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
      /** Format: date-time */
      closesAt: string;
      /** Format: date-time */
      createdAt: string;
      criteria: components['schemas']['CriterionView'][];
      /** Format: uuid */
      id: string;
      minReviewsPerApplication: number;
      /** Format: date-time */
      opensAt: string;
      programmeCode: string;
      /** Format: uuid */
      programmeId: string;
      programmeName: string;
      /** @description The rules of the programme, for the applicant */
      rules: components['schemas']['ProgrammeRulesView'];
      /** @enum {string} */
      status: 'upcoming' | 'open' | 'closed';
      title: string;
      year: number;
    };
    ChainBreak: {
      id: string;
      reason: string;
      seq: number;
    };
    ChainVerdictDto: {
      broken?: components['schemas']['ChainBreak'];
      checked: number;
      lastSeq: number | null;
      ok: boolean;
      /** @description Events committed after the check began chaining (not checked yet) */
      pending: number;
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
      paidCents: number | null;
      paidOn: string | null;
      partners: components['schemas']['ClaimPartnerView'][];
      periodFrom: string;
      periodTo: string;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'paid';
      submittedOn: string | null;
      totals: components['schemas']['ClaimFiguresView'];
    };
    ClaimFiguresView: {
      /** @description expensesCents + flatRateCents */
      eligibleCents: number;
      /** @description ERDF rate × eligibleCents, rounded down per partner */
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
      /** @description ERDF rate × eligibleCents, rounded down per partner */
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
      paidCents: number | null;
      paidOn: string | null;
      partners: components['schemas']['ClaimPartnerView'][];
      periodFrom: string;
      periodTo: string;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      status: 'draft' | 'submitted' | 'paid';
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
    ConsensusDto: {
      /** @example Panel meeting of 3 February: the market analysis was underrated by one evaluator. */
      justification: string;
      /**
       * @description Replaces the mean in the ranking
       * @example 72.5
       */
      score: number;
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
      language: 'nl' | 'en';
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
       * @example 2026-10-15T23:59:59+02:00
       */
      closesAt: string;
      criteria: components['schemas']['CriterionDto'][];
      /** @example 3 */
      minReviewsPerApplication: number;
      /**
       * Format: date-time
       * @example 2026-01-15T00:00:00+01:00
       */
      opensAt: string;
      /** Format: uuid */
      programmeId: string;
      /** @example Oproep Innovatiesubsidie 2026 */
      title: string;
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
       * Format: date
       * @example 2019-05-31
       */
      endDate: string;
      financing: components['schemas']['FinancingDto'];
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
      category: 'staff' | 'external_expertise' | 'equipment' | 'infrastructure' | 'travel' | 'other';
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
      /** @example Innovatiesubsidie Vlaams-Brabant */
      name: string;
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
      /** @example correct-horse-battery */
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
    };
    DecisionEvaluationView: {
      rank: number | null;
      /**
       * @description Weighted score 0–100 at the decision (the consensus if any)
       * @example 81.5
       */
      score: number;
      thresholdsMet: boolean;
    };
    DecisionView: {
      /** Format: uuid */
      applicationId: string;
      /** Format: uuid */
      callId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      decidedBy: string;
      /** @example 2026-11-20 */
      decidedOn: string;
      eligibleCostsCents: number;
      /** @description The evaluation result the decision cites; null without reviews */
      evaluation: components['schemas']['DecisionEvaluationView'] | null;
      /** @description After the accepted final report; null before */
      finalGrantCents: number | null;
      /**
       * @description granted ÷ eligible costs, in percent (two decimals); null for a rejection
       * @example 40
       */
      fundingRatePct: number | null;
      /** @description As decided; null for a rejection */
      grantedCents: number | null;
      /** Format: uuid */
      id: string;
      /**
       * @description The highest funding rate for this consortium (50, or 40 without an SME)
       * @example 50
       */
      maxFundingRatePct: number;
      motivation: string;
      /** @enum {string} */
      outcome: 'approved' | 'rejected';
      /** @description Net amount paid (payments − recoveries) */
      paidCents: number;
      /** @example IS-2026-0001 */
      reference: string;
      requestedCents: number;
    };
    DeclarationDto: {
      /** @description true: the evaluator has a conflict of interest and is recused; false: no conflict, the content opens */
      hasConflict: boolean;
      /** @example I advised the coordinator on this proposal in 2025. */
      statement?: string;
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
      endDate: string;
      financing: components['schemas']['FinancingView'];
      /** Format: uuid */
      id: string;
      partners: components['schemas']['ErdfPartnerView'][];
      /** @description Reporting periods of four months from the start */
      periods: components['schemas']['PeriodView'][];
      projectNumber: string;
      startDate: string;
      title: string;
    };
    ErdfReportView: {
      claims: components['schemas']['ClaimView'][];
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
    ExpensePage: {
      items: components['schemas']['ExpenseView'][];
      total: number;
    };
    ExpenseView: {
      amountCents: number;
      /** @enum {string} */
      category: 'staff' | 'external_expertise' | 'equipment' | 'infrastructure' | 'travel' | 'other';
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
      /** @description min(granted, ⌊granted × actual eligible costs ÷ eligible costs at the decision⌋): what the grant becomes on acceptance */
      finalGrantCents: number;
      /** @description The grant as decided */
      grantedCents: number;
      /** Format: uuid */
      id: string;
      /** @description Paid above the final grant, to be paid back */
      recoverCents: number;
      /** @enum {string} */
      status: 'submitted' | 'accepted';
      /** Format: date-time */
      submittedAt: string;
      summary: string;
      totalCostsCents: number;
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
    LetterPendingView: {
      /**
       * @description The letter is being produced; ask again shortly
       * @enum {string}
       */
      status: 'pending';
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
      /** @description Amount received; defaults to the claimed ERDF amount */
      paidCents?: number;
      /**
       * Format: date
       * @example 2018-08-20
       */
      paidOn: string;
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
      /** @enum {string|null} */
      smeSize: 'micro' | 'small' | 'medium' | null;
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
      totalCostsCents: number;
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
    };
    ProgrammeRulesView: {
      advancePaymentPct: number;
      clusters: string[];
      eligibleCostCategories: ('staff' | 'operating' | 'subcontracting' | 'investment')[];
      maxFundingRatePct: number;
      maxFundingRateWithoutSmePct: number;
      maxGrantCents: number;
      minPartners: number;
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
      name: string;
      rules: components['schemas']['ProgrammeRulesView'];
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
    RegenerationView: {
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
      /** @example correct-horse-battery */
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
    RegisterExternalAidDto: {
      /**
       * @description The gross amount of de minimis aid, in cents
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
    ReportCategoryView: {
      /** @enum {string} */
      category: 'staff' | 'external_expertise' | 'equipment' | 'infrastructure' | 'travel' | 'other';
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
      /** @description ERDF amount in the claims */
      erdfClaimedCents: number;
      /** @description Office flat rate in the claims */
      flatRateClaimedCents: number;
      name: string;
      /** Format: uuid */
      organisationId: string;
      /** @description budgetCents − spentCents */
      remainingCents: number;
      spentCents: number;
    };
    ReportTotalsView: {
      budgetCents: number;
      claimedCents: number;
      erdfClaimedCents: number;
      /** @description ERDF received on paid claims */
      erdfPaidCents: number;
      flatRateClaimedCents: number;
      remainingCents: number;
      spentCents: number;
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
      submit: boolean;
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
      language: 'nl' | 'en';
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
      /** @description The organisation and every one linked to it, directly or not */
      members: components['schemas']['OrganisationSummary'][];
      /** Format: uuid */
      organisationId: string;
    };
    SnapshotView: {
      acronym: string | null;
      cluster: string;
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
      acronym?: Record<string, never> | null;
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
      language: 'nl' | 'en';
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
    UserPage: {
      items: components['schemas']['UserView'][];
      total: number;
    };
    UserView: {
      /** Format: date-time */
      createdAt: string;
      email: string;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      organisationId: string | null;
      /** @enum {string} */
      role: 'applicant' | 'evaluator' | 'staff' | 'admin';
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
        | 'call_open';
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DecisionLettersController_download: {
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
    requestBody?: never;
    responses: {
      /** @description Fixes the final grant at min(granted, funding rate of the decision × actual eligible costs), de-commits the difference and books any amount to recover; closes the application when nothing is left to pay */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinalReportView'];
        };
      };
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: evaluator (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: evaluator (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description Too many login attempts from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description A new applicant account */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description Too many registrations from this address */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ErdfController_list: {
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
      /** @description Staff see all projects, applicants their own */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErdfProjectPage'];
        };
      };
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description ELIGIBILITY_FAILED: the financing plan breaks a rule */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description submitted → paid */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetailView'];
        };
      };
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
    requestBody?: never;
    responses: {
      /** @description draft → submitted; dueBy is 3 months later */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClaimDetailView'];
        };
      };
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description EXPENSE_NOT_ELIGIBLE with details [{ rule, message }] */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, applicant (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: applicant, evaluator, staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description No or invalid bearer token (UNAUTHENTICATED) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Allowed roles: staff, admin (FORBIDDEN) */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
      /** @description A dependency is down */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
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
    };
  };
}
