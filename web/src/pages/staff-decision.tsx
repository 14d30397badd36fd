import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useApplication, useDecision } from '../api/queries';
import { downloadFile, useBudget, useCallOf, useLetterVersions, useRanking } from '../api/review-queries';
import { Fact } from '../components/facts';
import { FailureNotice } from '../components/failure';
import {
  Choices,
  DateInput,
  type DateParts,
  ErrorSummary,
  fromIsoDate,
  type Problem,
  problemOf,
  SelectInput,
  TextInput,
  toIsoDate,
} from '../components/forms';
import { ErrorMessage, Loading, PageTitle } from '../components/layout';
import { LetterDownloadStatus, type LetterState } from '../components/letter-status';
import { StatusTag } from '../components/status';
import {
  euroInputValue,
  formatDate,
  formatDateTime,
  formatEuro,
  type Locale,
  parseEuroInput,
} from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

type RankingItem = Schemas['RankingItemView'];
type Ranking = Schemas['RankingView'];

const num = (value: number, locale: Locale, digits = 2) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: digits }).format(value);

/** The call's budget from its ledger: budget, committed, paid, available. Always on screen where money is decided. */
export function BudgetPanel({ callId }: { callId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const budget = useBudget(callId);
  if (!budget.data) return budget.error ? <ErrorMessage error={budget.error} /> : null;
  const b = budget.data;
  return (
    <section className="budget-panel" aria-labelledby="budget-title">
      <h2 id="budget-title" className="visually-hidden">
        {t('budget.title')}
      </h2>
      <dl className="facts" aria-live="polite">
        <Fact term={t('budget.budget')}>{formatEuro(b.budgetCents, locale)}</Fact>
        <Fact term={t('budget.committed')}>{formatEuro(b.committedCents, locale)}</Fact>
        <Fact term={t('budget.paid')}>{formatEuro(b.paidCents, locale)}</Fact>
        <div>
          <dt>{t('budget.available')}</dt>
          <dd id="budget-available">{formatEuro(b.availableCents, locale)}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * The ranking of a call: score, rank, thresholds, cumulative amount and the funding line drawn across
 * the table where the budget runs out; the calibrated (z-score) rank beside the raw one and the
 * disagreement flag; the consensus entered as a panel act; a decision per application.
 */
export function RankingPage({ callId }: { callId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const ranking = useRanking(callId);
  const [consensusFor, setConsensusFor] = useState<RankingItem>();
  const r = ranking.data;
  return (
    <>
      <PageTitle caption={r?.callTitle}>{t('ranking.title')}</PageTitle>
      <BudgetPanel callId={callId} />
      {ranking.isPending ? <Loading /> : null}
      {ranking.error ? <ErrorMessage error={ranking.error} /> : null}
      {r ? (
        <>
          <p>
            {t('ranking.intro', { min: r.minReviewsPerApplication, limit: num(r.disagreementLimit, locale) })}
          </p>
          <p id="funding-line-summary">
            {t('ranking.lineSummary', {
              n: r.fundingLine.applicationsWithinBudget,
              requested: formatEuro(r.fundingLine.requestedWithinBudgetCents, locale),
              budget: formatEuro(r.fundingLine.budgetCents, locale),
              remaining: formatEuro(r.fundingLine.remainingCents, locale),
            })}
          </p>
          {r.items.length === 0 ? (
            <p>{t('ranking.none')}</p>
          ) : (
            // a wide table scrolls sideways on a narrow screen, and can be scrolled with the keyboard
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="ranking-caption">
              <RankingTable ranking={r} onConsensus={setConsensusFor} />
            </div>
          )}
          <details>
            <summary>{t('ranking.orderTitle')}</summary>
            <ol>
              {r.order.map((o) => (
                <li key={o} lang="en">
                  {o}
                </li>
              ))}
            </ol>
          </details>
          <RegenerateLetters callId={callId} />
        </>
      ) : null}
      {consensusFor ? (
        <ConsensusDialog item={consensusFor} callId={callId} onClose={() => setConsensusFor(undefined)} />
      ) : null}
    </>
  );
}

function RankingTable({
  ranking: r,
  onConsensus,
}: {
  ranking: Ranking;
  onConsensus: (i: RankingItem) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  // the funding line goes under the last application within the budget (or on top when none fits)
  const lastWithin = r.items.reduce((last, item, i) => (item.withinBudget ? i : last), -1);
  const line = (
    <tr className="funding-line" id="funding-line">
      <td colSpan={9}>
        {t('ranking.line', {
          budget: formatEuro(r.fundingLine.budgetCents, locale),
          remaining: formatEuro(r.fundingLine.remainingCents, locale),
        })}
      </td>
    </tr>
  );
  return (
    <table className="table ranking">
      <caption id="ranking-caption">{t('ranking.caption', { n: r.items.length })}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('ranking.rank')}
          </th>
          <th scope="col" className="num">
            {t('ranking.calibratedRank')}
          </th>
          <th scope="col">{t('apps.project')}</th>
          <th scope="col" className="num">
            {t('ranking.score')}
          </th>
          <th scope="col">{t('ranking.thresholds')}</th>
          <th scope="col" className="num">
            {t('apps.requested')}
            <div className="caption">{t('ranking.cumulative')}</div>
          </th>
          <th scope="col">{t('ranking.reviews')}</th>
          <th scope="col">{t('apps.status')}</th>
          <th scope="col">{t('reviewCalls.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {lastWithin === -1 ? line : null}
        {r.items.map((item, i) => (
          <Fragment key={item.applicationId}>
            <tr className={item.withinBudget ? undefined : 'below-line'}>
              <td className="num">{item.rank ?? '—'}</td>
              <td className="num">
                {item.normalisedRank ?? '—'}
                {item.rank !== null && item.normalisedRank !== null && item.normalisedRank !== item.rank ? (
                  <div className="caption">{t('ranking.calibratedDiffers')}</div>
                ) : null}
              </td>
              <th scope="row">
                {item.reference}
                <div>{item.title}</div>
              </th>
              <td className="num">
                {item.score !== null ? num(item.score, locale) : '—'}
                {item.consensus ? (
                  <div className="caption">
                    {t('ranking.consensusOf', {
                      mean: item.meanScore !== null ? num(item.meanScore, locale) : '—',
                    })}
                  </div>
                ) : null}
                {item.disagreement ? (
                  <div className="flag">
                    ⚠ {t('ranking.disagreement', { spread: num(item.spread ?? 0, locale) })}
                  </div>
                ) : null}
              </td>
              <td>
                {item.reviewCount === 0
                  ? '—'
                  : item.meetsThresholds
                    ? `✓ ${t('ranking.met')}`
                    : `✗ ${t('ranking.notMet', { criteria: item.failedThresholds.join(', ') })}`}
              </td>
              <td className="num">
                {formatEuro(item.requestedCents, locale)}
                <div className="caption">{formatEuro(item.cumulativeRequestedCents, locale)}</div>
              </td>
              <td>
                {t('assign.progressValue', { done: item.reviewCount, min: r.minReviewsPerApplication })}
              </td>
              <td>
                <StatusTag status={item.status} />
                <div className="caption">{item.withinBudget ? t('ranking.within') : t('ranking.below')}</div>
              </td>
              <td>
                {item.status === 'under_review' ? (
                  <ul className="plain-list">
                    <li>
                      <Link href={`/beheer/aanvragen/${item.applicationId}/beslissing`}>
                        {t('ranking.decide')}
                        <span className="visually-hidden"> {item.reference}</span>
                      </Link>
                    </li>
                    <li>
                      <Button className="button button-link" onPress={() => onConsensus(item)}>
                        {t('ranking.consensus')}
                        <span className="visually-hidden"> {item.reference}</span>
                      </Button>
                    </li>
                  </ul>
                ) : item.status === 'approved' || item.status === 'rejected' ? (
                  <Link href={`/beheer/aanvragen/${item.applicationId}/beslissing`}>
                    {t('ranking.decision')}
                    <span className="visually-hidden"> {item.reference}</span>
                  </Link>
                ) : item.status === 'admissible' ? (
                  <Link href={`/beheer/aanvragen/${item.applicationId}/toewijzing`}>
                    {t('assign.open')}
                    <span className="visually-hidden"> {item.reference}</span>
                  </Link>
                ) : null}
              </td>
            </tr>
            {i === lastWithin ? line : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** The consensus of the panel: the agreed score and its justification replace the mean in the ranking. */
function ConsensusDialog({
  item,
  callId,
  onClose,
}: {
  item: RankingItem;
  callId: string;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [score, setScore] = useState('');
  const [justification, setJustification] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const save = useMutation({
    mutationFn: (value: number) =>
      unwrap(
        api.POST('/api/applications/{id}/consensus', {
          params: { path: { id: item.applicationId } },
          body: { score: value, justification: justification.trim() },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['calls', callId] });
      onClose();
    },
  });
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{t('consensus.title', { reference: item.reference })}</Heading>
          <p>
            {t('consensus.intro', {
              mean: item.meanScore !== null ? num(item.meanScore, locale) : '—',
              spread: item.spread !== null ? num(item.spread, locale) : '—',
            })}
          </p>
          <ErrorSummary problems={problems} />
          <TextInput
            id="consensus-score"
            label={t('consensus.score')}
            hint={t('consensus.scoreHint')}
            value={score}
            onChange={setScore}
            inputMode="decimal"
            width="short"
            error={problemOf(problems, 'consensus-score')}
          />
          <TextInput
            id="consensus-justification"
            label={t('consensus.justification')}
            hint={t('consensus.justificationHint')}
            value={justification}
            onChange={setJustification}
            multiline
            error={problemOf(problems, 'consensus-justification')}
          />
          {save.error ? (
            <FailureNotice title={t('consensus.failed')}>{save.error.message}</FailureNotice>
          ) : null}
          <div className="actions">
            <Button
              className="button"
              isDisabled={save.isPending}
              onPress={() => {
                const value = /^\d{1,3}([.,]\d{1,2})?$/.test(score.trim())
                  ? Number(score.trim().replace(',', '.'))
                  : undefined;
                const found: Problem[] = [];
                if (value === undefined || value > 100) {
                  found.push({ field: 'consensus-score', message: t('consensus.scoreInvalid') });
                }
                if (justification.trim() === '') {
                  found.push({
                    field: 'consensus-justification',
                    message: t('consensus.justificationMissing'),
                  });
                }
                setProblems(found);
                if (value !== undefined && found.length === 0) save.mutate(value);
              }}
            >
              {t('consensus.save')}
            </Button>
            <Button className="button button-secondary" slot="close">
              {t('submit.cancel')}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

/** Render every decision letter of the call again (e.g. after a template change). */
function RegenerateLetters({ callId }: { callId: string }) {
  const t = useT();
  const regenerate = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/calls/{id}/decision-letters', { params: { path: { id: callId } } })),
  });
  return (
    <section aria-labelledby="regenerate-title">
      <h2 id="regenerate-title">{t('letters.regenerateTitle')}</h2>
      <p>{t('letters.regenerateIntro')}</p>
      <Button
        className="button button-secondary"
        onPress={() => regenerate.mutate()}
        isDisabled={regenerate.isPending}
      >
        {t('letters.regenerate')}
      </Button>
      <div aria-live="polite">
        {regenerate.data ? (
          <p>
            {regenerate.data.alreadyPending
              ? t('letters.alreadyPending')
              : t('letters.regenerating', { n: regenerate.data.decisions })}
          </p>
        ) : null}
        {regenerate.error ? <p className="field-error">{regenerate.error.message}</p> : null}
      </div>
    </section>
  );
}

type GroundType = 'below_threshold' | 'below_funding_line' | 'ineligible' | 'other';

/** Who decided, when (the meeting or the signature) and under which number: the facts the decision letter cites. */
export interface DecidingFactsValue {
  body: 'deputatie' | 'delegated_official';
  delegation: string;
  decidedOn: DateParts;
  number: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** The deputation, today, a number assigned by the portal: what the API assumes when nothing is entered. */
export const initialFacts = (): DecidingFactsValue => ({
  body: 'deputatie',
  delegation: '',
  decidedOn: fromIsoDate(todayIso()),
  number: '',
});

/** The problems with the facts, for the error summary; the ids are those of {@link DecidingFacts}. */
export function factsProblems(v: DecidingFactsValue, t: ReturnType<typeof useT>, prefix: string): Problem[] {
  const found: Problem[] = [];
  if (v.body === 'delegated_official' && v.delegation.trim() === '') {
    found.push({ field: `${prefix}delegation`, message: t('decide.delegationMissing') });
  }
  const iso = toIsoDate(v.decidedOn);
  if (!iso) found.push({ field: `${prefix}decided-on`, message: t('decide.decidedOnInvalid') });
  else if (iso > todayIso())
    found.push({ field: `${prefix}decided-on`, message: t('decide.decidedOnFuture') });
  if (v.number.trim().length > 60) {
    found.push({ field: `${prefix}number`, message: t('decide.numberTooLong') });
  }
  return found;
}

/** The facts as the API takes them (decide and final-report acceptance alike). */
export const factsBody = (v: DecidingFactsValue) => ({
  decidingBody: v.body,
  delegationReference: v.body === 'delegated_official' ? v.delegation.trim() : undefined,
  decidedOn: toIsoDate(v.decidedOn),
  decisionNumber: v.number.trim() || undefined,
});

export function DecidingFacts({
  value: v,
  onChange,
  problems,
  prefix,
}: {
  value: DecidingFactsValue;
  onChange: (v: DecidingFactsValue) => void;
  problems: Problem[];
  prefix: string;
}) {
  const t = useT();
  const label = useLabel();
  return (
    <>
      <Choices
        id={`${prefix}body`}
        legend={t('decide.body')}
        hint={t('decide.bodyHint')}
        value={v.body}
        onChange={(body) => onChange({ ...v, body: body as DecidingFactsValue['body'] })}
        options={(['deputatie', 'delegated_official'] as const).map((b) => ({
          id: b,
          label: label('decidingBody', b),
        }))}
      />
      {v.body === 'delegated_official' ? (
        <TextInput
          id={`${prefix}delegation`}
          label={t('decide.delegation')}
          hint={t('decide.delegationHint')}
          value={v.delegation}
          onChange={(delegation) => onChange({ ...v, delegation })}
          width="medium"
          error={problemOf(problems, `${prefix}delegation`)}
        />
      ) : null}
      <DateInput
        id={`${prefix}decided-on`}
        legend={t('decide.decidedOn')}
        hint={t('decide.decidedOnHint')}
        value={v.decidedOn}
        onChange={(decidedOn) => onChange({ ...v, decidedOn })}
        error={problemOf(problems, `${prefix}decided-on`)}
      />
      <TextInput
        id={`${prefix}number`}
        label={t('decide.number')}
        hint={t('decide.numberHint')}
        value={v.number}
        onChange={(number) => onChange({ ...v, number })}
        width="medium"
        isRequired={false}
        error={problemOf(problems, `${prefix}number`)}
      />
    </>
  );
}

interface GroundRow {
  key: number;
  type?: GroundType;
  text: string;
}

/**
 * A decision from the ranking: approve (the amount) or refuse (structured grounds), the motivation, the
 * derogation reason where the decision departs from the ranking, the consensus panel where the score is
 * a consensus. The call's budget stays on top; an approval that would overspend is refused by the API
 * (422 BUDGET_EXCEEDED) and shown as such. Once decided: the decision and its letters.
 */
export function DecisionPage({ id }: { id: string }) {
  const t = useT();
  const application = useApplication(id);
  const a = application.data;
  const decided = a ? ['approved', 'rejected', 'closed'].includes(a.status) : false;
  const decision = useDecision(id, decided);
  if (application.isPending) return <Loading />;
  if (application.error || !a) return <ErrorMessage error={application.error} />;
  return (
    <>
      <PageTitle caption={a.reference}>{t('decide.title', { title: a.title })}</PageTitle>
      <BudgetPanel callId={a.callId} />
      <p>
        <strong>{t('apps.status')}:</strong> <StatusTag status={a.status} />
      </p>
      {decided ? (
        decision.data ? (
          <DecisionSummary decision={decision.data} reference={a.reference} />
        ) : (
          <Loading />
        )
      ) : a.status === 'under_review' ? (
        <DecisionForm application={a} />
      ) : (
        <p>{t('decide.notReady')}</p>
      )}
      <p>
        <Link href={`/beheer/beoordeling/${a.callId}/rangschikking`}>{t('decide.back')}</Link>
      </p>
    </>
  );
}

function DecisionForm({ application: a }: { application: Schemas['ApplicationView'] }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const ranking = useRanking(a.callId);
  const call = useCallOf(a.callId);
  const item = ranking.data?.items.find((i) => i.applicationId === a.id);
  const requested = a.snapshot?.requestedCents ?? a.requestedCents;
  const [outcome, setOutcome] = useState('');
  const [amount, setAmount] = useState(euroInputValue(requested, locale));
  const [motivation, setMotivation] = useState('');
  const [derogation, setDerogation] = useState('');
  const [grounds, setGrounds] = useState<GroundRow[]>([{ key: 0, text: '' }]);
  const [facts, setFacts] = useState<DecidingFactsValue>(initialFacts);
  const [panel, setPanel] = useState('');
  const [meeting, setMeeting] = useState<DateParts>({ day: '', month: '', year: '' });
  const [problems, setProblems] = useState<Problem[]>([]);

  // the ranking decides where the decision departs from it (the API checks it again: 422 DEROGATION_REASON_REQUIRED)
  const departs =
    item !== undefined &&
    item.reviewCount > 0 &&
    (outcome === 'approved'
      ? !item.meetsThresholds || !item.withinBudget
      : outcome === 'rejected'
        ? item.meetsThresholds && item.withinBudget
        : false);
  const needsPanel = item?.consensus != null;
  // the API has the last word on departing from the ranking: once it asked for the reason, the field stays
  const [derogationAsked, setDerogationAsked] = useState(false);
  const askDerogation = departs || derogationAsked;

  const setGround = (i: number, change: Partial<GroundRow>) =>
    setGrounds((rows) => rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  // the k-th "below a threshold" ground cites the k-th criterion the application failed
  const ground = (row: GroundRow, i: number): Schemas['RefusalGroundDto'] | undefined => {
    if (!row.type || !item || !ranking.data) return undefined;
    if (row.type === 'below_threshold') {
      const k = grounds.slice(0, i).filter((g) => g.type === 'below_threshold').length;
      const key =
        item.failedThresholds[k] ??
        item.failedThresholds[0] ??
        call.data?.criteria.find((c) => c.threshold !== null)?.key;
      const criterion = call.data?.criteria.find((c) => c.key === key);
      return {
        type: row.type,
        criterion: key,
        score: Math.round((key ? (item.criterionMeans[key] ?? 0) : 0) * 100) / 100,
        threshold: criterion?.threshold ?? undefined,
      };
    }
    if (row.type === 'below_funding_line') {
      const budget = ranking.data.fundingLine.budgetCents;
      const above = ranking.data.fundingLine.requestedWithinBudgetCents;
      return {
        type: row.type,
        budgetCents: budget,
        committedAboveCents: above,
        availableCents: Math.max(budget - above, 0),
        requestedCents: requested,
      };
    }
    if (row.type === 'ineligible') return { type: row.type, rule: row.text.trim() };
    return { type: row.type, text: row.text.trim() };
  };

  const decide = useMutation({
    mutationFn: () => {
      const members = panel
        .split('\n')
        .map((m) => m.trim())
        .filter(Boolean);
      const refusals = grounds
        .map((g, i) => ground(g, i))
        .filter((g): g is Schemas['RefusalGroundDto'] => g !== undefined);
      return unwrap(
        api.POST('/api/applications/{id}/decision', {
          params: { path: { id: a.id } },
          body: {
            outcome: outcome as 'approved' | 'rejected',
            ...factsBody(facts),
            grantedCents: outcome === 'approved' ? parseEuroInput(amount, locale) : undefined,
            motivation: motivation.trim(),
            refusalGrounds: outcome === 'rejected' && refusals.length > 0 ? refusals : undefined,
            // only when the field is on screen: a reason typed for an earlier choice is not sent
            derogationReason: askDerogation ? derogation.trim() || undefined : undefined,
            consensusPanel: needsPanel ? { members, meetingDate: toIsoDate(meeting) ?? '' } : undefined,
          },
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(['applications', a.id, 'decision'], saved);
      await queryClient.invalidateQueries({ queryKey: ['applications', a.id] });
      await queryClient.invalidateQueries({ queryKey: ['calls', a.callId] });
    },
    onError: async (err) => {
      if (err instanceof ApiFailure && err.error.code === 'DEROGATION_REASON_REQUIRED')
        setDerogationAsked(true);
      // the budget may have moved (another approval): show it as it is now
      await queryClient.invalidateQueries({ queryKey: ['calls', a.callId, 'budget'] });
    },
  });

  const check = () => {
    const found: Problem[] = [];
    if (outcome === '') found.push({ field: 'outcome-approved', message: t('decide.outcomeMissing') });
    if (outcome === 'approved') {
      const cents = parseEuroInput(amount, locale);
      if (cents === undefined || cents <= 0)
        found.push({ field: 'granted', message: t('decide.amountInvalid') });
    }
    if (outcome === 'rejected') {
      grounds.forEach((g, i) => {
        // with several grounds, each message says which one it is about
        const of = (message: string) =>
          grounds.length > 1 ? `${t('decide.groundN', { n: i + 1 })}: ${message}` : message;
        if (!g.type) found.push({ field: `ground-${i}`, message: of(t('decide.groundMissing')) });
        if (g.type === 'other' && g.text.trim().length < 50) {
          found.push({ field: `ground-text-${i}`, message: of(t('decide.groundOtherShort')) });
        }
        if (g.type === 'ineligible' && g.text.trim() === '') {
          found.push({ field: `ground-text-${i}`, message: of(t('decide.groundRuleMissing')) });
        }
      });
    }
    if (motivation.trim() === '') found.push({ field: 'motivation', message: t('decide.motivationMissing') });
    if (departs && derogation.trim().length < 20) {
      found.push({ field: 'derogation', message: t('decide.derogationMissing') });
    }
    if (needsPanel) {
      if (panel.trim() === '') found.push({ field: 'panel', message: t('decide.panelMissing') });
      if (!toIsoDate(meeting)) found.push({ field: 'meeting', message: t('decide.meetingInvalid') });
    }
    found.push(...factsProblems(facts, t, 'decision-'));
    setProblems(found);
    return found.length === 0;
  };

  const failure = decide.error instanceof ApiFailure ? decide.error.error : undefined;
  const overspend =
    failure?.code === 'BUDGET_EXCEEDED'
      ? (failure.details as {
          budgetCents: number;
          committedCents: number;
          availableCents: number;
          amountCents: number;
        })
      : undefined;

  return (
    <>
      <section aria-labelledby="evaluation-title">
        <h2 id="evaluation-title">{t('decide.evaluation')}</h2>
        {item ? (
          <dl className="facts facts-wide">
            <div>
              <dt>{t('ranking.score')}</dt>
              <dd>
                {item.score !== null ? num(item.score, locale) : '—'}
                {item.consensus
                  ? ` (${t('ranking.consensusOf', { mean: num(item.meanScore ?? 0, locale) })})`
                  : ''}
              </dd>
            </div>
            <div>
              <dt>{t('ranking.rank')}</dt>
              <dd>
                {item.rank ?? '—'} ({t('ranking.calibratedRank')}: {item.normalisedRank ?? '—'})
              </dd>
            </div>
            <div>
              <dt>{t('ranking.thresholds')}</dt>
              <dd>
                {item.meetsThresholds
                  ? `✓ ${t('ranking.met')}`
                  : `✗ ${t('ranking.notMet', { criteria: item.failedThresholds.join(', ') })}`}
              </dd>
            </div>
            <Fact term={t('decide.fundingLine')}>
              {item.withinBudget ? t('ranking.within') : t('ranking.below')}
            </Fact>
            <Fact term={t('calc.requested')}>{formatEuro(requested, locale)}</Fact>
            <Fact term={t('calc.maxGrant')}>
              {formatEuro(a.snapshot?.figures.maxGrantCents ?? a.figures.maxGrantCents, locale)}
            </Fact>
          </dl>
        ) : ranking.isPending ? (
          <Loading />
        ) : (
          <p>{t('decide.notRanked')}</p>
        )}
      </section>
      <section aria-labelledby="decide-form-title">
        <h2 id="decide-form-title">{t('decide.formTitle')}</h2>
        <ErrorSummary problems={problems} />
        {overspend ? (
          <div className="notice notice-error" role="alert" id="decision-refused">
            <strong>{t('decide.overspendTitle')}</strong>{' '}
            {t('decide.overspend', {
              amount: formatEuro(overspend.amountCents, locale),
              available: formatEuro(overspend.availableCents, locale),
              committed: formatEuro(overspend.committedCents, locale),
              budget: formatEuro(overspend.budgetCents, locale),
            })}
          </div>
        ) : decide.error ? (
          <FailureNotice title={t('decide.failed')} id="decision-refused">
            {decide.error.message}
          </FailureNotice>
        ) : null}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (check()) decide.mutate();
          }}
        >
          <Choices
            id="outcome"
            legend={t('decide.outcome')}
            value={outcome}
            onChange={setOutcome}
            options={[
              { id: 'approved', label: t('decide.approve') },
              { id: 'rejected', label: t('decide.refuse') },
            ]}
            error={problemOf(problems, 'outcome-approved')}
          />
          {outcome === 'approved' ? (
            <TextInput
              id="granted"
              label={t('decide.amount')}
              hint={t('decide.amountHint', { requested: formatEuro(requested, locale) })}
              value={amount}
              onChange={setAmount}
              inputMode="decimal"
              width="medium"
              error={problemOf(problems, 'granted')}
            />
          ) : null}
          {outcome === 'rejected' ? (
            <fieldset className="field grounds" aria-describedby="grounds-hint">
              <legend>{t('decide.grounds')}</legend>
              <p className="hint" id="grounds-hint">
                {t('decide.groundsHint')}
              </p>
              {grounds.map((g, i) => {
                const cited = g.type === 'below_threshold' ? ground(g, i) : undefined;
                return (
                  <div className="ground-row" key={g.key}>
                    <SelectInput
                      id={`ground-${i}`}
                      label={t('decide.groundN', { n: i + 1 })}
                      value={g.type}
                      onChange={(v) => setGround(i, { type: v as GroundType })}
                      options={(
                        ['below_threshold', 'below_funding_line', 'ineligible', 'other'] as const
                      ).map((type) => ({ id: type, label: label('ground', type) }))}
                      error={problemOf(problems, `ground-${i}`)}
                    />
                    {g.type === 'below_threshold' || g.type === 'below_funding_line' ? (
                      <p className="hint">
                        {cited?.criterion
                          ? `${t('decide.groundCriterion', { criterion: cited.criterion })}. `
                          : ''}
                        {t('decide.groundFromRanking')}
                      </p>
                    ) : null}
                    {g.type === 'ineligible' || g.type === 'other' ? (
                      <TextInput
                        id={`ground-text-${i}`}
                        label={
                          `${t('decide.groundN', { n: i + 1 })}: ` +
                          (g.type === 'other' ? t('decide.groundText') : t('decide.groundRule'))
                        }
                        value={g.text}
                        onChange={(text) => setGround(i, { text })}
                        multiline={g.type === 'other'}
                        error={problemOf(problems, `ground-text-${i}`)}
                      />
                    ) : null}
                    {grounds.length > 1 ? (
                      <Button
                        className="button button-secondary"
                        onPress={() => setGrounds((rows) => rows.filter((_, j) => j !== i))}
                      >
                        {t('decide.groundRemove', { n: i + 1 })}
                      </Button>
                    ) : null}
                  </div>
                );
              })}
              {grounds.length < 20 ? (
                <Button
                  className="button button-secondary"
                  onPress={() =>
                    setGrounds((rows) => [
                      ...rows,
                      { key: Math.max(...rows.map((r) => r.key)) + 1, text: '' },
                    ])
                  }
                >
                  {t('decide.groundAdd')}
                </Button>
              ) : null}
            </fieldset>
          ) : null}
          <TextInput
            id="motivation"
            label={t('decision.motivation')}
            hint={t('decide.motivationHint')}
            value={motivation}
            onChange={setMotivation}
            multiline
            error={problemOf(problems, 'motivation')}
          />
          {askDerogation ? (
            <TextInput
              id="derogation"
              label={t('decide.derogation')}
              hint={t('decide.derogationHint')}
              value={derogation}
              onChange={setDerogation}
              multiline
              error={problemOf(problems, 'derogation')}
            />
          ) : null}
          {needsPanel ? (
            <>
              <TextInput
                id="panel"
                label={t('decide.panel')}
                hint={t('decide.panelHint')}
                value={panel}
                onChange={setPanel}
                multiline
                error={problemOf(problems, 'panel')}
              />
              <DateInput
                id="meeting"
                legend={t('decide.meeting')}
                value={meeting}
                onChange={setMeeting}
                error={problemOf(problems, 'meeting')}
              />
            </>
          ) : null}
          <h3>{t('decide.facts')}</h3>
          <DecidingFacts value={facts} onChange={setFacts} problems={problems} prefix="decision-" />
          <div className="actions">
            <Button type="submit" className="button" id="decision-submit" isDisabled={decide.isPending}>
              {t('decide.submit')}
            </Button>
          </div>
        </form>
      </section>
    </>
  );
}

/** The decision as taken, its notification and its letters (versions, download). */
function DecisionSummary({
  decision: d,
  reference,
}: {
  decision: Schemas['DecisionView'];
  reference: string;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const letters = useLetterVersions(d.applicationId, true);
  const [state, setState] = useState<LetterState>();
  return (
    <>
      <section aria-labelledby="decision-title">
        <h2 id="decision-title">{t('decision.title')}</h2>
        <dl className="facts facts-wide">
          <Fact term={t('decision.outcome')}>
            {t(d.outcome === 'approved' ? 'decision.approved' : 'decision.rejected')}
          </Fact>
          <div>
            <dt>{t('decide.number')}</dt>
            <dd id="decided-number">{d.decisionNumber}</dd>
          </div>
          <div>
            <dt>{t('decide.body')}</dt>
            <dd id="decided-body">
              {d.delegationReference
                ? t('decide.delegatedBy', {
                    body: label('decidingBody', d.decidingBody),
                    reference: d.delegationReference,
                  })
                : label('decidingBody', d.decidingBody)}
            </dd>
          </div>
          <div>
            <dt>{t('decide.decidedOn')}</dt>
            <dd id="decided-date">{formatDate(d.decidedOn, locale)}</dd>
          </div>
          <Fact term={t('decide.enteredOn')}>{formatDate(d.enteredOn, locale)}</Fact>
          {d.grantedCents !== null ? (
            <Fact term={t('decision.granted')}>{formatEuro(d.grantedCents, locale)}</Fact>
          ) : null}
          <Fact term={t('decision.motivation')} className="prewrap">
            {d.motivation}
          </Fact>
          {d.refusalGrounds.length > 0 ? (
            <div>
              <dt>{t('decide.grounds')}</dt>
              <dd>
                <ol className="plain-list">
                  {d.refusalGrounds.map((g, i) => (
                    <li key={i}>
                      {label('ground', g.type)}
                      {g.criterion ? ` (${t('decide.groundCriterion', { criterion: g.criterion })})` : ''}
                      {g.rule || g.text ? <div className="prewrap">{g.rule ?? g.text}</div> : null}
                    </li>
                  ))}
                </ol>
              </dd>
            </div>
          ) : null}
          {d.derogationReason ? (
            <Fact term={t('decide.derogation')} className="prewrap">
              {d.derogationReason}
            </Fact>
          ) : null}
          <div>
            <dt>{t('letters.notified')}</dt>
            <dd>
              {d.notification?.notifiedAt
                ? formatDateTime(d.notification.notifiedAt, locale)
                : t('letters.notNotified')}
            </dd>
          </div>
          <div>
            <dt>{t('letters.firstDownload')}</dt>
            <dd>
              {d.notification?.firstDownloadAt
                ? formatDateTime(d.notification.firstDownloadAt, locale)
                : t('letters.notDownloaded')}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="letters-title">
        <h2 id="letters-title">{t('letters.title')}</h2>
        {letters.data && letters.data.length === 0 ? <p>{t('decision.letterPending')}</p> : null}
        {letters.data && letters.data.length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">{t('letters.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('letters.version')}</th>
                <th scope="col">{t('letters.language')}</th>
                <th scope="col">{t('letters.dispatched')}</th>
                <th scope="col">{t('letters.made')}</th>
                <th scope="col">{t('letters.download')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.data.map((l) => (
                <tr key={l.id}>
                  <td>
                    {l.version}
                    {l.supersedesId ? <div className="caption">{t('letters.supersedes')}</div> : null}
                  </td>
                  <td>{label('letterKind', `${l.kind}.${l.language}`)}</td>
                  <td>{formatDate(l.dispatchedOn, locale)}</td>
                  <td>{formatDateTime(l.createdAt, locale)}</td>
                  <td>
                    <Button
                      className="button button-link"
                      onPress={() =>
                        void downloadFile(
                          `/api/applications/${d.applicationId}/decision-letter?lang=${l.language}&version=${l.version}`,
                          `${reference}-${t('decision.letterFile')}-v${l.version}-${l.language}.pdf`,
                        ).then(setState)
                      }
                    >
                      {t('letters.downloadOne', { version: l.version, language: l.language.toUpperCase() })}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <LetterDownloadStatus state={state} />
      </section>
    </>
  );
}
