import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../../test/render';
import type { AttemptListItem, Course, InboxItem } from '../types';

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

function inboxItem(overrides: Partial<InboxItem>): InboxItem {
  return {
    itemType: 'module',
    itemId: 'm-1',
    title: 'Delivered, it says',
    summary: 'A father calls about a parcel.',
    kind: 'active-listening',
    dueAt: null,
    notes: [],
    progress: { status: 'not_started', percent: 0, score: null, overdue: false },
    ...overrides,
  };
}

function course(overrides: Partial<Course>): Course {
  return {
    id: 'c-1',
    slug: 'foundations',
    title: 'Walking in our customers’ footsteps',
    description: 'A first course for everyone.',
    outcomes: [],
    completionRule: { kind: 'all-completed' },
    status: 'published',
    modules: [
      { id: 'm-1', title: 'Recall', kind: 'recall', summary: '', industry: 'cross-industry', estimatedMinutes: 25, status: 'published' },
    ],
    progress: { status: 'not_started', percent: 0, score: null, overdue: false, completedModules: 0, totalModules: 1, belowMinScore: [], modules: [] },
    version: 1,
    ...overrides,
  };
}

const attempt: AttemptListItem = {
  id: 'a-1',
  moduleId: 'm-2',
  moduleTitle: 'A washing machine by Thursday',
  kind: 'purchase-flow',
  state: 'scored',
  practice: true,
  score: 64,
  startedAt: iso(-2),
  submittedAt: iso(-1),
};

function setup(handlers: Record<string, (r: Request) => Response>) {
  mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])), ...handlers });
  renderApp('/learning');
}

describe('My learning', () => {
  it('lists assigned work with progress and due dates, overdue first and highlighted', async () => {
    setup({
      'GET /api/me/assignments': () =>
        json(200, [
          inboxItem({
            itemId: 'm-9',
            title: 'Delivered, it says',
            dueAt: iso(-3),
            notes: ['Do this one before our team meeting.'],
            progress: { status: 'in_progress', percent: 40, score: null, overdue: true },
          }),
          inboxItem({ itemType: 'course', itemId: 'c-2', title: 'Listening that puts things right', kind: undefined, dueAt: iso(5) }),
        ]),
      'GET /api/courses': () => json(200, [course({ id: 'c-2', title: 'Listening that puts things right' }), course({})]),
      'GET /api/me/attempts': () => json(200, [attempt]),
    });

    const assigned = (await screen.findByRole('heading', { name: 'Assigned to you' })).closest('section')!;
    const items = await within(assigned).findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(assigned).getByText('2 items to do, 1 overdue.')).toBeInTheDocument();

    const overdue = items[0]!;
    expect(overdue).toHaveClass('assigned--overdue');
    expect(within(overdue).getByText(/^Overdue: was due .* \(3 days ago\)$/)).toBeInTheDocument();
    expect(within(overdue).getByRole('progressbar', { name: 'Progress on Delivered, it says' })).toHaveAttribute(
      'aria-valuetext',
      '40%, in progress, overdue',
    );
    expect(within(overdue).getByText('Do this one before our team meeting.')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: 'Continue: Delivered, it says' })).toHaveAttribute('href', '/learning/modules/m-9');

    const upcoming = items[1]!;
    expect(within(upcoming).getByText(/^Due in 5 days/)).toBeInTheDocument();
    expect(within(upcoming).getByRole('link', { name: 'Start: Listening that puts things right' })).toHaveAttribute(
      'href',
      '/learning/courses/c-2',
    );

    // The assigned course is not offered again under "Explore courses".
    const explore = screen.getByRole('heading', { name: 'Explore courses' }).closest('section')!;
    expect(within(explore).getByRole('link', { name: 'Walking in our customers’ footsteps' })).toBeInTheDocument();
    expect(within(explore).queryByRole('link', { name: 'Listening that puts things right' })).not.toBeInTheDocument();

    const recent = screen.getByRole('heading', { name: 'Recent activity' }).closest('section')!;
    expect(within(recent).getByRole('link', { name: 'A washing machine by Thursday' })).toHaveAttribute('href', '/learning/attempts/a-1');
    expect(within(recent).getByText('Score 64 of 100')).toBeInTheDocument();
    expect(within(recent).getByText('Practice')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose an exercise to practise' })).toHaveAttribute('href', '/learning/practice');
  });

  it('says what to do when nothing is assigned and nothing has been done yet', async () => {
    setup({
      'GET /api/me/assignments': () => json(200, []),
      'GET /api/courses': () => json(200, [course({})]),
      'GET /api/me/attempts': () => json(200, []),
    });
    expect(await screen.findByText('Nothing is assigned to you right now')).toBeInTheDocument();
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
  });

  it('shows a failed load in words, with a way to try again', async () => {
    let fail = true;
    setup({
      'GET /api/me/assignments': () =>
        fail ? json(500, { code: 'INTERNAL', message: 'Something went wrong on our side.', correlationId: 'c-1' }) : json(200, []),
      'GET /api/courses': () => json(200, []),
      'GET /api/me/attempts': () => json(200, []),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load your assignments. Something went wrong on our side.');
    fail = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Nothing is assigned to you right now')).toBeInTheDocument();
    expect(screen.getByText('Your organization has not published any courses yet.')).toBeInTheDocument();
  });
});
