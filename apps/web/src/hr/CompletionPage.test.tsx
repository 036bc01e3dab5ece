import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';

// Pages load as lazy chunks; on a busy machine the first one can take more than a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const CS = '11111111-1111-4111-8111-111111111111';
const SALES = '22222222-2222-4222-8222-222222222222';
const COURSE = '33333333-3333-4333-8333-333333333333';

const group = (key: string, label: string, assigned: number, completed: number, overdue = 0) => ({
  key,
  label,
  assigned,
  completed,
  inProgress: 0,
  notStarted: assigned - completed,
  overdue,
  completionRate: assigned ? Math.round((100 * completed) / assigned) : 0,
});

function completion(request: Request) {
  const query = new URL(request.url).searchParams;
  const groupBy = query.get('groupBy') ?? 'department';
  const filtered = query.get('departmentId') === CS;
  const total = filtered ? group('total', 'All', 5, 2, 1) : group('total', 'All', 8, 3, 1);
  const groups: Record<string, ReturnType<typeof group>[]> = {
    department: filtered ? [group(CS, 'Customer Service', 5, 2, 1)] : [group(CS, 'Customer Service', 5, 2, 1), group(SALES, 'Sales', 3, 1)],
    course: [group(COURSE, 'Customer Empathy Foundations', total.assigned, total.completed, total.overdue)],
    team: [group('none', 'No team', total.assigned, total.completed, total.overdue)],
    person: [group('p-1', 'Maya Ortiz', 1, 1)],
  };
  return json(200, { groupBy, groups: groups[groupBy], total });
}

function requestsTo(fetchMock: ReturnType<typeof mockApi>, path: string) {
  return fetchMock.mock.calls.map(([r]) => new URL(r.url)).filter((url) => url.pathname === path);
}

describe('completion dashboard', () => {
  it('takes its filters from the address, sends them to every report, and keeps them in the CSV links', async () => {
    const fetchMock = mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['hr'])),
      'GET /api/departments': () =>
        json(200, [
          { id: CS, name: 'Customer Service', memberCount: 6, version: 1 },
          { id: SALES, name: 'Sales', memberCount: 3, version: 1 },
        ]),
      'GET /api/reports/completion': completion,
      'GET /api/reports/overdue': () => json(200, []),
      'GET /api/reports/trend': () =>
        json(200, { assigned: 5, points: [{ periodStart: '2025-03-03', completed: 2, cumulativeCompleted: 2, completionRate: 40 }] }),
    });
    const user = userEvent.setup();
    const { router } = renderApp(`/reports/completion?departmentId=${CS}`);

    await screen.findByRole('heading', { level: 1, name: 'Completion' });
    const department = screen.getByRole('combobox', { name: 'Department' });
    await waitFor(() => expect(department).toHaveValue(CS));
    await waitFor(() => expect(screen.getByText(/Customer Service · all courses and modules · any due date/)).toBeInTheDocument());

    // Every report was asked for Customer Service only.
    for (const path of ['/api/reports/completion', '/api/reports/overdue', '/api/reports/trend']) {
      await waitFor(() => expect(requestsTo(fetchMock, path).some((url) => url.searchParams.get('departmentId') === CS)).toBe(true));
    }

    const csv = await screen.findByRole('link', { name: 'Download CSV: completion by department' });
    const href = new URL(csv.getAttribute('href')!, 'http://footsteps.test');
    expect(href.pathname).toBe('/api/reports/completion');
    expect(Object.fromEntries(href.searchParams)).toEqual({ departmentId: CS, groupBy: 'department', format: 'csv' });
    expect(csv).toHaveAttribute('download');

    // The table behind the chart holds the same numbers as the CSV, total last.
    await user.click(screen.getByRole('button', { name: 'Show as a table: Completion rate by department' }));
    const table = screen.getByRole('table', { name: 'Completion by department' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Department', 'Assigned', 'Completed', 'In progress', 'Not started', 'Overdue', 'Completion rate'],
      ['Customer Service', '5', '2', '0', '3', '1', '40%'],
      ['All', '5', '2', '0', '3', '1', '40%'],
    ]);

    // Choose a course and a date range, apply: the address and the CSV links follow.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Course or module' }), COURSE);
    await user.type(screen.getByLabelText('Due from'), '2025-03-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        departmentId: CS,
        itemId: COURSE,
        from: '2025-03-01',
      }),
    );
    await waitFor(() => {
      const overdueCsv = screen.getByRole('link', { name: 'Download CSV: overdue list' });
      const params = new URL(overdueCsv.getAttribute('href')!, 'http://footsteps.test').searchParams;
      expect(Object.fromEntries(params)).toEqual({ departmentId: CS, itemId: COURSE, from: '2025-03-01', format: 'csv' });
    });
    expect(
      requestsTo(fetchMock, '/api/reports/completion').some(
        (url) => url.searchParams.get('itemId') === COURSE && url.searchParams.get('from') === '2025-03-01',
      ),
    ).toBe(true);
    expect(await screen.findByText('Nothing is overdue for these filters.')).toBeInTheDocument();

    // Clearing the filters goes back to the whole organization.
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Department' })).toHaveValue(''));
  });

  it('refuses a date range that ends before it starts', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['hr'])),
      'GET /api/departments': () => json(200, []),
      'GET /api/reports/completion': completion,
      'GET /api/reports/overdue': () => json(200, []),
      'GET /api/reports/trend': () => json(200, { assigned: 8, points: [] }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/reports/completion');

    await user.type(await screen.findByLabelText('Due from'), '2025-05-01');
    await user.type(screen.getByLabelText('Due until'), '2025-04-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(screen.getByLabelText('Due until')).toHaveAccessibleDescription('The “due until” date is before the “due from” date.');
    expect(router.state.location.search).toBe('');
  });

  it('says so when nothing has been assigned yet', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['hr'])),
      'GET /api/departments': () => json(200, []),
      'GET /api/reports/completion': (request) =>
        json(200, { groupBy: new URL(request.url).searchParams.get('groupBy'), groups: [], total: group('total', 'All', 0, 0) }),
    });
    renderApp('/reports/completion');
    expect(await screen.findByRole('heading', { level: 2, name: 'Nothing has been assigned yet' })).toBeInTheDocument();
  });
});
