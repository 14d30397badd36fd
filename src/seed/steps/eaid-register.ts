import { EaidRegisterService } from '../../domains/state-aid/eaid-register.service.js';
import type { SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

/**
 * The eAid register after the decisions: the province's 2026 de minimis grants each have a register-by
 * date (decision + 20 Belgian working days). The grant decided in January 2026 is left overdue, to show
 * the worklist's signal; the oldest of the grants still due is registered with a demo eAid reference
 * (marked DEMO), to show a registered one. Idempotent: a registered aid is not registered again.
 */
export async function seedEaidRegister(ctx: SeedContext, base: FoundationSeed) {
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
  ctx.note(
    `eAid register: ${overdue.total} overdue, ${due.total} due, ${done.total} registered ` +
      `(GET /api/state-aid/register?status=overdue)`,
  );
}
