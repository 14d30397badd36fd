import { useQuery } from '@tanstack/react-query';
import { api, ApiFailure, unwrap } from './client';
import { useSession } from '../session-context';

/**
 * TanStack Query hooks, one per resource the portal reads. Keys start with the resource name so that a
 * change invalidates what it affects (`['applications']` after a save, …).
 */
export function useOpenCalls() {
  const session = useSession();
  return useQuery({
    // the user is part of the key: the list is read again after signing in
    queryKey: ['calls', 'open', session?.user.id ?? 'anonymous'],
    queryFn: () => unwrap(api.GET('/api/calls', { params: { query: { status: 'open', limit: 100 } } })),
    retry: false,
  });
}

export function useCall(id: string) {
  const session = useSession();
  return useQuery({
    queryKey: ['calls', id, session?.user.id ?? 'anonymous'],
    queryFn: () => unwrap(api.GET('/api/calls/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

export function useMyOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => unwrap(api.GET('/api/organisations', { params: { query: { limit: 100 } } })),
  });
}

export function useMyApplications() {
  return useQuery({
    queryKey: ['applications'],
    queryFn: () => unwrap(api.GET('/api/applications', { params: { query: { limit: 100 } } })),
  });
}

export function useApplication(id: string | undefined) {
  return useQuery({
    queryKey: ['applications', id],
    enabled: id !== undefined,
    queryFn: () => unwrap(api.GET('/api/applications/{id}', { params: { path: { id: id as string } } })),
    retry: false,
  });
}

/** The decision, or null while there is none (404). */
export function useDecision(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', id, 'decision'],
    enabled,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/applications/{id}/decision', { params: { path: { id } } }));
      } catch (err) {
        if (err instanceof ApiFailure && err.error.statusCode === 404) return null;
        throw err;
      }
    },
  });
}

export function usePayments(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', id, 'payments'],
    enabled,
    queryFn: () => unwrap(api.GET('/api/applications/{id}/payments', { params: { path: { id } } })),
  });
}

/** Every call (for titles and deadlines next to the applications). */
export function useAllCalls() {
  return useQuery({
    queryKey: ['calls', 'all'],
    queryFn: () => unwrap(api.GET('/api/calls', { params: { query: { limit: 100 } } })),
  });
}

/** The partner invitations of an application (partner consent): who has accepted, who still has to. */
export function usePartnerInvitations(id: string) {
  return useQuery({
    queryKey: ['applications', id, 'partner-invitations'],
    queryFn: () =>
      unwrap(api.GET('/api/applications/{id}/partner-invitations', { params: { path: { id } } })),
  });
}

/** One of the user's organisations (404 for others). */
export function useOrganisation(id: string) {
  return useQuery({
    queryKey: ['organisations', id],
    queryFn: () => unwrap(api.GET('/api/organisations/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

/** The team of an organisation: its members and their roles. */
export function useMembers(id: string) {
  return useQuery({
    queryKey: ['organisations', id, 'members'],
    queryFn: () => unwrap(api.GET('/api/organisations/{id}/members', { params: { path: { id } } })),
    retry: false,
  });
}

/** The pending join requests of an organisation (its administrators only). */
export function useJoinRequests(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', id, 'join-requests'],
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/organisations/{id}/join-requests', {
          params: { path: { id }, query: { status: 'pending' } },
        }),
      ),
  });
}

/** The team invitations an organisation sent that are still open (its administrators). */
export function useTeamInvitations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['organisations', id, 'invitations'],
    enabled,
    queryFn: () => unwrap(api.GET('/api/organisations/{id}/invitations', { params: { path: { id } } })),
  });
}

/** The signed-in user's notifications, newest first, with the number unread. */
export function useNotifications(offset: number, limit = 20) {
  return useQuery({
    queryKey: ['notifications', 'list', offset, limit],
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit, offset } } })),
  });
}

/** Only the number of unread notifications (for the header), read again every minute. */
export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    enabled,
    refetchInterval: 60_000,
    queryFn: async () =>
      (await unwrap(api.GET('/api/notifications', { params: { query: { limit: 1, unread: true } } }))).unread,
  });
}

/** The documents (annexes) of an application, with their scan status and SHA-256. */
export function useApplicationDocuments(id: string) {
  return useQuery({
    queryKey: ['applications', id, 'documents'],
    queryFn: () => unwrap(api.GET('/api/applications/{id}/documents', { params: { path: { id } } })),
  });
}

/** The evidence attached to the final report. */
export function useFinalReportDocuments(id: string) {
  return useQuery({
    queryKey: ['applications', id, 'final-report', 'documents'],
    queryFn: () =>
      unwrap(api.GET('/api/applications/{id}/final-report/documents', { params: { path: { id } } })),
  });
}

/** The final report, or null while none has been submitted (404). */
export function useFinalReport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', id, 'final-report'],
    enabled,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/applications/{id}/final-report', { params: { path: { id } } }));
      } catch (err) {
        if (err instanceof ApiFailure && err.error.statusCode === 404) return null;
        throw err;
      }
    },
  });
}
