import { useAllCalls, useMyApplications } from '../api/queries';
import { ErrorMessage, Loading, PageTitle } from '../components/layout';
import { StatusTag } from '../components/status';
import { formatDate, formatEuro } from '../i18n/format';
import { useLocale, useT } from '../i18n/i18n';
import { Link } from '../router';

/** The applications of the user's organisations, with their status and the call's deadline. */
export function ApplicationsPage() {
  const t = useT();
  const { locale } = useLocale();
  const apps = useMyApplications();
  const calls = useAllCalls();
  const callById = new Map((calls.data?.items ?? []).map((c) => [c.id, c]));
  return (
    <>
      <PageTitle>{t('apps.title')}</PageTitle>
      <p>{t('apps.intro')}</p>
      <p>
        <Link className="button" href="/">
          {t('apps.new')}
        </Link>
      </p>
      {apps.isPending ? <Loading /> : null}
      {apps.error ? <ErrorMessage error={apps.error} /> : null}
      {apps.data && apps.data.items.length === 0 ? <p>{t('apps.none')}</p> : null}
      {apps.data && apps.data.items.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('apps.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('apps.reference')}</th>
              <th scope="col">{t('apps.project')}</th>
              <th scope="col">{t('apps.status')}</th>
              <th scope="col" className="num">
                {t('apps.requested')}
              </th>
              <th scope="col">{t('apps.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {apps.data.items.map((a) => {
              const call = callById.get(a.callId);
              const editable = a.status === 'draft' || a.status === 'returned';
              return (
                <tr key={a.id}>
                  <td>{a.reference}</td>
                  <th scope="row">
                    <Link href={`/aanvragen/${a.id}`}>{a.title}</Link>
                    <div className="caption">{a.coordinatorName}</div>
                  </th>
                  <td>
                    <StatusTag status={a.status} />
                  </td>
                  <td className="num">{formatEuro(a.requestedCents, locale)}</td>
                  <td>{editable && call ? formatDate(call.closesOn, locale) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
