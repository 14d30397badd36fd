import { addDays } from '../../domains/state-aid/de-minimis.js';
import { DeMinimisService } from '../../domains/state-aid/de-minimis.service.js';
import { Clock } from '../../kernel/clock.js';
import { formatEuro } from '../../kernel/money.js';
import type { SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

/**
 * De minimis aid from other grantors, so that the MedTech single undertaking (holding + subsidiary) is
 * close to its ceiling: EUR 270,000 within the last three years, EUR 30,000 left. One older aid lies
 * just outside the window, to show the rolling three years. Dates are relative to today; aid is found
 * by organisation, grantor and reference before it is registered.
 */
export async function seedDeMinimis(ctx: SeedContext, base: FoundationSeed) {
  const today = ctx.get(Clock).today();
  const service = ctx.get(DeMinimisService);
  const { medtechHolding, medtechLeuven } = base.organisations;
  const aid = [
    {
      organisationId: medtechLeuven.id,
      grantor: 'VLAIO (Agentschap Innoveren & Ondernemen)',
      reference: 'HBC.DEMO.0412',
      grantedOn: addDays(today, -420),
      amountCents: 15_000_000,
      description: 'Ontwikkelingsproject: draagbare sensor voor hartritmebewaking',
    },
    {
      organisationId: medtechHolding.id,
      grantor: 'Flanders Investment & Trade',
      reference: 'FIT-DEMO-7781',
      grantedOn: addDays(today, -200),
      amountCents: 4_500_000,
      description: 'Steun voor internationale prospectie (Noord-Amerika)',
    },
    {
      organisationId: medtechLeuven.id,
      grantor: 'Stad Leuven',
      reference: 'LEU-DEMO-2025-09',
      grantedOn: addDays(today, -45),
      amountCents: 7_500_000,
      description: 'Innovatiepremie voor een pilootproject in het UZ-ziekenhuisnetwerk',
    },
    {
      // Outside the window: granted three years and a month ago.
      organisationId: medtechHolding.id,
      grantor: 'VLAIO (Agentschap Innoveren & Ondernemen)',
      reference: 'KMO-DEMO-0077',
      grantedOn: addDays(today, -3 * 365 - 31),
      amountCents: 9_000_000,
      description: 'KMO-groeisubsidie (vóór de huidige driejarige periode)',
    },
  ];
  let added = 0;
  for (const a of aid) {
    if (await service.findByReference(a.organisationId, a.grantor, a.reference)) continue;
    await service.registerExternalAid(base.staff.finance.actor, a.organisationId, {
      grantor: a.grantor,
      grantedOn: a.grantedOn,
      amountCents: a.amountCents,
      reference: a.reference,
      description: a.description,
    });
    added += 1;
  }
  const usage = await service.usage(medtechHolding.id, today);
  ctx.note(
    `de minimis: ${aid.length} aid records from other grantors (${added} new); MedTech single undertaking ` +
      `uses ${formatEuro(usage.usedCents)} of ${formatEuro(usage.ceilingCents)}`,
  );
  return { medtechUsage: usage };
}
