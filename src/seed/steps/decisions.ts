import type { DecideDto } from '../../domains/decisions/dto/decision.dto.js';
import { Application } from '../../domains/applications/application.entity.js';
import { acceptDemoConsent } from './teams.js';
import { ApplicationsService } from '../../domains/applications/applications.service.js';
import type {
  ApplicationView,
  CreateApplicationDto,
} from '../../domains/applications/dto/application.dto.js';
import type { ApplicationStatus } from '../../domains/applications/state-machine.js';
import { DeMinimisService } from '../../domains/state-aid/de-minimis.service.js';
import { Decision } from '../../domains/decisions/decision.entity.js';
import { DecisionsService } from '../../domains/decisions/decisions.service.js';
import { FinalReport, Payment } from '../../domains/payments/payment.entity.js';
import { PaymentsService } from '../../domains/payments/payments.service.js';
import { BudgetLedgerService } from '../../domains/decisions/budget-ledger.service.js';
import { Clock } from '../../kernel/clock.js';
import { DomainError } from '../../kernel/errors.js';
import { formatEuro } from '../../kernel/money.js';
import type { CallView } from '../../domains/programmes/dto/programme.dto.js';
import { Call } from '../../domains/programmes/programme.entity.js';
import { ProgrammesService } from '../../domains/programmes/programmes.service.js';
import type { SeedContext } from '../seed-context.js';
import type { ApplicationsSeed } from './applications.js';
import type { FoundationSeed } from './foundation.js';
import type { Actor } from '../../kernel/actor.js';

/** A demo account number (the standard example IBAN), for organisations without one. */
const DEMO_PAYEE_IBAN = 'BE68539007547034';

const euro = (e: number) => Math.round(e * 100);

/** What the decisions step needs of a ranking (the reviews step's `GET /calls/:id/ranking`). */
export interface RankedApplication {
  applicationId: string;
  reference: string;
  requestedCents: number;
  rank: number | null;
  meetsThresholds: boolean;
  withinBudget: boolean;
  cumulativeRequestedCents: number;
  failedThresholds: string[];
  consensus: { at: string } | null;
}

/**
 * Decisions, payments and final reports:
 * - the 2025 call, decided in December 2025: one project carried out in 2026 whose final report lowered
 *   the grant and whose balance was paid (closed), one running project with its advance paid, and one
 *   refusal with its grounds;
 * - the 2026 call (when the reviews step gives a ranking): the best-ranked applications within the
 *   budget are approved, the best-ranked one that is not funded is refused with its grounds, and the
 *   advance of the first is paid;
 * - the MedTech single undertaking stays near its de minimis ceiling (external aid from the de minimis
 *   step): the step reports how much room is left.
 * Idempotent: applications are found by call and title, decisions by application, payments by kind.
 */
