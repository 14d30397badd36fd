import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { api, unwrap } from '../api/client';
import { useAuditTrail, useBudgetReport } from '../api/staff-queries';
import { BarChart } from '../components/charts';
import { downloadFile } from '../components/download';
import { Fact } from '../components/facts';
import { ErrorSummary, type Problem, problemOf, SelectInput, TextInput } from '../components/forms';
import { ErrorMessage, Loading, PageTitle } from '../components/layout';
import { formatDateTime, formatEuro, formatPercent } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { navigate, useLocation } from '../router';

const STATUSES = [
  'draft',
  'submitted',
  'returned',
  'admissible',
  'inadmissible',
  'under_review',
  'approved',
  'rejected',
  'withdrawn',
  'closed',
] as const;

/** The budget report of a year: figures, charts with their tables, and the downloads. */
export function ReportsPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const report = useBudgetReport(year);
  const [download, setDownload] = useState<{ state: 'busy' | 'done' | 'error'; what: string }>();
  const euro = (c: number) => formatEuro(c, locale);
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3];

  const get = async (what: string, url: string, filename: string) => {
    setDownload({ state: 'busy', what });
    const status = await downloadFile(url, filename).catch(() => 0);
    setDownload({ state: status === 200 ? 'done' : 'error', what });
  };
  const r = report.data;
  return (
    <>
      <PageTitle>{t('rep.title')}</PageTitle>
      <p>{t('rep.intro')}</p>
      <SelectInput
        id="year"
        label={t('rep.year')}
        value={String(year)}
        onChange={(v) => setYear(Number(v))}
        options={years.map((y) => ({ id: String(y), label: String(y) }))}
      />
      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('rep.downloads')}</h2>
        <div className="actions">
          <Button
            className="button"
            onPress={() =>
              void get('XLSX', `/api/reports/budget?year=${year}&format=xlsx`, `budgetrapport-${year}.xlsx`)
            }
          >
            {t('rep.xlsx')}
          </Button>
          <Button
            className="button button-secondary"
            onPress={() =>
              void get('PDF', `/api/reports/budget?year=${year}&format=pdf`, `budgetrapport-${year}.pdf`)
            }
          >
            {t('rep.pdf')}
          </Button>
          {(['calls', 'statuses', 'clusters'] as const).map((section) => (
            <Button
              key={section}
              className="button button-secondary"
              onPress={() =>
                void get(
                  `CSV ${section}`,
                  `/api/reports/budget?year=${year}&format=csv&section=${section}`,
                  `budgetrapport-${year}-${section}.csv`,
                )
              }
            >
              {t(`rep.csv.${section}`)}
            </Button>
          ))}
          <Button
            className="button button-secondary"
            onPress={() =>
              void get('360Giving', `/api/reports/360giving?year=${year}`, `360giving-${year}.json`)
            }
          >
            {t('rep.giving')}
          </Button>
        </div>
        <div aria-live="polite">
          {download?.state === 'busy' ? <p>{t('rep.downloading', { what: download.what })}</p> : null}
          {download?.state === 'done' ? <p>{t('rep.downloaded', { what: download.what })}</p> : null}
          {download?.state === 'error' ? (
            <p className="field-error">{t('rep.downloadFailed', { what: download.what })}</p>
          ) : null}
        </div>
      </section>

      {report.isPending ? <Loading /> : null}
      {report.error ? <ErrorMessage error={report.error} /> : null}
      {r ? (
        <>
          <section aria-labelledby="totals-title">
            <h2 id="totals-title">{t('rep.totals', { year: r.year })}</h2>
            <p className="caption">{t('rep.generated', { at: formatDateTime(r.generatedAt, locale) })}</p>
            <dl className="facts">
              <Fact term={t('rep.budget')}>{euro(r.totals.budgetCents)}</Fact>
              <Fact term={t('rep.committed')}>{euro(r.totals.committedCents)}</Fact>
              <Fact term={t('rep.paid')}>{euro(r.totals.paidCents)}</Fact>
              <Fact term={t('rep.available')}>{euro(r.totals.availableCents)}</Fact>
              <Fact term={t('rep.submitted')}>{r.totals.submittedCount}</Fact>
              <div>
                <dt>{t('rep.successRate')}</dt>
                <dd>
                  {r.totals.successRatePct === null
                    ? t('rep.noDecisions')
                    : `${formatPercent(r.totals.successRatePct, locale)} (${t('rep.approvedOf', {
                        approved: r.totals.approvedCount,
                        decided: r.totals.decidedCount,
                      })})`}
                </dd>
              </div>
              <Fact term={t('rep.medianDays')}>{r.totals.medianDaysToDecision ?? '—'}</Fact>
            </dl>
          </section>
          {r.calls.length === 0 ? (
            <p>{t('rep.noCalls', { year: r.year })}</p>
          ) : (
            <section aria-labelledby="charts-title">
              <h2 id="charts-title">{t('rep.charts')}</h2>
              <BarChart
                title={t('rep.chart.budget')}
                description={t('rep.chart.budgetDesc')}
                labelHeader={t('rep.call')}
                series={[
                  { name: t('rep.budget'), className: 'bar-a' },
                  { name: t('rep.committed'), className: 'bar-b' },
                ]}
                rows={r.calls.map((c) => ({ label: c.title, values: [c.budgetCents, c.committedCents] }))}
                format={euro}
              />
              <BarChart
                title={t('rep.chart.status')}
                description={t('rep.chart.statusDesc')}
                labelHeader={t('rep.status')}
                series={[{ name: t('rep.count'), className: 'bar-a' }]}
                rows={STATUSES.map((s) => ({
                  label: label('status', s),
                  values: [r.totals.applicationsByStatus[s]],
                }))}
                format={String}
              />
              <BarChart
                title={t('rep.chart.cluster')}
                description={t('rep.chart.clusterDesc')}
                labelHeader={t('rep.cluster')}
                series={[
                  { name: t('rep.requested'), className: 'bar-a' },
                  { name: t('rep.granted'), className: 'bar-b' },
                ]}
                rows={r.clusters.map((c) => ({
                  label: `${label('cluster', c.cluster)} (${c.applicationCount})`,
                  values: [c.requestedCents, c.grantedCents],
                }))}
                format={euro}
              />
              <BarChart
                title={t('rep.chart.success')}
                description={t('rep.chart.successDesc')}
                labelHeader={t('rep.call')}
                series={[{ name: t('rep.successRate'), className: 'bar-b' }]}
                rows={r.calls.map((c) => ({ label: c.title, values: [c.successRatePct ?? 0] }))}
                format={(v) => formatPercent(v, locale)}
              />
            </section>
          )}
        </>
      ) : null}
    </>
  );
}

