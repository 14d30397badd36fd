import { useErdfExpenses, useErdfProjects, useErdfReport } from '../api/staff-queries';
import { ProgressBar } from '../components/charts';
import { Fact } from '../components/facts';
import { ErrorMessage, Loading, PageTitle } from '../components/layout';
import { formatDate, formatEuro, formatPercent } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';
import { ClaimAction, NewClaim, RecordExpense, ReportDownload } from './staff-erdf-entry';

/** The ERDF projects (staff see them all). */
export function ErdfProjectsPage() {
  const t = useT();
  const { locale } = useLocale();
  const projects = useErdfProjects();
  return (
    <>
      <PageTitle>{t('erdf.title')}</PageTitle>
      <p>{t('erdf.intro')}</p>
      {projects.isPending ? <Loading /> : null}
      {projects.error ? <ErrorMessage error={projects.error} /> : null}
      {projects.data && projects.data.items.length === 0 ? <p>{t('erdf.none')}</p> : null}
      {projects.data && projects.data.items.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('erdf.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('erdf.number')}</th>
              <th scope="col">{t('erdf.project')}</th>
              <th scope="col">{t('erdf.period')}</th>
              <th scope="col" className="num">
                {t('erdf.budget')}
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.data.items.map((p) => (
              <tr key={p.id}>
                <td>{p.projectNumber}</td>
                <th scope="row">
                  <Link href={`/beheer/efro/${p.id}`}>{p.title}</Link>
                </th>
                <td>
                  {t('call.windowValue', {
                    from: formatDate(p.startDate, locale),
                    to: formatDate(p.endDate, locale),
                  })}
                </td>
                <td className="num">{formatEuro(p.budgetCents, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** One ERDF project: financing plan, partners, expenses, claims and indicators with their progress. */
export function ErdfProjectPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const report = useErdfReport(id);
  const expenses = useErdfExpenses(id);
  const euro = (c: number) => formatEuro(c, locale);
  if (report.isPending) return <Loading />;
  if (report.error || !report.data) return <ErrorMessage error={report.error} />;
  const r = report.data;
  const partnerName = new Map(r.partners.map((p) => [p.organisationId, p.name]));
  return (
    <>
      <PageTitle caption={r.projectNumber}>{r.title}</PageTitle>
      <p>
        {t('call.windowValue', { from: formatDate(r.startDate, locale), to: formatDate(r.endDate, locale) })}{' '}
        · <Link href={`/beheer/audit?entiteit=erdf_project&id=${r.projectId}`}>{t('pay.auditLink')}</Link>
      </p>
      <ReportDownload report={r} />
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('erdf.plan')}</h2>
        <dl className="facts facts-wide">
          <Fact term={t('erdf.erdfRate')}>{formatPercent(r.financing.erdfRatePct, locale)}</Fact>
          <Fact term={t('erdf.provinceRate')}>{formatPercent(r.financing.provinceRatePct, locale)}</Fact>
          <Fact term={t('erdf.ownRate')}>{formatPercent(r.financing.ownContributionRatePct, locale)}</Fact>
          <Fact term={t('erdf.budget')}>{euro(r.totals.budgetCents)}</Fact>
          <Fact term={t('erdf.erdfApproved')}>{euro(r.totals.erdfApprovedCents)}</Fact>
          <Fact term={t('erdf.erdfClaimed')}>{euro(r.totals.erdfClaimedCents)}</Fact>
          <Fact term={t('erdf.erdfPaid')}>{euro(r.totals.erdfPaidCents)}</Fact>
        </dl>
        <ProgressBar
          label={t('erdf.spentOfBudget')}
          value={r.totals.spentCents}
          max={r.totals.budgetCents}
          text={t('erdf.spentText', { spent: euro(r.totals.spentCents), budget: euro(r.totals.budgetCents) })}
        />
        <table className="table">
          <caption>{t('erdf.partners')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('erdf.partner')}</th>
              <th scope="col" className="num">
                {t('erdf.budget')}
              </th>
              <th scope="col" className="num">
                {t('erdf.spent')}
              </th>
              <th scope="col" className="num">
                {t('erdf.claimed')}
              </th>
              <th scope="col" className="num">
                {t('erdf.remaining')}
              </th>
              <th scope="col" className="num">
                {t('erdf.erdfCap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.partners.map((p) => (
              <tr key={p.organisationId}>
                <th scope="row">{p.name}</th>
                <td className="num">{euro(p.budgetCents)}</td>
                <td className="num">{euro(p.spentCents)}</td>
                <td className="num">{euro(p.claimedCents)}</td>
                <td className="num">{euro(p.remainingCents)}</td>
                <td className="num">{euro(p.erdfCapCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="indicators-title">
        <h2 id="indicators-title">{t('erdf.indicators')}</h2>
        {r.indicators.length === 0 ? <p>{t('erdf.noIndicators')}</p> : null}
        <ul className="indicator-list">
          {r.indicators.map((i) => (
            <li key={i.code}>
              <strong>
                {i.code} · {i.name}
              </strong>{' '}
              <span className="caption">({label('indicatorKind', i.kind)})</span>
              <ProgressBar
                label={`${i.code} ${i.name}`}
                value={i.achieved}
                max={i.target}
                text={t('erdf.indicatorText', {
                  achieved: i.achieved,
                  target: i.target,
                  unit: i.unit,
                  pct: i.achievedPct === null ? '—' : formatPercent(i.achievedPct, locale),
                })}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="claims-title">
        <h2 id="claims-title">{t('erdf.claims')}</h2>
        <NewClaim projectId={r.projectId} />
        {r.claims.length === 0 ? (
          <p>{t('erdf.noClaims')}</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t('erdf.claims')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('erdf.claim')}</th>
                <th scope="col">{t('erdf.period')}</th>
                <th scope="col">{t('aid.status')}</th>
                <th scope="col" className="num">
                  {t('erdf.eligible')}
                </th>
                <th scope="col" className="num">
                  {t('erdf.erdfAmount')}
                </th>
                <th scope="col" className="num">
                  {t('erdf.received')}
                </th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {r.claims.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{t('erdf.claimN', { n: c.number })}</th>
                  <td>
                    {t('call.windowValue', {
                      from: formatDate(c.periodFrom, locale),
                      to: formatDate(c.periodTo, locale),
                    })}
                  </td>
                  <td>
                    {label('claimStatus', c.status)}
                    {c.submittedOn ? (
                      <div className="caption">
                        {t('erdf.submittedOn', { date: formatDate(c.submittedOn, locale) })}
                      </div>
                    ) : null}
                  </td>
                  <td className="num">{euro(c.totals.eligibleCents)}</td>
                  <td className="num">{euro(c.totals.erdfCents)}</td>
                  <td className="num">{c.paidCents === null ? '—' : euro(c.paidCents)}</td>
                  <td>
                    <ClaimAction projectId={r.projectId} claim={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="expenses-title">
        <h2 id="expenses-title">{t('erdf.expenses')}</h2>
        {expenses.isPending ? <Loading /> : null}
        {expenses.error ? <ErrorMessage error={expenses.error} /> : null}
        {expenses.data && expenses.data.items.length === 0 ? <p>{t('erdf.noExpenses')}</p> : null}
        {expenses.data && expenses.data.items.length > 0 ? (
          <table className="table">
            <caption className="visually-hidden">{t('erdf.expenses')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('erdf.partner')}</th>
                <th scope="col">{t('form.costDescription')}</th>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('erdf.paidOn')}</th>
                <th scope="col">{t('aid.status')}</th>
                <th scope="col" className="num">
                  {t('form.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {expenses.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{partnerName.get(e.partnerOrganisationId) ?? ''}</td>
                  <td>
                    {e.description}
                    <div className="caption">
                      {e.invoiceRef}
                      {e.correctsExpenseId ? ` · ${t('erdf.correction')}` : ''}
                    </div>
                  </td>
                  <td>{label('expenseCategory', e.category)}</td>
                  <td>{formatDate(e.paidOn, locale)}</td>
                  <td>
                    {e.withdrawnAt
                      ? t('erdf.withdrawn', { reason: e.withdrawnReason ?? '' })
                      : e.claimId
                        ? t('erdf.inClaim')
                        : t('erdf.notClaimed')}
                  </td>
                  <td className="num">{euro(e.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <RecordExpense report={r} />
      </section>
    </>
  );
}
