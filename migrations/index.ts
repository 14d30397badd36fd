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
import { Identity1764100000000 } from './1764100000000-Identity.js';
import { MailOutbox1764200000000 } from './1764200000000-MailOutbox.js';
import { InAppNotifications1764200100000 } from './1764200100000-InAppNotifications.js';
import { DueDates1764200200000 } from './1764200200000-DueDates.js';
import { LawfulDecisions1764300000000 } from './1764300000000-LawfulDecisions.js';
import { Documents1764500000000 } from './1764500000000-Documents.js';
import { ErdfCaps1764600000000 } from './1764600000000-ErdfCaps.js';
import { EaidRegister1764610000000 } from './1764610000000-EaidRegister.js';
import { SettlementRule1764620000000 } from './1764620000000-SettlementRule.js';
import { DeclaredAid1764630000000 } from './1764630000000-DeclaredAid.js';
import { FinalGrantDecisions1764710000000 } from './1764710000000-FinalGrantDecisions.js';
import { ErdfDemoFlag1764710100000 } from './1764710100000-ErdfDemoFlag.js';
import { SmeStatusAndCalls1764720000000 } from './1764720000000-SmeStatusAndCalls.js';

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
  Identity1764100000000,
  MailOutbox1764200000000,
  InAppNotifications1764200100000,
  DueDates1764200200000,
  LawfulDecisions1764300000000,
  Documents1764500000000,
  ErdfCaps1764600000000,
  EaidRegister1764610000000,
  SettlementRule1764620000000,
  DeclaredAid1764630000000,
  FinalGrantDecisions1764710000000,
  ErdfDemoFlag1764710100000,
  SmeStatusAndCalls1764720000000,
];
