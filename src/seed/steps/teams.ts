import type { Actor } from '../../kernel/actor.js';
import { PartnerConsentService } from '../../domains/applications/partner-consent.service.js';
import { Organisation } from '../../domains/organisations/organisation.entity.js';
import { OrganisationsService } from '../../domains/organisations/organisations.service.js';
import { demoEnterpriseNumber, type SeedContext } from '../seed-context.js';
import type { FoundationSeed } from './foundation.js';

/**
 * Who acts for which organisation (docs/organisations.md): the demo organisations verified by the
 * Smart Hub, a team of two at Vitalis (An administrator, a colleague member), a pending join request
 * at AgroSense, and a newly registered organisation still waiting for verification.
 */
export async function seedTeams(ctx: SeedContext, base: FoundationSeed) {
  const organisations = ctx.get(OrganisationsService);
  const staff = base.staff.smartHub.actor;
  for (const o of Object.values(base.organisations)) {
    const row = await ctx.dataSource.getRepository(Organisation).findOneBy({ id: o.id });
    if (row?.status === 'pending') await organisations.verify(staff, o.id);
  }

  // A team of two: An administers Vitalis; her colleague asked to join and An approved it.
  const colleague = await ctx.ensureUser({
    email: 'kato.demo@vitalis.demo',
    fullName: 'Kato Demo (Vitalis)',
    role: 'applicant',
  });
  const vitalis = base.organisations.vitalis.id;
  if (!(await organisations.members(staff as Actor, vitalis)).some((m) => m.userId === colleague.id)) {
    const request = await organisations.requestJoin(colleague.actor, vitalis, {
      message: 'Ik werk sinds september bij Vitalis als projectleider (demo).',
    });
    await organisations.decideJoinRequest(base.applicants.an.actor, vitalis, request.id, 'approve');
  }

  // A join request the administrator of AgroSense has not answered yet.
  const newcomer = await ctx.ensureUser({
    email: 'robin.demo@agrosense.demo',
    fullName: 'Robin Demo (AgroSense)',
    role: 'applicant',
  });
  await organisations.requestJoin(newcomer.actor, base.organisations.agrosense.id, {
    message: 'Nieuwe collega op de afdeling onderzoek (demo).',
  });

  // Registered by an applicant, not verified yet: it may draft, not submit.
  const founder = await ctx.ensureUser({
    email: 'noor.demo@hageland-robotics.demo',
    fullName: 'Noor Demo (Hageland Robotics)',
    role: 'applicant',
  });
  const pending = await ctx.ensureOrganisation(founder.actor, {
    name: 'Hageland Robotics BV (demo)',
    enterpriseNumber: demoEnterpriseNumber(9),
    kind: 'sme',
    smeSize: 'micro',
    address: { street: 'Demerstraat 4', postalCode: '3290', city: 'Diest', country: 'BE' },
  });

  ctx.note(
    `teams: Vitalis has 2 members, AgroSense a pending join request, ${pending.name} waits for verification`,
  );
  return { colleague, newcomer, founder, pending };
}

/**
 * Every pending partner invitation of a demo application accepted by a member of the invited
 * organisation; an organisation without members first gets one (a demo account whose join request
 * the Smart Hub approves), as a real partner would register and join.
 */
export async function acceptDemoConsent(ctx: SeedContext, base: FoundationSeed, applicationId: string) {
  const consent = ctx.get(PartnerConsentService);
  const organisations = ctx.get(OrganisationsService);
  const staff = base.staff.smartHub.actor;
  for (const invitation of await consent.list(staff, applicationId)) {
    if (invitation.status === 'accepted') continue;
    let members = await organisations.members(staff, invitation.organisationId);
    if (members.length === 0) {
      const slug = invitation.organisationName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      const contact = await ctx.ensureUser({
        email: `partner@${slug}.demo`,
        fullName: `Contact ${invitation.organisationName} (demo)`,
        role: 'applicant',
      });
      const request = await organisations.requestJoin(contact.actor, invitation.organisationId, {});
      await organisations.decideJoinRequest(staff, invitation.organisationId, request.id, 'approve');
      members = await organisations.members(staff, invitation.organisationId);
    }
    const member = members[0];
    await consent.answer(
      { id: member.userId, email: member.email, role: 'applicant' },
      invitation.id,
      'accepted',
    );
  }
}
