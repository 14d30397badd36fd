import { Application } from '../../domains/applications/application.entity.js';
import { acceptDemoConsent } from './teams.js';
import { ApplicationsService } from '../../domains/applications/applications.service.js';
import type {
  ApplicationView,
  CreateApplicationDto,
} from '../../domains/applications/dto/application.dto.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import { ApplicationConsensus, Review, ReviewAssignment } from '../../domains/reviews/review.entity.js';
import { RankingService } from '../../domains/reviews/ranking.service.js';
import { REVIEWABLE_STATUSES, ReviewsService } from '../../domains/reviews/reviews.service.js';
import type { SeedContext } from '../seed-context.js';
import type { ApplicationsSeed } from './applications.js';
import type { FoundationSeed } from './foundation.js';
import type { Actor } from '../../kernel/actor.js';

const euro = (e: number) => Math.round(e * 100);

/** Scores on the 2026 call's criteria: innovation, impact, consortium, feasibility (each 0–10). */
type Scores = [number, number, number, number];

/**
 * The evaluation of the 2026 call: four more admissible applications (so that the requests exceed the
 * € 600.000 budget), evaluators assigned to all six, their declarations and reviews, and a staff
 * consensus where two evaluators disagreed. The result: five applications under review, one still
 * being evaluated, and a ranking whose funding line falls inside the list. Wim Jacobs works at the
 * university: his assignment where it is a partner is refused automatically, and he recuses himself
 * from CARE-VR after declaring a conflict. Idempotent: records are found by their natural keys.
 */
