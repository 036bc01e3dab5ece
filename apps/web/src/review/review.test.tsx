import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';
import { purchaseFlowSample } from '../../../../libs/module-kinds/src/purchase-flow/sample';
import { recallSample } from '../../../../libs/module-kinds/src/recall/sample';
import type { QueueItem, ReviewedAttempt } from './api';

// The editors are large pages and CI machines are small: give lazy pages time to appear.
configure({ asyncUtilTimeout: 5000 });

const coach = () => json(200, makeMe(['employee', 'coach']));

const item: QueueItem = {
  attemptId: 'a-1',
  personId: 'p-9',
  personName: 'Maya Ortiz',
  teamName: 'Frontline Support',
  moduleId: 'm-1',
  moduleTitle: 'The missed parcel',
  kind: 'active-listening',
  score: 70,
  submittedAt: '2026-11-20T10:00:00.000Z',
  comments: 0,
  reviewed: false,
};

function attempt(overrides: Partial<ReviewedAttempt> = {}): ReviewedAttempt {
  return {
    id: 'a-1',
    moduleId: 'm-1',
    moduleTitle: 'The missed parcel',
    versionNumber: 1,
    kind: 'active-listening',
    state: 'scored',
    practice: false,
    content: { industry: 'delivery', intro: 'At the counter.', customer: { name: 'Dana', context: 'Stayed home.' } },
    answer: { steps: [] },
    revision: 2,
    percent: 100,
    playState: {
      entries: [
        { type: 'customer', nodeId: 'open', text: 'Nobody came to my door.', emotion: 'angry', mood: 2, voiceTone: 'Tight', bodyLanguage: 'Hand on the card' },
        { type: 'choice', nodeId: 'first-reply', step: 0, optionId: 'acknowledge', text: 'You gave up a whole day for this.', feedback: 'You named her feeling.', points: 10, maxPoints: 10 },
        {
          type: 'free-text',
          nodeId: 'free-reply',
          step: 1,
          text: 'I am sorry, that sounds stressful. What time suits you?',
          customerText: 'I need it before Friday.',
          analysis: {
            score: 80,
            signals: { emotion: true, reflection: false, exploration: true, upsell: false, dismissal: false },
            evidence: [{ signal: 'emotion', start: 12, end: 33, text: 'that sounds stressful' }],
            suggestion: 'Reflect her deadline back to her.',
          },
          feedback: 'Reflect her deadline back to her.',
          points: 8,
          maxPoints: 10,
          branch: 1,
        },
        { type: 'ending', nodeId: 'resolved', outcome: 'resolved', customerFeels: 'Heard', summary: 'She collects it that evening.', mood: 5 },
      ],
    },
    score: 90,
    scoreLines: [{ rule: 'first-reply', points: 10, maxPoints: 10, reason: 'Named her feeling first.' }],
    override: null,
    comments: [],
    scoreDetails: null,
    startedAt: '2026-11-20T09:40:00.000Z',
    submittedAt: '2026-11-20T10:00:00.000Z',
    personId: 'p-9',
    personName: 'Maya Ortiz',
    ...overrides,
  };
}

describe('the review queue', () => {
  it('lists submitted work waiting for feedback, each leading to its review', async () => {
    mockApi({ 'GET /api/auth/me': coach, 'GET /api/reviews': () => json(200, [item]) });
    renderApp('/review');
    const table = await screen.findByRole('table', { name: 'Submitted work, oldest first' });
    expect(within(table).getByRole('link', { name: 'Maya Ortiz: The missed parcel' })).toHaveAttribute('href', '/review/a-1');
    expect(table).toHaveTextContent('Waiting');
  });

  it('says so when nothing is waiting', async () => {
    mockApi({ 'GET /api/auth/me': coach, 'GET /api/reviews': () => json(200, []) });
    renderApp('/review');
    expect(await screen.findByRole('heading', { name: 'Nothing is waiting for you' })).toBeInTheDocument();
  });
});

