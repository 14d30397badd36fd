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
  EidCallbackPage,
  ForgotPasswordPage,
  LoginPage,
  RegisterPage,
  ResetPasswordPage,
  VerifyEmailPage,
} from './pages/account';
import { NotFoundPage } from './pages/not-found';
import { NewOrganisationPage, OrganisationsPage } from './pages/organisations';
import { ProfilePage } from './pages/profile';
import { FinalReportPage } from './pages/final-report';
import { NotificationsPage } from './pages/notifications';
import { PartnerInvitationPage } from './pages/partner-invitation';
import { JoinOrganisationPage, OrganisationInvitationPage, OrganisationPage } from './pages/team';
import { REVIEW_ROUTES } from './review-routes';
import { matchRoute, navigate, useLocation } from './router';
import { useSession } from './session-context';
import { STAFF_ROUTES } from './staff-routes';

interface Route {
  path: string;
  /** Only for a signed-in user: others go to the login page, and come back here after it. */
  signedIn?: boolean;
  render: (params: Record<string, string>) => ReactNode;
}

/**
 * The portal's pages, the one place to add one (docs/portal.md, "Adding a page"). The evaluators', staff's
 * and admins' pages are spread in from review-routes.tsx and staff-routes.tsx, loaded on demand.
 */
const ROUTES: Route[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/oproepen/:id', render: (p) => <CallPage id={p.id} /> },
  { path: '/aanmelden', render: () => <LoginPage /> },
  // OIDC_REDIRECT_URL: the e-ID provider sends the browser back here (docs/organisations.md, section 6)
  { path: '/aanmelden/eid', render: () => <EidCallbackPage /> },
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
  // the staff and admin screens (issue #22), loaded on demand
  ...STAFF_ROUTES,
  // the evaluators' and the staff's review and decision pages (issue #22), loaded on demand
  ...REVIEW_ROUTES,
  // the link of the assignment notification (src/domains/reviews/reviews.service.ts)
  {
    path: '/assignments/:id',
    signedIn: true,
    render: (p) => <Redirect to={`/beoordelingen/${p.id}`} />,
  },
  { path: '/organisaties/aansluiten', signedIn: true, render: () => <JoinOrganisationPage /> },
  { path: '/organisaties/:id', signedIn: true, render: (p) => <OrganisationPage id={p.id} /> },
  { path: '/meldingen', signedIn: true, render: () => <NotificationsPage /> },
  {
    path: '/aanvragen/:id/eindrapport',
    signedIn: true,
    render: (p) => <FinalReportPage id={p.id} />,
  },
  // the links of mails and notifications (src/domains/organisations/organisation-mails.ts,
  // src/domains/applications/partner-mails.ts, reminders, letters, payments, identity-mails.ts)
  { path: '/invitations/organisation', signedIn: true, render: () => <OrganisationInvitationPage /> },
  { path: '/invitations/partner', signedIn: true, render: () => <PartnerInvitationPage /> },
  { path: '/applications/:id', signedIn: true, render: (p) => <Redirect to={`/aanvragen/${p.id}`} /> },
  {
    path: '/applications/:id/decision',
    signedIn: true,
    render: (p) => <Redirect to={`/aanvragen/${p.id}#decision-title`} />,
  },
  {
    path: '/applications/:id/payments',
    signedIn: true,
    render: (p) => <Redirect to={`/aanvragen/${p.id}#payments-title`} />,
  },
  {
    path: '/applications/:id/final-report',
    signedIn: true,
    render: (p) => <Redirect to={`/aanvragen/${p.id}/eindrapport`} />,
  },
  { path: '/login', render: () => <Redirect to="/aanmelden" /> },
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
