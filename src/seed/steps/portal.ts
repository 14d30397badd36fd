import { ProgrammesService } from '../../domains/programmes/programmes.service.js';
import { Call } from '../../domains/programmes/programme.entity.js';
import type { CallView, ProgrammeView } from '../../domains/programmes/dto/programme.dto.js';
import { Clock } from '../../kernel/clock.js';
import type { SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

/** Title of the demo call that is open now, so that the portal's home page has something to apply to. */
export const PORTAL_DEMO_CALL_TITLE = 'Oproep Kmo-innovatie Vlaams-Brabant (demo)';
const DAY = 86_400_000;

/**
 * An open call for the portal (docs/portal.md): the innovation programme's calls of the other steps are
 * closed or not open yet, so the portal's home would be empty. A programme of its own (code `KI`, the
 * default rules) with one call, open from 30 days before the first seed until 240 days after it.
 * Idempotent: found by code and title (a later run keeps the window of the first).
 */
export async function seedPortal(ctx: SeedContext, base: FoundationSeed): Promise<CallView> {
  const programmes = ctx.get(ProgrammesService);
  const staff = base.staff.smartHub.actor;
  const existing = await programmes.findProgrammeByCode('KI');
  const programme: ProgrammeView = existing
    ? await programmes.getProgramme(existing.id)
    : await programmes.createProgramme(staff, {
        code: 'KI',
        name: 'Kmo-innovatie Vlaams-Brabant (demo)',
        aidBasis: 'de_minimis',
      });
  const now = ctx.get(Clock).now().getTime();
  const found = await ctx.dataSource
    .getRepository(Call)
    .findOneBy({ programmeId: programme.id, title: PORTAL_DEMO_CALL_TITLE });
  const call = found
    ? await programmes.getCall(found.id)
    : await programmes.createCall(staff, {
        programmeId: programme.id,
        title: PORTAL_DEMO_CALL_TITLE,
        year: new Date(now).getUTCFullYear(),
        opensAt: new Date(now - 30 * DAY).toISOString(),
        closesAt: new Date(now + 240 * DAY).toISOString(),
        budgetCents: 40_000_000,
        minReviewsPerApplication: 1,
        criteria: [
          { key: 'innovation', label: 'Innovatief karakter', weight: 40, maxScore: 10, threshold: 6 },
          { key: 'impact', label: 'Impact op Vlaams-Brabant', weight: 30, maxScore: 10, threshold: 5 },
          { key: 'feasibility', label: 'Haalbaarheid en begroting', weight: 30, maxScore: 10, threshold: 5 },
        ],
      });
  ctx.note(
    `portal: "${call.title}" is ${call.status}: ` + `apply to it in the portal at http://localhost:3000/`,
  );
  return call;
}
