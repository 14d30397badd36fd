import { ApiFailure } from '../api/client';
import { useCall } from '../api/queries';
import { ErrorMessage, Loading, PageTitle } from '../components/layout';
import { formatDate, formatEuro } from '../i18n/format';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';
import { useSession } from '../session-context';

/** A call: its window, budget, rules in plain words and the criteria it is judged on. */
export function CallPage({ id }: { id: string }) {
  const t = useT();
  const label = useLabel();
  const { locale } = useLocale();
  const session = useSession();
  const call = useCall(id);
  if (call.isPending) return <Loading />;
  if (call.error) {
    if (call.error instanceof ApiFailure && call.error.error.statusCode === 401) {
      return (
        <>
          <PageTitle>{t('call.title')}</PageTitle>
          <p>{t('home.loginForCalls')}</p>
          <Link className="button" href={`/aanmelden?terug=${encodeURIComponent(`/oproepen/${id}`)}`}>
            {t('nav.login')}
          </Link>
        </>
      );
    }
    return <ErrorMessage error={call.error} />;
  }
  const c = call.data;
  const r = c.rules;
  return (
    <>
      <PageTitle caption={c.programmeName}>{c.title}</PageTitle>
      <p>
        <strong>{t('call.status')}:</strong> {label('callStatus', c.status)}
      </p>
      <dl className="facts facts-wide">
        <div>
          <dt>{t('call.window')}</dt>
          <dd>
            {t('call.windowValue', {
              from: formatDate(c.opensAt, locale),
              to: formatDate(c.closesOn, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('call.budget')}</dt>
          <dd>{formatEuro(c.budgetCents, locale)}</dd>
        </div>
      </dl>
      {c.status === 'open' && session ? (
        <p>
          <Link className="button" href={`/aanvragen/nieuw?oproep=${c.id}`}>
            {t('call.apply')}
          </Link>
        </p>
      ) : null}
      {r ? (
        <section aria-labelledby="rules-title">
          <h2 id="rules-title">{t('call.rulesTitle')}</h2>
          <ul className="plain-rules">
            <li>{t('call.rule.maxGrant', { amount: formatEuro(r.maxGrantCents, locale) })}</li>
            <li>
              {t('call.rule.rate', {
                rate: r.maxFundingRatePct,
                rateWithoutSme: r.maxFundingRateWithoutSmePct,
              })}
            </li>
            <li>{t('call.rule.partners', { count: r.minPartners })}</li>
            <li>
              {t('call.rule.categories', {
                categories: r.eligibleCostCategories.map((k) => label('category', k)).join(', '),
              })}
            </li>
            <li>
              {t('call.rule.clusters', { clusters: r.clusters.map((k) => label('cluster', k)).join(', ') })}
            </li>
            <li>{t('call.rule.advance', { pct: r.advancePaymentPct })}</li>
          </ul>
        </section>
      ) : null}
      {c.criteria.length > 0 ? (
        <section aria-labelledby="criteria-title">
          <h2 id="criteria-title">{t('call.criteria')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('call.criterion')}</th>
                <th scope="col" className="num">
                  {t('call.weight')}
                </th>
                <th scope="col" className="num">
                  {t('call.maxScore')}
                </th>
                <th scope="col" className="num">
                  {t('call.threshold')}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.criteria.map((k) => (
                <tr key={k.key}>
                  <th scope="row">{k.label}</th>
                  <td className="num">{k.weight}</td>
                  <td className="num">{k.maxScore}</td>
                  <td className="num">{k.threshold ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
