import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { vi } from 'vitest';
import { permissionsFor, type Role } from '#contracts';
import type { Me } from '../api/types';
import { createQueryClient } from '../app/queryClient';
import { createRoutes } from '../app/routes';

/** A signed-in person as GET /api/auth/me returns them; permissions follow the roles. */
export function makeMe(roles: Role[], overrides: Partial<Me> = {}): Me {
  return {
    id: 'p-1',
    email: 'sam@example.test',
    name: 'Sam Rivera',
    roles,
    permissions: permissionsFor(roles),
    organization: { id: 'o-1', name: 'Harbour Outfitters' },
    department: { id: 'd-1', name: 'Customer Care' },
    team: { id: 't-1', name: 'Returns' },
    ...overrides,
  };
}

type Handler = (request: Request) => Response | Promise<Response>;

export function json(status: number, body?: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function unauthenticated(): Response {
  return json(401, { code: 'UNAUTHENTICATED', message: 'Sign in first.', correlationId: 'c-401' });
}

/**
 * Stubs fetch with handlers keyed by "METHOD /path". Unknown requests fail the test loudly.
 * Returns the mock so tests can inspect the requests sent.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const handler = handlers[`${input.method} ${url.pathname}`];
    if (!handler) throw new Error(`Unexpected request in test: ${input.method} ${url.pathname}`);
    return handler(input);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole app (routes, session gate, layout) at a path, as a reload would. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const utils = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...utils, router, queryClient };
}