export async function seedReviews(ctx: SeedContext, base: FoundationSeed, apps: ApplicationsSeed) {
  const staff = base.staff.smartHub.actor;
  const { marc, katrien, hilde, wim } = base.evaluators;
  const call = apps.calls.call2026;
  const clock = ctx.get(Clock);
  const reviews = ctx.get(ReviewsService);

  try {
    const more = await ensureMoreApplications(ctx, base, call.id, staff);
    const heatshare = apps.applications.admissible;
    const careVr = apps.applications.admissible2;

    // Evaluation in early November 2026, after the screening.
    clock.travelTo(new Date('2026-11-03T10:00:00+01:00'));

    /** Assigns, declares no conflict and scores; `submit: false` leaves the review a draft. */
    const review = async (
      application: ApplicationView,
      evaluator: typeof marc,
      scores: Scores,
      comment: string,
      submit = true,
    ) => {
      // Once decided (a later step or a real user may have moved it on), an application is left as it is.
      const current = await ctx.dataSource.getRepository(Application).findOneByOrFail({ id: application.id });
      if (!REVIEWABLE_STATUSES.includes(current.status)) return;
      const assignment = await ensureAssignment(ctx, staff, application.id, evaluator.id);
      if (assignment.status === 'assigned') {
        await reviews.declare(evaluator.actor, assignment.id, { hasConflict: false });
      }
      if (assignment.status === 'submitted') return;
      if (!submit && (await ctx.dataSource.getRepository(Review).existsBy({ assignmentId: assignment.id })))
        return;
      await reviews.saveReview(evaluator.actor, assignment.id, {
        scores: (['innovation', 'impact', 'consortium', 'feasibility'] as const).map((criterion, i) => ({
          criterion,
          score: scores[i],
          comment: `${comment} (${criterion})`,
        })),
        comment,
        submit,
      });
    };

    // The university is a partner of HEATSHARE and PULSE-SNACK: assigning Wim is refused (422, nothing stored).
    let refused = 0;
    for (const application of [heatshare, more.pulseSnack]) {
      // Once decided (by the decisions step on an earlier run), no evaluator can be assigned any more.
      const current = await ctx.dataSource.getRepository(Application).findOneByOrFail({ id: application.id });
      if (!REVIEWABLE_STATUSES.includes(current.status)) continue;
      try {
        await ensureAssignment(ctx, staff, application.id, wim.id);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONFLICT_OF_INTEREST')) throw error;
        refused += 1;
      }
    }
    // No automatic conflict on CARE-VR, but Wim declares one himself: the assignment is recused.
    const wimCareVr = await ensureAssignment(ctx, staff, careVr.id, wim.id);
    if (wimCareVr.status === 'assigned') {
      await reviews.declare(wim.actor, wimCareVr.id, {
        hasConflict: true,
        statement: 'Ik ben copromotor van een doctoraat dat Vitalis Diagnostics mee financiert.',
      });
    }

    // weighted = (30·innovation + 25·impact + 20·consortium + 25·feasibility) / 10
    await review(heatshare, marc, [8, 8, 7, 7], 'Sterk demonstratieproject met meetbare CO2-winst'); // 75.5
    await review(heatshare, katrien, [9, 7, 8, 8], 'Overtuigend consortium, realistische planning'); // 80.5
    await review(more.logiTwin, katrien, [8, 8, 8, 7], 'Duidelijke meerwaarde voor de haven'); // 77.5
    await review(more.logiTwin, hilde, [7, 8, 7, 8], 'Goed uitgewerkt, beperkte technologische sprong'); // 75
    await review(more.pulseSnack, marc, [7, 7, 6, 6], 'Marktanalyse is dun'); // 65.5
    await review(more.pulseSnack, hilde, [9, 8, 8, 7], 'Innovatief voor de regionale teelt'); // 80.5
    await review(careVr, hilde, [6, 7, 7, 6], 'Nuttig, maar weinig nieuw'); // 64.5
    await review(careVr, marc, [8, 6, 6, 7], 'Goede didactische onderbouwing'); // 68.5
    await review(more.rehabSense, katrien, [5, 6, 6, 5], 'Klinische validatie ontbreekt'); // 54.5 (innovation 5)
    await review(more.rehabSense, marc, [9, 8, 7, 8], 'Doorbraak voor thuisrevalidatie'); // 81
    await review(more.circuBuild, hilde, [5, 6, 6, 6], 'Gekende technieken, onder de drempel voor innovatie'); // 57
    await review(more.circuBuild, katrien, [6, 6, 7, 6], 'Nog in opmaak', false); // draft: stays admissible

    // REHAB-SENSE: 54.5 against 81 (spread 26.5, flagged); the panel settles on 62.
    clock.travelTo(new Date('2026-11-12T15:00:00+01:00'));
    const rehab = await ctx.dataSource
      .getRepository(ApplicationConsensus)
      .existsBy({ applicationId: more.rehabSense.id });
    const rehabStatus = (
      await ctx.dataSource.getRepository(Application).findOneByOrFail({ id: more.rehabSense.id })
    ).status;
    if (!rehab && rehabStatus === 'under_review') {
      await reviews.consensus(staff, more.rehabSense.id, {
        score: 62,
        justification:
          'Panelbespreking 12 november 2026: de klinische validatie is onvoldoende uitgewerkt; ' +
          'de innovatieve waarde blijft hoog.',
      });
    }

    const ranking = await ctx.get(RankingService).ranking(call.id);
    ctx.note(
      `reviews of call 2026: ${ranking.items.filter((i) => i.status === 'under_review').length} applications under review, ` +
        `Wim Jacobs refused ${refused}× for a conflict of interest and recused once; ranking: ` +
        ranking.items
          .map(
            (i) =>
              `${i.rank ?? '-'}. ${i.reference} ${i.score ?? '–'}${i.withinBudget ? '' : i.meetsThresholds ? ' (below the line)' : ' (under a threshold)'}`,
          )
          .join(', ') +
        `; funding line after rank ${ranking.fundingLine.lastRankWithinBudget} ` +
        `(${formatEuro(ranking.fundingLine.requestedWithinBudgetCents)} of ${formatEuro(ranking.fundingLine.budgetCents)})`,
    );
    return { ranking, applications: { heatshare, careVr, ...more } };
  } finally {
    clock.reset();
  }
}

export type ReviewsSeed = Awaited<ReturnType<typeof seedReviews>>;

async function ensureAssignment(
  ctx: SeedContext,
  staff: Actor,
  applicationId: string,
  evaluatorId: string,
): Promise<{ id: string; status: ReviewAssignment['status'] }> {
  const found = await ctx.dataSource
    .getRepository(ReviewAssignment)
    .findOneBy({ applicationId, evaluatorId });
  if (found) return found;
  return ctx.get(ReviewsService).assign(staff, applicationId, { evaluatorId });
}

