import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, ApiFailure, type Schemas, unwrap } from '../api/client';
import {
  useApplication,
  useCall,
  useDecision,
  useFinalReport,
  useFinalReportDocuments,
  useMyOrganisations,
} from '../api/queries';
import { ConfirmDialog } from '../components/confirm';
import { DocumentsSection } from '../components/documents';
import { Fact } from '../components/facts';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, Notice, PageTitle } from '../components/layout';
import { euroInputValue, formatDateTime, formatEuro, parseEuroInput } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

type Application = Schemas['ApplicationView'];
type Report = Schemas['FinalReportView'];
type Category = Schemas['FinalReportCostDto']['category'];
const CATEGORIES: Category[] = ['staff', 'operating', 'subcontracting', 'investment'];

interface CostRow {
  key: number;
  category?: Category;
  description: string;
  amount: string;
}
let nextKey = 1;

/**
 * The final report of a granted project: what it achieved and the costs actually made per partner and
 * category, with the evidence (invoices, time sheets). The coordinator submits it and may correct it until
 * the province accepts it; the API computes the final grant and the balance under the programme's rule.
 * After acceptance the page shows the settled figures.
 */
export function FinalReportPage({ id }: { id: string }) {
  const t = useT();
  const application = useApplication(id);
  const a = application.data;
  const granted = a ? a.status === 'approved' || a.status === 'closed' : false;
  const report = useFinalReport(id, granted);
  const decision = useDecision(id, granted);
  if (application.isPending) return <Loading />;
  if (application.error || !a) return <ErrorMessage error={application.error} />;
  if (!granted) {
    return (
      <>
        <PageTitle caption={a.reference}>{t('report.title')}</PageTitle>
        <Notice>{t('report.notYet')}</Notice>
        <Link href={`/aanvragen/${a.id}`}>{t('form.toDetail')}</Link>
      </>
    );
  }
  if (report.isPending || decision.isPending) return <Loading />;
  if (report.error) return <ErrorMessage error={report.error} />;
  return <FinalReport application={a} report={report.data ?? null} decision={decision.data ?? null} />;
}

function FinalReport({
  application: a,
  report,
  decision,
}: {
  application: Application;
  report: Report | null;
  decision: Schemas['DecisionView'] | null;
}) {
  const t = useT();
  const { locale } = useLocale();
  const organisations = useMyOrganisations();
  const evidence = useFinalReportDocuments(a.id);
  const mine = new Set((organisations.data?.items ?? []).map((o) => o.id));
  const coordinator = a.partners.find((p) => p.role === 'coordinator');
  const isCoordinator = coordinator !== undefined && mine.has(coordinator.organisationId);
  const accepted = report?.status === 'accepted';
  const open = a.status === 'approved' && !accepted && isCoordinator;
  const [editing, setEditing] = useState(report === null);
  const [submitted, setSubmitted] = useState(false);
  const partners = a.partners.map((p) => ({ organisationId: p.organisationId, name: p.name }));
  return (
    <>
      <PageTitle caption={`${a.reference} · ${a.title}`}>{t('report.title')}</PageTitle>
      <p>
        <strong>{t('report.status')}:</strong>{' '}
        <span className={`tag ${accepted ? 'tag-approved' : report ? 'tag-submitted' : ''}`}>
          {accepted ? t('report.accepted') : report ? t('report.submitted') : t('report.none')}
        </span>
      </p>
      {submitted ? <Notice kind="success">{t('report.done')}</Notice> : null}
      {accepted && report ? (
        <Notice kind="success">
          {t('report.acceptedOn', { date: formatDateTime(report.acceptedAt ?? report.submittedAt, locale) })}
        </Notice>
      ) : null}
      {!accepted && report ? (
        <p>
          {t('report.submittedOn', {
            date: formatDateTime(report.submittedAt, locale),
            version: report.version,
          })}
        </p>
      ) : null}
      {!isCoordinator && !accepted ? <p>{t('report.coordinatorOnly')}</p> : null}

      {report && !editing ? <ReportFigures report={report} decision={decision} application={a} /> : null}
      {open && !editing ? (
        <div className="actions">
          <Button className="button button-secondary" onPress={() => setEditing(true)}>
            {t('report.correct')}
          </Button>
        </div>
      ) : null}
      {open && editing ? (
        <ReportForm
          application={a}
          report={report}
          onSaved={() => {
            setEditing(false);
            setSubmitted(true);
          }}
          onCancel={report ? () => setEditing(false) : undefined}
        />
      ) : null}

      <DocumentsSection
        id="evidence"
        title={t('report.evidence')}
        intro={open ? t('report.evidenceIntro') : undefined}
        basePath={`/api/applications/${a.id}/final-report/documents`}
        queryKey={['applications', a.id, 'final-report', 'documents']}
        documents={evidence}
        editable={open}
        partners={partners}
        kinds={[
          { kind: 'invoice', label: t('report.kindInvoice') },
          { kind: 'timesheet', label: t('report.kindTimesheet') },
          { kind: 'activity_report', label: t('report.kindActivity') },
        ]}
      />
      <p>
        <Link href={`/aanvragen/${a.id}`}>{t('form.toDetail')}</Link>
      </p>
    </>
  );
}

