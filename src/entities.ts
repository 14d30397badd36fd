import {
  Application,
  ApplicationCost,
  ApplicationPartner,
} from './domains/applications/application.entity.js';
import { AuditEvent } from './platform/audit/audit-event.entity.js';
import { BudgetLedgerEntry } from './domains/decisions/budget-ledger-entry.entity.js';
import { DeMinimisAid } from './domains/state-aid/de-minimis-aid.entity.js';
import { Decision } from './domains/decisions/decision.entity.js';
import { FinalReport, Payment } from './domains/payments/payment.entity.js';
import { ERDF_ENTITIES } from './domains/erdf/erdf.entity.js';
import { JobOutbox } from './platform/jobs/job-outbox.entity.js';
import { MailMessage } from './platform/notifications/mail-message.entity.js';
import { Notification, NotificationPreference } from './platform/notifications/notification.entity.js';
import { DecisionLetter } from './domains/letters/decision-letter.entity.js';
import {
  Organisation,
  OrganisationLink,
  OrganisationMember,
} from './domains/organisations/organisation.entity.js';
import { Call, Programme } from './domains/programmes/programme.entity.js';
import { ApplicationConsensus, Review, ReviewAssignment } from './domains/reviews/review.entity.js';
import { User } from './platform/identity/user.entity.js';
import { Document, DocumentBlob } from './platform/documents/document.entity.js';

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
  MailMessage,
  Notification,
  NotificationPreference,
  Document,
  DocumentBlob,
];
