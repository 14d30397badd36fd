import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { onSessionChange } from './api/session';
import { Layout } from './components/layout';
import { AccessibilityPage } from './pages/accessibility';
import { ApplicationDetailPage } from './pages/application-detail';
import { ApplicationFormPage } from './pages/application-form';
import { ApplicationsPage } from './pages/applications';
import { CallPage } from './pages/call';
import { HomePage } from './pages/home';
import {
  ForgotPasswordPage,
  LoginPage,
  RegisterPage,
  ResetPasswordPage,
  VerifyEmailPage,
} from './pages/account';
import { NotFoundPage } from './pages/not-found';
import { NewOrganisationPage, OrganisationsPage } from './pages/organisations';
import { ProfilePage } from './pages/profile';
import { matchRoute, navigate, useLocation } from './router';
import { useSession } from './session-context';
import { OrganisationsAdminPage, UsersPage } from './pages/admin';
import { ErdfProjectPage, ErdfProjectsPage } from './pages/staff-erdf';
import { PaymentDetailPage, PaymentsPage } from './pages/staff-payments';
import { NewCallPage, NewProgrammePage, ProgrammesPage } from './pages/staff-programmes';
import { AuditPage, ReportsPage } from './pages/staff-reports';
import { DeMinimisPage, EaidWorklistPage } from './pages/staff-state-aid';

interface Route {
  path: string;
  /** Only for a signed-in user: others go to the login page, and come back here after it. */
  signedIn?: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/**
 * The portal's pages. New pages (team, partner invitations, notifications, documents, grant
 * acceptance) slot in here as their API lands (docs/portal.md, "Adding a page").
 */
const ROUTES: Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/oproepen/:id', render: (p) => <CallPage id={p.id} /> },
  { path: '/aanmelden', render: () => <LoginPage /> },
  { path: '/registreren', render: () => <RegisterPage /> },
  // the paths of the links in the identity mails (src/platform/identity/identity-mails.ts)
  { path: '/verify-email', render: () => <VerifyEmailPage /> },
  { path: '/wachtwoord-vergeten', render: () => <ForgotPasswordPage /> },
  { path: '/reset-password', render: () => <ResetPasswordPage /> },
  { path: '/toegankelijkheid', render: () => <AccessibilityPage /> },
  { path: '/profiel', signedIn: true, render: () => <ProfilePage /> },
  { path: '/organisaties', signedIn: true, render: () => <OrganisationsPage /> },
  { path: '/organisaties/nieuw', signedIn: true, render: () => <NewOrganisationPage /> },
  { path: '/aanvragen', signedIn: true, render: () => <ApplicationsPage /> },
  { path: '/aanvragen/nieuw', signedIn: true, render: () => <ApplicationFormPage /> },
  { path: '/aanvragen/:id', signedIn: true, render: (p) => <ApplicationDetailPage id={p.id} /> },
  // the link of the partner invitation mail (src/domains/applications/partner-mails.ts)
  {
    path: '/applications/:id/partners',
    signedIn: true,
    render: (p) => <Redirect to={`/aanvragen/${p.id}#partners`} />,
  },
  {
    path: '/aanvragen/:id/bewerken',
    signedIn: true,
    render: (p) => <ApplicationFormPage id={p.id} />,
  },
  // staff and admin screens (issue #22; the API answers 403 to other roles, the links show for staff/admin)
  { path: '/beheer/programmas', signedIn: true, render: () => <ProgrammesPage /> },
  { path: '/beheer/programmas/nieuw', signedIn: true, render: () => <NewProgrammePage /> },
  { path: '/beheer/programmas/nieuwe-oproep', signedIn: true, render: () => <NewCallPage /> },
  { path: '/beheer/betalingen', signedIn: true, render: () => <PaymentsPage /> },
  { path: '/beheer/betalingen/:id', signedIn: true, render: (p) => <PaymentDetailPage id={p.id} /> },
  { path: '/beheer/staatssteun', signedIn: true, render: () => <EaidWorklistPage /> },
  {
    path: '/beheer/organisaties/:id/de-minimis',
    signedIn: true,
    render: (p) => <DeMinimisPage id={p.id} />,
  },
  { path: '/beheer/efro', signedIn: true, render: () => <ErdfProjectsPage /> },
  { path: '/beheer/efro/:id', signedIn: true, render: (p) => <ErdfProjectPage id={p.id} /> },
  { path: '/beheer/rapporten', signedIn: true, render: () => <ReportsPage /> },
  { path: '/beheer/audit', signedIn: true, render: () => <AuditPage /> },
  { path: '/beheer/gebruikers', signedIn: true, render: () => <UsersPage /> },
  { path: '/beheer/organisaties', signedIn: true, render: () => <OrganisationsAdminPage /> },
];

export function App() {
  const { pathname, href } = useLocation();
  const session = useSession();
  const queryClient = useQueryClient();
  // another user's data never stays in the cache after sign-out or expiry
  useEffect(() => onSessionChange((s) => s === undefined && queryClient.clear()), [queryClient]);

  let page: ReactNode = <NotFoundPage />;
  for (const route of ROUTES) {
    const params = matchRoute(route.path, pathname);
    if (!params) continue;
    page = route.signedIn && !session ? <RedirectToLogin back={href} /> : route.render(params);
    break;
  }
  return <Layout>{page}</Layout>;
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function RedirectToLogin({ back }: { back: string }) {
  useEffect(() => navigate(`/aanmelden?terug=${encodeURIComponent(back)}`, { replace: true }), [back]);
  return null;
}
