import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';
import type { Assignment } from './api';

// The editors are large pages and CI machines are small: give lazy pages time to appear.
configure({ asyncUtilTimeout: 5000 });

const coach = () => json(200, makeMe(['employee', 'coach']));
const summary = (id: string, title: string) => ({
  id,
  slug: id,
  kind: 'active-listening',
  title,
  summary: '',
  industry: 'retail',
  estimatedMinutes: 10,
  status: 'published',
  publishedVersion: 1,
  version: 2,
  updatedAt: '2026-11-01T10:00:00.000Z',
});
const teams = [
  { id: 't-1', name: 'Frontline Support', departmentId: 'd-1', coachIds: [], memberCount: 4, version: 1 },
  { id: 't-2', name: 'Escalations', departmentId: 'd-1', coachIds: [], memberCount: 2, version: 1 },
];
const departments = [{ id: 'd-1', name: 'Customer Service', memberCount: 6, version: 1 }];
const maya = { id: 'p-9', email: 'maya@example.test', name: 'Maya Ortiz', roles: ['employee'], departmentId: 'd-1', teamId: 't-1', status: 'active', version: 1 };

function assignApi(onCreate: (body: Record<string, unknown>) => Response) {
  return mockApi({
    'GET /api/auth/me': coach,
    'GET /api/modules': () => json(200, [summary('m-1', 'The missed parcel'), summary('m-2', 'The third call')]),
    'GET /api/courses': () => json(200, []),
    'GET /api/teams': () => json(200, teams),
    'GET /api/departments': () => json(200, departments),
    'GET /api/people': (request) => {
      const search = new URL(request.url).searchParams.get('search') ?? '';
      const items = 'maya'.includes(search.toLowerCase()) ? [maya] : [];
      return json(200, { items, total: items.length, page: 1, pageSize: 20 });
    },
    'POST /api/assignments': async (request) => onCreate(JSON.parse(await request.text())),
  });
}

describe('the assign form', () => {
  it('assigns a module to a team and a person with a due date and note, and says who was merged', async () => {
    let sent: Record<string, unknown> | undefined;
    assignApi((body) => {
      sent = body;
      return json(201, {
        assignments: [],
        recipients: 4,
        merged: [{ personId: 'p-9', name: 'Maya Ortiz', dueAt: '2026-12-01T22:59:59.000Z' }],
      });
    });
    const user = userEvent.setup();
    renderApp('/assignments/new');

    expect(await screen.findByRole('heading', { level: 1, name: 'Assign a course or module' })).toBeInTheDocument();
    await screen.findByRole('option', { name: 'The missed parcel' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Module/ }), 'The missed parcel');
    await user.click(await screen.findByLabelText(/Frontline Support/));
    await user.type(screen.getByLabelText(/Find a person/), 'may');
    await user.click(await screen.findByRole('button', { name: 'Add Maya Ortiz' }));
    const chosen = screen.getByRole('list', { name: 'Chosen:' });
    expect(within(chosen).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Frontline Support (team)×',
      'Maya Ortiz (person)×',
    ]);
    await user.type(screen.getByLabelText(/Due date/), '2099-12-01');
    await user.type(screen.getByLabelText(/Note to the learners/), 'Before the winter rush.');
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Assigned' })).toBeInTheDocument();
    expect(sent).toEqual({
      itemType: 'module',
      itemId: 'm-1',
      targets: [
        { type: 'team', id: 't-1' },
        { type: 'person', id: 'p-9' },
      ],
      dueAt: new Date('2099-12-01T23:59:59').toISOString(),
      note: 'Before the winter rush.',
    });
    const result = screen.getByRole('status');
    expect(result).toHaveTextContent('“The missed parcel” is assigned to 4 people.');
    expect(result).toHaveTextContent('One person already had it from another assignment.');
    expect(result).toHaveTextContent('Maya Ortiz: due');
  });

  it('says what is missing, on the fields, before sending anything', async () => {
    const fetchMock = assignApi(() => json(201, {}));
    const user = userEvent.setup();
    renderApp('/assignments/new');

    await user.click(await screen.findByRole('button', { name: 'Assign' }));

    expect(screen.getByRole('combobox', { name: /^Module/ })).toHaveAccessibleDescription(/Choose the module to assign\./);
    expect(screen.getByText('Choose at least one team, department or person.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([r]) => (r as Request).method === 'POST')).toBe(false);
  });

  it('removing a chosen target takes it out again', async () => {
    assignApi(() => json(201, {}));
    const user = userEvent.setup();
    renderApp('/assignments/new');

    await user.click(await screen.findByLabelText(/Customer Service/));
    await user.click(screen.getByRole('button', { name: 'Remove Customer Service' }));
    expect(screen.getByText('Nobody chosen yet.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Customer Service/)).not.toBeChecked();
  });

  it('shows the API’s refusal on the field it concerns', async () => {
    assignApi(() =>
      json(400, {
        code: 'VALIDATION_FAILED',
        message: 'Invalid input.',
        errors: [{ field: 'itemId', message: 'Only a published module can be assigned.' }],
        correlationId: 'c',
      }),
    );
    const user = userEvent.setup();
    renderApp('/assignments/new');
    await screen.findByRole('option', { name: 'The third call' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Module/ }), 'The third call');
    await user.click(await screen.findByLabelText(/Escalations/));
    await user.click(screen.getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('Only a published module can be assigned.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Module/ })).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('the assignments list', () => {
  const assignment: Assignment = {
    id: 'a-1',
    itemType: 'course',
    itemId: 'c-1',
    itemTitle: 'Listening first',
    targetType: 'team',
    targetId: 't-1',
    targetName: 'Frontline Support',
    dueAt: '2099-01-15T22:59:59.000Z',
    note: 'Start with the first module.',
    assignedBy: 'p-1',
    createdAt: '2026-11-01T10:00:00.000Z',
    recipients: 4,
  };

  it('lists what was assigned and unassigns after confirming', async () => {
    let list = [assignment];
    const fetchMock = mockApi({
      'GET /api/auth/me': coach,
      'GET /api/assignments': () => json(200, list),
      'DELETE /api/assignments/a-1': () => {
        list = [];
        return json(204);
      },
    });
    const user = userEvent.setup();
    renderApp('/assignments');

    const table = await screen.findByRole('table', { name: 'Assignments, newest first' });
    expect(table).toHaveTextContent('Listening first');
    expect(table).toHaveTextContent('Team · 4 people');
    expect(table).toHaveTextContent('Start with the first module.');

    await user.click(within(table).getByRole('button', { name: 'Unassign Listening first from Frontline Support' }));
    const confirm = screen.getByRole('group', { name: 'Unassign “Listening first” from Frontline Support?' });
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Unassign' }));

    expect(await screen.findByText('Unassigned “Listening first” from Frontline Support.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Nothing assigned yet' })).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([r]) => (r as Request).method === 'DELETE')).toBe(true);
  });

  it('says when nothing is assigned, and how to start', async () => {
    mockApi({ 'GET /api/auth/me': coach, 'GET /api/assignments': () => json(200, []) });
    renderApp('/assignments');
    expect(await screen.findByRole('heading', { name: 'Nothing assigned yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Make your first assignment' })).toHaveAttribute('href', '/assignments/new');
  });

  it('explains a loading failure and offers to try again', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/assignments': () => json(500, { code: 'INTERNAL', message: 'Something went wrong on our side.', correlationId: 'c-9' }),
    });
    renderApp('/assignments');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Assignments could not be loaded. Something went wrong on our side.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
