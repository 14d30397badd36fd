import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { formatEnterpriseNumber } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import {
  useApplication,
  useApplicationDocuments,
  useCall,
  useDecision,
  useMyOrganisations,
  usePartnerInvitations,
  usePayments,
} from '../api/queries';
import { downloadFile } from '../api/files';
import { DocumentsSection } from '../components/documents';
import { type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
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
              <dd className="prewrap">{decision.data.motivation}</dd>
            </div>
          </dl>
          {decision.data.outcome === 'rejected' && decision.data.refusalGrounds.length > 0 ? (
            <RefusalGrounds application={a} grounds={decision.data.refusalGrounds} />
          ) : null}
          {decision.data.outcome === 'approved' ? (
            <AcceptGrant application={a} decision={decision.data} />
          ) : null}
          <LetterDownload application={a} />
          {a.language === 'en' ? <LetterDownload application={a} lang="en" /> : null}
          {decision.data.finalDecision ? (
            <FinalDecision application={a} decision={decision.data} final={decision.data.finalDecision} />
          ) : null}
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

      {a.status === 'approved' || a.status === 'closed' ? (
        <section aria-labelledby="report-link-title">
          <h2 id="report-link-title">{t('report.title')}</h2>
          <p>{t('report.linkIntro')}</p>
          <Link className="button button-secondary" href={`/aanvragen/${a.id}/eindrapport`}>
            {t('report.open')}
          </Link>
        </section>
      ) : null}

      <ApplicationDocuments application={a} />

      <section aria-labelledby="content-title">
        <h2 id="content-title">{t('detail.content')}</h2>
        <ApplicationSummary application={a} />
      </section>
    </>
  );
}

/**
 * The annexes of an application: attached and removed by members of the coordinator while it is a draft
 * or returned, listed (scan status, SHA-256) and downloaded by everyone who sees it.
 */
export function ApplicationDocuments({ application: a }: { application: Application }) {
  const t = useT();
  const call = useCall(a.callId);
  const documents = useApplicationDocuments(a.id);
  const organisations = useMyOrganisations();
  const mine = new Set((organisations.data?.items ?? []).map((o) => o.id));
  const coordinator = a.partners.find((p) => p.role === 'coordinator');
  const editable =
    (a.status === 'draft' || a.status === 'returned') &&
    coordinator !== undefined &&
    mine.has(coordinator.organisationId);
  return (
    <DocumentsSection
      id="documents"
      title={t('docs.title')}
      intro={editable ? t('docs.intro') : t('docs.introFrozen')}
      basePath={`/api/applications/${a.id}/documents`}
      queryKey={['applications', a.id, 'documents']}
      alsoInvalidate={['applications', a.id]}
      documents={documents}
      editable={editable}
      required={call.data?.rules.requiredDocuments}
      partners={a.partners.map((p) => ({ organisationId: p.organisationId, name: p.name }))}
    />
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
  const coordinatorMember = a.partners.some((p) => p.role === 'coordinator' && mine.has(p.organisationId));
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
      {coordinatorMember && a.status !== 'approved' && a.status !== 'rejected' && a.status !== 'closed'
        ? (invitations.data ?? [])
            .filter((i) => i.status === 'pending' && !mine.has(i.organisationId))
            .map((i) => <MailInvitation key={i.id} invitation={i} applicationId={a.id} />)
        : null}
    </section>
  );
}

/**
 * For a partner organisation that has no members in the portal yet: the coordinator gives an address
 * and the API mails a link (`/invitations/partner?token=…`) with which that person consents.
 */
