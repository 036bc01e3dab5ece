import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/schema';

export type ModuleKindName = components['schemas']['ModuleKindName'];
export type PublicationStatus = components['schemas']['PublicationStatus'];
export type ModuleKindInfo = components['schemas']['ModuleKindDto'];
export type ModuleSummary = components['schemas']['ModuleSummaryDto'];
export type ModuleDetail = components['schemas']['ModuleDetailDto'];
export type ContentIssue = components['schemas']['IssueDto'];
export type Course = components['schemas']['CourseDto'];
export type CompletionRule = components['schemas']['CompletionRuleDto'];
type CreateModuleBody = components['schemas']['CreateModuleDto'];
type UpdateModuleBody = components['schemas']['UpdateModuleDto'];
type CreateCourseBody = components['schemas']['CreateCourseDto'];
type UpdateCourseBody = components['schemas']['UpdateCourseDto'];

export const moduleKeys = {
  all: ['modules'] as const,
  list: (filters: { status?: PublicationStatus; kind?: ModuleKindName } = {}) => ['modules', 'list', filters] as const,
  detail: (id: string) => ['modules', 'detail', id] as const,
};

export const moduleKindsQuery = queryOptions({
  queryKey: ['module-kinds'] as const,
  queryFn: () => call(() => api.GET('/api/module-kinds')),
  staleTime: 60 * 60_000,
});

export function useModuleKinds() {
  return useQuery(moduleKindsQuery);
}

export function useModules(filters: { status?: PublicationStatus; kind?: ModuleKindName } = {}) {
  return useQuery({
    queryKey: moduleKeys.list(filters),
    queryFn: () => call(() => api.GET('/api/modules', { params: { query: filters } })),
  });
}

export function moduleQuery(id: string) {
  return queryOptions({
    queryKey: moduleKeys.detail(id),
    queryFn: () => call(() => api.GET('/api/modules/{id}', { params: { path: { id } } })),
    // The editor holds its own working copy; refetching behind it on focus would only
    // surprise the author. Conflicts are caught when saving.
    refetchOnWindowFocus: false,
  });
}

export function useModule(id: string) {
  return useQuery(moduleQuery(id));
}

export function useCreateModule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateModuleBody) => call(() => api.POST('/api/modules', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(moduleKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: ['modules', 'list'] });
    },
  });
}

export type ModuleChanges = Omit<UpdateModuleBody, 'version'>;

/**
 * Saves optimistically: the cached module shows the new values at once (so lists and titles
 * follow), and goes back to what it was if the API refuses.
 */
export function useUpdateModule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateModuleBody) =>
      call(() => api.PATCH('/api/modules/{id}', { params: { path: { id } }, body })),
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey: moduleKeys.detail(id) });
      const previous = queryClient.getQueryData<ModuleDetail>(moduleKeys.detail(id));
      if (previous) {
        const { content, version: _version, ...meta } = body;
        queryClient.setQueryData<ModuleDetail>(moduleKeys.detail(id), {
          ...previous,
          ...meta,
          ...(content ? { draftContent: content } : {}),
        });
      }
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) queryClient.setQueryData(moduleKeys.detail(id), context.previous);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(moduleKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['modules', 'list'] });
    },
  });
}

function useModuleAction(id: string, action: 'publish' | 'archive') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      action === 'publish'
        ? call(() => api.POST('/api/modules/{id}/publish', { params: { path: { id } }, body: { version } }))
        : call(() => api.POST('/api/modules/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(moduleKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['modules', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['courses'] });
    },
  });
}

export const usePublishModule = (id: string) => useModuleAction(id, 'publish');
export const useArchiveModule = (id: string) => useModuleAction(id, 'archive');

/** Asks the API whether content is publishable; used for live validation while editing. */
export function validateContent(kind: ModuleKindName, content: Record<string, unknown>) {
  return call(() => api.POST('/api/modules/validate', { body: { kind, content } }));
}

// ---------- Courses ----------

export const courseKeys = {
  all: ['courses'] as const,
  list: ['courses', 'list'] as const,
  detail: (id: string) => ['courses', 'detail', id] as const,
};

export function useCourses() {
  return useQuery({ queryKey: courseKeys.list, queryFn: () => call(() => api.GET('/api/courses')) });
}

export function useCourse(id: string | undefined) {
  return useQuery({
    queryKey: courseKeys.detail(id ?? ''),
    queryFn: () => call(() => api.GET('/api/courses/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    refetchOnWindowFocus: false,
  });
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseBody) => call(() => api.POST('/api/courses', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(courseKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: courseKeys.list });
    },
  });
}

export function useUpdateCourse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCourseBody) =>
      call(() => api.PATCH('/api/courses/{id}', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(courseKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: courseKeys.list });
    },
  });
}

export function useCourseAction(id: string, action: 'publish' | 'archive') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      action === 'publish'
        ? call(() => api.POST('/api/courses/{id}/publish', { params: { path: { id } }, body: { version } }))
        : call(() => api.POST('/api/courses/{id}/archive', { params: { path: { id } }, body: { version } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(courseKeys.detail(id), saved);
      void queryClient.invalidateQueries({ queryKey: courseKeys.list });
    },
  });
}
