import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Loading } from './components/layout';

/**
 * The evaluators' and the staff's review and decision pages (issue #22), loaded on demand: applicants
 * never download them, so their first load stays as small as before. The API answers 403 to other
 * roles; the links show for evaluators and staff only (components/layout.tsx).
 */
function page<P extends object>(
  load: () => Promise<Record<string, unknown>>,
  name: string,
): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
  return function ReviewPage(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

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
