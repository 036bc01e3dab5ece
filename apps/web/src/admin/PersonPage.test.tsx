import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';

// Pages load as lazy chunks; on a busy machine the first one can take more than a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const ID = '7d1f7c1e-1111-4222-8333-944444444444';
const DEPARTMENTS = [
  { id: 'dddddddd-0000-4000-8000-000000000001', name: 'Customer Service', memberCount: 5, version: 1 },
  { id: 'dddddddd-0000-4000-8000-000000000002', name: 'Sales', memberCount: 3, version: 1 },
];
const TEAMS = [
  { id: 'tttttttt-0000-4000-8000-000000000001', name: 'Frontline Support', departmentId: DEPARTMENTS[0]!.id, coachIds: [], memberCount: 4, version: 1 },
  { id: 'tttttttt-0000-4000-8000-000000000002', name: 'Escalations', departmentId: DEPARTMENTS[0]!.id, coachIds: [], memberCount: 1, version: 1 },
];
const person = (overrides = {}) => ({
  id: ID,
  email: 'jonas.berg@example.test',
  name: 'Jonas Berg',
  roles: ['employee'],
  departmentId: DEPARTMENTS[0]!.id,
  teamId: TEAMS[0]!.id,
  status: 'active',
  version: 3,
  ...overrides,
});

describe('editing a person', () => {
  it('on a version conflict, says so, reloads the latest details and saves on top of them next time', async () => {
    let current = person();
    const patches: unknown[] = [];
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'GET /api/departments': () => json(200, DEPARTMENTS),
      'GET /api/teams': () => json(200, TEAMS),
      [`GET /api/people/${ID}`]: () => json(200, current),
      [`PATCH /api/people/${ID}`]: async (request) => {
        const body = (await request.json()) as { version: number };
        patches.push(body);
        if (body.version !== current.version) {
          return json(409, {
            code: 'VERSION_CONFLICT',
            message: 'Someone else changed this in the meantime. Reload it and apply your change again.',
            correlationId: 'c-409',
            currentVersion: current.version,
          });
        }
        current = { ...current, ...body, version: current.version + 1 };
        return json(200, current);
      },
    });
    const user = userEvent.setup();
    renderApp(`/admin/people/${ID}`);

    await screen.findByRole('heading', { level: 1, name: 'Jonas Berg' });
    // Meanwhile another administrator moves Jonas to Escalations.
    current = person({ teamId: TEAMS[1]!.id, version: 4 });

    await user.click(screen.getByRole('checkbox', { name: 'Coach' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed Jonas Berg while you were editing.');
    expect(alert).toHaveTextContent('Your changes were not saved.');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Team/ })).toHaveValue(TEAMS[1]!.id));
    expect(screen.getByRole('checkbox', { name: 'Coach' })).not.toBeChecked();
    expect(patches).toEqual([expect.objectContaining({ version: 3, roles: ['employee', 'coach'] })]);

    // Making the change again saves it on top of the other administrator's.
    await user.click(screen.getByRole('checkbox', { name: 'Coach' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
    expect(patches[1]).toEqual(
      expect.objectContaining({ version: 4, roles: ['employee', 'coach'], teamId: TEAMS[1]!.id }),
    );
  });

  it('creates a new invitation link for someone who has not signed in yet', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'GET /api/departments': () => json(200, DEPARTMENTS),
      'GET /api/teams': () => json(200, TEAMS),
      [`GET /api/people/${ID}`]: () => json(200, person({ status: 'invited' })),
      [`POST /api/people/${ID}/invite`]: () => json(201, { ...person({ status: 'invited' }), inviteToken: 'tok-123' }),
    });
    const user = userEvent.setup();
    renderApp(`/admin/people/${ID}`);

    await user.click(await screen.findByRole('button', { name: 'Create a new invitation link' }));
    expect(await screen.findByLabelText('Invitation link')).toHaveValue(`${window.location.origin}/accept-invite?token=tok-123`);
  });

  it('asks before signing someone out everywhere, then confirms it is done', async () => {
    const fetchMock = mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['admin'])),
      'GET /api/departments': () => json(200, DEPARTMENTS),
      'GET /api/teams': () => json(200, TEAMS),
      [`GET /api/people/${ID}`]: () => json(200, person()),
      [`POST /api/people/${ID}/sessions/revoke`]: () => json(204),
    });
    const user = userEvent.setup();
    renderApp(`/admin/people/${ID}`);

    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere…' }));
    expect(screen.getByRole('group', { name: 'Sign Jonas Berg out on every device?' })).toHaveFocus();
    expect(fetchMock.mock.calls.some(([r]) => r.url.endsWith('/sessions/revoke'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByText(/has been signed out everywhere/)).toBeInTheDocument();
  });
});
