import { AuditEvent } from '../audit/audit-event.entity.js';
import { JobOutbox } from '../jobs/job-outbox.entity.js';
import { DecisionLetter } from '../letters/decision-letter.entity.js';
import { Organisation, OrganisationLink, OrganisationMember } from '../organisations/organisation.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity of the app, for the Nest module and the migration CLI alike. */
export const ENTITIES = [User, Organisation, OrganisationMember, OrganisationLink, AuditEvent, JobOutbox, DecisionLetter];
