import { useQuery } from '@tanstack/react-query';
import { api, ApiFailure, unwrap } from './client';
import { saveBlob } from './files';
import { getSession } from './session';

/**
 * The hooks of the evaluator and staff screens (review, ranking, decision, letters), beside
 * queries.ts and in the same style: keys start with the resource name, so a change invalidates what
 * it affects (`['assignments']` after a declaration, `['calls', id]` after a decision, …).
 */
export function useAssignments(query: { callId?: string; applicationId?: string } = {}) {
  return useQuery({
    queryKey: ['assignments', 'list', query],
    queryFn: () => unwrap(api.GET('/api/assignments', { params: { query: { ...query, limit: 100 } } })),
  });
}

export function useAssignment(id: string) {
  return useQuery({
    queryKey: ['assignments', id],
    queryFn: () => unwrap(api.GET('/api/assignments/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

/** Applications of a call (or of every call) in one status, for staff. */
export function useStaffApplications(
  query: { callId?: string; status?: 'submitted'; eligibility?: 'true' } = {},
) {
  return useQuery({
    queryKey: ['applications', 'staff', query],
    queryFn: () => unwrap(api.GET('/api/applications', { params: { query: { ...query, limit: 100 } } })),
  });
}

export function useRanking(callId: string | undefined) {
  return useQuery({
    queryKey: ['calls', callId, 'ranking'],
    enabled: callId !== undefined,
    queryFn: () => unwrap(api.GET('/api/calls/{id}/ranking', { params: { path: { id: callId as string } } })),
  });
}

export function useBudget(callId: string | undefined) {
  return useQuery({
    queryKey: ['calls', callId, 'budget'],
    enabled: callId !== undefined,
    queryFn: () => unwrap(api.GET('/api/calls/{id}/budget', { params: { path: { id: callId as string } } })),
  });
}

export function useApplicationReviews(id: string) {
  return useQuery({
    queryKey: ['applications', id, 'reviews'],
    queryFn: () =>
      unwrap(api.GET('/api/applications/{id}/reviews', { params: { path: { id }, query: { limit: 100 } } })),
  });
}

/** The versions of a decision's letters (empty while none is made yet). */
export function useLetterVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', id, 'letters'],
    enabled,
    // the letter is made in the background after the decision: look again until it is there
    refetchInterval: (query) => (query.state.data?.length === 0 ? 2000 : false),
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/applications/{id}/decision-letters', { params: { path: { id } } }));
      } catch (err) {
        if (err instanceof ApiFailure && err.error.statusCode === 404) return [];
        throw err;
      }
    },
  });
}

/**
 * A file the API serves to a signed-in user (a letter, a document). The token is in memory only, so a
 * plain link cannot carry it: the file is fetched with it and handed to the browser. `pending` when
 * the API answers 202 (the letter is being made).
 */
export async function downloadFile(url: string, fileName: string): Promise<'done' | 'pending' | 'error'> {
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${getSession()?.token ?? ''}` },
    });
    if (response.status === 202) return 'pending';
    if (!response.ok) return 'error';
    saveBlob(await response.blob(), fileName);
    return 'done';
  } catch {
    return 'error';
  }
}

/** A call once its id is known (e.g. from an application being loaded). */
export function useCallOf(callId: string | undefined) {
  return useQuery({
    queryKey: ['calls', callId, 'staff'],
    enabled: callId !== undefined,
    queryFn: () => unwrap(api.GET('/api/calls/{id}', { params: { path: { id: callId as string } } })),
  });
}

/** The evaluators to choose from for an application, each with the conflicts found now. */
export function useEvaluatorCandidates(applicationId: string) {
  return useQuery({
    queryKey: ['assignments', 'candidates', applicationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/applications/{id}/evaluator-candidates', {
          params: { path: { id: applicationId }, query: { limit: 100 } },
        }),
      ),
  });
}