function ReportFigures({
  report,
  decision,
  application: a,
}: {
  report: Report;
  decision: Schemas['DecisionView'] | null;
  application: Application;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const name = (id: string) => a.partners.find((p) => p.organisationId === id)?.name ?? id;
  const accepted = report.status === 'accepted';
  return (
    <>
      <h2>{t('report.achieved')}</h2>
      <p className="prewrap">{report.summary}</p>
      <table className="table">
        <caption>{t('report.costs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.organisation')}</th>
            <th scope="col">{t('form.category')}</th>
            <th scope="col">{t('form.costDescription')}</th>
            <th scope="col">{t('report.eligible')}</th>
            <th scope="col" className="num">
              {t('form.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.costs.map((c, i) => (
            <tr key={i}>
              <th scope="row">{name(c.organisationId)}</th>
              <td>{label('category', c.category)}</td>
              <td>{c.description}</td>
              <td>{c.eligible ? t('report.yes') : t('report.no')}</td>
              <td className="num">{formatEuro(c.amountCents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts facts-wide">
        <Fact term={t('calc.totalCosts')}>{formatEuro(report.totalCostsCents, locale)}</Fact>
        <Fact term={t('calc.eligibleCosts')}>{formatEuro(report.eligibleCostsCents, locale)}</Fact>
        <Fact term={t('decision.granted')}>{formatEuro(report.grantedCents, locale)}</Fact>
        <div>
          <dt>{accepted ? t('report.finalGrant') : t('report.finalGrantExpected')}</dt>
          <dd data-testid="final-grant">{formatEuro(report.finalGrantCents, locale)}</dd>
        </div>
        <Fact term={t('payments.paid')}>{formatEuro(decision?.paidCents ?? 0, locale)}</Fact>
        <div>
          <dt>{t('report.balance')}</dt>
          <dd data-testid="balance">{formatEuro(report.balanceCents, locale)}</dd>
        </div>
        {report.recoverCents > 0 ? (
          <Fact term={t('report.recover')}>{formatEuro(report.recoverCents, locale)}</Fact>
        ) : null}
      </dl>
      <p className="hint">
        {t(report.settlement === 'rate_cap' ? 'report.ruleRateCap' : 'report.ruleProportional')}
      </p>
    </>
  );
}

interface PartnerRows {
  organisationId: string;
  name: string;
  rows: CostRow[];
}

function initialRows(a: Application, report: Report | null, locale: 'nl' | 'en'): PartnerRows[] {
  return a.partners.map((p) => {
    const reported = report?.costs.filter((c) => c.organisationId === p.organisationId) ?? [];
    // a first report starts from the planned costs: the user changes them into what was actually spent
    const source = report
      ? reported.map((c) => ({
          category: c.category as Category,
          description: c.description,
          amountCents: c.amountCents,
        }))
      : p.costs;
    return {
      organisationId: p.organisationId,
      name: p.name,
      rows: (source.length > 0 ? source : [undefined]).map((c) => ({
        key: nextKey++,
        category: c?.category,
        description: c?.description ?? '',
        amount: c ? euroInputValue(c.amountCents, locale) : '',
      })),
    };
  });
}

function ReportForm({
  application: a,
  report,
  onSaved,
  onCancel,
}: {
  application: Application;
  report: Report | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const call = useCall(a.callId);
  const [summary, setSummary] = useState(report?.summary ?? '');
  const [partners, setPartners] = useState<PartnerRows[]>(() => initialRows(a, report, locale));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const eligible = new Set(call.data?.rules.eligibleCostCategories ?? []);
  const update = (pi: number, key: number, patch: Partial<CostRow>) =>
    setPartners((ps) =>
      ps.map((p, i) =>
        i === pi ? { ...p, rows: p.rows.map((r) => (r.key === key ? { ...r, ...patch } : r)) } : p,
      ),
    );
  const total = partners
    .flatMap((p) => p.rows)
    .reduce((sum, r) => sum + (parseEuroInput(r.amount, locale) ?? 0), 0);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/applications/{id}/final-report', {
          params: { path: { id: a.id } },
          body: {
            summary: summary.trim(),
            costs: partners.flatMap((p) =>
              p.rows.map((r) => ({
                organisationId: p.organisationId,
                category: r.category as Category,
                description: r.description.trim(),
                amountCents: parseEuroInput(r.amount, locale) as number,
              })),
            ),
          },
        }),
      ),
    onSuccess: async (saved) => {
      setConfirming(false);
      queryClient.setQueryData(['applications', a.id, 'final-report'], saved);
      await queryClient.invalidateQueries({ queryKey: ['applications', a.id] });
      onSaved();
    },
    onError: (err) => {
      setConfirming(false);
      setProblems([
        {
          field: 'report-summary',
          message:
            err instanceof ApiFailure && err.error.code === 'ALREADY_SUBMITTED'
              ? t('report.alreadyAccepted')
              : `${t('common.error')} ${err.message}`,
        },
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (summary.trim() === '') found.push({ field: 'report-summary', message: t('report.summaryMissing') });
    partners.forEach((p, pi) =>
      p.rows.forEach((r, ri) => {
        const base = `r${pi}-c${ri}`;
        const n = { n: ri + 1, name: p.name };
        if (!r.category) found.push({ field: `${base}-category`, message: t('form.categoryMissing', n) });
        if (!r.description.trim())
          found.push({ field: `${base}-description`, message: t('form.descriptionMissing', n) });
        if (parseEuroInput(r.amount, locale) === undefined)
          found.push({ field: `${base}-amount`, message: t('form.amountInvalid', n) });
      }),
    );
    if (partners.every((p) => p.rows.length === 0)) {
      found.push({ field: 'report-summary', message: t('report.costsMissing') });
    }
    setProblems(found);
    if (found.length === 0) setConfirming(true);
  };
  return (
    <>
      <h2>{report ? t('report.correctTitle') : t('report.newTitle')}</h2>
      <p>{t('report.formIntro')}</p>
      <ErrorSummary problems={problems} />
      <Form onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="report-summary"
          label={t('report.achieved')}
          hint={t('report.achievedHint')}
          value={summary}
          onChange={setSummary}
          multiline
          error={problemOf(problems, 'report-summary')}
        />
        {partners.map((p, pi) => (
          <fieldset key={p.organisationId} className="fieldset partner">
            <legend>{t('report.actualCostsOf', { name: p.name })}</legend>
            {p.rows.map((r, ri) => {
              const base = `r${pi}-c${ri}`;
              return (
                <div key={r.key} className="cost-row">
                  <SelectInput
                    id={`${base}-category`}
                    label={t('form.category')}
                    value={r.category}
                    onChange={(v) => update(pi, r.key, { category: v as Category })}
                    options={CATEGORIES.map((c) => ({
                      id: c,
                      label:
                        eligible.has(c) || eligible.size === 0
                          ? label('category', c)
                          : `${label('category', c)} (${t('report.notEligible')})`,
                    }))}
                    error={problemOf(problems, `${base}-category`)}
                  />
                  <TextInput
                    id={`${base}-description`}
                    label={t('form.costDescription')}
                    value={r.description}
                    onChange={(v) => update(pi, r.key, { description: v })}
                    error={problemOf(problems, `${base}-description`)}
                  />
                  <TextInput
                    id={`${base}-amount`}
                    label={t('report.actualAmount')}
                    value={r.amount}
                    onChange={(v) => update(pi, r.key, { amount: v })}
                    inputMode="decimal"
                    error={problemOf(problems, `${base}-amount`)}
                  />
                  <Button
                    className="button button-link"
                    aria-label={t('report.removeRow', { n: ri + 1, name: p.name })}
                    onPress={() =>
                      setPartners((ps) =>
                        ps.map((x, i) =>
                          i === pi ? { ...x, rows: x.rows.filter((y) => y.key !== r.key) } : x,
                        ),
                      )
                    }
                  >
                    {t('report.remove')}
                  </Button>
                </div>
              );
            })}
            <Button
              className="button button-secondary"
              onPress={() =>
                setPartners((ps) =>
                  ps.map((x, i) =>
                    i === pi
                      ? { ...x, rows: [...x.rows, { key: nextKey++, description: '', amount: '' }] }
                      : x,
                  ),
                )
              }
            >
              {t('report.addRow', { name: p.name })}
            </Button>
          </fieldset>
        ))}
        <p>
          <strong>{t('report.totalTyped')}:</strong> {formatEuro(total, locale)}
        </p>
        <div className="actions">
          <Button type="submit" className="button" isDisabled={save.isPending}>
            {report ? t('report.submitCorrection') : t('report.submit')}
          </Button>
          {onCancel ? (
            <Button className="button button-secondary" onPress={onCancel}>
              {t('submit.cancel')}
            </Button>
          ) : null}
        </div>
      </Form>
      <ConfirmDialog
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={t('report.confirmTitle')}
        confirm={t('report.confirm')}
        busy={save.isPending}
        onConfirm={() => save.mutate()}
      >
        <p>{t('report.confirmIntro', { total: formatEuro(total, locale) })}</p>
      </ConfirmDialog>
    </>
  );
}
