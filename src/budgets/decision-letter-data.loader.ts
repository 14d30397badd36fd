import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Application, ApplicationPartner } from '../applications/application.entity.js';
import { DomainError } from '../common/errors.js';
import type { DecisionLetterData, DecisionLetterDataLoader } from '../letters/decision-letter-data.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Call, Programme } from '../programmes/programme.entity.js';
import { User } from '../users/user.entity.js';
import { regulationOn } from './de-minimis.js';
import { Decision } from './decision.entity.js';
import { advanceAmount } from './payments.js';

/** Who signs decision letters on behalf of the deputation (the deputy for the economy). */
export const LETTER_SIGNATORY = {
  name: 'Ann Schevenels',
  function: { nl: 'gedeputeerde voor Economie', en: 'Deputy for the Economy' },
} as const;

const REGULATION_TITLES: Record<'2023/2831' | '1407/2013', { nl: string; en: string }> = {
  '2023/2831': {
    nl: 'Verordening (EU) 2023/2831 van de Commissie van 13 december 2023',
    en: 'Commission Regulation (EU) 2023/2831 of 13 December 2023',
  },
  '1407/2013': {
    nl: 'Verordening (EU) nr. 1407/2013 van de Commissie van 18 december 2013',
    en: 'Commission Regulation (EU) No 1407/2013 of 18 December 2013',
  },
};

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Builds the data of a decision letter from the decision tables (registered as
 * `DECISION_LETTER_DATA_LOADER`; the `decision-letter` job calls it in its own transaction):
 * the application as submitted (its snapshot), the coordinator and its address, the call and the
 * programme's legal basis, the decision, the payment schedule of an approval and the de minimis
 * statement where the programme grants de minimis aid.
 */
@Injectable()
export class DecisionLetterDataLoaderImpl implements DecisionLetterDataLoader {
  async load(manager: EntityManager, decisionId: string): Promise<DecisionLetterData> {
    const decision = await manager.findOneBy(Decision, { id: decisionId });
    if (!decision) throw DomainError.notFound('Decision', decisionId);
    const application = await manager.findOneByOrFail(Application, { id: decision.applicationId });
    const snapshot = application.snapshot;
    if (!snapshot) throw new Error(`Decided application ${application.id} has no snapshot`);
    const call = await manager.findOneByOrFail(Call, { id: application.callId });
    const programme = await manager.findOneByOrFail(Programme, { id: call.programmeId });
    const coordinatorPartner = await manager.findOneByOrFail(ApplicationPartner, {
      applicationId: application.id,
      role: 'coordinator',
    });
    const coordinator = await manager.findOneByOrFail(Organisation, {
      id: coordinatorPartner.organisationId,
    });
    const contact = await manager.findOneBy(User, { id: application.createdBy });
    const language = application.language;
    const approved = decision.outcome === 'approved';
    const grantedCents = decision.grantedCents ?? 0;
    const advancePct = programme.rules.advancePaymentPct;
    const advanceCents = approved ? advanceAmount(grantedCents, advancePct) : 0;

    return {
      language,
      decisionId: decision.id,
      applicationId: application.id,
      letterDate: decision.decidedOn,
      reference: application.reference,
      applicationTitle: snapshot.title,
      ...(snapshot.acronym ? { acronym: snapshot.acronym } : {}),
      submissionDate: BRUSSELS_DATE.format(new Date(snapshot.submittedAt)),
      call: { title: call.title, year: call.year },
      programme: { name: programme.name, legalBasis: programme.legalBasis },
      addressee: {
        name: coordinator.name,
        addressLines: addressLines(coordinator),
        contactPerson: contact?.fullName ?? coordinator.name,
      },
      outcome: decision.outcome,
      grantedCents,
      requestedCents: decision.requestedCents,
      eligibleCostsCents: decision.eligibleCostsCents,
      fundingRatePct: decision.fundingRatePct ?? 0,
      project: { startDate: snapshot.startDate, endDate: snapshot.endDate },
      motivation: decision.motivation,
      ...(decision.evaluationScore !== null
        ? {
            evaluation: {
              score: decision.evaluationScore,
              ...(decision.evaluationRank !== null ? { rank: decision.evaluationRank } : {}),
              thresholdMet: decision.evaluationThresholdsMet === true,
            },
          }
        : {}),
      ...(approved && advancePct > 0
        ? { payment: { advancePct, advanceCents, balanceCents: grantedCents - advanceCents } }
        : {}),
      ...(approved && programme.aidBasis === 'de_minimis'
        ? {
            deMinimis: {
              applies: true,
              regulation: REGULATION_TITLES[regulationOn(decision.decidedOn)][language],
            },
          }
        : {}),
      signatory: { name: LETTER_SIGNATORY.name, function: LETTER_SIGNATORY.function[language] },
    };
  }
}

function addressLines(o: Organisation): string[] {
  const lines: string[] = [];
  if (o.street) lines.push(o.street);
  const city = [o.postalCode, o.city].filter(Boolean).join(' ');
  if (city) lines.push(city);
  if (o.country && o.country !== 'BE') lines.push(o.country);
  return lines;
}
