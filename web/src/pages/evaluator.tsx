import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { formatEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useAllCalls } from '../api/queries';
import { downloadFile, useAssignment, useAssignments } from '../api/review-queries';
import { Fact } from '../components/facts';
import { FailureNotice } from '../components/failure';
import { Choices, ErrorSummary, type Problem, problemOf, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { PartnerCostsTable } from '../components/partner-costs';
import { formatDate, formatDateTime, formatEuro, type Locale } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

type Assignment = Schemas['AssignmentView'];
type AssignmentDetail = Schemas['AssignmentDetailView'];
type Criterion = Schemas['CriterionView'];
/** The application as submitted, as the evaluator reads it (GET /assignments/:id: `application`). */
type Snapshot = Schemas['SnapshotView'] & { id: string };

/** An evaluator's assignments: to declare, to score, submitted, recused; with the call and its deadline. */
export function AssignmentsPage() {
  const t = useT();
  const assignments = useAssignments();
  const items = assignments.data?.items ?? [];
  const open = items.filter((a) => a.status === 'assigned' || a.status === 'declared');
  const done = items.filter((a) => a.status === 'submitted');
  const recused = items.filter((a) => a.status === 'recused');
  return (
    <>
      <PageTitle>{t('eval.title')}</PageTitle>
      <p>{t('eval.intro')}</p>
      {assignments.isPending ? <Loading /> : null}
      {assignments.error ? <ErrorMessage error={assignments.error} /> : null}
      {assignments.data ? (
        <>
          <section aria-labelledby="eval-open">
            <h2 id="eval-open">{t('eval.open')}</h2>
            {open.length === 0 ? <p>{t('eval.noneOpen')}</p> : <AssignmentTable items={open} />}
          </section>
          <section aria-labelledby="eval-done">
            <h2 id="eval-done">{t('eval.done')}</h2>
            {done.length === 0 ? <p>{t('eval.noneDone')}</p> : <AssignmentTable items={done} />}
          </section>
          {recused.length > 0 ? (
            <section aria-labelledby="eval-recused">
              <h2 id="eval-recused">{t('eval.recusedTitle')}</h2>
              <AssignmentTable items={recused} />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function AssignmentTable({ items }: { items: Assignment[] }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const calls = useAllCalls();
  const callById = new Map((calls.data?.items ?? []).map((c) => [c.id, c]));
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('apps.reference')}</th>
          <th scope="col">{t('apps.project')}</th>
          <th scope="col">{t('eval.call')}</th>
          <th scope="col">{t('eval.deadline')}</th>
          <th scope="col">{t('apps.status')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => {
          const call = callById.get(a.callId);
          return (
            <tr key={a.id}>
              <td>{a.applicationReference}</td>
              <th scope="row">
                <Link href={`/beoordelingen/${a.id}`}>{a.applicationTitle}</Link>
              </th>
              <td>{call?.title ?? ''}</td>
              <td>{call?.reviewDeadline ? formatDate(call.reviewDeadline, locale) : '—'}</td>
              <td>
                <span className={`tag tag-assignment-${a.status}`}>{label('assignment', a.status)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * One assignment. First the declaration of (no) conflict of interest, with the consortium it is about;
 * only after "no conflict" the application as submitted and the review form; once submitted, the review
 * read-only.
 */
export function AssignmentPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const assignment = useAssignment(id);
  const a = assignment.data;
  if (assignment.isPending) return <Loading />;
  if (assignment.error || !a) return <ErrorMessage error={assignment.error} />;
  const snapshot = a.application as Snapshot | null;
  return (
    <>
      <PageTitle caption={a.applicationReference}>{a.applicationTitle}</PageTitle>
      <p>
        <strong>{t('apps.status')}:</strong>{' '}
        <span className={`tag tag-assignment-${a.status}`}>{label('assignment', a.status)}</span>
      </p>
      {a.status === 'assigned' ? <Declaration assignment={a} /> : null}
      {a.status === 'recused' ? (
        <div className="notice notice-warning" role="status">
          <strong>{t('eval.recused')}</strong> {a.statement}
        </div>
      ) : null}
      {snapshot && (a.status === 'declared' || a.status === 'submitted') ? (
        <>
          <section aria-labelledby="snapshot-title">
            <h2 id="snapshot-title">{t('eval.application')}</h2>
            <SnapshotSummary snapshot={snapshot} />
          </section>
          {a.status === 'declared' ? (
            <ReviewForm assignment={a} />
          ) : a.review ? (
            <SubmittedReview review={a.review} criteria={a.criteria} />
          ) : null}
        </>
      ) : null}
      <p>
        <Link href="/beoordelingen">{t('eval.back')}</Link>
      </p>
    </>
  );
}

/** The declaration: the consortium, then "no conflict" (the content opens) or "conflict" (recused). */
function Declaration({ assignment: a }: { assignment: AssignmentDetail }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState<string>('');
  const [statement, setStatement] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const declare = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/assignments/{id}/declaration', {
          params: { path: { id: a.id } },
          body: { hasConflict: choice === 'conflict', statement: statement.trim() || undefined },
        }),
      ),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['assignments', a.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['assignments', 'list'] });
    },
    onSettled: async (_d, error) => {
      // a conflict found on the server recuses the assignment: show it as it now is
      if (error instanceof ApiFailure && error.error.code === 'CONFLICT_OF_INTEREST') {
        await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      }
    },
  });
  const submit = () => {
    const found: Problem[] = [];
    if (choice === '') found.push({ field: 'declaration-none', message: t('eval.declareMissing') });
    if (choice === 'conflict' && statement.trim() === '') {
      found.push({ field: 'statement', message: t('eval.statementMissing') });
    }
    setProblems(found);
    if (found.length === 0) declare.mutate();
  };
  return (
    <section aria-labelledby="declaration-title">
      <h2 id="declaration-title">{t('eval.declaration')}</h2>
      <ErrorSummary problems={problems} />
      <p>{t('eval.declarationIntro')}</p>
      <table className="table">
        <caption>{t('eval.consortium')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.organisation')}</th>
            <th scope="col">{t('orgs.kbo')}</th>
            <th scope="col">{t('eval.role')}</th>
          </tr>
        </thead>
        <tbody>
          {a.consortium.map((m) => (
            <tr key={m.organisationId}>
              <th scope="row">{m.name}</th>
              <td>{formatEnterpriseNumber(m.enterpriseNumber)}</td>
              <td>{m.role === 'coordinator' ? t('partnerRole.coordinator') : t('partnerRole.partner')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        noValidate
      >
        <Choices
          id="declaration"
          legend={t('eval.declareQuestion')}
          value={choice}
          onChange={setChoice}
          options={[
            { id: 'none', label: t('eval.noConflict') },
            { id: 'conflict', label: t('eval.conflict') },
          ]}
          error={problemOf(problems, 'declaration-none')}
        />
        <TextInput
          id="statement"
          label={t('eval.statement')}
          hint={t('eval.statementHint')}
          value={statement}
          onChange={setStatement}
          multiline
          isRequired={choice === 'conflict'}
          error={problemOf(problems, 'statement')}
        />
        {declare.error ? (
          <FailureNotice title={t('eval.declareFailed')}>{declare.error.message}</FailureNotice>
        ) : null}
        <div className="actions">
          <Button type="submit" className="button" id="declare-submit" isDisabled={declare.isPending}>
            {t('eval.declareSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The application as submitted: content, consortium and costs, figures, documents. */
function SnapshotSummary({ snapshot: s }: { snapshot: Snapshot }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  return (
    <>
      <dl className="facts facts-wide">
        <Fact term={t('eval.submittedAt')}>{formatDateTime(s.submittedAt, locale)}</Fact>
        <Fact term={t('form.cluster')}>{label('cluster', s.cluster)}</Fact>
        <div>
          <dt>{t('detail.period')}</dt>
          <dd>
            {t('call.windowValue', {
              from: formatDate(s.startDate, locale),
              to: formatDate(s.endDate, locale),
            })}
          </dd>
        </div>
        <Fact term={t('form.summary')} className="prewrap">
          {s.summary}
        </Fact>
      </dl>
      <PartnerCostsTable
        partners={s.partners}
        note={(p) => `${label('partnerRole', p.role)} · ${label('kind', p.kind)}`}
      />
      <dl className="facts">
        <Fact term={t('calc.totalCosts')}>{formatEuro(s.figures.totalCostsCents, locale)}</Fact>
        <Fact term={t('calc.eligibleCosts')}>{formatEuro(s.figures.eligibleCostsCents, locale)}</Fact>
        <Fact term={t('calc.maxGrant')}>{formatEuro(s.figures.maxGrantCents, locale)}</Fact>
        <Fact term={t('calc.requested')}>{formatEuro(s.requestedCents, locale)}</Fact>
      </dl>
      <Documents applicationId={s.id} documents={s.documents ?? []} />
    </>
  );
}

/** The documents as submitted, each downloaded with the token (a plain link cannot carry it). */
export function Documents({
  applicationId,
  documents,
}: {
  applicationId: string;
  documents: Schemas['SnapshotDocumentView'][];
}) {
  const t = useT();
  const [state, setState] = useState<Record<string, string>>({});
  return (
    <>
      <h3>{t('eval.documents')}</h3>
      {documents.length === 0 ? (
        <p>{t('eval.noDocuments')}</p>
      ) : (
        <ul className="plain-list">
          {documents.map((d) => (
            <li key={d.id}>
              <Button
                className="button button-link"
                onPress={() =>
                  void downloadFile(`/api/applications/${applicationId}/documents/${d.id}`, d.fileName).then(
                    (r) => setState((s) => ({ ...s, [d.id]: r })),
                  )
                }
              >
                {d.title}
              </Button>{' '}
              <span className="caption">
                ({d.fileName}, {Math.ceil(d.sizeBytes / 1024)} kB)
              </span>
              <span aria-live="polite">
                {state[d.id] === 'error' ? <span className="field-error"> {t('eval.docError')}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A score as typed: `7`, `7,5` (Dutch) or `7.5`, at most two decimals; undefined otherwise. */
function parseScore(input: string): number | undefined {
  const s = input.trim();
  if (!/^\d{1,3}([.,]\d{1,2})?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

const scoreText = (score: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB', { maximumFractionDigits: 2 }).format(score);

/**
 * The review form: per criterion its weight, maximum and threshold, a score and a comment; an overall
 * comment. "Ontwerp bewaren" saves what is filled in; "Indienen…" asks to confirm, after which the
 * review is final.
 */
function ReviewForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const draft = a.review;
  const [scores, setScores] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      a.criteria.map((c) => {
        const s = draft?.scores.find((x) => x.criterion === c.key);
        return [c.key, s ? scoreText(s.score, locale) : ''];
      }),
    ),
  );
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      a.criteria.map((c) => [c.key, draft?.scores.find((x) => x.criterion === c.key)?.comment ?? '']),
    ),
  );
  const [overall, setOverall] = useState(draft?.comment ?? '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [savedAt, setSavedAt] = useState<string>();

  const save = useMutation({
    mutationFn: (submit: boolean) =>
      unwrap(
        api.PUT('/api/assignments/{id}/review', {
          params: { path: { id: a.id } },
          body: {
            scores: a.criteria
              .filter((c) => parseScore(scores[c.key]) !== undefined)
              .map((c) => ({
                criterion: c.key,
                score: parseScore(scores[c.key]) as number,
                comment: comments[c.key].trim() || undefined,
              })),
            comment: overall.trim() || undefined,
            submit,
          },
        }),
      ),
    onSuccess: async (review, submit) => {
      setSavedAt(review.updatedAt);
      setConfirming(false);
      if (submit) {
        await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      }
    },
  });

  const check = (submit: boolean): boolean => {
    const found: Problem[] = [];
    for (const c of a.criteria) {
      const raw = scores[c.key].trim();
      const value = parseScore(raw);
      if ((submit || raw !== '') && (value === undefined || value > c.maxScore)) {
        found.push({
          field: `score-${c.key}`,
          message: t('review.scoreInvalid', { criterion: c.label, max: c.maxScore }),
        });
      }
      if (submit && comments[c.key].trim() === '') {
        found.push({
          field: `comment-${c.key}`,
          message: t('review.commentMissing', { criterion: c.label }),
        });
      }
    }
    if (submit && overall.trim() === '') {
      found.push({ field: 'overall', message: t('review.overallMissing') });
    }
    setProblems(found);
    return found.length === 0;
  };

  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <p>{t('review.intro')}</p>
      <ErrorSummary problems={problems} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (check(false)) save.mutate(false);
        }}
      >
        {a.criteria.map((c, i) => (
          <fieldset className="fieldset" key={c.key}>
            <legend>
              {i + 1}. {c.label}
            </legend>
            <p className="hint" id={`criterion-${c.key}`}>
              {t('review.criterionFacts', { weight: c.weight, max: c.maxScore })}{' '}
              {typeof c.threshold === 'number'
                ? t('review.threshold', { threshold: scoreText(c.threshold, locale) })
                : t('review.noThreshold')}
            </p>
            <TextInput
              id={`score-${c.key}`}
              label={t('review.score', { criterion: c.label, max: c.maxScore })}
              hint={t('review.scoreHint', { max: c.maxScore })}
              value={scores[c.key]}
              onChange={(v) => setScores((s) => ({ ...s, [c.key]: v }))}
              inputMode="decimal"
              width="short"
              error={problemOf(problems, `score-${c.key}`)}
            />
            <TextInput
              id={`comment-${c.key}`}
              label={t('review.comment', { criterion: c.label })}
              value={comments[c.key]}
              onChange={(v) => setComments((s) => ({ ...s, [c.key]: v }))}
              multiline
              error={problemOf(problems, `comment-${c.key}`)}
            />
          </fieldset>
        ))}
        <TextInput
          id="overall"
          label={t('review.overall')}
          hint={t('review.overallHint')}
          value={overall}
          onChange={setOverall}
          multiline
          error={problemOf(problems, 'overall')}
        />
        <div aria-live="polite">
          {savedAt && !save.isPending && !save.error ? (
            <Notice kind="success">{t('form.saved', { time: formatDateTime(savedAt, locale) })}</Notice>
          ) : null}
        </div>
        {save.error && !confirming ? (
          <FailureNotice title={t('review.failed')}>{save.error.message}</FailureNotice>
        ) : null}
        <div className="actions">
          <Button
            type="submit"
            className="button button-secondary"
            id="review-save"
            isDisabled={save.isPending}
          >
            {t('form.saveDraft')}
          </Button>
          <Button
            className="button"
            id="review-submit-open"
            onPress={() => {
              if (check(true)) setConfirming(true);
            }}
          >
            {t('review.submitOpen')}
          </Button>
        </div>
      </form>
      <ModalOverlay className="modal-overlay" isOpen={confirming} onOpenChange={setConfirming} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{t('review.confirmTitle')}</Heading>
            <p>{t('review.confirmIntro')}</p>
            <ul>
              {a.criteria.map((c) => (
                <li key={c.key}>
                  {c.label}: {scores[c.key]} / {c.maxScore}
                </li>
              ))}
            </ul>
            {save.error ? (
              <FailureNotice title={t('review.failed')}>{save.error.message}</FailureNotice>
            ) : null}
            <div className="actions">
              <Button
                className="button"
                id="review-submit-confirm"
                onPress={() => save.mutate(true)}
                isDisabled={save.isPending}
              >
                {t('review.confirm')}
              </Button>
              <Button className="button button-secondary" slot="close">
                {t('submit.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </section>
  );
}

/** A submitted review, read-only: the scores and comments as submitted, and the weighted score. */
export function SubmittedReview({
  review,
  criteria,
}: {
  review: Schemas['ReviewView'];
  criteria: Criterion[];
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <section aria-labelledby="submitted-review-title">
      <h2 id="submitted-review-title">{t('review.submittedTitle')}</h2>
      {review.submittedAt ? (
        <Notice kind="success">
          {t('review.submittedAt', { date: formatDateTime(review.submittedAt, locale) })}
        </Notice>
      ) : null}
      <table className="table">
        <caption className="visually-hidden">{t('review.submittedTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('call.criterion')}</th>
            <th scope="col" className="num">
              {t('review.scoreShort')}
            </th>
            <th scope="col">{t('review.commentShort')}</th>
          </tr>
        </thead>
        <tbody>
          {review.scores.map((s) => {
            const c = criteria.find((x) => x.key === s.criterion);
            return (
              <tr key={s.criterion}>
                <th scope="row">{c?.label ?? s.criterion}</th>
                <td className="num">
                  {scoreText(s.score, locale)} / {c?.maxScore ?? ''}
                </td>
                <td className="prewrap">{s.comment}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <dl className="facts facts-wide">
        {review.weightedScore !== null ? (
          <Fact term={t('review.weighted')}>{scoreText(review.weightedScore, locale)} / 100</Fact>
        ) : null}
        <Fact term={t('review.overall')} className="prewrap">
          {review.comment}
        </Fact>
      </dl>
    </section>
  );
}
