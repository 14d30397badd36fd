import { Foundation1763794800000 } from './1763794800000-Foundation.js';
import { Idempotency1763795000000 } from './1763795000000-Idempotency.js';
import { Applications1763800000000 } from './1763800000000-Applications.js';
import { DeMinimis1763810000000 } from './1763810000000-DeMinimis.js';
import { Jobs1763820000000 } from './1763820000000-Jobs.js';
import { Erdf1763830000000 } from './1763830000000-Erdf.js';
import { Reviews1763840000000 } from './1763840000000-Reviews.js';
import { Budgets1763850000000 } from './1763850000000-Budgets.js';
import { JobRedispatch1763890000000 } from './1763890000000-JobRedispatch.js';
import { AuditChainAfterCommit1763895000000 } from './1763895000000-AuditChainAfterCommit.js';
import { MailOutbox1764200000000 } from './1764200000000-MailOutbox.js';
import { Identity1764100000000 } from './1764100000000-Identity.js';

/** Every migration, in order. Add new ones at the end; never edit one that has been released. */
export const MIGRATIONS = [
  Foundation1763794800000,
  Idempotency1763795000000,
  Applications1763800000000,
  DeMinimis1763810000000,
  Jobs1763820000000,
  Erdf1763830000000,
  Reviews1763840000000,
  Budgets1763850000000,
  JobRedispatch1763890000000,
  AuditChainAfterCommit1763895000000,
  MailOutbox1764200000000,
  Identity1764100000000,
];