function MailInvitation({
  invitation: i,
  applicationId,
}: {
  invitation: Schemas['PartnerInvitationView'];
  applicationId: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<'nl' | 'en'>(locale);
  const [problems, setProblems] = useState<Problem[]>([]);
  const field = `mail-${i.id}`;
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/partner-invitations/{id}/email', {
          params: { path: { id: i.id } },
          body: { email: email.trim(), language },
        }),
      ),
    onSuccess: async () => {
      setEmail('');
      await queryClient.invalidateQueries({
        queryKey: ['applications', applicationId, 'partner-invitations'],
      });
    },
    onError: (err) =>
      setProblems([
        {
          field,
          message:
            err instanceof ApiFailure && err.error.code === 'INVALID_TRANSITION'
              ? t('consent.mailHasMembers', { name: i.organisationName })
              : `${t('common.error')} ${err.message}`,
        },
      ]),
  });
  return (
    <details className="fieldset mail-invitation">
      <summary id={`${field}-title`}>{t('consent.mailTitle', { name: i.organisationName })}</summary>
      <form
        noValidate
        aria-labelledby={`${field}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          const found = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())
            ? []
            : [{ field, message: t('register.emailInvalid') }];
          setProblems(found);
          if (found.length === 0) send.mutate();
        }}
      >
        <p className="hint">{t('consent.mailHint')}</p>
        {i.email ? <p>{t('consent.mailedTo', { email: i.email })}</p> : null}
        <div className="field-row">
          <TextInput
            id={field}
            label={t('register.email')}
            type="email"
            autoComplete="off"
            value={email}
            onChange={setEmail}
            width="medium"
            error={problemOf(problems, field)}
          />
          <SelectInput
            id={`${field}-language`}
            label={t('team.mailLanguage')}
            value={language}
            onChange={(v) => setLanguage(v as 'nl' | 'en')}
            options={[
              { id: 'nl', label: 'Nederlands' },
              { id: 'en', label: 'English' },
            ]}
          />
          <Button type="submit" className="button button-secondary" isDisabled={send.isPending}>
            {t('consent.mailSend')}
          </Button>
        </div>
        <div aria-live="polite">
          {send.isSuccess && problems.length === 0 ? (
            <p>{t('consent.mailSent', { email: send.data.email ?? '' })}</p>
          ) : null}
        </div>
      </form>
    </details>
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
 * The decision letter (PDF): the Dutch act, and for an application in English also the courtesy
 * translation (`?lang=en`). The token is in memory only, so a plain link cannot carry it: the letter is
 * fetched with it and handed to the browser as a file (api/files.ts). While the letter is being made (202)
 * the user is told to try again in a moment. The version and SHA-256 of what was downloaded are shown.
 */
function LetterDownload({
  application: a,
  lang = 'nl',
  letter = 'decision',
}: {
  application: Application;
  lang?: 'nl' | 'en';
  letter?: 'decision' | 'final_grant';
}) {
  const t = useT();
  const final = letter === 'final_grant';
  const [state, setState] = useState<'idle' | 'busy' | 'pending' | 'error' | 'done'>('idle');
  const [facts, setFacts] = useState<{ version: string; sha256: string } | undefined>();
  const download = async () => {
    setState('busy');
    try {
      const result = await downloadFile(
        `/api/applications/${a.id}/decision-letter?lang=${lang}${final ? '&letter=final_grant' : ''}`,
        `${a.reference}-${t(
          final
            ? lang === 'en'
              ? 'decision.finalTranslationFile'
              : 'decision.finalLetterFile'
            : lang === 'en'
              ? 'decision.translationFile'
              : 'decision.letterFile',
        )}.pdf`,
        { accept: 'application/pdf', ownName: true },
      );
      if (result.status === 'pending') return setState('pending');
      setFacts({
        version: result.headers?.get('X-Letter-Version') ?? '1',
        sha256: (result.headers?.get('ETag') ?? '').replace(/"/g, ''),
      });
      setState('done');
    } catch {
      setState('error');
    }
  };
  const english = a.language === 'en';
  return (
    <div className="letter">
      <Button className="button" onPress={() => void download()} isDisabled={state === 'busy'}>
        {final
          ? lang === 'en'
            ? t('decision.finalDownloadTranslation')
            : t('decision.finalDownload')
          : lang === 'en'
            ? t('decision.downloadTranslation')
            : english
              ? t('decision.downloadAct')
              : t('decision.download')}
      </Button>
      {lang === 'nl' && !final ? <p className="hint">{t('decision.letterHint')}</p> : null}
      <div aria-live="polite">
        {state === 'pending' ? <p>{t('decision.letterPending')}</p> : null}
        {state === 'error' ? <p className="field-error">{t('decision.letterError')}</p> : null}
        {state === 'done' && facts ? (
          <p>
            {t('decision.letterDone')} {t('decision.letterFacts', { version: facts.version })}{' '}
            <code className="hash">{facts.sha256}</code>
          </p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * The decision on a grant lowered after the final report (`finalDecision` of the decision view): its
 * number, date and deciding body, the final grant, and its own letter (`letter=final_grant`), downloaded
 * like the letter of the decision.
 */
function FinalDecision({
  application: a,
  decision,
  final,
}: {
  application: Application;
  decision: Schemas['DecisionView'];
  final: Schemas['FinalGrantDecisionView'];
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  return (
    <div className="final-decision">
      <h3>{t('decision.finalTitle')}</h3>
      <p>{t('decision.finalIntro')}</p>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('decision.finalNumber')}</dt>
          <dd>{final.decisionNumber}</dd>
        </div>
        <div>
          <dt>{t('decision.date')}</dt>
          <dd>{formatDate(final.decidedOn, locale)}</dd>
        </div>
        <div>
          <dt>{t('decision.finalBody')}</dt>
          <dd>
            {label('decidingBody', final.decidingBody)}
            {final.delegationReference ? ` (${final.delegationReference})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('decision.finalGrant')}</dt>
          <dd data-testid="final-decision-grant">{formatEuro(decision.finalGrantCents ?? 0, locale)}</dd>
        </div>
      </dl>
      <LetterDownload application={a} letter="final_grant" />
      {a.language === 'en' ? <LetterDownload application={a} lang="en" letter="final_grant" /> : null}
    </div>
  );
}