export async function seedDecisions(
  ctx: SeedContext,
  base: FoundationSeed,
  apps: ApplicationsSeed,
  ranking?: readonly RankedApplication[],
) {
  const clock = ctx.get(Clock);
  const decisions = ctx.get(DecisionsService);
  const payments = ctx.get(PaymentsService);
  const smartHub = base.staff.smartHub.actor;
  const finance = base.staff.finance.actor;
  const at = (iso: string) => clock.travelTo(new Date(iso));

  const decide = async (
    application: { id: string },
    body: DecideDto,
  ): Promise<'decided' | 'exists' | 'refused'> => {
    if (await ctx.dataSource.getRepository(Decision).existsBy({ applicationId: application.id }))
      return 'exists';
    try {
      await decisions.decide(smartHub, application.id, body);
      return 'decided';
    } catch (error) {
      if (error instanceof DomainError && ['DE_MINIMIS_EXCEEDED', 'BUDGET_EXCEEDED'].includes(error.code)) {
        return 'refused';
      }
      throw error;
    }
  };
  const payOnce = async (applicationId: string, kind: 'advance' | 'balance', amountCents?: number) => {
    if (await ctx.dataSource.getRepository(Payment).existsBy({ applicationId, kind })) return;
    // The coordinator (the application's author) accepts the grant first, as the letter asks.
    const decision = await ctx.dataSource.getRepository(Decision).findOneByOrFail({ applicationId });
    if (!decision.acceptedAt) {
      const [author] = (await ctx.dataSource.query(
        `SELECT u.id, u.email FROM application a JOIN app_user u ON u.id = a.created_by WHERE a.id = $1`,
        [applicationId],
      )) as { id: string; email: string }[];
      await decisions.accept({ id: author.id, email: author.email, role: 'applicant' }, applicationId);
    }
    // Paid to the coordinator's account as registered with the organisation.
    const [{ iban }] = (await ctx.dataSource.query(
      `SELECT o.iban FROM application_partner p JOIN organisation o ON o.id = p.organisation_id
        WHERE p.application_id = $1 AND p.role = 'coordinator'`,
      [applicationId],
    )) as { iban: string | null }[];
    await payments.pay(finance, applicationId, { kind, amountCents, payeeIban: iban ?? DEMO_PAYEE_IBAN });
  };

  try {
    // ---- The 2025 call: decided a year ago, projects carried out in 2026. ----
    const call2025 = await ensureCall2025(ctx, apps, smartHub);
    const history = await ensureHistory(ctx, base, call2025, smartHub);

    at('2025-12-09T11:00:00+01:00');
    await decide(history.coldChain, {
      outcome: 'approved',
      grantedCents: euro(120_000),
      motivation:
        'Het project behaalde de hoogste score van de oproep (82,5/100), versterkt de logistieke cluster ' +
        'van Smart Hub Vlaams-Brabant en past binnen het budget van de oproep.',
    });
    await decide(history.packaging, {
      outcome: 'approved',
      grantedCents: euro(95_000),
      motivation:
        'Het project scoort goed op innovatie en impact (74/100) en past binnen het resterende budget.',
    });
    await decide(history.drones, {
      outcome: 'rejected',
      refusalGrounds: [{ type: 'below_threshold', criterion: 'innovation', score: 5, threshold: 6 }],
      motivation:
        'De aanvraag haalt de minimumscore voor het innovatieve karakter niet (5/10, drempel 6/10): ' +
        'de voorgestelde dronetoepassing bestaat al op de markt en het consortium toont geen technologische ' +
        'vooruitgang aan.',
    });

    at('2026-01-20T10:00:00+01:00');
    await payOnce(history.coldChain.id, 'advance');
    await payOnce(history.packaging.id, 'advance');

    // COLD-CHAIN ended on 31 October 2026 and spent less than planned: the grant is lowered.
    const coldChain = await ctx.dataSource
      .getRepository(Application)
      .findOneByOrFail({ id: history.coldChain.id });
    if (!(await ctx.dataSource.getRepository(FinalReport).existsBy({ applicationId: coldChain.id }))) {
      at('2026-11-10T09:30:00+01:00');
      const [coordinator, partner] = history.coldChain.partners;
      await payments.submitFinalReport(base.applicants.sofie.actor, coldChain.id, {
        summary:
          'Het voorspellende onderhoudsmodel draait bij drie koelhuizen in Vilvoorde en Zaventem; ' +
          'het aantal temperatuuronderbrekingen daalde met 38 %.',
        costs: [
          {
            organisationId: coordinator.organisationId,
            category: 'staff',
            description: 'Data-ingenieurs',
            amountCents: euro(150_000),
          },
          {
            organisationId: coordinator.organisationId,
            category: 'operating',
            description: 'Sensoren en cloud',
            amountCents: euro(21_000),
          },
          {
            organisationId: partner.organisationId,
            category: 'staff',
            description: 'Onderzoeker machine learning',
            amountCents: euro(55_000),
          },
        ],
      });
    }
    const report = await ctx.dataSource
      .getRepository(FinalReport)
      .findOneByOrFail({ applicationId: coldChain.id });
    if (report.status === 'submitted') {
      at('2026-11-17T14:00:00+01:00');
      await payments.acceptFinalReport(finance, coldChain.id, { version: report.version });
    }
    at('2026-11-18T10:00:00+01:00');
    if ((await status(ctx, coldChain.id)) === 'approved') await payOnce(coldChain.id, 'balance');

    // ---- The 2026 call: the best-ranked applications within the budget. ----
    const decided2026: string[] = [];
    const refusedByCeiling: string[] = [];
    if (ranking) {
      at('2026-11-19T11:00:00+01:00');
      const ordered = [...ranking].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
      for (const item of ordered) {
        if (!item.withinBudget || !item.meetsThresholds) continue;
        if ((await status(ctx, item.applicationId)) !== 'under_review') continue;
        const outcome = await decide(
          { id: item.applicationId },
          {
            outcome: 'approved',
            grantedCents: item.requestedCents,
            motivation: `Gerangschikt op plaats ${item.rank} van de oproep 2026, boven de minimumscores en binnen het budget van de oproep.`,
            ...(item.consensus
              ? {
                  consensusPanel: {
                    members: [
                      'dossierbeheerder Smart Hub (voorzitter)',
                      'de twee deskundigen van de aanvraag',
                    ],
                    meetingDate: item.consensus.at.slice(0, 10),
                  },
                }
              : {}),
          },
        );
        if (outcome === 'refused') refusedByCeiling.push(item.reference);
        else decided2026.push(item.reference);
      }
      // The best-ranked application that is not funded is refused, with its grounds.
      for (const item of ordered) {
        if (item.withinBudget && item.meetsThresholds) continue;
        if ((await status(ctx, item.applicationId)) !== 'under_review') continue;
        await decide(
          { id: item.applicationId },
          {
            outcome: 'rejected',
            refusalGrounds: item.meetsThresholds
              ? [
                  {
                    type: 'below_funding_line',
                    budgetCents: apps.calls.call2026.budgetCents,
                    committedAboveCents: item.cumulativeRequestedCents - item.requestedCents,
                    availableCents: Math.max(
                      0,
                      apps.calls.call2026.budgetCents - (item.cumulativeRequestedCents - item.requestedCents),
                    ),
                    requestedCents: item.requestedCents,
                  },
                ]
              : [
                  {
                    type: 'other',
                    text: `De aanvraag haalt de minimumscore niet voor: ${item.failedThresholds.join(', ')} (gemiddelde scores van de deskundigen).`,
                  },
                ],
            ...(item.consensus
              ? {
                  consensusPanel: {
                    members: [
                      'dossierbeheerder Smart Hub (voorzitter)',
                      'de twee deskundigen van de aanvraag',
                    ],
                    meetingDate: item.consensus.at.slice(0, 10),
                  },
                }
              : {}),
            motivation: item.meetsThresholds
              ? `De aanvraag staat op plaats ${item.rank} van de rangschikking. Na de hoger gerangschikte ` +
                'projecten volstaat het budget van de oproep niet meer voor het gevraagde bedrag.'
              : 'De aanvraag haalt de minimumscore voor een of meer criteria niet; de deputatie volgt het ' +
                'advies van de deskundigen.',
          },
        );
        decided2026.push(`${item.reference} (refused)`);
        break;
      }
      const first = ordered.find((i) => i.withinBudget && i.meetsThresholds);
      if (first && (await status(ctx, first.applicationId)) === 'approved') {
        at('2026-11-21T10:00:00+01:00');
        await payOnce(first.applicationId, 'advance');
      }
    }

    clock.reset();
    const letters = await waitForLetters(ctx);
    const ledger = ctx.get(BudgetLedgerService);
    const budget2025 = await ledger.figures(call2025.id);
    const budget2026 = await ledger.figures(apps.calls.call2026.id);
    const medtech = await ctx
      .get(DeMinimisService)
      .usage(base.organisations.medtechHolding.id, clock.today());
    ctx.note(
      `decisions: call 2025 ${history.coldChain.reference} closed (grant lowered by the final report, balance paid), ` +
        `${history.packaging.reference} running (advance paid), ${history.drones.reference} refused; ` +
        `committed ${formatEuro(budget2025.committedCents)} and paid ${formatEuro(budget2025.paidCents)} of ${formatEuro(budget2025.budgetCents)}`,
    );
    ctx.note(
      ranking
        ? `decisions: call 2026 ${decided2026.join(', ') || 'nothing new'} decided` +
            (refusedByCeiling.length > 0
              ? `, ${refusedByCeiling.join(', ')} left under review (de minimis ceiling)`
              : '') +
            `; committed ${formatEuro(budget2026.committedCents)} of ${formatEuro(budget2026.budgetCents)}`
        : 'decisions: call 2026 not decided (no ranking from the reviews step)',
    );
    ctx.note(
      `decision letters: ${letters.done} produced${letters.waiting > 0 ? `, ${letters.waiting} still queued (they run when the server starts)` : ''}`,
    );
    ctx.note(
      `de minimis: the MedTech single undertaking has ${formatEuro(medtech.availableCents)} left of ` +
        `${formatEuro(medtech.ceilingCents)}; a larger share of a grant is refused with DE_MINIMIS_EXCEEDED`,
    );
    return { call2025, history, budget2025, budget2026 };
  } finally {
    clock.reset();
  }
}

