import { Application, ApplicationCost, ApplicationPartner } from '../applications/application.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { BudgetLedgerEntry } from '../budgets/budget-ledger-entry.entity.js';
import { DeMinimisAid } from '../budgets/de-minimis-aid.entity.js';
import { Decision } from '../budgets/decision.entity.js';
import { FinalReport, Payment } from '../budgets/payment.entity.js';
import { ERDF_ENTITIES } from '../erdf/erdf.entity.js';
import { JobOutbox } from '../jobs/job-outbox.entity.js';
import { DecisionLetter } from '../letters/decision-letter.entity.js';
import { Organisation, OrganisationLink, OrganisationMember } from '../organisations/organisation.entity.js';
import { Call, Programme } from '../programmes/programme.entity.js';
import { ApplicationConsensus, Review, ReviewAssignment } from '../reviews/review.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity of the app, for the Nest module and the migration CLI alike. */
export const ENTITIES = [
  User,
  Organisation,
  OrganisationMember,
  OrganisationLink,
  AuditEvent,
  ...ERDF_ENTITIES,
  Programme,
  Call,
  Application,
  ApplicationPartner,
  ApplicationCost,
  DeMinimisAid,
  ReviewAssignment,
  Review,
  ApplicationConsensus,
  JobOutbox,
  DecisionLetter,
  Decision,
  BudgetLedgerEntry,
  Payment,
  FinalReport,
];
