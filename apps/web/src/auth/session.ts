import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Permission } from '#contracts';
import { api, call, isApiError } from '../api/client';
import type { LoginRequest, Me } from '../api/types';

/**
 * The signed-in person, or null when there is no session. A 401 is an answer here, not an
 * error: it is how the app learns that it must show the login page.
 */
export const meQuery = queryOptions({
  queryKey: ['auth', 'me'] as const,
  queryFn: async (): Promise<Me | null> => {
    try {
      return await call(() => api.GET('/api/auth/me'));
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
  staleTime: 5 * 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

/** The signed-in person, inside the signed-in layout (which only renders with a session). */
export function useSessionUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSessionUser is only available inside the signed-in layout');
  return data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'login'],
    mutationFn: (credentials: LoginRequest) =>
      call(() => api.POST('/api/auth/login', { body: credentials })),
    onSuccess: ({ user }) => {
      // A different person may have used this browser before: start from a clean cache.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'logout'],
    mutationFn: async () => {
      try {
        await call(() => api.POST('/api/auth/logout'));
      } catch (error) {
        // Already signed out (the session expired or was revoked elsewhere): nothing to undo.
        if (!isApiError(error, 401)) throw error;
      }
    },
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}

export function can(me: Pick<Me, 'permissions'>, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

/**
 * Where to go after login. Only same-site paths are accepted, so a crafted link cannot send
 * someone to another site after they sign in.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (raw === '/login' || raw.startsWith('/login?')) return '/';
  return raw;
}

export function loginPathFor(location: { pathname: string; search: string; hash?: string }): string {
  const here = `${location.pathname}${location.search}${location.hash ?? ''}`;
  return here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}
