import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useAllCalls, useApplication, useCall } from '../api/queries';
import {
  useApplicationReviews,
  useAssignments,
  useCallOf,
  useEvaluatorCandidates,
  useStaffApplications,
} from '../api/review-queries';
import { Fact } from '../components/facts';
import { FailureNotice } from '../components/failure';
import { Choices, ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { StatusTag } from '../components/status';
import { formatDate, formatDateTime, formatEuro } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

/** The eligibility verdict as the API gives it: every rule met, or the ones broken with the reason. */
export function Verdict({ eligibility }: { eligibility: Schemas['EligibilityView'] }) {
  const t = useT();
  const label = useLabel();
  if (eligibility.ok) return <span className="rule-ok">✓ {t('screening.eligible')}</span>;
  return (
    <div>
      <span className="flag">✗ {t('calc.someBroken', { n: eligibility.violations.length })}</span>
      <ul>
        {eligibility.violations.map((v) => (
          <li key={v.rule}>
            {label('rule', v.rule)} <span lang="en">({v.message})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The screening queue: submitted applications with the live eligibility verdict of each. */
export function ScreeningQueuePage() {
  const t = useT();
  const { locale } = useLocale();
  const calls = useAllCalls();
  const [callId, setCallId] = useState<string>('all');
  // the live verdict of each row comes with the page (computed on the current rules)
  const queue = useStaffApplications({
    status: 'submitted',
    eligibility: 'true',
    ...(callId === 'all' ? {} : { callId }),
  });
  const items = queue.data?.items ?? [];
  const callById = new Map((calls.data?.items ?? []).map((c) => [c.id, c]));
  return (
    <>
      <PageTitle>{t('screening.title')}</PageTitle>
      <p>{t('screening.intro')}</p>
      <SelectInput
        id="screening-call"
        label={t('screening.call')}
        value={callId}
        onChange={setCallId}
        options={[
          { id: 'all', label: t('screening.allCalls') },
          ...(calls.data?.items ?? []).map((c) => ({ id: c.id, label: c.title })),
        ]}
      />
      {queue.isPending ? <Loading /> : null}
      {queue.error ? <ErrorMessage error={queue.error} /> : null}
      {queue.data && items.length === 0 ? <p>{t('screening.none')}</p> : null}
      {items.length > 0 ? (
        <table className="table">
          <caption>{t('screening.count', { n: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apps.reference')}</th>
              <th scope="col">{t('apps.project')}</th>
              <th scope="col">{t('eval.call')}</th>
              <th scope="col">{t('screening.submittedAt')}</th>
              <th scope="col" className="num">
                {t('apps.requested')}
              </th>
              <th scope="col">{t('screening.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              return (
                <tr key={a.id}>
                  <td>{a.reference}</td>
                  <th scope="row">
                    <Link href={`/beheer/aanvragen/${a.id}/screening`}>{a.title}</Link>
                    <div className="caption">{a.coordinatorName}</div>
                  </th>
                  <td>{callById.get(a.callId)?.title ?? ''}</td>
                  <td>{a.submittedAt ? formatDateTime(a.submittedAt, locale) : '—'}</td>
                  <td className="num">{formatEuro(a.requestedCents, locale)}</td>
                  <td>{a.eligibility ? <Verdict eligibility={a.eligibility} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** Screening one application: the content and verdict, then admissible, inadmissible or returned. */
export function ScreeningPage({ id }: { id: string }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const application = useApplication(id);
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const screen = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/applications/{id}/screening', {
          params: { path: { id } },
          body: {
            outcome: outcome as 'admissible' | 'inadmissible' | 'returned',
            reason: reason.trim() || undefined,
          },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['applications', id], saved);
      await queryClient.invalidateQueries({ queryKey: ['applications', 'staff'] });
    },
  });
  const a = application.data;
  if (application.isPending) return <Loading />;
  if (application.error || !a) return <ErrorMessage error={application.error} />;
  const submit = () => {
    const found: Problem[] = [];
    if (outcome === '') found.push({ field: 'outcome-admissible', message: t('screening.outcomeMissing') });
    if ((outcome === 'inadmissible' || outcome === 'returned') && reason.trim() === '') {
      found.push({ field: 'reason', message: t('screening.reasonMissing') });
    }
    setProblems(found);
    if (found.length === 0) screen.mutate();
  };
  return (
    <>
      <PageTitle caption={a.reference}>{t('screening.pageTitle', { title: a.title })}</PageTitle>
      <p>
        <strong>{t('apps.status')}:</strong> <StatusTag status={a.status} />
      </p>
      {screen.isSuccess ? (
        <Notice kind="success">
          {t('screening.done', { outcome: t(`status.${a.status}` as 'status.admissible') })}{' '}
          <Link href="/beheer/screening">{t('screening.back')}</Link>
          {a.status === 'admissible' ? (
            <>
              {' · '}
              <Link href={`/beheer/aanvragen/${a.id}/toewijzing`}>{t('assign.open')}</Link>
            </>
          ) : null}
        </Notice>
      ) : null}
      <section aria-labelledby="verdict-title">
        <h2 id="verdict-title">{t('screening.verdictTitle')}</h2>
        <Verdict eligibility={a.eligibility} />
        <dl className="facts">
          <Fact term={t('detail.organisation')}>
            {a.partners.find((p) => p.role === 'coordinator')?.name}
          </Fact>
          <Fact term={t('calc.eligibleCosts')}>{formatEuro(a.figures.eligibleCostsCents, locale)}</Fact>
          <Fact term={t('calc.maxGrant')}>{formatEuro(a.figures.maxGrantCents, locale)}</Fact>
          <Fact term={t('calc.requested')}>{formatEuro(a.requestedCents, locale)}</Fact>
          <Fact term={t('screening.submittedAt')}>
            {a.submittedAt ? formatDateTime(a.submittedAt, locale) : '—'}
          </Fact>
        </dl>
        <details>
          <summary>{t('form.summary')}</summary>
          <p className="prewrap">{a.summary}</p>
        </details>
      </section>
      {a.status === 'submitted' ? (
        <section aria-labelledby="screening-form-title">
          <h2 id="screening-form-title">{t('screening.formTitle')}</h2>
          <ErrorSummary problems={problems} />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Choices
              id="outcome"
              legend={t('screening.outcome')}
              value={outcome}
              onChange={setOutcome}
              options={[
                { id: 'admissible', label: t('screening.admissible') },
                { id: 'returned', label: t('screening.returned') },
                { id: 'inadmissible', label: t('screening.inadmissible') },
              ]}
              error={problemOf(problems, 'outcome-admissible')}
            />
            <TextInput
              id="reason"
              label={t('screening.reason')}
              hint={t('screening.reasonHint')}
              value={reason}
              onChange={setReason}
              multiline
              isRequired={outcome !== 'admissible'}
              error={problemOf(problems, 'reason')}
            />
            {screen.error ? (
              <FailureNotice title={t('screening.failed')}>{screen.error.message}</FailureNotice>
            ) : null}
            <div className="actions">
              <Button type="submit" className="button" id="screening-submit" isDisabled={screen.isPending}>
                {t('screening.submit')}
              </Button>
            </div>
          </form>
        </section>
      ) : null}
    </>
  );
}

/** The calls, each with its assignment and its ranking and decisions. */
export function ReviewCallsPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const calls = useAllCalls();
  return (
    <>
      <PageTitle>{t('reviewCalls.title')}</PageTitle>
      <p>{t('reviewCalls.intro')}</p>
      {calls.isPending ? <Loading /> : null}
      {calls.error ? <ErrorMessage error={calls.error} /> : null}
      {calls.data ? (
        <table className="table">
          <caption className="visually-hidden">{t('reviewCalls.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('eval.call')}</th>
              <th scope="col">{t('call.status')}</th>
              <th scope="col">{t('eval.deadline')}</th>
              <th scope="col" className="num">
                {t('call.budget')}
              </th>
              <th scope="col">{t('reviewCalls.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {calls.data.items.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.title}</th>
                <td>{label('callStatus', c.status)}</td>
                <td>{c.reviewDeadline ? formatDate(c.reviewDeadline, locale) : '—'}</td>
                <td className="num">{formatEuro(c.budgetCents, locale)}</td>
                <td>
                  <ul className="plain-list">
                    <li>
                      <Link href={`/beheer/beoordeling/${c.id}/toewijzing`}>
                        {t('reviewCalls.assign')}
                        <span className="visually-hidden"> — {c.title}</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={`/beheer/beoordeling/${c.id}/rangschikking`}>
                        {t('reviewCalls.ranking')}
                        <span className="visually-hidden"> — {c.title}</span>
                      </Link>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

const REVIEWABLE = ['admissible', 'under_review'];

/** Assignment of a call: per application its evaluators and the progress of their reviews. */
export function CallAssignmentPage({ callId }: { callId: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const call = useCall(callId);
  const applications = useStaffApplications({ callId });
  const assignments = useAssignments({ callId });
  const items = (applications.data?.items ?? []).filter((a) => REVIEWABLE.includes(a.status));
  const min = call.data?.minReviewsPerApplication ?? 1;
  return (
    <>
      <PageTitle caption={call.data?.title}>{t('assign.callTitle')}</PageTitle>
      <p>
        {t('assign.callIntro', { n: min })}{' '}
        {call.data?.reviewDeadline
          ? t('assign.reminders', { date: formatDate(call.data.reviewDeadline, locale) })
          : t('assign.noDeadline')}
      </p>
      {applications.isPending || assignments.isPending ? <Loading /> : null}
      {applications.error ? <ErrorMessage error={applications.error} /> : null}
      {applications.data && items.length === 0 ? <p>{t('assign.none')}</p> : null}
      {items.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('assign.callTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apps.reference')}</th>
              <th scope="col">{t('apps.project')}</th>
              <th scope="col">{t('apps.status')}</th>
              <th scope="col">{t('assign.evaluators')}</th>
              <th scope="col">{t('assign.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => {
              const mine = (assignments.data?.items ?? []).filter((x) => x.applicationId === a.id);
              const submitted = mine.filter((x) => x.status === 'submitted').length;
              return (
                <tr key={a.id}>
                  <td>{a.reference}</td>
                  <th scope="row">
                    <Link href={`/beheer/aanvragen/${a.id}/toewijzing`}>{a.title}</Link>
                    <div className="caption">{a.coordinatorName}</div>
                  </th>
                  <td>
                    <StatusTag status={a.status} />
                  </td>
                  <td>
                    {mine.length === 0 ? (
                      t('assign.nobody')
                    ) : (
                      <ul className="plain-list">
                        {mine.map((x) => (
                          <li key={x.id}>
                            {x.evaluatorName}: {label('assignment', x.status)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    <progress
                      max={min}
                      value={Math.min(submitted, min)}
                      aria-label={t('assign.progressOf', { title: a.title })}
                    />{' '}
                    {t('assign.progressValue', { done: submitted, min })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      <p>
        <Link href={`/beheer/beoordeling/${callId}/rangschikking`}>{t('reviewCalls.ranking')}</Link>
      </p>
    </>
  );
}

type Conflict = Schemas['ConflictView'];

/** A submitted review's weighted score (0–100), as the locale writes it; a dash before it is in. */
function ReviewScore({ score }: { score: number | null | undefined }) {
  const { locale } = useLocale();
  if (score === null || score === undefined) return <>—</>;
  return (
    <>
      {new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2 }).format(score)}
    </>
  );
}

/** A conflict of interest in words: the partner, its role, and for a link the organisation it runs through. */
function ConflictReason({ conflict: c, reference }: { conflict: Conflict; reference: string }) {
  const t = useT();
  const role = c.partnerRole === 'coordinator' ? t('partnerRole.coordinator') : t('partnerRole.partner');
  return (
    <>
      {c.relation === 'own_organisation'
        ? t('assign.conflictOwn', { organisation: c.name, role, reference })
        : t('assign.conflictLinked', { organisation: c.name, role, reference, via: c.via ?? '—' })}
    </>
  );
}

/**
 * Choosing the evaluators of one application. Every active evaluator is listed with the conflicts of
 * interest the API finds now (the evaluator's organisation, or one linked to it, is a partner), so they
 * are on screen before anyone is assigned; such an evaluator cannot be assigned. The API checks again on
 * every assignment: a conflict that arose meanwhile is refused (422) and shown with its reason.
 */
export function ApplicationAssignmentPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const application = useApplication(id);
  const assignments = useAssignments({ applicationId: id });
  const candidates = useEvaluatorCandidates(id);
  const reviews = useApplicationReviews(id);
  const call = useCallOf(application.data?.callId);
  const [assignedName, setAssignedName] = useState<string>();
  const assign = useMutation({
    mutationFn: (who: { id: string; name: string }) =>
      unwrap(
        api.POST('/api/applications/{id}/assignments', {
          params: { path: { id } },
          body: { evaluatorId: who.id },
        }),
      ),
    onSuccess: (saved) => setAssignedName(saved.evaluatorName),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
    },
  });
  const a = application.data;
  if (application.isPending) return <Loading />;
  if (application.error || !a) return <ErrorMessage error={application.error} />;
  const current = assignments.data?.items ?? [];
  const failure = assign.error instanceof ApiFailure ? assign.error.error : undefined;
  const refusedConflicts =
    failure?.code === 'CONFLICT_OF_INTEREST' && Array.isArray(failure.details)
      ? (failure.details as Conflict[])
      : [];
  const min = call.data?.minReviewsPerApplication ?? 1;
  const submitted = current.filter((x) => x.status === 'submitted').length;
  const reviewable = REVIEWABLE.includes(a.status);
  return (
    <>
      <PageTitle caption={a.reference}>{t('assign.title', { title: a.title })}</PageTitle>
      <p>
        <strong>{t('apps.status')}:</strong> <StatusTag status={a.status} />{' '}
        {t('assign.progressValue', { done: submitted, min })}
      </p>
      <section aria-labelledby="assigned-title">
        <h2 id="assigned-title">{t('assign.current')}</h2>
        {current.length === 0 ? (
          <p>{t('assign.nobody')}</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t('assign.current')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assign.evaluator')}</th>
                <th scope="col">{t('apps.status')}</th>
                <th scope="col">{t('assign.assignedAt')}</th>
                <th scope="col">{t('assign.declaredAt')}</th>
                <th scope="col" className="num">
                  {t('review.weighted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {current.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.evaluatorName}</th>
                  <td>
                    <span className={`tag tag-assignment-${x.status}`}>{label('assignment', x.status)}</span>
                    {x.status === 'recused' && x.statement ? (
                      <div className="caption">{x.statement}</div>
                    ) : null}
                  </td>
                  <td>{formatDateTime(x.createdAt, locale)}</td>
                  <td>{x.declaredAt ? formatDateTime(x.declaredAt, locale) : '—'}</td>
                  <td className="num">
                    <ReviewScore
                      score={reviews.data?.items.find((r) => r.assignmentId === x.id)?.weightedScore}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="hint">
          {call.data?.reviewDeadline
            ? t('assign.reminders', { date: formatDate(call.data.reviewDeadline, locale) })
            : t('assign.noDeadline')}
        </p>
      </section>
      {reviewable ? (
        <section aria-labelledby="assign-title">
          <h2 id="assign-title">{t('assign.add')}</h2>
          <p>{t('assign.conflictRule')}</p>
          <div aria-live="polite">
            {assignedName && !assign.error ? (
              <Notice kind="success">{t('assign.done', { name: assignedName })}</Notice>
            ) : null}
          </div>
          {assign.error ? (
            <div className="notice notice-error" role="alert" id="assign-refused">
              {refusedConflicts.length > 0 ? (
                <>
                  <strong>{t('assign.conflictTitle', { name: assign.variables?.name ?? '' })}</strong>
                  <ul>
                    {refusedConflicts.map((c) => (
                      <li key={c.organisationId}>
                        <ConflictReason conflict={c} reference={a.reference} />
                      </li>
                    ))}
                  </ul>
                  <p>{t('assign.conflictHint')}</p>
                </>
              ) : (
                <>
                  <strong>{t('assign.failed')}</strong> {assign.error.message}
                </>
              )}
            </div>
          ) : null}
          {candidates.isPending ? <Loading /> : null}
          {candidates.error ? <ErrorMessage error={candidates.error} /> : null}
          {candidates.data ? (
            <table className="table">
              <caption>{t('assign.candidates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assign.evaluator')}</th>
                  <th scope="col">{t('detail.organisation')}</th>
                  <th scope="col">{t('assign.conflicts')}</th>
                  <th scope="col">{t('reviewCalls.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.data.items.map((c) => (
                  <tr key={c.evaluatorId}>
                    <th scope="row">{c.fullName}</th>
                    <td>{c.organisationName ?? '—'}</td>
                    <td>
                      {c.conflicts.length === 0 ? (
                        t('assign.noConflict')
                      ) : (
                        <ul className="plain-list">
                          {c.conflicts.map((x) => (
                            <li key={x.organisationId} className="flag">
                              ⚠ <ConflictReason conflict={x} reference={a.reference} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {c.assignmentStatus ? (
                        label('assignment', c.assignmentStatus)
                      ) : c.conflicts.length > 0 ? (
                        t('assign.notAssignable')
                      ) : (
                        <Button
                          className="button button-secondary"
                          isDisabled={assign.isPending}
                          onPress={() => {
                            setAssignedName(undefined);
                            assign.mutate({ id: c.evaluatorId, name: c.fullName });
                          }}
                        >
                          {t('assign.submit')}
                          <span className="visually-hidden"> {c.fullName}</span>
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      <p>
        <Link href={`/beheer/beoordeling/${a.callId}/toewijzing`}>{t('assign.back')}</Link>
      </p>
    </>
  );
}
