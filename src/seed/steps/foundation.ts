import type { OrganisationView } from '../../domains/organisations/dto/organisation.dto.js';
import { OrganisationsService } from '../../domains/organisations/organisations.service.js';
import { demoEnterpriseNumber, type SeedContext } from '../seed-context.js';

const DOMAIN = 'demo.vlaams-brabant.be';

/** Accounts and organisations every later step builds on. */
export async function seedFoundation(ctx: SeedContext) {
  const admin = await ctx.ensureUser({
    email: `admin@${DOMAIN}`,
    fullName: 'Demo Administrator',
    role: 'admin',
  });
  const smartHub = await ctx.ensureUser({
    email: `els.janssens@${DOMAIN}`,
    fullName: 'Els Janssens (Smart Hub)',
    role: 'staff',
  });
  const finance = await ctx.ensureUser({
    email: `pieter.claes@${DOMAIN}`,
    fullName: 'Pieter Claes (Financiën)',
    role: 'staff',
  });

  const an = await ctx.ensureUser({
    email: 'an.peeters@vitalis.demo',
    fullName: 'An Peeters',
    role: 'applicant',
  });
  const jan = await ctx.ensureUser({
    email: 'jan.devos@agrosense.demo',
    fullName: 'Jan De Vos',
    role: 'applicant',
  });
  const sofie = await ctx.ensureUser({
    email: 'sofie.maes@logiflow.demo',
    fullName: 'Sofie Maes',
    role: 'applicant',
  });
  const bram = await ctx.ensureUser({
    email: 'bram.wouters@brabantcleantech.demo',
    fullName: 'Bram Wouters',
    role: 'applicant',
  });
  const lies = await ctx.ensureUser({
    email: 'lies.vermeulen@uleuven.demo',
    fullName: 'Prof. Lies Vermeulen',
    role: 'applicant',
  });
  const tom = await ctx.ensureUser({
    email: 'tom.hermans@medtech-europe.demo',
    fullName: 'Tom Hermans',
    role: 'applicant',
  });

  const address = (street: string, postalCode: string, city: string) => ({
    street,
    postalCode,
    city,
    country: 'BE',
  });
  const organisations = {
    vitalis: await ctx.ensureOrganisation(an.actor, {
      name: 'Vitalis Diagnostics BV',
      enterpriseNumber: demoEnterpriseNumber(1),
      kind: 'sme',
      smeSize: 'small',
      address: address('Kapeldreef 60', '3001', 'Leuven'),
      iban: 'BE68539007547034',
    }),
    agrosense: await ctx.ensureOrganisation(jan.actor, {
      name: 'AgroSense BV',
      enterpriseNumber: demoEnterpriseNumber(2),
      kind: 'sme',
      smeSize: 'micro',
      address: address('Grote Markt 12', '3300', 'Tienen'),
    }),
    logiflow: await ctx.ensureOrganisation(sofie.actor, {
      name: 'LogiFlow NV',
      enterpriseNumber: demoEnterpriseNumber(3),
      kind: 'sme',
      smeSize: 'medium',
      address: address('Havendoklaan 19', '1800', 'Vilvoorde'),
    }),
    brabantCleantech: await ctx.ensureOrganisation(bram.actor, {
      name: 'Brabant Cleantech BV',
      enterpriseNumber: demoEnterpriseNumber(4),
      kind: 'sme',
      smeSize: 'small',
      address: address('Nieuwlandlaan 55', '3200', 'Aarschot'),
    }),
    medtechHolding: await ctx.ensureOrganisation(tom.actor, {
      name: 'MedTech Europe Holding NV',
      enterpriseNumber: demoEnterpriseNumber(5),
      kind: 'large_enterprise',
      address: address('Leonardo da Vincilaan 9', '1930', 'Zaventem'),
    }),
    medtechLeuven: await ctx.ensureOrganisation(tom.actor, {
      name: 'MedTech Leuven BV',
      enterpriseNumber: demoEnterpriseNumber(6),
      kind: 'large_enterprise',
      address: address('Romeinse Straat 18', '3001', 'Leuven'),
    }),
    uleuven: await ctx.ensureOrganisation(lies.actor, {
      name: 'Universiteit Leuven (demo)',
      enterpriseNumber: demoEnterpriseNumber(7),
      kind: 'knowledge_institution',
      address: address('Naamsestraat 22', '3000', 'Leuven'),
    }),
    vub: await ctx.ensureOrganisation(smartHub.actor, {
      name: 'Vrije Universiteit Brussel (demo)',
      enterpriseNumber: demoEnterpriseNumber(8),
      kind: 'knowledge_institution',
      address: address('Pleinlaan 2', '1050', 'Elsene'),
    }),
    province: await ctx.ensureOrganisation(smartHub.actor, {
      // The grantor itself, with its own number (PROVINCE_ENTERPRISE_NUMBER): the coordinator of ERDF
      // project 1161, never a partner in one of its own grants (submission refuses that).
      name: 'Provincie Vlaams-Brabant',
      enterpriseNumber: ctx.config.province.enterpriseNumber,
      kind: 'public_body',
      address: address('Provincieplein 1', '3010', 'Leuven'),
    }),
  } satisfies Record<string, OrganisationView>;

  // MedTech Leuven is a subsidiary of the holding: together one single undertaking (de minimis).
  const links = await ctx.get(OrganisationsService).links(smartHub.actor, organisations.medtechHolding.id);
  if (
    !links.some((l) => [l.organisationId, l.linkedOrganisationId].includes(organisations.medtechLeuven.id))
  ) {
    await ctx.get(OrganisationsService).link(smartHub.actor, organisations.medtechHolding.id, {
      linkedOrganisationId: organisations.medtechLeuven.id,
      relation: 'subsidiary',
    });
  }

  const evaluators = {
    marc: await ctx.ensureUser({
      email: 'marc.dubois@evaluator.demo',
      fullName: 'Dr. Marc Dubois',
      role: 'evaluator',
    }),
    katrien: await ctx.ensureUser({
      email: 'katrien.smets@evaluator.demo',
      fullName: 'Katrien Smets',
      role: 'evaluator',
    }),
    hilde: await ctx.ensureUser({
      email: 'hilde.willems@evaluator.demo',
      fullName: 'Hilde Willems',
      role: 'evaluator',
    }),
    // Works at the university: detected as a conflict of interest where it is a partner.
    wim: await ctx.ensureUser({
      email: 'wim.jacobs@uleuven.demo',
      fullName: 'Prof. Wim Jacobs',
      role: 'evaluator',
      organisationId: organisations.uleuven.id,
    }),
  };

  ctx.note(
    `accounts: admin, 2 staff, 6 applicants, 4 evaluators; ${Object.keys(organisations).length} organisations`,
  );
  return {
    admin,
    staff: { smartHub, finance },
    applicants: { an, jan, sofie, bram, lies, tom },
    evaluators,
    organisations,
  };
}

export type FoundationSeed = Awaited<ReturnType<typeof seedFoundation>>;
