import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '#contracts';
import { ApiError } from '../api/client';
import { json, makeMe, mockApi, renderApp, unauthenticated } from '../test/render';

async function navLinks(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('navigation by role', () => {
  const cases: Array<[Role[], string[]]> = [
    [['employee'], ['Home', 'My learning']],
    [['coach'], ['Home', 'My learning', 'Authoring', 'Assignments', 'Review']],
    [['hr'], ['Home', 'Completion', 'Insights']],
    [['admin'], ['Home', 'Authoring', 'Assignments', 'People', 'Organization', 'Audit log']],
    [
      ['employee', 'hr'],
      ['Home', 'My learning', 'Completion', 'Insights'],
    ],
  ];

  it.each(cases)('a person with roles %j sees exactly %j', async (roles, expected) => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(roles)) });
    renderApp('/');
    expect(await navLinks()).toEqual(expected);
  });

  it('groups the links under labelled sections and marks the current page', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['coach'])) });
    renderApp('/review');

    const coaching = await screen.findByRole('list', { name: 'Coaching' });
    expect(within(coaching).getByRole('link', { name: 'Review' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('list', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('shows the person and their organization in the header', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])) });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Sam' });
    const banner = screen.getByRole('banner');
    expect(banner).toHaveTextContent('Sam Rivera');
    expect(banner).toHaveTextContent('Harbour Outfitters');
    expect(within(banner).getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(within(banner).getByRole('link', { name: 'Download my data' })).toHaveAttribute('href', '/api/me/export');
  });

  it('the home page offers what the roles allow', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['hr'])) });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Sam' });
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('You are an HR partner at Harbour Outfitters.');
    expect(within(main).getByRole('link', { name: 'Completion' })).toHaveAttribute('href', '/reports/completion');
    expect(within(main).queryByRole('link', { name: 'My learning' })).not.toBeInTheDocument();
    expect(within(main).getByRole('link', { name: 'Insights' })).toBeInTheDocument();
  });

  it('a person with no role gets an explanation instead of an empty page', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe([])) });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Nothing to do here yet' })).toBeInTheDocument();
    expect(await navLinks()).toEqual(['Home']);
  });

  it('a deep link outside the person’s roles says so instead of showing the page', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])) });
    renderApp('/admin/people');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Your roles in this organization do not include this page.');
  });

  it('an unknown address shows "page not found" inside the layout', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])) });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('logging out revokes the session and returns to the login page', async () => {
    let signedIn = true;
    const fetchMock = mockApi({
      'GET /api/auth/me': () => (signedIn ? json(200, makeMe(['employee'])) : unauthenticated()),
      'POST /api/auth/logout': () => {
        signedIn = false;
        return json(204);
      },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/learning');

    await user.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You have logged out.');
    expect(router.state.location.pathname).toBe('/login');
    const logout = fetchMock.mock.calls.map(([r]) => r).find((r) => r.url.endsWith('/api/auth/logout'));
    expect(logout?.headers.get('Content-Type')).toBe('application/json');
  });

  it('when another call finds the session gone, it goes to login and remembers the page', async () => {
    mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])) });
    const { router, queryClient } = renderApp('/learning');
    await screen.findByRole('heading', { level: 1, name: 'My learning' });

    // Any page's query that meets a 401 UNAUTHENTICATED ends the session in the app.
    mockApi({ 'GET /api/auth/me': unauthenticated });
    await queryClient
      .fetchQuery({
        queryKey: ['some-page-data'],
        queryFn: () => {
          throw new ApiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in first.', correlationId: 'c' });
        },
      })
      .catch(() => undefined);

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Flearning');
  });
});