/** Four more applications in the 2026 call, submitted in September and screened admissible. */
async function ensureMoreApplications(ctx: SeedContext, base: FoundationSeed, callId: string, staff: Actor) {
  const o = base.organisations;
  const a = base.applicants;
  const service = ctx.get(ApplicationsService);
  const clock = ctx.get(Clock);
  const cost = (category: 'staff' | 'operating' | 'subcontracting', description: string, e: number) => ({
    category,
    description,
    amountCents: euro(e),
  });
  const specs: Record<string, { applicant: Actor; dto: Omit<CreateApplicationDto, 'callId'> }> = {
    logiTwin: {
      applicant: a.sofie.actor,
      dto: {
        title: 'Digitale tweeling voor de binnenhaven van Vilvoorde',
        acronym: 'LOGI-TWIN',
        summary: 'Een digitale tweeling van de kaaien plant overslag en vrachtverkeer in real time.',
        cluster: 'logistics',
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        requestedCents: euro(140_000),
        partners: [
          {
            organisationId: o.logiflow.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Data-ingenieurs', 220_000),
              cost('operating', 'Sensoren op de kaaien', 60_000),
            ],
          },
          { organisationId: o.vub.id, role: 'partner', costs: [cost('staff', 'Simulatiemodellen', 60_000)] },
        ],
      },
    },
    pulseSnack: {
      applicant: a.jan.actor,
      dto: {
        title: 'Eiwitrijke snacks uit Hagelandse peulvruchten',
        acronym: 'PULSE-SNACK',
        summary: 'Nieuwe teelt- en verwerkingsketen voor erwten en bonen als lokaal eiwit.',
        cluster: 'food',
        startDate: '2027-02-01',
        endDate: '2028-10-31',
        requestedCents: euro(125_000),
        partners: [
          {
            organisationId: o.agrosense.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Productontwikkeling', 180_000),
              cost('operating', 'Proefproductie', 40_000),
            ],
          },
          {
            organisationId: o.uleuven.id,
            role: 'partner',
            costs: [cost('staff', 'Voedingstechnologie', 60_000)],
          },
        ],
      },
    },
    rehabSense: {
      applicant: a.an.actor,
      dto: {
        title: 'Slimme sensoren voor revalidatie na een sportblessure',
        acronym: 'REHAB-SENSE',
        summary: 'Draagbare sensoren volgen oefeningen thuis en sturen de kinesitherapeut bij.',
        cluster: 'sports_tech',
        startDate: '2027-01-01',
        endDate: '2028-06-30',
        requestedCents: euro(120_000),
        partners: [
          {
            organisationId: o.vitalis.id,
            role: 'coordinator',
            costs: [cost('staff', 'Hardware en app', 180_000), cost('operating', 'Pilootstudie', 30_000)],
          },
          {
            organisationId: o.medtechLeuven.id,
            role: 'partner',
            costs: [cost('staff', 'Productisering', 50_000)],
          },
        ],
      },
    },
    circuBuild: {
      applicant: a.bram.actor,
      dto: {
        title: 'Circulaire bouwmaterialen uit bouw- en sloopafval',
        acronym: 'CIRCUBUILD',
        summary: 'Gerecycleerd granulaat als grondstof voor prefab-betonelementen.',
        cluster: 'cleantech',
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        requestedCents: euro(110_000),
        partners: [
          {
            organisationId: o.brabantCleantech.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Procesontwikkeling', 170_000),
              cost('subcontracting', 'Labotesten', 30_000),
            ],
          },
          { organisationId: o.vub.id, role: 'partner', costs: [cost('staff', 'Materiaalonderzoek', 40_000)] },
        ],
      },
    },
  };
  const out: Record<string, ApplicationView> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const found = await ctx.dataSource
      .getRepository(Application)
      .findOneBy({ callId, title: spec.dto.title });
    clock.travelTo(new Date('2026-09-24T11:00:00+02:00'));
    let app = found
      ? await service.get(spec.applicant, found.id)
      : await service.create(spec.applicant, { ...spec.dto, callId });
    if (app.status === 'draft') await acceptDemoConsent(ctx, base, app.id);
    if (app.status === 'draft') app = await service.submit(spec.applicant, app.id);
    clock.travelTo(new Date('2026-10-28T10:00:00+01:00'));
    if (app.status === 'submitted') app = await service.screen(staff, app.id, { outcome: 'admissible' });
    out[key] = app;
  }
  return out as Record<'logiTwin' | 'pulseSnack' | 'rehabSense' | 'circuBuild', ApplicationView>;
}
