import { ApiFailure } from '../api/client';
import type { Schemas } from '../api/client';
import { ErrorMessage, Loading, PageTitle } from '../components/layout';
import { formatDate, formatEuro } from '../i18n/format';
import { useLocale, useT } from '../i18n/i18n';
import { useOpenCalls } from '../api/queries';
import { Link } from '../router';
import { useSession } from '../session-context';

/**
 * The public home: what the portal is for, and the open calls. Today the API lists calls only for a
 * signed-in user (`GET /api/calls` answers 401 otherwise); the page asks to sign in then, and shows the
 * calls without it as soon as that route becomes public.
 */
export function HomePage() {
  const t = useT();
  const session = useSession();
  const calls = useOpenCalls();
  const needsLogin = calls.error instanceof ApiFailure && calls.error.error.statusCode === 401;
  return (
    <>
      <PageTitle>{t('home.title')}</PageTitle>
      <p className="lead">{t('home.lead')}</p>
      <h2>{t('home.openCalls')}</h2>
      {calls.isPending ? <Loading /> : null}
      {needsLogin && !session ? (
        <div className="panel">
          <p>{t('home.loginForCalls')}</p>
          <p className="actions">
            <Link className="button" href="/aanmelden">
              {t('nav.login')}
            </Link>
            <Link className="button button-secondary" href="/registreren">
              {t('nav.register')}
            </Link>
          </p>
        </div>
      ) : calls.error ? (
        <ErrorMessage error={calls.error} />
      ) : null}
      {calls.data && calls.data.items.length === 0 ? <p>{t('home.noCalls')}</p> : null}
      {calls.data ? (
        <ul className="card-list">
          {calls.data.items.map((call) => (
            <CallCard key={call.id} call={call} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function CallCard({ call }: { call: Schemas['CallView'] }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <li className="card">
      <h3>
        <Link href={`/oproepen/${call.id}`}>{call.title}</Link>
      </h3>
      <p className="caption">{call.programmeName}</p>
      <dl className="facts">
        <div>
          <dt>{t('call.window')}</dt>
          <dd>
            {t('call.windowValue', {
              from: formatDate(call.opensAt, locale),
              to: formatDate(call.closesOn, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('call.budget')}</dt>
          <dd>{formatEuro(call.budgetCents, locale)}</dd>
        </div>
        {call.rules ? (
          <div>
            <dt>{t('call.maxGrant')}</dt>
            <dd>{formatEuro(call.rules.maxGrantCents, locale)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
