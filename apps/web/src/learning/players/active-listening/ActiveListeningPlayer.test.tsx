import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { activeListeningSample } from '../../../../../../libs/module-kinds/src/active-listening/sample.js';
import { json, makeMe, mockApi, renderApp } from '../../../test/render';
import { fakeAttemptServer } from '../../test/fakeAttemptServer';

const node = (id: string) => activeListeningSample.nodes.find((n) => n.id === id)!;
const text = (id: string) => (node(id) as { text: string }).text;

async function setup(saved?: Record<string, unknown>) {
  const server = fakeAttemptServer('active-listening', activeListeningSample);
  if (saved) server.saveElsewhere(saved);
  mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])), ...server.handlers });
  const user = userEvent.setup();
  const utils = renderApp(`/learning/attempts/${server.id}`);
  await screen.findByRole('region', { name: 'Conversation' }, { timeout: 8000 });
  const analyzeCalls = () => server.analyses;
  return { server, user, analyzeCalls, ...utils };
}

const GOOD_REPLY = 'So you stayed home all day and it is for your son, that is so frustrating. What would work best for you?';

describe('active-listening player', () => {
  // A reply being written is kept per tab; each test starts with none.
  afterEach(() => sessionStorage.clear());

  it('shows the customer’s words with their voice and body cues, and the mood', async () => {
    await setup();
    const log = screen.getByRole('log', { name: 'Conversation with Dana' });
    const first = within(log).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(text('open'));
    expect(first).toHaveTextContent('Dana, angry');
    expect(first).toHaveTextContent('VoiceTight and fast, louder on "nobody"');
    expect(first).toHaveTextContent('BodyPuts the card flat on the counter');
    expect(screen.getByText('Dana’s mood')).toBeInTheDocument();
    expect(screen.getByText('Upset')).toBeInTheDocument();
  });

  it('plays a turn: the choice is saved, the customer answers and the coaching shows', async () => {
    const { user, server } = await setup();
    const decision = screen.getByRole('group', { name: 'What do you say first?' });
    await user.click(screen.getByRole('button', { name: 'Say it' }));
    expect(screen.getByText('Choose what you say first.')).toBeInTheDocument();
    expect(server.saves).toHaveLength(0);

    await user.click(within(decision).getByRole('radio', { name: /You gave up a whole day/ }));
    await user.click(screen.getByRole('button', { name: 'Say it' }));

    const log = screen.getByRole('log');
    const reply = await within(log).findByText(text('calmer'));
    expect(server.saves).toEqual([{ answer: { steps: [{ nodeId: 'first-reply', optionId: 'acknowledge' }] }, revision: 1 }]);
    expect(within(log).getByText(/You named her feeling and the facts/)).toBeInTheDocument();
    // The customer's answer takes focus so it is read first; the mood moved.
    await waitFor(() => expect(reply.closest('li')).toHaveFocus());
    expect(screen.getByText('Guarded')).toBeInTheDocument();
    // The next decision is a reply in the learner's own words.
    expect(screen.getByLabelText('Reply to Dana in your own words.')).toBeInTheDocument();
  });

  it('gives live hints while typing, asking the analyzer only when the typing pauses', async () => {
    const { user, analyzeCalls } = await setup({ steps: [{ nodeId: 'first-reply', optionId: 'acknowledge' }] });
    const box = await screen.findByLabelText('Reply to Dana in your own words.');
    expect(screen.getByText(/As you type, Footsteps shows which listening moves/)).toBeInTheDocument();

    await user.type(box, GOOD_REPLY);
    const hints = screen.getByRole('region', { name: 'Live hints' });
    await within(hints).findByText(/Ask what would help/, {}, { timeout: 3000 });
    // Typed key by key, but analysed once the typing paused (the debounce), with the customer's last words.
    expect(analyzeCalls().length).toBeLessThanOrEqual(2);
    expect(analyzeCalls().at(-1)).toEqual({ customer: text('calmer'), reply: GOOD_REPLY });

    const signals = within(hints).getAllByRole('list')[0]!;
    expect(within(signals).getByText('Names the feeling')).toHaveTextContent('✓');
    expect(within(signals).getByText(/Reflects the situation/)).toHaveTextContent(': yes');
    const marks = hints.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('So you'), expect.stringContaining('frustrating')]),
    );

    // Hints can be switched off: no more calls to the analyzer.
    await user.click(screen.getByRole('checkbox', { name: 'Show live hints as I type' }));
    const before = analyzeCalls().length;
    await user.type(box, ' Thanks.');
    await new Promise((r) => setTimeout(r, 600));
    expect(analyzeCalls()).toHaveLength(before);
  });

  it('a free-text reply leads where the analyzer says, then the debrief highlights the evidence', async () => {
    const { user, server } = await setup({ steps: [{ nodeId: 'first-reply', optionId: 'acknowledge' }] });
    await user.click(screen.getByRole('checkbox', { name: 'Show live hints as I type' }));
    await user.type(await screen.findByLabelText('Reply to Dana in your own words.'), GOOD_REPLY);
    await user.click(screen.getByRole('button', { name: 'Send reply' }));

    const log = screen.getByRole('log');
    expect(await within(log).findByText(text('relieved'))).toBeInTheDocument();
    expect(within(log).getByText('The conversation ends.')).toBeInTheDocument();
    expect(server.current().answer).toEqual({
      steps: [
        { nodeId: 'first-reply', optionId: 'acknowledge' },
        { nodeId: 'free-reply', text: GOOD_REPLY },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Finish and see my debrief' }));
    const focused = await screen.findByRole('heading', { level: 2, name: 'Your result' });
    await waitFor(() => expect(focused).toHaveFocus());
    expect(screen.getByText('100')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Outcome: resolved' })).toBeInTheDocument();

    const turns = screen.getByRole('heading', { name: 'The conversation, turn by turn' }).closest('section')!;
    expect(within(turns).getByText(/You, decision 1$/)).toBeInTheDocument();
    expect(within(turns).getByText('Coaching · 10 of 10 points')).toBeInTheDocument();
    expect(within(turns).getByText(/Coaching · 10 of 10 points \(analyzer score 100 of 100\)/)).toBeInTheDocument();
    const marks = [...turns.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^So you.*Reflects the situation/),
        expect.stringMatching(/^frustrating.*Names the feeling/),
      ]),
    );
    const table = screen.getByRole('table', { name: 'Points for each part of your answer' });
    expect(within(table).getByText(/Decision 1: you said “You gave up a whole day/)).toBeInTheDocument();
    expect(within(table).getByText(/Decision 2, in your own words: the analyzer scored your reply 100 of 100/)).toBeInTheDocument();
  });

  it('keeps a reply being written through a reload, until it is sent', async () => {
    const { user, unmount } = await setup({ steps: [{ nodeId: 'first-reply', optionId: 'acknowledge' }] });
    await user.click(screen.getByRole('checkbox', { name: 'Show live hints as I type' }));
    await user.type(await screen.findByLabelText('Reply to Dana in your own words.'), 'Half a thought');
    unmount();

    renderApp('/learning/attempts/att-1');
    expect(await screen.findByLabelText('Reply to Dana in your own words.', {}, { timeout: 5000 })).toHaveValue('Half a thought');
  });

  it('a dismissive reply takes the other branch', async () => {
    const { user } = await setup({ steps: [{ nodeId: 'first-reply', optionId: 'acknowledge' }] });
    await user.click(screen.getByRole('checkbox', { name: 'Show live hints as I type' }));
    await user.type(await screen.findByLabelText('Reply to Dana in your own words.'), 'Sorry, it is our policy to redeliver tomorrow.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await within(screen.getByRole('log')).findByText(text('walks-out'))).toBeInTheDocument();
    expect(screen.getByText('Furious, ready to leave')).toBeInTheDocument();
  });

  it('shows a conflict when the conversation moved on in another tab, and continues from there', async () => {
    const { user, server } = await setup();
    server.saveElsewhere({ steps: [{ nodeId: 'first-reply', optionId: 'doubt' }] });
    await user.click(screen.getByRole('radio', { name: /You gave up a whole day/ }));
    await user.click(screen.getByRole('button', { name: 'Say it' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This exercise was changed in another tab or window');
    await user.click(within(alert).getByRole('button', { name: 'Load the latest saved version' }));
    expect(await within(screen.getByRole('log')).findByText(text('offended'))).toBeInTheDocument();
    expect(screen.queryByText(text('calmer'))).not.toBeInTheDocument();
  });
});
