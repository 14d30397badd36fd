import { useQuery } from '@tanstack/react-query';
import { api, ApiFailure, unwrap } from './client';

/**
 * TanStack Query hooks of the staff and admin screens (programmes and calls, payments, state aid, ERDF,
 * reports, audit, users, organisations). Keys start with the resource name, as in queries.ts.
 */
export function useProgrammes() {
  return useQuery({
    queryKey: ['programmes'],
    queryFn: () => unwrap(api.GET('/api/programmes', { params: { query: { limit: 100 } } })),
  });
}

export function useProgramme(id: string) {
  return useQuery({
    queryKey: ['programmes', id],
    queryFn: () => unwrap(api.GET('/api/programmes/{id}', { params: { path: { id } } })),
    retry: false,
  });
}

export function useApplicationsWithStatus(status: 'approved' | 'closed') {
  return useQuery({
    queryKey: ['applications', 'status', status],
    queryFn: () => unwrap(api.GET('/api/applications', { params: { query: { status, limit: 100 } } })),
  });
}

/** The final report, or null while there is none (404). */
export function useFinalReport(id: string) {
  return useQuery({
    queryKey: ['applications', id, 'final-report'],
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

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: ['organisations', id],
    enabled: id !== undefined,
    queryFn: () => unwrap(api.GET('/api/organisations/{id}', { params: { path: { id: id as string } } })),
    retry: false,
  });
}

export function useOrganisations(status: 'pending' | 'verified' | undefined, q = '') {
  return useQuery({
    queryKey: ['organisations', 'all', status ?? 'any', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/organisations', {
          params: { query: { status, q: q.trim() || undefined, limit: 100 } },
        }),
      ),
  });
}

export function useJoinRequests(organisationId: string | undefined) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'join-requests'],
    enabled: organisationId !== undefined,
    queryFn: () =>
      unwrap(
        api.GET('/api/organisations/{id}/join-requests', {
          params: { path: { id: organisationId as string }, query: {} },
        }),
      ),
  });
}

export function useDeMinimis(organisationId: string) {
  return useQuery({
    queryKey: ['organisations', organisationId, 'de-minimis'],
    queryFn: () =>
      unwrap(
        api.GET('/api/organisations/{id}/de-minimis', {
          params: { path: { id: organisationId }, query: {} },
        }),
      ),
    retry: false,
  });
}

export type RegisterStatus = 'due' | 'overdue' | 'registered';

export function useEaidRegister(status: RegisterStatus | undefined) {
  return useQuery({
    queryKey: ['state-aid', 'register', status ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/state-aid/register', { params: { query: { status, limit: 100 } } })),
  });
}

export function useErdfProjects() {
  return useQuery({
    queryKey: ['erdf-projects'],
    queryFn: () => unwrap(api.GET('/api/erdf-projects', { params: { query: { limit: 100 } } })),
  });
}

export function useErdfReport(id: string) {
  return useQuery({
    queryKey: ['erdf-projects', id, 'report'],
    queryFn: () => unwrap(api.GET('/api/erdf-projects/{id}/report', { params: { path: { id } } })),
    retry: false,
  });
}

export function useErdfExpenses(id: string) {
  return useQuery({
    queryKey: ['erdf-projects', id, 'expenses'],
    queryFn: () =>
      unwrap(
        api.GET('/api/erdf-projects/{id}/expenses', { params: { path: { id }, query: { limit: 100 } } }),
      ),
  });
}

export function useBudgetReport(year: number) {
  return useQuery({
    queryKey: ['reports', 'budget', year],
    queryFn: () => unwrap(api.GET('/api/reports/budget', { params: { query: { year, format: 'json' } } })),
    retry: false,
  });
}

export function useAuditTrail(entity: string, entityId: string) {
  return useQuery({
    queryKey: ['audit', entity, entityId],
    enabled: entity !== '' && entityId !== '',
    queryFn: () => unwrap(api.GET('/api/audit', { params: { query: { entity, entityId, limit: 100 } } })),
  });
}

export function useUsers(role: 'applicant' | 'evaluator' | 'staff' | 'admin' | undefined) {
  return useQuery({
    queryKey: ['users', role ?? 'all'],
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { role, limit: 100 } } })),
  });
}
