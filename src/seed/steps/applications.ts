import { Application } from '../../domains/applications/application.entity.js';
import { ApplicationsService } from '../../domains/applications/applications.service.js';
import { acceptDemoConsent } from './teams.js';
import type {
  ApplicationView,
  CreateApplicationDto,
} from '../../domains/applications/dto/application.dto.js';
import type { ApplicationStatus } from '../../domains/applications/state-machine.js';
import { Clock } from '../../kernel/clock.js';
import type { CallView, CreateCallDto, ProgrammeView } from '../../domains/programmes/dto/programme.dto.js';
import { Call } from '../../domains/programmes/programme.entity.js';
import { DEFAULT_LEGAL_BASIS, ProgrammesService } from '../../domains/programmes/programmes.service.js';
import type { SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';
import type { Actor } from '../../kernel/actor.js';

const euro = (e: number) => Math.round(e * 100);

const CRITERIA: CreateCallDto['criteria'] = [
  { key: 'innovation', label: 'Innovatief karakter', weight: 30, maxScore: 10, threshold: 6 },
  { key: 'impact', label: 'Impact op Vlaams-Brabant', weight: 25, maxScore: 10, threshold: 5 },
  { key: 'consortium', label: 'Kwaliteit van het consortium', weight: 20, maxScore: 10, threshold: 5 },
  { key: 'feasibility', label: 'Haalbaarheid en begroting', weight: 25, maxScore: 10, threshold: 5 },
];

/** The provincial innovation programme, its 2026 and 2027 calls, and applications in each state. */
export async function seedApplications(ctx: SeedContext, base: FoundationSeed) {
  const programmes = ctx.get(ProgrammesService);
  const staff = base.staff.smartHub.actor;

  const existing = await programmes.findProgrammeByCode('IS');
  const programme: ProgrammeView = existing
    ? await programmes.getProgramme(existing.id)
    : await programmes.createProgramme(staff, {
        code: 'IS',
        name: 'Innovatiesubsidie Vlaams-Brabant',
        aidBasis: 'de_minimis',
        legalBasis: DEFAULT_LEGAL_BASIS,
      });

  const ensureCall = async (dto: Omit<CreateCallDto, 'programmeId'>): Promise<CallView> => {
    const found = await ctx.dataSource
      .getRepository(Call)
      .findOneBy({ programmeId: programme.id, year: dto.year });
    if (found) return programmes.getCall(found.id);
    return programmes.createCall(staff, { ...dto, programmeId: programme.id });
  };
  const call2026 = await ensureCall({
    title: 'Oproep Innovatiesubsidie Vlaams-Brabant 2026',
    year: 2026,
    opensAt: '2026-01-15T00:00:00+01:00',
    closesOn: '2026-10-15',
    budgetCents: euro(600_000),
    minReviewsPerApplication: 2,
    criteria: CRITERIA,
  });
  const call2027 = await ensureCall({
    title: 'Oproep Innovatiesubsidie Vlaams-Brabant 2027',
    year: 2027,
    opensAt: '2027-01-15T00:00:00+01:00',
    closesOn: '2027-10-15',
    budgetCents: euro(600_000),
    minReviewsPerApplication: 2,
    criteria: CRITERIA,
  });

  const o = base.organisations;
  const a = base.applicants;
  const cost = (
    category: 'staff' | 'operating' | 'subcontracting' | 'investment',
    description: string,
    e: number,
  ) => ({
    category,
    description,
    amountCents: euro(e),
  });

  const specs: {
    key: string;
    applicant: Actor;
    target: ApplicationStatus;
    reason?: string;
    dto: Omit<CreateApplicationDto, 'callId'>;
  }[] = [
    {
      key: 'draft',
      applicant: a.an.actor,
      target: 'draft',
      dto: {
        title: 'Sneltest voor sepsis op de spoedafdeling',
        acronym: 'SEPSIS-QT',
        summary: 'Vitalis en de universiteit ontwikkelen een sneltest die sepsis binnen het uur aantoont.',
        cluster: 'health',
        startDate: '2027-01-01',
        endDate: '2028-12-31',
        requestedCents: euro(110_000),
        partners: [
          {
            organisationId: o.vitalis.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Twee ingenieurs, 24 maanden', 160_000),
              cost('operating', 'Reagentia', 25_000),
            ],
          },
          {
            organisationId: o.uleuven.id,
            role: 'partner',
            costs: [
              cost('staff', 'Postdoc klinische validatie', 45_000),
              cost('investment', 'Analysetoestel', 30_000),
            ],
          },
        ],
      },
    },
    {
      key: 'submitted',
      applicant: a.jan.actor,
      target: 'submitted',
      dto: {
        title: 'Precisielandbouw met draadloze bodemsensoren',
        acronym: 'SOILSENSE',
        summary: 'Bodemsensoren en een voorspellingsmodel voor irrigatie in de Hagelandse fruitteelt.',
        cluster: 'food',
        startDate: '2027-02-01',
        endDate: '2028-07-31',
        requestedCents: euro(95_000),
        partners: [
          {
            organisationId: o.agrosense.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Productontwikkeling', 120_000),
              cost('subcontracting', 'Veldproeven', 30_000),
            ],
          },
          {
            organisationId: o.uleuven.id,
            role: 'partner',
            costs: [cost('staff', 'Onderzoeker bodemkunde', 50_000)],
          },
        ],
      },
    },
    {
      key: 'returned',
      applicant: a.sofie.actor,
      target: 'returned',
      reason: 'De kostenstaat van de VUB ontbreekt; vul die aan en dien opnieuw in.',
      dto: {
        title: 'Emissievrije stadsdistributie in Leuven',
        acronym: 'ZEROLOG',
        summary: 'Een gedeeld hub-netwerk met elektrische vrachtfietsen voor de binnenstad.',
        cluster: 'logistics',
        startDate: '2027-01-01',
        endDate: '2028-06-30',
        requestedCents: euro(70_000),
        partners: [
          {
            organisationId: o.logiflow.id,
            role: 'coordinator',
            costs: [
              cost('staff', 'Projectleiding en planning', 110_000),
              cost('operating', 'Pilootritten', 40_000),
            ],
          },
          { organisationId: o.vub.id, role: 'partner', costs: [] },
        ],
      },
    },
    {
      key: 'admissible',
      applicant: a.bram.actor,
      target: 'admissible',
      dto: {
        title: 'Warmtenetten voor kmo-zones',
        acronym: 'HEATSHARE',
        summary: 'Restwarmte uitwisselen tussen bedrijven op een bedrijventerrein in Aarschot.',
        cluster: 'cleantech',
        startDate: '2027-01-01',
        endDate: '2029-12-31',
        requestedCents: euro(150_000),
        partners: [
          {
            organisationId: o.brabantCleantech.id,
            role: 'coordinator',
            costs: [cost('staff', 'Ingenieurs', 180_000), cost('operating', 'Meetcampagne', 40_000)],
          },
          {
            organisationId: o.uleuven.id,
            role: 'partner',
            costs: [
              cost('staff', 'Thermische modellering', 90_000),
              cost('investment', 'Warmtepomp', 60_000),
            ],
          },
          // The province grants this subsidy: it is never a partner in it (issue #17).
          {
            organisationId: o.vub.id,
            role: 'partner',
            costs: [cost('operating', 'Ruimtelijke afstemming', 10_000)],
          },
        ],
      },
    },
    {
      key: 'admissible2',
      applicant: a.an.actor,
      target: 'admissible',
      dto: {
        title: 'Virtuele realiteit voor de opleiding van zorgpersoneel',
        acronym: 'CARE-VR',
        summary: 'VR-scenario’s om verpleegkundigen te trainen in noodsituaties.',
        cluster: 'creativity',
        startDate: '2027-03-01',
        endDate: '2028-08-31',
        requestedCents: euro(80_000),
        language: 'en',
        partners: [
          {
            organisationId: o.vitalis.id,
            role: 'coordinator',
            costs: [cost('staff', 'Ontwikkelaars', 100_000), cost('subcontracting', '3D-studio', 30_000)],
          },
          {
            organisationId: o.vub.id,
            role: 'partner',
            costs: [cost('staff', 'Didactisch onderzoek', 40_000)],
          },
        ],
      },
    },
    {
      key: 'inadmissible',
      applicant: a.tom.actor,
      target: 'inadmissible',
      // (Two organisations of one single undertaking are one partner: the system refuses such a consortium
      // at submission (min_partners), so staff never see it; this one fails on a screening ground.)
      reason:
        'Het project wordt niet in Vlaams-Brabant uitgevoerd: de prototypes worden gebouwd en getest in de ' +
        'vestiging in Lyon, en het reglement vereist uitvoering in de provincie.',
      dto: {
        title: 'Slimme infuuspomp',
        summary: 'Een infuuspomp die doseerfouten detecteert.',
        cluster: 'health',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        requestedCents: euro(60_000),
        partners: [
          {
            organisationId: o.medtechHolding.id,
            role: 'coordinator',
            costs: [cost('staff', 'R&D-team', 150_000)],
          },
          {
            organisationId: o.uleuven.id,
            role: 'partner',
            costs: [cost('staff', 'Klinische validatie', 10_000)],
          },
        ],
      },
    },
    {
      key: 'withdrawn',
      applicant: a.an.actor,
      target: 'withdrawn',
      reason: 'De partner stapt uit het project.',
      dto: {
        title: 'Voedingsapp voor mensen met diabetes',
        summary: 'Een app die maaltijden herkent en de glykemische last inschat.',
        cluster: 'food',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
        requestedCents: euro(40_000),
        partners: [
          {
            organisationId: o.vitalis.id,
            role: 'coordinator',
            costs: [cost('staff', 'App-ontwikkeling', 70_000)],
          },
          { organisationId: o.agrosense.id, role: 'partner', costs: [cost('staff', 'Voedingsdata', 20_000)] },
        ],
      },
    },
  ];

  const service = ctx.get(ApplicationsService);
  const clock = ctx.get(Clock);
  const applications: Record<string, ApplicationView> = {};
  try {
    for (const spec of specs) {
      // Drafted and submitted in September, while the 2026 call was open; screened after it closed.
      clock.travelTo(new Date('2026-09-20T10:00:00+02:00'));
      const found = await ctx.dataSource
        .getRepository(Application)
        .findOneBy({ callId: call2026.id, title: spec.dto.title });
      let app = found
        ? await service.get(spec.applicant as Actor, found.id)
        : await service.create(spec.applicant, { ...spec.dto, callId: call2026.id });
      if (spec.target === 'draft') {
        // The draft keeps its partner's invitation open: the partner has not answered yet.
        applications[spec.key] = app;
        continue;
      }
      if (app.status === 'draft') await acceptDemoConsent(ctx, base, app.id);
      if (app.status === 'draft') app = await service.submit(spec.applicant, app.id);
      clock.travelTo(new Date('2026-10-27T14:00:00+01:00'));
      if (app.status === 'submitted' && spec.target === 'withdrawn') {
        app = await service.withdraw(spec.applicant, app.id, { reason: spec.reason });
      }
      if (app.status === 'submitted' && ['returned', 'admissible', 'inadmissible'].includes(spec.target)) {
        app = await service.screen(staff, app.id, {
          outcome: spec.target as 'returned' | 'admissible' | 'inadmissible',
          reason: spec.reason,
        });
      }
      applications[spec.key] = app;
    }
  } finally {
    clock.reset();
  }

  ctx.note(
    `programme IS with calls 2026 (closed 15 October, € 600.000) and 2027 (upcoming); ` +
      `${specs.length} applications: ${Object.values(applications)
        .map((x) => `${x.reference} ${x.status}`)
        .join(', ')}`,
  );
  return { programme, calls: { call2026, call2027 }, applications };
}

export type ApplicationsSeed = Awaited<ReturnType<typeof seedApplications>>;
