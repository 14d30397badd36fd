import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { formatIban, isValidBelgianIban, normaliseIban } from '../../../src/kernel/identifiers';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import { useAllCalls, useApplication, useDecision, usePayments } from '../api/queries';
import { useApplicationsWithStatus, useFinalReport, useOrganisation } from '../api/staff-queries';
import { downloadFile } from '../components/download';
import { Fact } from '../components/facts';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { LetterDownloadStatus, letterStateOf } from '../components/letter-status';
import { StatusTag } from '../components/status';
import { formatDate, formatDateTime, formatEuro, parseEuroInput } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';
import {
  DecidingFacts,
  type DecidingFactsValue,
  factsBody,
  factsProblems,
  initialFacts,
} from './staff-decision';

/** Approved applications (paid or to pay) and those closed: the way to their payments and final report. */
export function PaymentsPage() {
  const t = useT();
  const { locale } = useLocale();
  const approved = useApplicationsWithStatus('approved');
  const closed = useApplicationsWithStatus('closed');
  const calls = useAllCalls();
  const callById = new Map((calls.data?.items ?? []).map((c) => [c.id, c]));
  const items = [...(approved.data?.items ?? []), ...(closed.data?.items ?? [])];
  return (
    <>
      <PageTitle>{t('pay.title')}</PageTitle>
      <p>{t('pay.intro')}</p>
      {approved.isPending || closed.isPending ? <Loading /> : null}
      {approved.error ? <ErrorMessage error={approved.error} /> : null}
      {approved.data && items.length === 0 ? <p>{t('pay.none')}</p> : null}
      {items.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('pay.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apps.reference')}</th>
              <th scope="col">{t('apps.project')}</th>
              <th scope="col">{t('pay.call')}</th>
              <th scope="col">{t('apps.status')}</th>
              <th scope="col" className="num">
                {t('apps.requested')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>{a.reference}</td>
                <th scope="row">
                  <Link href={`/beheer/betalingen/${a.id}`}>{a.title}</Link>
                  <div className="caption">{a.coordinatorName}</div>
                </th>
                <td>{callById.get(a.callId)?.title ?? ''}</td>
                <td>
                  <StatusTag status={a.status} />
                </td>
                <td className="num">{formatEuro(a.requestedCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** One grant: what is paid, paying the advance or the balance to an IBAN, and accepting the final report. */
export function PaymentDetailPage({ id }: { id: string }) {
  const t = useT();
  const { locale } = useLocale();
  const application = useApplication(id);
  const a = application.data;
  const payable = a ? a.status === 'approved' || a.status === 'closed' : false;
  const decision = useDecision(id, payable);
  const payments = usePayments(id, payable);
  const report = useFinalReport(id);
  if (application.isPending) return <Loading />;
  if (application.error || !a) return <ErrorMessage error={application.error} />;
  const p = payments.data;
  return (
    <>
      <PageTitle caption={a.reference}>{a.title}</PageTitle>
      <p>
        <strong>{t('apps.status')}:</strong> <StatusTag status={a.status} /> ·{' '}
        {a.partners.find((x) => x.role === 'coordinator')?.name} ·{' '}
        <Link href={`/beheer/audit?entiteit=application&id=${a.id}`}>{t('pay.auditLink')}</Link>
      </p>
      {!payable ? <p>{t('pay.notApproved')}</p> : null}
      {decision.data?.outcome === 'approved' && !decision.data.acceptedAt ? (
        <div className="notice notice-warning" role="status">
          {t('pay.notAccepted')}
        </div>
      ) : null}
      {payments.error ? <ErrorMessage error={payments.error} /> : null}
      {p ? (
        <section aria-labelledby="paid-title">
          <h2 id="paid-title">{t('payments.title')}</h2>
          <dl className="facts">
            <Fact term={t('payments.grant')}>{formatEuro(p.grantCents, locale)}</Fact>
            <Fact term={t('payments.paid')}>{formatEuro(p.paidCents, locale)}</Fact>
            {p.recoveredCents > 0 ? (
              <Fact term={t('pay.recovered')}>{formatEuro(p.recoveredCents, locale)}</Fact>
            ) : null}
            <Fact term={t('payments.remaining')}>{formatEuro(p.remainingCents, locale)}</Fact>
          </dl>
          {p.items.length === 0 ? (
            <p>{t('payments.none')}</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">{t('payments.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('payments.date')}</th>
                  <th scope="col">{t('payments.kind')}</th>
                  <th scope="col">{t('pay.iban')}</th>
                  <th scope="col" className="num">
                    {t('payments.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((x) => (
                  <tr key={x.id}>
                    <td>{formatDate(x.paidOn, locale)}</td>
                    <td>{t(x.kind === 'advance' ? 'payments.advance' : 'payments.balance')}</td>
                    <td>{x.payeeIban ? formatIban(x.payeeIban) : '—'}</td>
                    <td className="num">{formatEuro(x.amountCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {a.status === 'approved' && p.remainingCents > 0 ? (
            <PayForm
              applicationId={id}
              coordinatorId={a.partners.find((x) => x.role === 'coordinator')?.organisationId}
              hasAdvance={p.items.some((x) => x.kind === 'advance')}
            />
          ) : null}
        </section>
      ) : null}
      <FinalReport applicationId={id} report={report.data} error={report.error} />
      {decision.data?.finalDecision ? (
        <FinalDecision decision={decision.data} reference={a.reference} />
      ) : null}
    </>
  );
}

function PayForm({
  applicationId,
  coordinatorId,
  hasAdvance,
}: {
  applicationId: string;
  coordinatorId: string | undefined;
  hasAdvance: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const coordinator = useOrganisation(coordinatorId);
  const [kind, setKind] = useState<'advance' | 'balance'>(hasAdvance ? 'balance' : 'advance');
  const [amount, setAmount] = useState('');
  const [iban, setIban] = useState<string>();
  const ibanValue = iban ?? (coordinator.data?.iban ? formatIban(coordinator.data.iban) : '');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string>();
  const pay = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/applications/{id}/payments', {
          params: { path: { id: applicationId } },
          body: {
            kind,
            amountCents: amount.trim() === '' ? undefined : parseEuroInput(amount, locale),
            payeeIban: normaliseIban(ibanValue),
          },
        }),
      ),
    onSuccess: async (saved) => {
      setDone(
        t('pay.done', {
          amount: formatEuro(saved.amountCents, locale),
          iban: formatIban(saved.payeeIban ?? ''),
        }),
      );
      setAmount('');
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (err) => {
      const code = err instanceof ApiFailure ? err.error.code : '';
      const known: Record<string, string> = {
        PAYMENT_EXCEEDS_GRANT: t('pay.exceeds'),
        ALREADY_EXISTS: t('pay.advanceExists'),
        INVALID_TRANSITION: `${t('pay.notYet')} ${err.message}`,
      };
      setProblems([
        {
          field: amount.trim() === '' ? 'payKind' : 'payAmount',
          message: known[code] ?? `${t('common.error')} ${err.message}`,
        },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    const found: Problem[] = [];
    if (amount.trim() !== '') {
      const cents = parseEuroInput(amount, locale);
      if (cents === undefined || cents <= 0)
        found.push({ field: 'payAmount', message: t('prog.amountInvalid') });
    }
    if (!isValidBelgianIban(ibanValue)) found.push({ field: 'payIban', message: t('orgs.ibanInvalid') });
    setProblems(found);
    if (found.length === 0) pay.mutate();
  };
  return (
    <div className="narrow">
      <h3>{t('pay.new')}</h3>
      {done ? <Notice kind="success">{done}</Notice> : null}
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <SelectInput
          id="payKind"
          label={t('payments.kind')}
          value={kind}
          onChange={(v) => setKind(v as 'advance' | 'balance')}
          options={[
            { id: 'advance', label: t('payments.advance') },
            { id: 'balance', label: t('payments.balance') },
          ]}
          hint={t('pay.kindHint')}
        />
        <TextInput
          id="payAmount"
          label={t('payments.amount')}
          hint={t('pay.amountHint')}
          value={amount}
          onChange={setAmount}
          width="medium"
          inputMode="decimal"
          isRequired={false}
          error={problemOf(problems, 'payAmount')}
        />
        <TextInput
          id="payIban"
          label={t('pay.iban')}
          hint={coordinator.data?.iban ? t('pay.ibanHint') : t('pay.ibanHintEmpty')}
          value={ibanValue}
          onChange={setIban}
          width="medium"
          status={
            ibanValue.trim() === ''
              ? undefined
              : isValidBelgianIban(ibanValue)
                ? `✓ ${t('orgs.ibanValid', { iban: formatIban(ibanValue) })}`
                : `✗ ${t('orgs.ibanInvalid')}`
          }
          error={problemOf(problems, 'payIban')}
        />
        <Button type="submit" className="button" isDisabled={pay.isPending}>
          {t('pay.submit')}
        </Button>
      </Form>
    </div>
  );
}

function FinalReport({
  applicationId,
  report,
  error,
}: {
  applicationId: string;
  report: ReturnType<typeof useFinalReport>['data'];
  error: unknown;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [facts, setFacts] = useState<DecidingFactsValue>(initialFacts);
  const [problems, setProblems] = useState<Problem[]>([]);
  // a lowered grant is a new decision: who decided, when, under which number (the API assumes the deputation, today, the next number)
  const lowers = report ? report.finalGrantCents < report.grantedCents : false;
  const accept = useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.POST('/api/applications/{id}/final-report/accept', {
          params: { path: { id: applicationId } },
          body: lowers ? { version, ...factsBody(facts) } : { version },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['applications', applicationId] }),
  });
  const failure = accept.error instanceof ApiFailure ? accept.error.error : undefined;
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">{t('fr.title')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {report === null ? <p>{t('fr.none')}</p> : null}
      {report ? (
        <>
          <p>
            {t('fr.version', { version: report.version, at: formatDateTime(report.submittedAt, locale) })}{' '}
            <strong>
              {report.acceptedAt
                ? t('fr.accepted', { at: formatDateTime(report.acceptedAt, locale) })
                : t('fr.toReview')}
            </strong>
          </p>
          <p className="prewrap">{report.summary}</p>
          <table className="table">
            <caption>{t('fr.costs')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('form.costDescription')}</th>
                <th scope="col">{t('fr.eligible')}</th>
                <th scope="col" className="num">
                  {t('form.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.costs.map((c, i) => (
                <tr key={i}>
                  <td>{label('category', c.category)}</td>
                  <td>{c.description}</td>
                  <td>{c.eligible ? t('fr.yes') : t('fr.no')}</td>
                  <td className="num">{formatEuro(c.amountCents, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="facts facts-wide">
            <Fact term={t('fr.total')}>{formatEuro(report.totalCostsCents, locale)}</Fact>
            <Fact term={t('fr.eligibleCosts')}>{formatEuro(report.eligibleCostsCents, locale)}</Fact>
            <Fact term={t('fr.granted')}>{formatEuro(report.grantedCents, locale)}</Fact>
            <div>
              <dt>{t('fr.finalGrant')}</dt>
              <dd>
                {formatEuro(report.finalGrantCents, locale)} ({label('settlement', report.settlement)})
              </dd>
            </div>
            <Fact term={t('fr.decommit')}>{formatEuro(report.decommitCents, locale)}</Fact>
            <Fact term={t('fr.recover')}>{formatEuro(report.recoverCents, locale)}</Fact>
            <Fact term={t('fr.balance')}>{formatEuro(report.balanceCents, locale)}</Fact>
          </dl>
          {report.acceptedAt ? null : (
            <div className="narrow">
              <ErrorSummary problems={problems} />
              {lowers ? (
                <>
                  <p>{t('fr.decisionFacts')}</p>
                  <DecidingFacts value={facts} onChange={setFacts} problems={problems} prefix="final-" />
                </>
              ) : null}
              <Button
                className="button"
                id="final-report-accept"
                onPress={() => {
                  const found = lowers ? factsProblems(facts, t, 'final-') : [];
                  setProblems(found);
                  if (found.length === 0) accept.mutate(report.version);
                }}
                isDisabled={accept.isPending}
              >
                {t('fr.accept', { version: report.version })}
              </Button>
            </div>
          )}
          <div aria-live="polite">
            {accept.isSuccess ? <Notice kind="success">{t('fr.acceptDone')}</Notice> : null}
            {accept.error ? (
              <div className="notice notice-error" role="alert">
                {failure?.code === 'VERSION_CONFLICT' ? t('fr.versionConflict') : accept.error.message}
              </div>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

/** The decision on a grant lowered after the final report: its number, date, body, and its letter. */
function FinalDecision({ decision: d, reference }: { decision: Schemas['DecisionView']; reference: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const [state, setState] = useState<number>();
  const f = d.finalDecision;
  if (!f) return null;
  return (
    <section aria-labelledby="final-decision-title">
      <h2 id="final-decision-title">{t('fr.finalDecision')}</h2>
      {d.grantedCents !== null && d.finalGrantCents !== null ? (
        <p>
          {t('fr.finalDecisionIntro', {
            granted: formatEuro(d.grantedCents, locale),
            final: formatEuro(d.finalGrantCents, locale),
          })}
        </p>
      ) : null}
      <dl className="facts facts-wide">
        <div>
          <dt>{t('decide.number')}</dt>
          <dd id="final-decision-number">{f.decisionNumber}</dd>
        </div>
        <Fact term={t('decide.decidedOn')}>{formatDate(f.decidedOn, locale)}</Fact>
        <div>
          <dt>{t('decide.body')}</dt>
          <dd>
            {f.delegationReference
              ? t('decide.delegatedBy', {
                  body: label('decidingBody', f.decidingBody),
                  reference: f.delegationReference,
                })
              : label('decidingBody', f.decidingBody)}
          </dd>
        </div>
      </dl>
      <Button
        className="button button-secondary"
        onPress={() =>
          void downloadFile(
            `/api/applications/${d.applicationId}/decision-letter?letter=final_grant`,
            `${reference}-${t('fr.letterFile')}.pdf`,
          )
            .then(setState)
            .catch(() => setState(0))
        }
      >
        {t('fr.letterDownload')}
      </Button>
      <LetterDownloadStatus state={letterStateOf(state)} />
    </section>
  );
}
