import { Application } from '../../domains/applications/application.entity.js';
import { ApplicationsService } from '../../domains/applications/applications.service.js';
import type { ApplicationView } from '../../domains/applications/dto/application.dto.js';
import { Decision } from '../../domains/decisions/decision.entity.js';
import { DecisionsService } from '../../domains/decisions/decisions.service.js';
import { Call } from '../../domains/programmes/programme.entity.js';
import { ProgrammesService } from '../../domains/programmes/programmes.service.js';
import { ReviewAssignment } from '../../domains/reviews/review.entity.js';
import { ReviewsService } from '../../domains/reviews/reviews.service.js';
import { EaidRegisterService } from '../../domains/state-aid/eaid-register.service.js';
import { Clock } from '../../kernel/clock.js';
import type { SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

const euro = (e: number) => Math.round(e * 100);

const TITLE = 'Bodemvochtsensoren voor fruittelers';

/**
 * A rolling call (issue #18, item 10): the innovation cheque, a second de minimis programme (DEMO), whose
 * 2026 call is reviewed while it is open (`reviewsDuringCall`). One small project of AgroSense is
 * submitted in September, reviewed by one expert and approved by the deputation on 8 October 2026. Its
 * de minimis grant had to be in the eAid register within 20 Belgian working days, by 5 November 2026; it
 * was not registered, so the eAid worklist shows it overdue (the figures are demo figures). Idempotent:
 * the programme by code, the call by programme and year, the application by call and title.
 */
export async function seedRollingCall(ctx: SeedContext, base: FoundationSeed) {
  const programmes = ctx.get(ProgrammesService);
  const applications = ctx.get(ApplicationsService);
  const reviews = ctx.get(ReviewsService);
  const clock = ctx.get(Clock);
  const staff = base.staff.smartHub.actor;
  const jan = base.applicants.jan.actor;
  const katrien = base.evaluators.katrien;

  try {
    const existing = await programmes.findProgrammeByCode('IC');
    const programme = existing
      ? await programmes.getProgramme(existing.id)
      : await programmes.createProgramme(staff, {
          code: 'IC',
          name: 'Innovatiecheque Vlaams-Brabant (DEMO)',
          aidBasis: 'de_minimis',
          rules: { maxGrantCents: euro(25_000), minPartners: 1 },
        });
    const found = await ctx.dataSource
      .getRepository(Call)
      .findOneBy({ programmeId: programme.id, year: 2026 });
    const call = found
      ? await programmes.getCall(found.id)
      : await (async () => {
          clock.travelTo(new Date('2026-08-20T10:00:00+02:00'));
          return programmes.createCall(staff, {
            programmeId: programme.id,
            title: 'Innovatiecheque 2026 (doorlopende oproep)',
            year: 2026,
            description:
              'Een kmo vraagt tot € 25.000 voor een eerste innovatiestap; aanvragen worden beoordeeld ' +
              'zodra ze ingediend zijn.',
            opensAt: '2026-09-01T00:00:00+02:00',
            closesOn: '2026-10-31',
            budgetCents: euro(150_000),
            minReviewsPerApplication: 1,
            reviewsDuringCall: true,
            criteria: [
              { key: 'innovation', label: 'Innovatief karakter', weight: 60, maxScore: 10, threshold: 5 },
              { key: 'feasibility', label: 'Haalbaarheid', weight: 40, maxScore: 10, threshold: 5 },
            ],
          });
        })();

    const stored = await ctx.dataSource
      .getRepository(Application)
      .findOneBy({ callId: call.id, title: TITLE });
    let app: ApplicationView;
    if (stored) {
      app = await applications.get(jan, stored.id);
    } else {
      clock.travelTo(new Date('2026-09-14T10:00:00+02:00'));
      app = await applications.create(jan, {
        callId: call.id,
        title: TITLE,
        acronym: 'SOIL-CHECK',
        summary: 'Draadloze bodemvochtsensoren sturen de irrigatie van drie fruitbedrijven in het Hageland.',
        cluster: 'food',
        startDate: '2026-11-01',
        endDate: '2027-04-30',
        requestedCents: euro(20_000),
        partners: [
          {
            organisationId: base.organisations.agrosense.id,
            role: 'coordinator',
            costs: [
              { category: 'staff', description: 'Agronoom en technicus', amountCents: euro(30_000) },
              {
                category: 'subcontracting',
                description: 'Kalibratie van de sensoren',
                amountCents: euro(12_000),
              },
            ],
          },
        ],
      });
    }
    if (app.status === 'draft') {
      clock.travelTo(new Date('2026-09-14T10:30:00+02:00'));
      app = await applications.submit(jan, app.id);
    }
    if (app.status === 'submitted') {
      clock.travelTo(new Date('2026-09-21T09:00:00+02:00'));
      app = await applications.screen(staff, app.id, { outcome: 'admissible' });
    }
    if (app.status === 'admissible') {
      // The call is still open: this call reviews as the applications come in.
      clock.travelTo(new Date('2026-09-28T14:00:00+02:00'));
      const assignment =
        (await ctx.dataSource
          .getRepository(ReviewAssignment)
          .findOneBy({ applicationId: app.id, evaluatorId: katrien.id })) ??
        (await reviews.assign(staff, app.id, { evaluatorId: katrien.id }));
      if (assignment.status === 'assigned') {
        await reviews.declare(katrien.actor, assignment.id, { hasConflict: false });
      }
      await reviews.saveReview(katrien.actor, assignment.id, {
        scores: [
          { criterion: 'innovation', score: 7, comment: 'Nieuw voor de fruitteelt in de regio' },
          { criterion: 'feasibility', score: 8, comment: 'Realistische planning en begroting' },
        ],
        comment: 'Kleine, goed afgebakende innovatiestap',
        submit: true,
      });
      app = await applications.get(jan, app.id);
    }
    if (
      app.status === 'under_review' &&
      !(await ctx.dataSource.getRepository(Decision).existsBy({ applicationId: app.id }))
    ) {
      clock.travelTo(new Date('2026-10-08T11:00:00+02:00'));
      await ctx.get(DecisionsService).decide(staff, app.id, {
        outcome: 'approved',
        grantedCents: euro(20_000),
        motivation:
          'De aanvraag haalt de minimumscores (innovatief karakter 7/10, haalbaarheid 8/10) en past ' +
          'binnen het budget van de doorlopende oproep.',
      });
    }
    clock.reset();

    const overdue = await ctx.get(EaidRegisterService).worklist({ status: 'overdue', limit: 100, offset: 0 });
    const mine = overdue.items.find((i) => i.applicationId === app.id);
    ctx.note(
      `rolling call: ${app.reference} (SOIL-CHECK, € 20.000 demo grant) reviewed while the call was open, ` +
        `decided on 8 October 2026` +
        (mine ? `; its eAid registration was due by ${mine.registerBy}: overdue` : ''),
    );
    return { programme, call, application: app };
  } finally {
    clock.reset();
  }
}