describe('reviewing one attempt', () => {
  it('shows the conversation with the evidence marked, and comments on one turn', async () => {
    let current = attempt();
    let posted: unknown;
    const point = (attemptId: string, moduleTitle: string, score: number, practice = false) => ({
      attemptId, moduleTitle, submittedAt: '2026-11-10T10:00:00.000Z', score, practice, freeTextReplies: 1, meanReplyScore: score, signalRates: null,
    });
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/reviews/attempts/a-1': () => json(200, current),
      'GET /api/org/units': () => json(200, []),
      'GET /api/reviews/people/p-9/skills': () =>
        json(200, { points: [point('a-0', 'The third call', 55), point('a-p', 'Private practice', 20, true), point('a-1', 'The missed parcel', 90)] }),
      'POST /api/reviews/attempts/a-1/comments': async (request) => {
        posted = JSON.parse(await request.text());
        current = attempt({
          comments: [{ id: 'c-1', authorId: 'p-1', authorName: 'Sam Rivera', anchor: 'free-reply', body: 'Good open question.', createdAt: '2026-11-21T09:00:00.000Z' }],
        });
        return json(201, current);
      },
    });
    const user = userEvent.setup();
    renderApp('/review/a-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Maya Ortiz: The missed parcel' })).toBeInTheDocument();
    expect(screen.getByText('Nobody came to my door.')).toBeInTheDocument();
    const growth = await screen.findByRole('region', { name: 'Maya’s listening over time' });
    expect(within(growth).getAllByRole('listitem').map((li) => li.querySelector('.skill-points__title')?.textContent)).toEqual([
      'The third call',
      'The missed parcel',
    ]);
    expect(screen.getByText('that sounds stressful', { selector: 'mark', exact: false })).toBeInTheDocument();
    const written = screen.getByRole('region', { name: 'Maya’s reply (written)' });
    expect(within(written).getByRole('list', { name: 'Signals found' })).toHaveTextContent('Acknowledged the feeling');

    await user.click(within(written).getByRole('button', { name: 'Comment on “Maya’s reply (written)”' }));
    await user.type(within(written).getByLabelText('Your comment on “Maya’s reply (written)”'), 'Good open question.');
    await user.click(within(written).getByRole('button', { name: 'Post comment' }));

    expect(await within(written).findByText('Good open question.')).toBeInTheDocument();
    expect(posted).toEqual({ anchor: 'free-reply', body: 'Good open question.' });
  });

  it('overrides the score only with a reason, and shows who changed it', async () => {
    let current = attempt();
    let sent: unknown;
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/reviews/attempts/a-1': () => json(200, current),
      'GET /api/org/units': () => json(200, []),
      'GET /api/reviews/people/p-9/skills': () => json(200, { points: [] }),
      'PUT /api/reviews/attempts/a-1/override': async (request) => {
        sent = JSON.parse(await request.text());
        current = attempt({ score: 95, override: { score: 95, reason: 'The reply named the deadline.', originalScore: 90, byName: 'Sam Rivera', at: '2026-11-21T09:00:00.000Z' } });
        return json(200, current);
      },
    });
    const user = userEvent.setup();
    renderApp('/review/a-1');

    await user.click(await screen.findByRole('button', { name: 'Adjust the score' }));
    const score = screen.getByLabelText(/New score/);
    await user.clear(score);
    await user.type(score, '95');
    await user.click(screen.getByRole('button', { name: 'Set score' }));
    expect(screen.getByLabelText(/^Reason/)).toHaveAccessibleDescription(/Say why: the learner reads it with the new score\./);
    expect(sent).toBeUndefined();

    await user.type(screen.getByLabelText(/^Reason/), 'The reply named the deadline.');
    await user.click(screen.getByRole('button', { name: 'Set score' }));

    expect(await screen.findByText(/Score set\. Maya sees the new score and your reason\./)).toBeInTheDocument();
    expect(sent).toEqual({ score: 95, reason: 'The reply named the deadline.' });
    const panel = screen.getByRole('region', { name: 'Score' });
    expect(panel).toHaveTextContent('95 of 100');
    expect(panel).toHaveTextContent('Set by Sam Rivera');
    expect(panel).toHaveTextContent('from 90');
  });

  it('a comment on the whole attempt is sent without an anchor', async () => {
    let posted: unknown;
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/reviews/attempts/a-1': () => json(200, attempt()),
      'GET /api/org/units': () => json(200, []),
      'GET /api/reviews/people/p-9/skills': () => json(200, { points: [] }),
      'POST /api/reviews/attempts/a-1/comments': async (request) => {
        posted = JSON.parse(await request.text());
        return json(201, attempt());
      },
    });
    const user = userEvent.setup();
    renderApp('/review/a-1');
    const overall = await screen.findByRole('region', { name: 'Overall feedback' });
    await user.type(within(overall).getByLabelText('Your comment on the whole attempt'), 'A calm, warm conversation.');
    await user.click(within(overall).getByRole('button', { name: 'Post comment' }));
    await screen.findByRole('region', { name: 'Overall feedback' });
    expect(posted).toEqual({ anchor: null, body: 'A calm, warm conversation.' });
  });
});

