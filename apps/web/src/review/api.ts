import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/schema';

export type QueueItem = components['schemas']['ReviewQueueItemDto'];
export type ReviewedAttempt = components['schemas']['ReviewedAttemptDto'];
export type ReviewComment = components['schemas']['CommentDto'];
export type QueueStatus = 'pending' | 'reviewed' | 'all';

export const reviewKeys = {
  queue: (status: QueueStatus) => ['reviews', 'queue', status] as const,
  attempt: (id: string) => ['reviews', 'attempt', id] as const,
};

export function useReviewQueue(status: QueueStatus) {
  return useQuery({
    queryKey: reviewKeys.queue(status),
    queryFn: () => call(() => api.GET('/api/reviews', { params: { query: { status } } })),
  });
}

export function useReviewedAttempt(id: string) {
  return useQuery({
    queryKey: reviewKeys.attempt(id),
    queryFn: () => call(() => api.GET('/api/reviews/attempts/{id}', { params: { path: { id } } })),
    // Every read is audit-logged: do not read again just because the window regained focus.
    refetchOnWindowFocus: false,
    staleTime: 5 * 60_000,
  });
}

/** The organization's teams and departments, to name who owns a pain point or a moment. */
export function useUnits() {
  return useQuery({
    queryKey: ['org', 'units'],
    queryFn: () => call(() => api.GET('/api/org/units')),
    staleTime: 10 * 60_000,
  });
}

function useAttemptUpdate<T>(id: string, send: (body: T) => Promise<ReviewedAttempt>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (attempt) => {
      queryClient.setQueryData(reviewKeys.attempt(id), attempt);
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'queue'] });
    },
  });
}

export function useAddComment(id: string) {
  return useAttemptUpdate(id, (body: { anchor: string | null; body: string }) =>
    call(() => api.POST('/api/reviews/attempts/{id}/comments', { params: { path: { id } }, body })),
  );
}

export function useOverrideScore(id: string) {
  return useAttemptUpdate(id, (body: { score: number; reason: string }) =>
    call(() => api.PUT('/api/reviews/attempts/{id}/override', { params: { path: { id } }, body })),
  );
}

const dateTime = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—');

export type SkillPoint = components['schemas']['SkillPointDto'];

/** A coached person's active-listening attempts over time (their coach may see them). */
export function usePersonSkills(personId: string) {
  return useQuery({
    queryKey: ['reviews', 'skills', personId],
    queryFn: () => call(() => api.GET('/api/reviews/people/{personId}/skills', { params: { path: { personId } } })),
    staleTime: 5 * 60_000,
  });
}