const ENTITIES = [
  'application',
  'call',
  'decision',
  'decision_letter',
  'document',
  'erdf_project',
  'erdf_claim',
  'erdf_expense',
  'organisation',
  'payment',
  'programme',
  'review',
  'review_assignment',
  'user',
] as const;

/**
 * The audit trail of one record (entity and id, from the form or a link `?entiteit=…&id=…`), and the
 * verification of the whole hash chain.
 */
export function AuditPage() {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const { search } = useLocation();
  const entity = search.get('entiteit') ?? '';
  const entityId = search.get('id') ?? '';
  const [form, setForm] = useState({ entity: entity || undefined, entityId });
  const [problems, setProblems] = useState<Problem[]>([]);
  const trail = useAuditTrail(entity, entityId);
  const [verifying, setVerifying] = useState(false);
  const verdict = useQuery({
    queryKey: ['audit', 'verify'],
    enabled: verifying,
    queryFn: () => unwrap(api.GET('/api/audit/verify')),
    staleTime: Infinity,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Problem[] = [];
    if (!form.entity) found.push({ field: 'entity', message: t('audit.entityMissing') });
    if (form.entityId.trim() === '') found.push({ field: 'entityId', message: t('audit.idMissing') });
    setProblems(found);
    if (found.length > 0) return;
    navigate(
      `/beheer/audit?entiteit=${encodeURIComponent(form.entity ?? '')}&id=${encodeURIComponent(form.entityId.trim())}`,
    );
  };
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p>{t('audit.intro')}</p>
      <section aria-labelledby="verify-title">
        <h2 id="verify-title">{t('audit.verifyTitle')}</h2>
        <p>{t('audit.verifyIntro')}</p>
        <Button
          className="button button-secondary"
          onPress={() => {
            if (verifying) void verdict.refetch();
            setVerifying(true);
          }}
          isDisabled={verdict.isFetching}
        >
          {t('audit.verify')}
        </Button>
        <div aria-live="polite">
          {verdict.isFetching ? <Loading /> : null}
          {verdict.error ? <ErrorMessage error={verdict.error} /> : null}
          {verdict.data && !verdict.isFetching ? (
            <div className={`notice ${verdict.data.ok ? 'notice-success' : 'notice-error'}`}>
              <p>
                <strong>{verdict.data.ok ? t('audit.ok') : t('audit.broken')}</strong>{' '}
                {t('audit.checked', { n: verdict.data.checked, last: verdict.data.lastSeq ?? '—' })}
              </p>
              {verdict.data.broken ? (
                <p>
                  {t('audit.brokenAt', { seq: verdict.data.broken.seq })}{' '}
                  <span lang="en">{verdict.data.broken.reason}</span>
                </p>
              ) : null}
              {verdict.data.pending > 0 ? <p>{t('audit.pending', { n: verdict.data.pending })}</p> : null}
              {verdict.data.anchors ? (
                <p>
                  {t('audit.anchors', { n: verdict.data.anchors.checked })}
                  {verdict.data.anchors.problem ? (
                    <>
                      {' '}
                      <span lang="en">{verdict.data.anchors.problem}</span>
                    </>
                  ) : null}
                </p>
              ) : (
                <p>{t('audit.noAnchors')}</p>
              )}
            </div>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="record-title">
        <h2 id="record-title">{t('audit.recordTitle')}</h2>
        <ErrorSummary problems={problems} />
        <Form onSubmit={submit} validationBehavior="aria">
          <SelectInput
            id="entity"
            label={t('audit.entity')}
            value={form.entity}
            onChange={(v) => setForm((f) => ({ ...f, entity: v }))}
            options={ENTITIES.map((e) => ({ id: e, label: label('entity', e) }))}
            error={problemOf(problems, 'entity')}
          />
          <TextInput
            id="entityId"
            label={t('audit.entityId')}
            hint={t('audit.entityIdHint')}
            value={form.entityId}
            onChange={(v) => setForm((f) => ({ ...f, entityId: v }))}
            error={problemOf(problems, 'entityId')}
          />
          <Button type="submit" className="button">
            {t('audit.show')}
          </Button>
        </Form>
        {trail.isFetching ? <Loading /> : null}
        {trail.error ? <ErrorMessage error={trail.error} /> : null}
        {trail.data && trail.data.items.length === 0 ? <p>{t('audit.none')}</p> : null}
        {trail.data && trail.data.items.length > 0 ? (
          <table className="table">
            <caption>{t('audit.caption', { entity: label('entity', entity), id: entityId })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.chain')}</th>
                <th scope="col">{t('audit.data')}</th>
              </tr>
            </thead>
            <tbody>
              {trail.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at, locale)}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.actor.role ? label('role', e.actor.role) : t('audit.system')}
                    {e.actor.id ? <div className="caption mono">{e.actor.id}</div> : null}
                  </td>
                  <td>
                    {e.chainSeq === null ? t('audit.unchained') : `#${e.chainSeq}`}
                    {e.hash ? <div className="caption mono">{e.hash.slice(0, 16)}…</div> : null}
                  </td>
                  <td>
                    <code className="audit-data">{JSON.stringify(e.data)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
    </>
  );
}
