import { type ReactNode, useEffect, useRef } from 'react';
import { useUnreadCount } from '../api/queries';
import { endSession } from '../api/session';
import { useT } from '../i18n/i18n';
import { Link, navigate, useLocation } from '../router';
import { useSession } from '../session-context';
import { StaffLinks } from './staff-links';

/** The page frame: skip link, header with navigation, main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useT();
  const session = useSession();
  const { pathname } = useLocation();
  const unreadCount = useUnreadCount(session !== undefined);
  const unread = unreadCount.data ?? 0;
  const refetchUnread = unreadCount.refetch;
  // read again on every page change, so that what the user just did shows without waiting a minute
  useEffect(() => {
    if (session) void refetchUnread();
  }, [pathname, session, refetchUnread]);
  const nav = session
    ? [
        { href: '/', label: t('nav.calls') },
        { href: '/aanvragen', label: t('nav.applications') },
        { href: '/organisaties', label: t('nav.organisations') },
        { href: '/profiel', label: t('nav.profile') },
        { href: '/meldingen', label: unread > 0 ? t('nav.inboxUnread', { n: unread }) : t('nav.inbox') },
      ]
    : [
        { href: '/', label: t('nav.calls') },
        { href: '/aanmelden', label: t('nav.login') },
        { href: '/registreren', label: t('nav.register') },
      ];
  // the evaluators' own links (issue #22), in a block of their own under the header
  const role = session?.user.role;
  const evaluatorNav = [{ href: '/beoordelingen', label: t('nav.assignments') }];
  // "my applications" and "my organisations" are an applicant's: evaluators and staff have their own block
  const mainNav =
    role && role !== 'applicant'
      ? nav.filter((n) => n.href !== '/aanvragen' && n.href !== '/organisaties')
      : nav;
  // staff and admins get <StaffLinks /> (components/staff-links.tsx)
  const roleNav = role === 'evaluator' ? { label: t('nav.evaluatorLabel'), links: evaluatorNav } : undefined;
  const current = (href: string) =>
    href === '/' ? pathname === '/' || pathname.startsWith('/oproepen') : pathname.startsWith(href);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link href="/" className="brand">
            <span className="brand-name">{t('site.province')}</span>
            <span className="brand-sub">{t('site.title')}</span>
          </Link>
          <nav aria-label={t('nav.label')}>
            <ul className="nav">
              {mainNav.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} aria-current={current(n.href) ? 'page' : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
              {session ? (
                <li>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      endSession('signed-out');
                      navigate('/');
                    }}
                  >
                    {t('nav.logout')}
                  </button>
                </li>
              ) : null}
            </ul>
          </nav>
        </div>
        <StaffLinks />
      </header>
      {roleNav ? (
        <nav className="role-nav" aria-label={roleNav.label}>
          <div className="container role-nav-inner">
            <span className="role-nav-title" aria-hidden="true">
              {roleNav.label}
            </span>
            <ul className="nav">
              {roleNav.links.map((n) => (
                <li key={n.href}>
                  <Link href={n.href} aria-current={pathname.startsWith(n.href) ? 'page' : undefined}>
                    {n.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <ul className="footer-links">
            <li>
              <Link href="/toegankelijkheid">{t('nav.accessibility')}</Link>
            </li>
            <li>
              <a href="/api/docs">{t('nav.apiDocs')}</a>
            </li>
          </ul>
          <p>{t('site.footer')}</p>
        </div>
      </footer>
    </>
  );
}

/** A page's title: the `<h1>`, the document title, and the focus moved to it on navigation. */
export function PageTitle({ children, caption }: { children: string; caption?: string }) {
  const t = useT();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} — ${t('site.title')}`;
    ref.current?.focus({ preventScroll: true });
  }, [children, t]);
  return (
    <>
      {caption ? <p className="caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}

export function Loading() {
  const t = useT();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{t('common.error')}</strong> {message}
    </div>
  );
}

export function Notice({ children, kind = 'info' }: { children: ReactNode; kind?: 'info' | 'success' }) {
  return (
    <div className={`notice notice-${kind}`} role="status">
      {children}
    </div>
  );
}
