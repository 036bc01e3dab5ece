import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '#contracts';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';

/** Types of the administration endpoints, picked out of the generated OpenAPI paths. */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

export type PeoplePage = JsonOf<paths['/api/people']['get']['responses'][200]>;
export type Person = JsonOf<paths['/api/people/{id}']['get']['responses'][200]>;
export type CreatedPerson = JsonOf<paths['/api/people']['post']['responses'][201]>;
export type CreatePersonBody = BodyOf<paths['/api/people']['post']>;
export type UpdatePersonBody = BodyOf<paths['/api/people/{id}']['patch']>;
export type ImportResult = JsonOf<paths['/api/people/import']['post']['responses'][200]>;
export type Department = JsonOf<paths['/api/departments']['get']['responses'][200]>[number];
export type Team = JsonOf<paths['/api/teams']['get']['responses'][200]>[number];
export type AuditPage = JsonOf<paths['/api/audit-log']['get']['responses'][200]>;

export interface PeopleFilter {
  search?: string;
  departmentId?: string;
  teamId?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

/** Every key starts with 'admin', so one invalidation after an import refreshes every list. */
export const adminKeys = {
  all: ['admin'] as const,
  people: ['admin', 'people'] as const,
  peoplePage: (filter: PeopleFilter) => ['admin', 'people', 'page', filter] as const,
  person: (id: string) => ['admin', 'people', 'one', id] as const,
  coaches: ['admin', 'people', 'coaches'] as const,
  departments: ['admin', 'departments'] as const,
  teams: ['admin', 'teams'] as const,
  audit: (page: number, pageSize: number) => ['admin', 'audit', page, pageSize] as const,
};

export const peoplePageQuery = (filter: PeopleFilter) =>
  queryOptions({
    queryKey: adminKeys.peoplePage(filter),
    queryFn: () =>
      call(() =>
        api.GET('/api/people', {
          params: {
            query: {
              search: filter.search || undefined,
              departmentId: filter.departmentId || undefined,
              teamId: filter.teamId || undefined,
              role: filter.role || undefined,
              page: filter.page,
              pageSize: filter.pageSize,
            },
          },
        }),
      ),
    // Keep the current rows on screen while the next page or search loads.
    placeholderData: keepPreviousData,
  });

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: adminKeys.person(id),
    queryFn: () => call(() => api.GET('/api/people/{id}', { params: { path: { id } } })),
    // The edit form owns the values while it is open; a refetch on focus must not replace them.
    refetchOnWindowFocus: false,
  });

/** People who hold the coach role: the only ones a team can have as coaches. */
export const coachesQuery = queryOptions({
  queryKey: adminKeys.coaches,
  queryFn: () => call(() => api.GET('/api/people', { params: { query: { role: 'coach', pageSize: 200 } } })),
});

export const departmentsQuery = queryOptions({
  queryKey: adminKeys.departments,
  queryFn: () => call(() => api.GET('/api/departments')),
});

export const teamsQuery = queryOptions({
  queryKey: adminKeys.teams,
  queryFn: () => call(() => api.GET('/api/teams')),
});

export const auditQuery = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: adminKeys.audit(page, pageSize),
    queryFn: () => call(() => api.GET('/api/audit-log', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });

export const usePeoplePage = (filter: PeopleFilter) => useQuery(peoplePageQuery(filter));
export const usePerson = (id: string) => useQuery(personQuery(id));
export const useCoaches = () => useQuery(coachesQuery);
export const useDepartments = () => useQuery(departmentsQuery);
export const useTeams = () => useQuery(teamsQuery);
export const useAuditPage = (page: number, pageSize: number) => useQuery(auditQuery(page, pageSize));

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonBody) => call(() => api.POST('/api/people', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonBody) =>
      call(() => api.PATCH('/api/people/{id}', { params: { path: { id } }, body })),
    onSuccess: (person) => {
      queryClient.setQueryData(adminKeys.person(id), person);
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  });
}

export function useReinvite(id: string) {
  return useMutation({
    mutationFn: () => call(() => api.POST('/api/people/{id}/invite', { params: { path: { id } } })),
  });
}

export function useRevokeSessions(id: string) {
  return useMutation({
    mutationFn: () => call(() => api.POST('/api/people/{id}/sessions/revoke', { params: { path: { id } } })),
  });
}

export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) => call(() => api.POST('/api/people/import', { body: { csv } })),
    // New people, departments and teams may all have appeared.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

function useOrgMutation<A, R>(request: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.departments }),
        queryClient.invalidateQueries({ queryKey: adminKeys.teams }),
      ]),
  });
}

export const useCreateDepartment = () =>
  useOrgMutation((name: string) => call(() => api.POST('/api/departments', { body: { name } })));

export const useRenameDepartment = () =>
  useOrgMutation(({ id, name, version }: { id: string; name: string; version: number }) =>
    call(() => api.PATCH('/api/departments/{id}', { params: { path: { id } }, body: { name, version } })),
  );

export const useCreateTeam = () =>
  useOrgMutation(({ name, departmentId }: { name: string; departmentId: string | null }) =>
    call(() => api.POST('/api/teams', { body: { name, departmentId } })),
  );

export const useUpdateTeam = () =>
  useOrgMutation(
    ({ id, name, departmentId, version }: { id: string; name: string; departmentId: string | null; version: number }) =>
      call(() => api.PATCH('/api/teams/{id}', { params: { path: { id } }, body: { name, departmentId, version } })),
  );

export const useSetCoaches = () =>
  useOrgMutation(({ id, personIds }: { id: string; personIds: string[] }) =>
    call(() => api.PUT('/api/teams/{id}/coaches', { params: { path: { id } }, body: { personIds } })),
  );

/** The link a newly invited person opens to choose their password. */
export function invitationLink(token: string): string {
  return `${globalThis.location?.origin ?? ''}/accept-invite?token=${encodeURIComponent(token)}`;
}

export const ROLE_LABELS: Record<Role, string> = {
  employee: 'Learner',
  coach: 'Coach',
  hr: 'HR',
  admin: 'Administrator',
};

export const ROLE_HINTS: Record<Role, string> = {
  employee: 'Does assigned courses and practises.',
  coach: 'Writes and assigns exercises, reviews submitted work.',
  hr: 'Sees completion reports and anonymous insight, never written work.',
  admin: 'Manages people, departments, teams and roles.',
};
