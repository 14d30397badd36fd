import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { formatEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { getSession } from '../api/session';
import {
  useApplication,
  useCall,
  useDecision,
  useMyOrganisations,
  usePartnerInvitations,
  usePayments,
} from '../api/queries';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { StatusTag } from '../components/status';
import { formatDate, formatDateTime, formatEuro, formatPercent } from '../i18n/format';
import { type MessageId, useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

type Application = Schemas['ApplicationView'];
const DECIDED = ['approved', 'rejected', 'closed'];

/** One application: status timeline, content, submission, decision and letter, payments. */
export function ApplicationDetailPage({ id }: { id: string }) {
  const t = useT();
  const { locale } = useLocale();
  const application = useApplication(id);
  const a = application.data;
  const decided = a ? DECIDED.includes(a.status) : false;
  const decision = useDecision(id, decided);
  const payments = usePayments(id, a ? a.status === 'approved' || a.status === 'closed' : false);
  const [submitted, setSubmitted] = useState(false);
  if (application.isPending) return <Loading />;
  if (application.error || !a) return <ErrorMessage error={application.error} />;
  const editable = a.status === 'draft' || a.status === 'returned';
  return (
    <>
      <PageTitle caption={a.reference}>{a.title}</PageTitle>
      <p>
        <strong>{t('apps.status')}:</strong> <StatusTag status={a.status} />
      </p>
      {a.status === 'returned' ? (
        <div className="notice notice-warning" role="status">
          <strong>{t('detail.returned')}</strong> {a.screeningReason}
        </div>
      ) : null}
      {submitted ? <Notice kind="success">{t('submit.done')}</Notice> : null}
      {editable ? (
        <div className="actions">
          <Link className="button button-secondary" href={`/aanvragen/${a.id}/bewerken`}>
            {t('detail.edit')}
          </Link>
          <SubmitButton application={a} onSubmitted={() => setSubmitted(true)} />
        </div>
      ) : null}

      {a.partners.some((p) => p.role === 'partner') ? <PartnerConsent application={a} /> : null}

      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <Timeline application={a} />
      </section>

      {decided && decision.data ? (
        <section aria-labelledby="decision-title">
          <h2 id="decision-title">{t('decision.title')}</h2>
          <dl className="facts facts-wide">
            <div>
              <dt>{t('decision.outcome')}</dt>
              <dd>{t(decision.data.outcome === 'approved' ? 'decision.approved' : 'decision.rejected')}</dd>
            </div>
            <div>
              <dt>{t('decision.date')}</dt>
              <dd>{formatDate(decision.data.decidedOn, locale)}</dd>
            </div>
            {decision.data.outcome === 'approved' ? (
              <>
                <div>
                  <dt>{t('decision.granted')}</dt>
                  <dd>{formatEuro(decision.data.grantedCents ?? 0, locale)}</dd>
                </div>
                <div>
                  <dt>{t('decision.rate')}</dt>
                  <dd>{formatPercent(decision.data.fundingRatePct ?? 0, locale)}</dd>
                </div>
              </>
            ) : null}
            <div>
              <dt>{t('decision.motivation')}</dt>
              <dd>{decision.data.motivation}</dd>
            </div>
          </dl>
          {decision.data.outcome === 'approved' ? (
            <AcceptGrant application={a} decision={decision.data} />
          ) : null}
          <LetterDownload application={a} />
        </section>
      ) : null}

      {payments.data ? (
        <section aria-labelledby="payments-title">
          <h2 id="payments-title">{t('payments.title')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('payments.grant')}</dt>
              <dd>{formatEuro(payments.data.grantCents, locale)}</dd>
            </div>
            <div>
              <dt>{t('payments.paid')}</dt>
              <dd>{formatEuro(payments.data.paidCents, locale)}</dd>
            </div>
            <div>
              <dt>{t('payments.remaining')}</dt>
              <dd>{formatEuro(payments.data.remainingCents, locale)}</dd>
            </div>
          </dl>
          {payments.data.items.length === 0 ? (
            <p>{t('payments.none')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('payments.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('payments.date')}</th>
                  <th scope="col">{t('payments.kind')}</th>
                  <th scope="col" className="num">
                    {t('payments.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {payments.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>{formatDate(p.paidOn, locale)}</td>
                    <td>{t(p.kind === 'advance' ? 'payments.advance' : 'payments.balance')}</td>
                    <td className="num">{formatEuro(p.amountCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      <section aria-labelledby="content-title">
        <h2 id="content-title">{t('detail.content')}</h2>
        <ApplicationSummary application={a} />
      </section>
    </>
  );
}

/** The content and figures of an application, as the user confirms them before submitting. */
function ApplicationSummary({ application: a }: { application: Application }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  return (
    <>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('form.projectTitle')}</dt>
          <dd>{a.title}</dd>
        </div>
        {a.acronym ? (
          <div>
            <dt>{t('form.acronym')}</dt>
            <dd>{a.acronym}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('form.cluster')}</dt>
          <dd>{label('cluster', a.cluster)}</dd>
        </div>
        <div>
          <dt>{t('detail.period')}</dt>
          <dd>
            {t('call.windowValue', {
              from: formatDate(a.startDate, locale),
              to: formatDate(a.endDate, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('form.summary')}</dt>
          <dd className="prewrap">{a.summary}</dd>
        </div>
      </dl>
      <table className="table">
        <caption>{t('detail.costs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.organisation')}</th>
            <th scope="col">{t('form.category')}</th>
            <th scope="col">{t('form.costDescription')}</th>
            <th scope="col" className="num">
              {t('form.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {a.partners.flatMap((p) =>
            (p.costs.length > 0 ? p.costs : [undefined]).map((c, i) => (
              <tr key={`${p.organisationId}-${i}`}>
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={Math.max(p.costs.length, 1)}>
                    {p.name}
                    <div className="caption">
                      {label('partnerRole', p.role)} · {formatEnterpriseNumber(p.enterpriseNumber)}
                    </div>
                  </th>
                ) : null}
                <td>{c ? label('category', c.category) : '—'}</td>
                <td>{c?.description ?? ''}</td>
                <td className="num">{c ? formatEuro(c.amountCents, locale) : ''}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {a.figures ? (
        <dl className="facts">
          <div>
            <dt>{t('calc.eligibleCosts')}</dt>
            <dd>{formatEuro(a.figures.eligibleCostsCents, locale)}</dd>
          </div>
          <div>
            <dt>{t('calc.maxGrant')}</dt>
            <dd>{formatEuro(a.figures.maxGrantCents, locale)}</dd>
          </div>
          <div>
            <dt>{t('calc.requested')}</dt>
            <dd>{formatEuro(a.requestedCents, locale)}</dd>
          </div>
        </dl>
      ) : (
        <p>
          <strong>{t('calc.requested')}:</strong> {formatEuro(a.requestedCents, locale)}
        </p>
      )}
      {a.eligibility && !a.eligibility.ok ? (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>{t('calc.someBroken', { n: a.eligibility.violations.length })}</strong>
          </p>
          <ul>
            {a.eligibility.violations.map((v) => (
              <li key={v.rule}>
                {label('rule', v.rule)} <span lang="en">({v.message})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** Submit, after a dialog that shows what is being submitted and asks to confirm. */
function SubmitButton({
  application: a,
  onSubmitted,
}: {
  application: Application;
  onSubmitted: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const queryClient = useQueryClient();
  const call = useCall(a.callId);
  const [open, setOpen] = useState(false);
  const submit = useMutation({
    mutationFn: () => unwrap(api.POST('/api/applications/{id}/submit', { params: { path: { id: a.id } } })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['applications', a.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['applications'], exact: true });
      setOpen(false);
      onSubmitted();
    },
  });
  const failure = submit.error instanceof ApiFailure ? submit.error.error : undefined;
  const violations =
    failure?.code === 'ELIGIBILITY_FAILED' && Array.isArray(failure.details)
      ? (failure.details as { rule: string; message: string }[])
      : [];
  return (
    <>
      <Button id="submit-open" className="button" onPress={() => setOpen(true)}>
        {a.status === 'returned' ? t('submit.resubmit') : t('submit.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{t('submit.title')}</Heading>
            <p>{t('submit.intro', { call: call.data?.title ?? '' })}</p>
            <ApplicationSummary application={a} />
            <p>{t('submit.declaration')}</p>
            {submit.error ? (
              <div className="notice notice-error" role="alert">
                <strong>{t('submit.failed')}</strong> {submit.error.message}
                {violations.length > 0 ? (
                  <ul>
                    {violations.map((v) => (
                      <li key={v.rule}>{label('rule', v.rule)}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            <div className="actions">
              <Button
                id="submit-confirm"
                className="button"
                onPress={() => submit.mutate()}
                isDisabled={submit.isPending}
              >
                {t('submit.confirm')}
              </Button>
              <Button className="button button-secondary" slot="close">
                {t('submit.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}

/**
 * The coordinator accepts the grant, as the decision letter asks (nothing is paid before): a button and a
 * dialog that repeats the amount and asks to confirm. Once accepted, the date shows instead.
 */
function AcceptGrant({
  application: a,
  decision,
}: {
  application: Application;
  decision: Schemas['DecisionView'];
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const accept = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/applications/{id}/decision/acceptance', { params: { path: { id: a.id } } })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['applications', a.id, 'decision'], saved);
      await queryClient.invalidateQueries({ queryKey: ['applications', a.id] });
      setOpen(false);
    },
  });
  if (decision.acceptedAt) {
    return (
      <Notice kind="success">
        {t('accept.accepted', { date: formatDateTime(decision.acceptedAt, locale) })}
      </Notice>
    );
  }
  return (
    <div className="notice notice-warning">
      <p>
        <strong>{t('accept.todo')}</strong> {t('accept.todoHint')}
      </p>
      <Button id="accept-open" className="button" onPress={() => setOpen(true)}>
        {t('accept.open')}
      </Button>
      <ModalOverlay className="modal-overlay" isOpen={open} onOpenChange={setOpen} isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            <Heading slot="title">{t('accept.title')}</Heading>
            <p>
              {t('accept.intro', {
                amount: formatEuro(decision.grantedCents ?? 0, locale),
                title: a.title,
              })}
            </p>
            <p>{t('accept.declaration')}</p>
            {accept.error ? (
              <div className="notice notice-error" role="alert">
                <strong>{t('accept.failed')}</strong> {accept.error.message}
              </div>
            ) : null}
            <div className="actions">
              <Button
                id="accept-confirm"
                className="button"
                onPress={() => accept.mutate()}
                isDisabled={accept.isPending}
              >
                {t('accept.confirm')}
              </Button>
              <Button className="button button-secondary" slot="close">
                {t('submit.cancel')}
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </div>
  );
}

const CONSENT_LABEL = {
  pending: 'consent.pending',
  accepted: 'consent.accepted',
  declined: 'consent.declined',
  withdrawn: 'consent.withdrawn',
} as const satisfies Record<Schemas['PartnerInvitationView']['status'], MessageId>;

/**
 * Partner consent: every partner organisation accepts its invitation before the application can be
 * submitted. A member of an invited organisation accepts or declines here (the invitation mail links to
 * this page); the others see who has answered.
 */
function PartnerConsent({ application: a }: { application: Application }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const invitations = usePartnerInvitations(a.id);
  const organisations = useMyOrganisations();
  const mine = new Set((organisations.data?.items ?? []).map((o) => o.id));
  const answer = useMutation({
    mutationFn: ({ id, accept }: { id: string; accept: boolean }) =>
      unwrap(
        accept
          ? api.POST('/api/partner-invitations/{id}/accept', { params: { path: { id } } })
          : api.POST('/api/partner-invitations/{id}/decline', { params: { path: { id } } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications', a.id] }),
  });
  return (
    <section aria-labelledby="consent-title" id="partners">
      <h2 id="consent-title">{t('consent.title')}</h2>
      <p>{t('consent.intro')}</p>
      {invitations.error ? <ErrorMessage error={invitations.error} /> : null}
      {invitations.data ? (
        <table className="table">
          <caption className="visually-hidden">{t('consent.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('detail.organisation')}</th>
              <th scope="col">{t('consent.status')}</th>
              <th scope="col">{t('consent.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.organisationName}</th>
                <td>
                  {t(CONSENT_LABEL[i.status])}
                  {i.answeredAt ? (
                    <div className="caption">{formatDateTime(i.answeredAt, locale)}</div>
                  ) : null}
                </td>
                <td>
                  {mine.has(i.organisationId) && i.status === 'pending' ? (
                    <div className="actions">
                      <Button
                        className="button"
                        aria-label={t('consent.acceptFor', { name: i.organisationName })}
                        onPress={() => answer.mutate({ id: i.id, accept: true })}
                        isDisabled={answer.isPending}
                      >
                        {t('consent.accept')}
                      </Button>
                      <Button
                        className="button button-secondary"
                        aria-label={t('consent.declineFor', { name: i.organisationName })}
                        onPress={() => answer.mutate({ id: i.id, accept: false })}
                        isDisabled={answer.isPending}
                      >
                        {t('consent.decline')}
                      </Button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div aria-live="polite">
        {answer.error ? (
          <p className="field-error">
            {t('consent.failed')} {answer.error.message}
          </p>
        ) : null}
        {answer.isSuccess ? <p>{t('consent.saved')}</p> : null}
      </div>
    </section>
  );
}

interface Step {
  key: string;
  label: string;
  at?: string;
  state: 'done' | 'current' | 'todo';
  detail?: string;
}

/**
 * The way of the application, from what the API keeps: when it was created, submitted, screened and
 * decided, and its status now. A return before the last submission shows as a step of its own.
 */
function Timeline({ application: a }: { application: Application }) {
  const t = useT();
  const { locale } = useLocale();
  const s = a.status;
  const screened = ['admissible', 'inadmissible', 'under_review', 'approved', 'rejected', 'closed'];
  const steps: Step[] = [{ key: 'created', label: t('timeline.created'), at: a.createdAt, state: 'done' }];
  const at = (v: string | null | undefined) => v ?? undefined;
  const reason = at(a.screeningReason);
  if (s === 'returned') {
    steps.push({ key: 'submitted', label: t('timeline.submitted'), at: at(a.submittedAt), state: 'done' });
    steps.push({
      key: 'returned',
      label: t('timeline.returned'),
      at: at(a.screenedAt),
      state: 'current',
      detail: reason,
    });
    steps.push({ key: 'resubmit', label: t('timeline.resubmitted'), state: 'todo' });
  } else if (s === 'submitted' && reason && a.screenedAt && a.submittedAt && a.screenedAt < a.submittedAt) {
    steps.push({
      key: 'returned',
      label: t('timeline.returned'),
      at: at(a.screenedAt),
      state: 'done',
      detail: reason,
    });
    steps.push({ key: 'submitted', label: t('timeline.resubmitted'), at: at(a.submittedAt), state: 'done' });
  } else {
    steps.push({
      key: 'submitted',
      label: t('timeline.submitted'),
      at: s === 'draft' ? undefined : at(a.submittedAt),
      state: s === 'draft' ? 'current' : a.submittedAt ? 'done' : 'todo',
    });
  }
  steps.push({
    key: 'screening',
    label: s === 'inadmissible' ? t('timeline.inadmissible') : t('timeline.screened'),
    at: screened.includes(s) ? at(a.screenedAt) : undefined,
    state: screened.includes(s) ? 'done' : s === 'submitted' ? 'current' : 'todo',
  });
  if (s !== 'inadmissible') {
    steps.push({
      key: 'review',
      label: t('timeline.review'),
      state: ['approved', 'rejected', 'closed'].includes(s)
        ? 'done'
        : s === 'under_review' || s === 'admissible'
          ? 'current'
          : 'todo',
    });
    steps.push({
      key: 'decision',
      label:
        s === 'approved' || s === 'closed'
          ? t('timeline.approved')
          : s === 'rejected'
            ? t('timeline.rejected')
            : t('timeline.decision'),
      at: a.decidedAt ?? undefined,
      state: a.decidedAt ? 'done' : 'todo',
    });
  }
  if (s === 'withdrawn') steps.push({ key: 'withdrawn', label: t('status.withdrawn'), state: 'current' });
  const stateLabel: Record<Step['state'], MessageId> = {
    done: 'timeline.done',
    current: 'timeline.current',
    todo: 'timeline.todo',
  };
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li
          key={step.key}
          className={`step step-${step.state}`}
          aria-current={step.state === 'current' ? 'step' : undefined}
        >
          <span className="step-marker" aria-hidden="true">
            {step.state === 'done' ? '✓' : step.state === 'current' ? '●' : '○'}
          </span>
          <div>
            <strong>{step.label}</strong> <span className="step-state">({t(stateLabel[step.state])})</span>
            {step.at ? <div className="caption">{formatDateTime(step.at, locale)}</div> : null}
            {step.detail ? <div className="step-detail">{step.detail}</div> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

/**
 * The decision letter (PDF). The token is in memory only, so a plain link cannot carry it: the letter is
 * fetched with it and handed to the browser as a file. While the letter is being made (202) the user is
 * told to try again in a moment.
 */
function LetterDownload({ application: a }: { application: Application }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'busy' | 'pending' | 'error' | 'done'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const response = await fetch(`/api/applications/${a.id}/decision-letter`, {
        headers: { Authorization: `Bearer ${getSession()?.token ?? ''}`, Accept: 'application/pdf' },
      });
      if (response.status === 202) return setState('pending');
      if (!response.ok) return setState('error');
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${a.reference}-${t('decision.letterFile')}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('done');
    } catch {
      setState('error');
    }
  };
  return (
    <div>
      <Button className="button" onPress={() => void download()} isDisabled={state === 'busy'}>
        {t('decision.download')}
      </Button>
      <p className="hint">{t('decision.letterHint')}</p>
      <div aria-live="polite">
        {state === 'pending' ? <p>{t('decision.letterPending')}</p> : null}
        {state === 'error' ? <p className="field-error">{t('decision.letterError')}</p> : null}
        {state === 'done' ? <p>{t('decision.letterDone')}</p> : null}
      </div>
    </div>
  );
}