describe('reading other kinds of work', () => {
  const units = [{ id: 'u-1', name: 'Billing', kind: 'team' }];
  const common = {
    'GET /api/auth/me': coach,
    'GET /api/org/units': () => json(200, units),
    'GET /api/reviews/people/p-9/skills': () => json(200, { points: [] }),
  };

  it('shows a recall step by step, with the team named and comments anchored to the step', async () => {
    let posted: unknown;
    const recall = attempt({
      kind: 'recall',
      content: recallSample as unknown as Record<string, unknown>,
      playState: null,
      answer: {
        best: { what: 'The baker kept my order aside.', where: 'A bakery', elements: [{ key: 'personal-touch', note: 'She knew my name.' }], feltThen: 5, feltNow: 4, whyItStuck: 'It was raining.' },
        worst: { what: 'Three transfers on the phone.', where: 'An airline', elements: [{ key: 'effort', note: 'I repeated my booking number.' }], feltThen: 1, feltNow: 2, whyItStuck: 'Nobody owned it.' },
        reflection: { createdSimilar: 'yes', stageKey: 'billing', unitId: 'u-1', note: 'Our late fees surprise people.' },
        analogy: { industry: 'Hotels', lesson: 'They warn before they charge.' },
        action: { text: 'Call before a late fee is added.', byDate: '2026-12-15' },
        sharing: { consent: false },
      },
    });
    mockApi({
      ...common,
      'GET /api/reviews/attempts/a-1': () => json(200, recall),
      'POST /api/reviews/attempts/a-1/comments': async (request) => {
        posted = JSON.parse(await request.text());
        return json(201, recall);
      },
    });
    const user = userEvent.setup();
    renderApp('/review/a-1');

    const best = await screen.findByRole('region', { name: 'Best experience' });
    expect(best).toHaveTextContent('Personal touch: She knew my name.');
    expect(best).toHaveTextContent('5 of 5 (very good)');
    const reflection = screen.getByRole('region', { name: 'Reflection on our organization' });
    expect(reflection).toHaveTextContent('Bills and payments');
    await waitFor(() => expect(reflection).toHaveTextContent('Which teamBilling'));
    expect(screen.getByRole('region', { name: 'Sharing' })).toHaveTextContent('Chose not to share the story.');

    await user.click(within(best).getByRole('button', { name: 'Comment on “Best experience”' }));
    await user.type(within(best).getByRole('textbox'), 'A lovely example of the personal touch.');
    await user.click(within(best).getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(posted).toEqual({ anchor: 'best', body: 'A lovely example of the personal touch.' }));
  });

  it('shows a purchase flow stage by stage with the pain points logged there', async () => {
    const flow = attempt({
      kind: 'purchase-flow',
      content: purchaseFlowSample as unknown as Record<string, unknown>,
      playState: null,
      answer: {
        stages: {
          compare: { tasks: { 'pick-plan': { optionId: 'mid' } }, emotion: -1, note: 'The fee was hidden.' },
          buy: { tasks: { 'enter-address': { text: 'I had to call.' } }, emotion: -2 },
        },
        painPoints: [{ stageKey: 'compare', severity: 3, emotion: 'distrustful', note: 'Setup fee behind a link.', unitId: 'u-1' }],
      },
      scoreDetails: { stages: [{ stageKey: 'compare', designed: 1, logged: 1, noticed: 1, effort: ['hidden-cost'] }], curve: [] },
    });
    mockApi({ ...common, 'GET /api/reviews/attempts/a-1': () => json(200, flow) });
    renderApp('/review/a-1');

    const compare = await screen.findByRole('region', { name: 'Stage: Compare plans' });
    expect(compare).toHaveTextContent('Chose “Fibre 500”.');
    expect(compare).toHaveTextContent('-1 (negative)');
    expect(compare).toHaveTextContent('Pain points logged: 1 (friction built in: 1)');
    await waitFor(() => expect(compare).toHaveTextContent('Moderate (3/5), distrustful, owned by Billing: Setup fee behind a link.'));
    expect(compare).toHaveTextContent('Noticed 1 of 1.');
    expect(screen.getByRole('region', { name: 'Stage: Order online' })).toHaveTextContent('I had to call.');
  });
});
