import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/schema';

export type Assignment = components['schemas']['AssignmentDto'];
export type AssignmentTarget = components['schemas']['AssignmentTargetDto'];
export type CreatedAssignments = components['schemas']['CreatedAssignmentsDto'];
export type Team = components['schemas']['TeamDto'];
export type Department = components['schemas']['DepartmentDto'];
export type Person = components['schemas']['PersonDto'];
export type RecipientProgress = components['schemas']['RecipientProgressDto'];
type CreateAssignmentBody = components['schemas']['CreateAssignmentDto'];

export const assignmentKeys = {
  list: ['assignments', 'list'] as const,
  recipients: (id: string) => ['assignments', 'recipients', id] as const,
};

export function useAssignments() {
  return useQuery({ queryKey: assignmentKeys.list, queryFn: () => call(() => api.GET('/api/assignments')) });
}

/** Who an assignment reaches now, and how far each of them has got; asked for only when shown. */
export function useAssignmentRecipients(id: string) {
  return useQuery({
    queryKey: assignmentKeys.recipients(id),
    queryFn: () => call(() => api.GET('/api/assignments/{id}/recipients', { params: { path: { id } } })),
    staleTime: 30_000,
  });
}

export function useTeams() {
  return useQuery({ queryKey: ['org', 'teams'], queryFn: () => call(() => api.GET('/api/teams')), staleTime: 5 * 60_000 });
}

export function useDepartments() {
  return useQuery({
    queryKey: ['org', 'departments'],
    queryFn: () => call(() => api.GET('/api/departments')),
    staleTime: 5 * 60_000,
  });
}

/** People whose name or e-mail matches; nothing is asked until two characters are typed. */
export function usePeopleSearch(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: ['people', 'search', term],
    queryFn: () => call(() => api.GET('/api/people', { params: { query: { search: term, pageSize: 20 } } })),
    enabled: term.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssignmentBody) => call(() => api.POST('/api/assignments', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assignmentKeys.list }),
  });
}

/** Unassigns at once in the list (optimistically), and puts the row back if the API refuses. */
export function useRevokeAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(() => api.DELETE('/api/assignments/{id}', { params: { path: { id } } })),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: assignmentKeys.list });
      const previous = queryClient.getQueryData<Assignment[]>(assignmentKeys.list);
      if (previous) queryClient.setQueryData(assignmentKeys.list, previous.filter((a) => a.id !== id));
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(assignmentKeys.list, context.previous);
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: assignmentKeys.list }),
  });
}

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
export function formatDate(iso: string | null | undefined): string {
  return iso ? dateFormat.format(new Date(iso)) : 'No due date';
}

/** A date picked in the form (yyyy-mm-dd) means "by the end of that day" where the coach is. */
export function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59`).toISOString();
}