/**
 * The grounds of a refusal, as the decision letter states them (the Law of 29 July 1991 asks for the
 * factual grounds): a criterion below its threshold, the call budget exhausted above this application,
 * an eligibility rule not met, or a ground in full.
 */
function RefusalGrounds({
  application: a,
  grounds,
}: {
  application: Application;
  grounds: Schemas['RefusalGroundDto'][];
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const call = useCall(a.callId);
  const criterion = (key?: string) => call.data?.criteria.find((c) => c.key === key)?.label ?? key ?? '';
  const euro = (cents?: number) => formatEuro(cents ?? 0, locale);
  const number = (n?: number) => new Intl.NumberFormat(locale === 'nl' ? 'nl-BE' : 'en-GB').format(n ?? 0);
  const text = (g: Schemas['RefusalGroundDto']): string => {
    switch (g.type) {
      case 'below_threshold':
        return t('grounds.belowThreshold', {
          criterion: criterion(g.criterion),
          score: number(g.score),
          threshold: number(g.threshold),
        });
      case 'below_funding_line':
        return t('grounds.belowFundingLine', {
          budget: euro(g.budgetCents),
          above: euro(g.committedAboveCents),
          available: euro(g.availableCents),
          requested: euro(g.requestedCents),
        });
      case 'ineligible':
        return t('grounds.ineligible', { rule: label('rule', g.rule ?? '') });
      default:
        return g.text ?? '';
    }
  };
  return (
    <div className="grounds">
      <h3>{t('grounds.title')}</h3>
      <ol>
        {grounds.map((g, i) => (
          <li key={i}>
            <strong>{label('grounds.type', g.type)}:</strong> <span className="prewrap">{text(g)}</span>
          </li>
        ))}
      </ol>
      <p className="hint">{t('grounds.appeal')}</p>
    </div>
  );
}
