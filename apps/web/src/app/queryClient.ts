import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { meQuery } from '../auth/session';

/**
 * One QueryClient for the app. When any call reports that the session is gone
 * (401 UNAUTHENTICATED), the cached person is cleared and the layout sends the person to
 * the login page, remembering where they were.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionLost }),
    mutationCache: new MutationCache({ onError: sessionLost }),
    defaultOptions: {
      queries: {
        // Retrying a 4xx cannot help; a network blip or a 5xx may.
        retry: (failures, error) =>
          failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
      },
    },
  });

  function sessionLost(error: unknown) {
    if (isApiError(error, 401) && error.code === 'UNAUTHENTICATED') {
      client.setQueryData(meQuery.queryKey, null);
    }
  }
  return client;
}