/**
 * The letters of the seeded decisions are produced by the in-process worker (or the queue's workers):
 * wait for them, up to two minutes, so that the demo has its PDFs right away.
 */
async function waitForLetters(ctx: SeedContext): Promise<{ done: number; waiting: number }> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const [row] = (await ctx.dataSource.query(
      `SELECT count(*) FILTER (WHERE status IN ('pending','dispatched'))::int AS waiting,
              count(*) FILTER (WHERE status = 'completed')::int AS done
         FROM job_outbox WHERE job_name = 'decision-letter'`,
    )) as { waiting: number; done: number }[];
    if (row.waiting === 0 || Date.now() > deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function status(ctx: SeedContext, applicationId: string): Promise<ApplicationStatus> {
  return (await ctx.dataSource.getRepository(Application).findOneByOrFail({ id: applicationId })).status;
}

/** The 2025 call of the innovation programme (closed): its projects have been decided and carried out. */
async function ensureCall2025(ctx: SeedContext, apps: ApplicationsSeed, staff: Actor): Promise<CallView> {
  const programmes = ctx.get(ProgrammesService);
  const found = await ctx.dataSource
    .getRepository(Call)
    .findOneBy({ programmeId: apps.programme.id, year: 2025 });
  if (found) return programmes.getCall(found.id);
  const clock = ctx.get(Clock);
  clock.travelTo(new Date('2025-01-10T10:00:00+01:00'));
  return programmes.createCall(staff, {
    programmeId: apps.programme.id,
    title: 'Oproep Innovatiesubsidie Vlaams-Brabant 2025',
    year: 2025,
    opensAt: '2025-01-15T00:00:00+01:00',
    closesOn: '2025-10-15',
    budgetCents: euro(550_000),
    minReviewsPerApplication: 2,
    criteria: apps.calls.call2026.criteria,
  });
}

/** Three applications to the 2025 call, submitted in September 2025 and under review by November. */
async function ensureHistory(ctx: SeedContext, base: FoundationSeed, call: CallView, staff: Actor) {
  const o = base.organisations;
  const a = base.applicants;
  const cost = (category: 'staff' | 'operating' | 'subcontracting', description: string, e: number) => ({
    category,
    description,
    amountCents: euro(e),
  });
  const specs: {
    key: 'coldChain' | 'packaging' | 'drones';
    applicant: Actor;
    dto: Omit<CreateApplicationDto, 'callId'>;
  }[] = [
    {
      key: 'coldChain',
      applicant: a.sofie.actor,
      dto: {
        title: 'Voorspellend onderhoud voor koelketens',
        acronym: 'COLD-CHAIN',
        summary:
          'Machine learning op sensordata voorspelt defecten in koelinstallaties van logistieke centra.',
        cluster: 'logistics',
        startDate: '2026-01-01',
        endDate: '2026-10-31',
        requestedCents: euro(120_000),
        partners: [
          {
            organisationId: o.logiflow.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Data-ingenieurs', 170_000),
              cost('operating', 'Sensoren en cloud', 25_000),
            ],
          },
          {
            organisationId: o.uleuven.id,
            role: 'partner',
            costs: [cost('staff', 'Onderzoeker machine learning', 60_000)],
          },
        ],
      },
    },
    {
      key: 'packaging',
      applicant: a.bram.actor,
      dto: {
        title: 'Herbruikbare verpakkingen voor de korte keten',
        acronym: 'LOOP-PACK',
        summary: 'Een retoursysteem met herbruikbare kratten voor hoevewinkels en lokale supermarkten.',
        cluster: 'cleantech',
        startDate: '2026-02-01',
        endDate: '2027-07-31',
        requestedCents: euro(95_000),
        partners: [
          {
            organisationId: o.brabantCleantech.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Projectleider en ontwerpers', 130_000),
              cost('subcontracting', 'Levenscyclusanalyse', 20_000),
            ],
          },
          { organisationId: o.vub.id, role: 'partner', costs: [cost('staff', 'Gedragsonderzoek', 45_000)] },
        ],
      },
    },
    {
      key: 'drones',
      applicant: a.jan.actor,
      dto: {
        title: 'Drones voor gewasmonitoring',
        acronym: 'AGRI-DRONE',
        summary: 'Drones met multispectrale camera’s brengen de gezondheid van fruitboomgaarden in kaart.',
        cluster: 'food',
        startDate: '2026-03-01',
        endDate: '2027-02-28',
        requestedCents: euro(70_000),
        partners: [
          {
            organisationId: o.agrosense.id,
            role: 'coordinator',
            costs: [cost('staff', 'Piloten en analisten', 110_000)],
          },
          {
            organisationId: o.logiflow.id,
            role: 'partner',
            costs: [cost('operating', 'Dataplatform', 30_000)],
          },
        ],
      },
    },
  ];

  const service = ctx.get(ApplicationsService);
  const clock = ctx.get(Clock);
  const out = {} as Record<'coldChain' | 'packaging' | 'drones', ApplicationView>;
  for (const spec of specs) {
    clock.travelTo(new Date('2025-09-18T10:00:00+02:00'));
    const found = await ctx.dataSource
      .getRepository(Application)
      .findOneBy({ callId: call.id, title: spec.dto.title });
    let app = found
      ? await service.get(spec.applicant as Actor, found.id)
      : await service.create(spec.applicant, { ...spec.dto, callId: call.id });
    if (app.status === 'draft') await acceptDemoConsent(ctx, base, app.id);
    if (app.status === 'draft') app = await service.submit(spec.applicant, app.id);
    if (app.status === 'submitted') {
      clock.travelTo(new Date('2025-10-28T14:00:00+01:00'));
      app = await service.screen(staff, app.id, { outcome: 'admissible' });
    }
    if (app.status === 'admissible') {
      // The evaluation of 2025 predates this system's reviews: the applications go straight under review.
      clock.travelTo(new Date('2025-11-05T09:00:00+01:00'));
      await ctx.dataSource.transaction((manager) =>
        service.transition(manager, app.id, 'under_review', staff),
      );
      app = await service.get(staff, app.id);
    }
    out[spec.key] = app;
  }
  return out;
}
