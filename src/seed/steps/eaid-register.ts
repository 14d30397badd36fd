import { DeclaredAidService } from '../../domains/state-aid/declared-aid.service.js';
import { addDays } from '../../domains/state-aid/de-minimis.js';
import { EaidRegisterService } from '../../domains/state-aid/eaid-register.service.js';
import { Clock } from '../../kernel/clock.js';
import type { SeedContext } from '../seed-context.js';
import type { ApplicationsSeed } from './applications.js';
import type { FoundationSeed } from './foundation.js';

/**
 * The eAid register after the decisions: the province's 2026 de minimis grants each have a register-by
 * date (decision + 20 Belgian working days). The oldest of them is registered with a demo eAid reference
 * (marked DEMO), to show a registered one; the others are left for staff: due until their deadline (the
 * grants of 19–21 November 2026 from 17 December 2026 on), overdue after it. The draft application declares other de minimis aid on
 * honour, for staff to confirm. Idempotent: nothing is registered or declared twice.
 */
export async function seedEaidRegister(ctx: SeedContext, base: FoundationSeed, seeded: ApplicationsSeed) {
  const register = ctx.get(EaidRegisterService);
  const registered = await register.worklist({ status: 'registered', limit: 1, offset: 0 });
  if (registered.total === 0) {
    const due = await register.worklist({ status: 'due', limit: 1, offset: 0 });
    const first = due.items[0];
    if (first) {
      await register.record(base.staff.finance.actor, first.aidId, {
        eaidReference: `DEMO-EAID-${first.grantedOn.replace(/-/g, '')}-1`,
        registeredOn: first.recordedOn,
      });
    }
  }
  const [overdue, due, done] = await Promise.all(
    (['overdue', 'due', 'registered'] as const).map((status) =>
      register.worklist({ status, limit: 1, offset: 0 }),
    ),
  );
  // A declaration on honour on the draft application: Vitalis declares a (demo) regional grant.
  const draft = seeded.applications.draft;
  const declared = ctx.get(DeclaredAidService);
  const actor = base.applicants.an.actor;
  const existing = await declared.list(actor, draft.id);
  if (!existing.some((d) => d.grantor === 'Stad Mechelen (DEMO)')) {
    await declared.declare(actor, draft.id, {
      organisationId: draft.partners.find((p) => p.role === 'coordinator')!.organisationId,
      grantor: 'Stad Mechelen (DEMO)',
      grantedOn: addDays(ctx.get(Clock).today(), -150),
      amountCents: 2_500_000,
      onHonour: true,
    });
  }
  ctx.note(
    `declared de minimis aid: ${draft.reference ?? draft.id} declares € 25.000 from Stad Mechelen (DEMO), to confirm at POST /api/declared-aid/:id/review`,
  );
  ctx.note(
    `eAid register: ${overdue.total} overdue, ${due.total} due, ${done.total} registered ` +
      `(GET /api/state-aid/register?status=overdue)`,
  );
}
