import { Clock } from '../../kernel/clock.js';
import type {
  CreateActivityDto,
  CreateExpenseDto,
  CreateIndicatorDto,
} from '../../domains/erdf/dto/erdf.dto.js';
import { ErdfClaimsService } from '../../domains/erdf/erdf-claims.service.js';
import { ErdfService } from '../../domains/erdf/erdf.service.js';
import { demoEnterpriseNumber, type SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

const PROJECT_NUMBER = '1161';

/**
 * ERDF project nr. 1161 with its sourced facts (SPEC.md §2, issue #17 "Honest demo data"): number,
 * title, period, coordinator (Smart Hub Health of the province), partners DSP Valley and Leuven MindGate,
 * FlandersBio (its partnership is inferred from the source's "life sciences" partner, and its name
 * says so), and the activities with the dates and places the source gives: Life-on-Chip
 * on 21–22 February 2019 in Leuven, organised by the province, 143 participants (the same source also
 * says about 230); acquisition actions at The MedTech Conference (USA, 24–26 Sep 2018) and at the
 * Single Cell seminar (USA, 28 Sep 2018); no venue for "Going International", which the source does
 * not name. Everything else is invented and marked so: the project is created with `demo: true`, shown
 * in every format of its report (budgets, expenses, claims, indicator targets and values), and the
 * organisations carry "(demo)" and fictitious enterprise numbers. Two claims (the first two reporting
 * periods): the first paid, the second submitted.
 * Idempotent: everything is found by its natural key (project number, invoice reference, code, …).
 */
export async function seedErdf(ctx: SeedContext, base: FoundationSeed) {
  const staff = base.staff.smartHub.actor;
  const finance = base.staff.finance.actor;
  const erdf = ctx.get(ErdfService);
  const claims = ctx.get(ErdfClaimsService);
  const clock = ctx.get(Clock);
  const db = ctx.dataSource;

  const address = (street: string, postalCode: string, city: string) => ({
    street,
    postalCode,
    city,
    country: 'BE',
  });
  const province = base.organisations.province; // Smart Hub Health (Province of Flemish Brabant)
  const flandersBio = await ctx.ensureOrganisation(staff, {
    name: 'FlandersBio vzw (demo; partner inferred)',
    enterpriseNumber: demoEnterpriseNumber(10),
    kind: 'non_profit',
    address: address('Technologiepark 82', '9052', 'Zwijnaarde'),
  });
  const dspValley = await ctx.ensureOrganisation(staff, {
    name: 'DSP Valley vzw (demo)',
    enterpriseNumber: demoEnterpriseNumber(11),
    kind: 'non_profit',
    address: address('Gaston Geenslaan 9', '3001', 'Leuven'),
  });
  const mindGate = await ctx.ensureOrganisation(staff, {
    name: 'Leuven MindGate vzw (demo)',
    enterpriseNumber: demoEnterpriseNumber(12),
    kind: 'non_profit',
    address: address('Sluisstraat 79', '3000', 'Leuven'),
  });

  const projectId =
    (await erdf.findIdByNumber(PROJECT_NUMBER)) ??
    (
      await erdf.createProject(staff, {
        projectNumber: PROJECT_NUMBER,
        title:
          'Internationalization of Flemish SMEs, scale-ups and start-ups in the sector of MedTech, BioTech and RegMed',
        startDate: '2017-06-01',
        endDate: '2019-05-31',
        coordinatorOrganisationId: province.id,
        partners: [
          { organisationId: province.id, budgetCents: 30_000_000 },
          { organisationId: flandersBio.id, budgetCents: 20_000_000 },
          { organisationId: dspValley.id, budgetCents: 17_000_000 },
          { organisationId: mindGate.id, budgetCents: 13_000_000 },
        ],
        financing: { erdfRatePct: 40, provinceRatePct: 40, ownContributionRatePct: 20 },
        // The budgets above, the expenses, claims and indicator figures below are invented.
        demo: true,
      })
    ).id;

  // Indicators: invented targets for an internationalisation project (the project is marked demo).
  const indicators: CreateIndicatorDto[] = [
    {
      code: 'O1',
      name: 'Companies receiving non-financial support',
      kind: 'output',
      unit: 'companies',
      target: 60,
    },
    {
      code: 'O2',
      name: 'Participants in matchmaking, cluster sessions and conferences',
      kind: 'output',
      unit: 'participants',
      target: 300,
    },
    {
      code: 'R1',
      name: 'SMEs with a new international partnership',
      kind: 'result',
      unit: 'companies',
      target: 15,
    },
    {
      code: 'I1',
      name: 'Additional export turnover of supported companies',
      kind: 'impact',
      unit: 'EUR thousand',
      target: 2_000,
    },
  ];
  const existingCodes = (
    (await db.query('SELECT code FROM erdf_indicator WHERE project_id = $1', [projectId])) as {
      code: string;
    }[]
  ).map((r) => r.code);
  for (const indicator of indicators) {
    if (!existingCodes.includes(indicator.code)) await erdf.addIndicator(staff, projectId, indicator);
  }

  // Activities exactly as SPEC.md §2 lists them. Where it gives a month only, the dates span it.
  const activities: CreateActivityDto[] = [
    {
      kind: 'matchmaking',
      title: 'Matchmaking with BioRegio Stern',
      startDate: '2017-09-17',
      place: 'Leuven',
      indicatorCodes: ['O1', 'O2'],
    },
    {
      kind: 'training',
      title: 'Going International (modular training)',
      startDate: '2018-03-01',
      endDate: '2018-11-30',
      place: 'not stated in the source',
      indicatorCodes: ['O1'],
    },
    {
      kind: 'matchmaking',
      title: 'Matchmaking at The MedTech Conference',
      startDate: '2018-09-24',
      endDate: '2018-09-26',
      place: 'USA',
      indicatorCodes: ['O1', 'O2'],
    },
    {
      kind: 'matchmaking',
      title: 'Cluster sessions at BioJapan',
      startDate: '2018-10-10',
      endDate: '2018-10-12',
      place: 'Japan',
      indicatorCodes: ['O1', 'O2'],
    },
    {
      kind: 'matchmaking',
      title: 'Cluster session with Boston Scientific',
      startDate: '2018-11-12',
      place: 'Leuven',
      indicatorCodes: ['O1', 'O2'],
    },
    {
      // 143 participants as the source counts them; the same source also says "about 230".
      kind: 'conference',
      title: 'Life-on-Chip – The Road from Idea to Reality (organised by the province)',
      startDate: '2019-02-21',
      endDate: '2019-02-22',
      place: 'Leuven',
      participants: 143,
      indicatorCodes: ['O2'],
    },
    {
      kind: 'acquisition',
      title: 'Acquisition actions at The MedTech Conference',
      startDate: '2018-09-24',
      endDate: '2018-09-26',
      place: 'USA',
      indicatorCodes: ['R1'],
    },
    {
      kind: 'acquisition',
      title: 'Acquisition actions at the Single Cell seminar',
      startDate: '2018-09-28',
      place: 'USA',
      indicatorCodes: ['R1'],
    },
  ];
  const existingActivities = (
    (await db.query('SELECT title FROM erdf_activity WHERE project_id = $1', [projectId])) as {
      title: string;
    }[]
  ).map((r) => r.title);
  for (const activity of activities) {
    if (!existingActivities.includes(activity.title)) await erdf.addActivity(staff, projectId, activity);
  }

  const values: [string, string, number, string][] = [
    ['O1', '2017-09-30', 9, 'Companies at the BioRegio Stern matchmaking'],
    ['O1', '2018-05-31', 14, 'Going International, first modules'],
    ['O1', '2018-11-30', 22, 'MedTech Conference, BioJapan, Boston Scientific'],
    ['O2', '2017-09-30', 38, 'BioRegio Stern matchmaking'],
    ['O2', '2018-11-30', 61, 'MedTech Conference, BioJapan, Boston Scientific'],
    [
      'O2',
      '2019-02-22',
      143,
      'Life-on-Chip conference: 143 participants (sourced; the same source also says about 230)',
    ],
    ['R1', '2018-12-31', 6, 'Partnerships reported by participants'],
    ['R1', '2019-05-31', 11, 'Partnerships reported by participants'],
    ['I1', '2019-05-31', 850, 'Survey of supported companies'],
  ];
  const existingValues = (
    (await db.query(
      `SELECT i.code, v."on"::text AS on FROM erdf_indicator_value v
         JOIN erdf_indicator i ON i.id = v.indicator_id WHERE i.project_id = $1`,
      [projectId],
    )) as { code: string; on: string }[]
  ).map((r) => `${r.code}@${r.on}`);
  for (const [code, on, value, note] of values) {
    if (!existingValues.includes(`${code}@${on}`)) {
      await erdf.addIndicatorValue(staff, projectId, code, { on, value, note });
    }
  }

  // Invented expenses (the project is marked demo), found again by their invoice reference.
  const E = (
    partner: { id: string },
    category: CreateExpenseDto['category'],
    amountCents: number,
    incurredOn: string,
    paidOn: string,
    description: string,
    invoiceRef: string,
  ): CreateExpenseDto => ({
    partnerOrganisationId: partner.id,
    category,
    amountCents,
    incurredOn,
    paidOn,
    description,
    invoiceRef,
  });
  const expenses: CreateExpenseDto[] = [
    // Period 1: June – September 2017
    E(
      province,
      'staff',
      2_145_000,
      '2017-06-01',
      '2017-07-31',
      'Project coordinator, Jun–Jul 2017',
      'VB-SAL-2017-07',
    ),
    E(
      province,
      'staff',
      2_145_000,
      '2017-08-01',
      '2017-09-29',
      'Project coordinator, Aug–Sep 2017',
      'VB-SAL-2017-09',
    ),
    E(
      flandersBio,
      'staff',
      1_680_000,
      '2017-06-01',
      '2017-09-28',
      'Business developer, Jun–Sep 2017',
      'FB-SAL-2017-Q3',
    ),
    E(
      dspValley,
      'staff',
      1_250_000,
      '2017-06-01',
      '2017-09-28',
      'Cluster manager, Jun–Sep 2017',
      'DSP-SAL-2017-Q3',
    ),
    E(
      flandersBio,
      'travel',
      48_650,
      '2017-09-17',
      '2017-09-25',
      'Travel BioRegio Stern delegation',
      'FB-TRV-2017-014',
    ),
    E(
      province,
      'other',
      365_000,
      '2017-09-17',
      '2017-09-27',
      'Venue and catering matchmaking Leuven',
      'VB-2017-0912',
    ),
    // Period 2: October 2017 – January 2018
    E(
      province,
      'staff',
      4_290_000,
      '2017-10-01',
      '2018-01-31',
      'Project coordinator, Oct 2017–Jan 2018',
      'VB-SAL-2018-01',
    ),
    E(
      mindGate,
      'staff',
      980_000,
      '2017-10-01',
      '2018-01-30',
      'Health community manager, Oct–Jan',
      'LMG-SAL-2018-01',
    ),
    E(
      mindGate,
      'external_expertise',
      725_000,
      '2017-11-06',
      '2017-12-15',
      'Market study North America',
      'LMG-2017-088',
    ),
    E(
      dspValley,
      'equipment',
      312_500,
      '2017-12-04',
      '2018-01-10',
      'Demonstrator kit for trade fairs',
      'DSP-2017-231',
    ),
    // Later periods: not claimed yet
    E(
      flandersBio,
      'external_expertise',
      1_450_000,
      '2018-03-01',
      '2018-11-30',
      'Trainers Going International',
      'FB-2018-301',
    ),
    E(
      dspValley,
      'travel',
      412_300,
      '2018-09-23',
      '2018-10-05',
      'Mission The MedTech Conference, USA',
      'DSP-TRV-2018-044',
    ),
    E(
      flandersBio,
      'travel',
      389_900,
      '2018-10-09',
      '2018-10-22',
      'Cluster sessions BioJapan',
      'FB-TRV-2018-052',
    ),
    // The province organised Life-on-Chip: its (invented) costs are the province's.
    E(
      province,
      'other',
      1_120_000,
      '2019-02-22',
      '2019-03-15',
      'Life-on-Chip conference, Leuven',
      'VB-2019-0222',
    ),
  ];
  const existingRefs = (
    (await db.query('SELECT invoice_ref FROM erdf_expense WHERE project_id = $1', [projectId])) as {
      invoice_ref: string;
    }[]
  ).map((r) => r.invoice_ref);
  for (const expense of expenses) {
    if (!existingRefs.includes(expense.invoiceRef)) await erdf.addExpense(finance, projectId, expense);
  }

  // Two claims over the first two reporting periods, acted on at the dates they happened.
  const claimAt = [
    { requested: '2017-10-20T09:00:00Z', paid: '2017-12-15', pay: true },
    { requested: '2018-02-20T09:00:00Z', paid: null, pay: false },
  ];
  try {
    for (let i = 0; i < claimAt.length; i++) {
      const existing = (await db.query(
        'SELECT id, status FROM erdf_claim WHERE project_id = $1 AND number = $2',
        [projectId, i + 1],
      )) as { id: string; status: string }[];
      clock.travelTo(new Date(claimAt[i].requested));
      const claim = existing[0] ?? (await claims.create(finance, projectId, {}));
      let status = existing[0]?.status ?? 'draft';
      if (status === 'draft') {
        await claims.submit(finance, projectId, claim.id, { submittedOn: claimAt[i].requested.slice(0, 10) });
        status = 'submitted';
      }
      const paidOn = claimAt[i].paid;
      if (status === 'submitted' && claimAt[i].pay && paidOn) {
        clock.travelTo(new Date(`${paidOn}T12:00:00Z`));
        const [{ erdf }] = (await db.query('SELECT erdf_cents::text AS erdf FROM erdf_claim WHERE id = $1', [
          claim.id,
        ])) as { erdf: string }[];
        await claims.markPaid(finance, projectId, claim.id, { paidOn, paidCents: Number(erdf) });
      }
    }
  } finally {
    clock.reset();
  }

  ctx.note(
    `ERDF project ${PROJECT_NUMBER}: 4 partners, ${activities.length} activities, ${indicators.length} indicators, ${expenses.length} expenses, 2 claims`,
  );
  return { projectId };
}
