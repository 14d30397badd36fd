import type { ReactNode } from 'react';
import { lazyPage as page } from './components/lazy-page';

/**
 * The staff and admin pages (issue #22), loaded on demand (components/lazy-page.tsx). The API answers 403
 * to other roles; the links show for staff and admins (components/staff-links.tsx).
 */

const programmes = () => import('./pages/staff-programmes');
const payments = () => import('./pages/staff-payments');
const stateAid = () => import('./pages/staff-state-aid');
const erdf = () => import('./pages/staff-erdf');
const reports = () => import('./pages/staff-reports');
const admin = () => import('./pages/admin');

const ProgrammesPage = page(programmes, 'ProgrammesPage');
const NewProgrammePage = page(programmes, 'NewProgrammePage');
const NewCallPage = page(programmes, 'NewCallPage');
const EditProgrammePage = page<{ id: string }>(programmes, 'EditProgrammePage');
const EditCallPage = page<{ id: string }>(programmes, 'EditCallPage');
const PaymentsPage = page(payments, 'PaymentsPage');
const PaymentDetailPage = page<{ id: string }>(payments, 'PaymentDetailPage');
const EaidWorklistPage = page(stateAid, 'EaidWorklistPage');
const DeMinimisPage = page<{ id: string }>(stateAid, 'DeMinimisPage');
const ErdfProjectsPage = page(erdf, 'ErdfProjectsPage');
const ErdfProjectPage = page<{ id: string }>(erdf, 'ErdfProjectPage');
const ReportsPage = page(reports, 'ReportsPage');
const AuditPage = page(reports, 'AuditPage');
const UsersPage = page(admin, 'UsersPage');
const OrganisationsAdminPage = page(admin, 'OrganisationsAdminPage');

export const STAFF_ROUTES: {
  path: string;
  signedIn: true;
  render: (params: Record<string, string>) => ReactNode;
}[] = [
  { path: '/beheer/programmas', signedIn: true, render: () => <ProgrammesPage /> },
  { path: '/beheer/programmas/nieuw', signedIn: true, render: () => <NewProgrammePage /> },
  { path: '/beheer/programmas/nieuwe-oproep', signedIn: true, render: () => <NewCallPage /> },
  // after the two above: the first route that matches wins
  { path: '/beheer/programmas/:id', signedIn: true, render: (p) => <EditProgrammePage id={p.id} /> },
  { path: '/beheer/oproepen/:id', signedIn: true, render: (p) => <EditCallPage id={p.id} /> },
  { path: '/beheer/betalingen', signedIn: true, render: () => <PaymentsPage /> },
  { path: '/beheer/betalingen/:id', signedIn: true, render: (p) => <PaymentDetailPage id={p.id} /> },
  { path: '/beheer/staatssteun', signedIn: true, render: () => <EaidWorklistPage /> },
  { path: '/beheer/organisaties/:id/de-minimis', signedIn: true, render: (p) => <DeMinimisPage id={p.id} /> },
  { path: '/beheer/efro', signedIn: true, render: () => <ErdfProjectsPage /> },
  { path: '/beheer/efro/:id', signedIn: true, render: (p) => <ErdfProjectPage id={p.id} /> },
  { path: '/beheer/rapporten', signedIn: true, render: () => <ReportsPage /> },
  { path: '/beheer/audit', signedIn: true, render: () => <AuditPage /> },
  { path: '/beheer/gebruikers', signedIn: true, render: () => <UsersPage /> },
  { path: '/beheer/organisaties', signedIn: true, render: () => <OrganisationsAdminPage /> },
];
