import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';
import type { Assignment, RecipientProgress } from './api';

configure({ asyncUtilTimeout: 5000 });

const coach = () => json(200, makeMe(['employee', 'coach']));
const assignment: Assignment = {
  id: 'a-1',
  itemType: 'module',
  itemId: 'm-1',
  itemTitle: 'The missed parcel',
  targetType: 'team',
  targetId: 't-1',
  targetName: 'Frontline Support',
  dueAt: '2026-11-20T22:59:59.000Z',
  note: '',
  assignedBy: 'p-1',
  createdAt: '2026-11-01T10:00:00.000Z',
  recipients: 3,
};
const person = (
  personId: string,
  name: string,
  progress: RecipientProgress['progress'],
  team: string | null = 'Frontline Support',
): RecipientProgress => ({ personId, name, team, dueAt: '2026-11-20T22:59:59.000Z', progress });
const recipients: RecipientProgress[] = [
  person('p-9', 'Maya Ortiz', { status: 'completed', percent: 100, score: 86, overdue: false }),
  person('p-10', 'Jonas Berg', { status: 'in_progress', percent: 40, score: null, overdue: true }),
  person('p-11', 'Ada Quist', { status: 'not_started', percent: 0, score: null, overdue: false }, null),
];

function progressApi(onRecipients: () => Response) {
  return mockApi({
    'GET /api/auth/me': coach,
    'GET /api/assignments': () => json(200, [assignment]),
    'GET /api/assignments/a-1/recipients': onRecipients,
  });
}

describe('progress on an assignment', () => {
  it('opens on demand and shows each person, their status, progress and due date, with a summary', async () => {
    const fetchMock = progressApi(() => json(200, recipients));
    const user = userEvent.setup();
    renderApp('/assignments');

    const toggle = await screen.findByRole('button', { name: 'Progress on The missed parcel for Frontline Support' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const askedForRecipients = () => fetchMock.mock.calls.some(([r]) => new URL((r as Request).url).pathname.endsWith('/recipients'));
    expect(askedForRecipients()).toBe(false);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = await screen.findByRole('table', { name: 'Progress on “The missed parcel”, assigned to Frontline Support' });
    expect(toggle).toHaveAttribute('aria-controls', table.closest('td')!.id);
    expect(screen.getByText('1 of 3 completed, 1 overdue')).toBeInTheDocument();

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const jonas = rows[1]!;
    expect(within(jonas).getByRole('rowheader')).toHaveTextContent('Jonas Berg');
    expect(jonas).toHaveTextContent('In progress');
    expect(jonas).toHaveTextContent('40%');
    expect(jonas).toHaveTextContent('Overdue');
    expect(jonas).toHaveClass('recipient--overdue');
    expect(within(jonas).getByRole('progressbar', { name: 'Progress of Jonas Berg' })).toHaveAttribute('aria-valuenow', '40');
    expect(rows[0]).toHaveTextContent('Completed');
    expect(rows[0]).not.toHaveTextContent('Overdue');
    expect(rows[2]).toHaveTextContent('Not started');
    expect(rows[2]).toHaveTextContent('No team');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: /^Progress on/ })).not.toBeInTheDocument();
  });

  it('says so when nobody receives the assignment now', async () => {
    progressApi(() => json(200, []));
    const user = userEvent.setup();
    renderApp('/assignments');
    await user.click(await screen.findByRole('button', { name: /^Progress on The missed parcel/ }));
    expect(
      await screen.findByText(/Nobody receives “The missed parcel” through this assignment right now\. People who join Frontline Support later receive it too\./),
    ).toBeInTheDocument();
  });

  it('explains a loading failure and tries again', async () => {
    let fail = true;
    progressApi(() =>
      fail
        ? json(500, { code: 'INTERNAL', message: 'Something went wrong on our side.', correlationId: 'c-7' })
        : json(200, recipients),
    );
    const user = userEvent.setup();
    renderApp('/assignments');
    await user.click(await screen.findByRole('button', { name: /^Progress on The missed parcel/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Progress on “The missed parcel” could not be loaded. Something went wrong on our side.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('1 of 3 completed, 1 overdue')).toBeInTheDocument();
  });

  it('shows that it is loading', async () => {
    progressApi(() => new Promise<Response>(() => {}) as unknown as Response);
    const user = userEvent.setup();
    renderApp('/assignments');
    await user.click(await screen.findByRole('button', { name: /^Progress on The missed parcel/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading progress on “The missed parcel”…');
  });
});
