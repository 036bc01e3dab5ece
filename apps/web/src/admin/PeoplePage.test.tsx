import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';

// Pages load as lazy chunks; on a busy machine the first one can take more than a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const CS = '11111111-1111-4111-8111-111111111111';
const person = (i: number) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  email: `person${i}@example.test`,
  name: `Person ${String(i).padStart(2, '0')}`,
  roles: ['employee'],
  departmentId: CS,
  teamId: null,
  status: i % 2 ? 'invited' : 'active',
  version: 1,
});

describe('people list', () => {
  it('searches, filters and pages through the address, and shows department names', async () => {
    const fetchMock = mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'GET /api/departments': () => json(200, [{ id: CS, name: 'Customer Service', memberCount: 30, version: 1 }]),
      'GET /api/teams': () => json(200, []),
      'GET /api/people': (request) => {
        const q = new URL(request.url).searchParams;
        const all = Array.from({ length: 30 }, (_, i) => person(i + 1)).filter((p) => p.name.includes(q.get('search') ?? ''));
        const page = Number(q.get('page') ?? 1);
        const size = Number(q.get('pageSize') ?? 50);
        return json(200, { items: all.slice((page - 1) * size, page * size), total: all.length, page, pageSize: size });
      },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/admin/people');

    const table = await screen.findByRole('table', { name: 'People, by name' });
    expect(await within(table).findByRole('link', { name: 'Person 01' })).toHaveAttribute('href', `/admin/people/${person(1).id}`);
    expect(within(table).getAllByText('Customer Service').length).toBeGreaterThan(0);
    expect(screen.getByText('30 people in your organization.')).toBeInTheDocument();
    expect(screen.getByText('Showing 1–25 of 30 · page 1 of 2')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    expect(await screen.findByRole('link', { name: 'Person 26' })).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Person 1');
    await waitFor(() => expect(router.state.location.search).toBe('?search=Person+1'));
    expect(await screen.findByText('10 people match.')).toBeInTheDocument();
    const lastPeopleRequest = fetchMock.mock.calls.map(([r]) => new URL(r.url)).filter((u) => u.pathname === '/api/people').at(-1);
    expect(lastPeopleRequest?.searchParams.get('search')).toBe('Person 1');
    expect(lastPeopleRequest?.searchParams.get('page')).toBe('1');
  });

  it('explains an empty search and clears it', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'GET /api/departments': () => json(200, []),
      'GET /api/teams': () => json(200, []),
      'GET /api/people': (request) => {
        const searching = new URL(request.url).searchParams.has('search');
        return json(200, { items: searching ? [] : [person(1)], total: searching ? 0 : 1, page: 1, pageSize: 25 });
      },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/admin/people?search=nobody');

    expect(await screen.findByRole('heading', { name: 'No one matches these filters' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('link', { name: 'Person 01' })).toBeInTheDocument();
  });
});
