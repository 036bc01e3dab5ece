import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ErrorBody } from '#contracts';
import { api, ApiError, call } from '../api/client';
import type { Attempt, EmpathyAnalysis, StartedAttempt } from './types';

/**
 * The learner's side of the API as query hooks. Every key starts with 'learning' so that one
 * invalidation after a save or submit refreshes the inbox, progress and history everywhere.
 */
export const learningKeys = {
  all: ['learning'] as const,
  inbox: ['learning', 'inbox'] as const,
  courses: ['learning', 'courses'] as const,
  course: (id: string) => ['learning', 'courses', id] as const,
  modules: ['learning', 'modules'] as const,
  module: (id: string) => ['learning', 'modules', id] as const,
  progress: ['learning', 'progress'] as const,
  attempts: (moduleId?: string) => ['learning', 'attempts', moduleId ?? 'all'] as const,
  attempt: (id: string) => ['learning', 'attempt', id] as const,
  skills: ['learning', 'skills'] as const,
};

export const inboxQuery = queryOptions({
  queryKey: learningKeys.inbox,
  queryFn: () => call(() => api.GET('/api/me/assignments')),
});

export const coursesQuery = queryOptions({
  queryKey: learningKeys.courses,
  queryFn: () => call(() => api.GET('/api/courses')),
});

export const courseQuery = (id: string) =>
  queryOptions({
    queryKey: learningKeys.course(id),
    queryFn: () => call(() => api.GET('/api/courses/{id}', { params: { path: { id } } })),
  });

export const modulesQuery = queryOptions({
  queryKey: learningKeys.modules,
  queryFn: () => call(() => api.GET('/api/modules', { params: { query: { status: 'published' } } })),
});

export const moduleQuery = (id: string) =>
  queryOptions({
    queryKey: learningKeys.module(id),
    queryFn: () => call(() => api.GET('/api/modules/{id}', { params: { path: { id } } })),
  });

export const progressQuery = queryOptions({
  queryKey: learningKeys.progress,
  queryFn: () => call(() => api.GET('/api/me/progress')),
});

export const attemptsQuery = (moduleId?: string) =>
  queryOptions({
    queryKey: learningKeys.attempts(moduleId),
    queryFn: () =>
      call(() => api.GET('/api/me/attempts', { params: { query: moduleId ? { moduleId } : {} } })),
  });

export const attemptQuery = (id: string) =>
  queryOptions({
    queryKey: learningKeys.attempt(id),
    queryFn: () => call(() => api.GET('/api/attempts/{id}', { params: { path: { id } } })),
    // The player owns the attempt while it is open: a refetch on focus must not replace what
    // the learner is typing. Autosave keeps the server copy current instead.
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });

/** My active-listening attempts over time: analyzer scores and the listening moves of my replies. */
export const skillsQuery = queryOptions({
  queryKey: learningKeys.skills,
  queryFn: () => call(() => api.GET('/api/me/skills')),
});

export const useInbox = () => useQuery(inboxQuery);
export const useMySkills = () => useQuery(skillsQuery);
export const useCourses = () => useQuery(coursesQuery);
export const useCourse = (id: string) => useQuery(courseQuery(id));
export const useModules = () => useQuery(modulesQuery);
export const useModule = (id: string) => useQuery(moduleQuery(id));
export const useMyProgress = () => useQuery(progressQuery);
export const useMyAttempts = (moduleId?: string) => useQuery(attemptsQuery(moduleId));
export const useAttempt = (id: string) => useQuery(attemptQuery(id));

/** Starts an attempt, or resumes the unfinished one the API already has for this module. */
export function useStartAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['learning', 'start'],
    mutationFn: ({ moduleId, practice }: { moduleId: string; practice: boolean }) =>
      call(() => api.POST('/api/modules/{id}/attempts', { params: { path: { id: moduleId } }, body: { practice } })),
    onSuccess: (attempt: StartedAttempt) => {
      const { resumed: _resumed, ...dto } = attempt;
      queryClient.setQueryData(learningKeys.attempt(attempt.id), dto as Attempt);
      void queryClient.invalidateQueries({ queryKey: learningKeys.all, refetchType: 'none' });
    },
  });
}

/**
 * A failed save or submit that keeps the whole error body, so the player can read what the
 * generic ApiError drops: the attempt as it is saved now (`current`) after a version conflict.
 */
export class AttemptError extends ApiError {
  readonly current: Attempt | undefined;
  constructor(status: number, body: (Partial<ErrorBody> & { current?: Attempt }) | undefined) {
    super(status, body);
    this.current = body?.current;
  }
}

async function attemptCall(
  request: () => Promise<{ data?: Attempt; error?: unknown; response: Response }>,
): Promise<Attempt> {
  let result;
  try {
    result = await request();
  } catch {
    throw new AttemptError(0, undefined);
  }
  if (result.response.ok && result.data) return result.data;
  const body =
    result.error && typeof result.error === 'object' && 'message' in result.error
      ? (result.error as Partial<ErrorBody> & { current?: Attempt })
      : undefined;
  throw new AttemptError(result.response.status, body);
}

export function saveAnswer(id: string, answer: object, revision: number): Promise<Attempt> {
  return attemptCall(() =>
    api.PUT('/api/attempts/{id}/answer', {
      params: { path: { id } },
      body: { answer: answer as Record<string, unknown>, revision },
    }),
  );
}

export function submitAttempt(id: string, revision: number): Promise<Attempt> {
  return attemptCall(() =>
    api.POST('/api/attempts/{id}/submit', { params: { path: { id } }, body: { revision } }),
  );
}

export function analyzeReply(
  customer: string,
  reply: string,
  signal?: AbortSignal,
): Promise<EmpathyAnalysis> {
  return call(() => api.POST('/api/empathy/analyze', { body: { customer, reply }, signal }));
}
