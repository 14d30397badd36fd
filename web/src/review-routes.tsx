import type { ReactNode } from 'react';
import { lazyPage as page } from './components/lazy-page';

/**
 * The evaluators' and the staff's review and decision pages (issue #22), loaded on demand
 * (components/lazy-page.tsx). The API answers 403 to other roles; the links show for evaluators
 * (components/layout.tsx) and staff (components/staff-links.tsx).
 */

const evaluator = () => import('./pages/evaluator');
const review = () => import('./pages/staff-review');
const decision = () => import('./pages/staff-decision');

const AssignmentsPage = page(evaluator, 'AssignmentsPage');
const AssignmentPage = page<{ id: string }>(evaluator, 'AssignmentPage');
const ScreeningQueuePage = page(review, 'ScreeningQueuePage');
const ScreeningPage = page<{ id: string }>(review, 'ScreeningPage');
const ReviewCallsPage = page(review, 'ReviewCallsPage');
const CallAssignmentPage = page<{ callId: string }>(review, 'CallAssignmentPage');
const ApplicationAssignmentPage = page<{ id: string }>(review, 'ApplicationAssignmentPage');
const RankingPage = page<{ callId: string }>(decision, 'RankingPage');
const DecisionPage = page<{ id: string }>(decision, 'DecisionPage');

export const REVIEW_ROUTES: {
  path: string;
  signedIn: true;
  render: (params: Record<string, string>) => ReactNode;
}[] = [
  // evaluators
  { path: '/beoordelingen', signedIn: true, render: () => <AssignmentsPage /> },
  { path: '/beoordelingen/:id', signedIn: true, render: (p) => <AssignmentPage id={p.id} /> },
  // staff: screening, assignment, ranking and decisions
  { path: '/beheer/screening', signedIn: true, render: () => <ScreeningQueuePage /> },
  { path: '/beheer/aanvragen/:id/screening', signedIn: true, render: (p) => <ScreeningPage id={p.id} /> },
  { path: '/beheer/beoordeling', signedIn: true, render: () => <ReviewCallsPage /> },
  {
    path: '/beheer/beoordeling/:id/toewijzing',
    signedIn: true,
    render: (p) => <CallAssignmentPage callId={p.id} />,
  },
  {
    path: '/beheer/beoordeling/:id/rangschikking',
    signedIn: true,
    render: (p) => <RankingPage callId={p.id} />,
  },
  {
    path: '/beheer/aanvragen/:id/toewijzing',
    signedIn: true,
    render: (p) => <ApplicationAssignmentPage id={p.id} />,
  },
  { path: '/beheer/aanvragen/:id/beslissing', signedIn: true, render: (p) => <DecisionPage id={p.id} /> },
];
