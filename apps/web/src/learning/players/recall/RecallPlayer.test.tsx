import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { recallSample } from '../../../../../../libs/module-kinds/src/recall/sample.js';
import { json, makeMe, mockApi, renderApp } from '../../../test/render';
import { fakeAttemptServer } from '../../test/fakeAttemptServer';

async function setup(step = 1, saved?: Record<string, unknown>) {
  const server = fakeAttemptServer('recall', recallSample);
  if (saved) server.saveElsewhere(saved);
  const fetchMock = mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])), ...server.handlers });
  const user = userEvent.setup();
  const utils = renderApp(`/learning/attempts/${server.id}?step=${step}`);
  // The first test also waits for the lazy route and player chunks to compile.
  await screen.findByRole('region', { name: 'Recall exercise' }, { timeout: 8000 });
  return { server, fetchMock, user, ...utils };
}

const saveStatus = () => screen.getByText(/^(Unsaved changes…|Saving…|Saved at|All changes saved|Not saved yet|Conflict)/);

describe('recall player', () => {
  it('walks the steps as a wizard and keeps the step in the address', async () => {
    const { user, router } = await setup();
    expect(await screen.findByRole('heading', { level: 2, name: /Your best experience as a customer/ })).toBeInTheDocument();
    const steps = screen.getByRole('navigation', { name: 'Steps of this exercise' });
    expect(within(steps).getAllByRole('link')).toHaveLength(7);
    expect(within(steps).getByRole('link', { current: 'step' })).toHaveTextContent('Best experience');

    await user.click(screen.getByRole('button', { name: /Next: Worst experience/ }));
    const heading = await screen.findByRole('heading', { level: 2, name: /Your worst experience as a customer/ });
    expect(router.state.location.search).toBe('?step=2');
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('saves after a pause, shows Saving… then Saved, and sends the revision it was based on', async () => {
    const { user, server } = await setup();
    const what = await screen.findByLabelText('What happened?');
    await user.type(what, 'A baker stayed open late');
    expect(saveStatus()).toHaveTextContent(/Unsaved changes…|Saving…/);
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/Saved at/), { timeout: 3000 });

    // One save for the whole burst of typing, not one per key.
    expect(server.saves).toHaveLength(1);
    expect(server.saves[0]).toEqual({ answer: { best: { what: 'A baker stayed open late' } }, revision: 1 });

    await user.type(screen.getByLabelText('What kind of business was it?'), 'Bakery');
    await waitFor(() => expect(server.saves).toHaveLength(2), { timeout: 3000 });
    expect(server.saves[1]!.revision).toBe(2);
    expect(server.saves[1]!.answer).toEqual({ best: { what: 'A baker stayed open late', where: 'Bakery' } });
  });

  it('picks elements from the taxonomy, with a note for each', async () => {
    const { user, server } = await setup();
    const picker = await screen.findByRole('group', { name: 'What was it made of?' });
    await user.click(within(picker).getByRole('checkbox', { name: /Speed/ }));
    await user.click(within(picker).getByRole('checkbox', { name: /Attitude/ }));
    await user.type(screen.getByRole('textbox', { name: 'Attitude' }), 'She smiled and remembered my name');
    await waitFor(() => expect(server.current().answer).toEqual({
      best: { elements: [{ key: 'speed' }, { key: 'attitude', note: 'She smiled and remembered my name' }] },
    }), { timeout: 3000 });

    // Unticking keeps the note aside, so ticking again brings it back.
    await user.click(within(picker).getByRole('checkbox', { name: /Attitude/ }));
    expect(screen.queryByRole('textbox', { name: 'Attitude' })).not.toBeInTheDocument();
    await user.click(within(picker).getByRole('checkbox', { name: /Attitude/ }));
    expect(screen.getByRole('textbox', { name: 'Attitude' })).toHaveValue('She smiled and remembered my name');
  });

  it('shows a conflict when another tab saved, and loads the latest on request', async () => {
    const { user, server } = await setup();
    const what = await screen.findByLabelText('What happened?');
    server.saveElsewhere({ best: { what: 'Written in the other tab' } });

    await user.type(what, 'Typed here');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert).toHaveTextContent('This exercise was changed in another tab or window');
    expect(alert).toHaveTextContent('Nothing was overwritten');
    expect(saveStatus()).toHaveTextContent('Conflict');
    await waitFor(() => expect(alert).toHaveFocus());
    // Nothing else is sent while the conflict is open.
    await user.type(screen.getByLabelText('What happened?'), ' more');
    await new Promise((r) => setTimeout(r, 1000));
    expect(server.saves).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Load the latest saved version' }));
    await waitFor(() => expect(screen.getByLabelText('What happened?')).toHaveValue('Written in the other tab'));
    expect(screen.queryByText('This exercise was changed in another tab or window')).not.toBeInTheDocument();
    expect(saveStatus()).toHaveTextContent('Saved at');

    // Saving goes on from the latest revision.
    await user.type(screen.getByLabelText('What happened?'), '!');
    await waitFor(() => expect(server.saves).toHaveLength(2), { timeout: 3000 });
    expect(server.saves[1]!.revision).toBe(2);
  });

  it('can keep this tab’s version over the other one', async () => {
    const { user, server } = await setup();
    const what = await screen.findByLabelText('What happened?');
    server.saveElsewhere({ best: { what: 'Other tab' } });
    await user.type(what, 'Mine');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    await user.click(within(alert).getByRole('button', { name: 'Keep my version here' }));
    await waitFor(() => expect(server.current().answer).toEqual({ best: { what: 'Mine' } }), { timeout: 3000 });
    expect(screen.getByLabelText('What happened?')).toHaveValue('Mine');
  });

  it('keeps changes through a failed save and retries', async () => {
    const { user, server } = await setup();
    server.failNextSaves(1);
    await user.type(await screen.findByLabelText('What happened?'), 'Offline');
    expect(await screen.findByText('Not saved yet', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Your latest changes are not saved.');
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    await waitFor(() => expect(server.current().answer).toEqual({ best: { what: 'Offline' } }));
    expect(saveStatus()).toHaveTextContent('Saved at');
  });

  it('lists what the API says is missing, and shows each error where it occurs', async () => {
    const { user, server } = await setup(7);
    await user.click(await screen.findByRole('button', { name: 'Submit my answers' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent(/things to finish before you submit/);
    expect(server.submits).toEqual([{ revision: 1 }]);
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', { name: /Best experience has no answer to why it stuck/ });

    await user.click(link);
    const why = await screen.findByLabelText('Why has your best experience stayed with you?');
    await waitFor(() => expect(why).toHaveFocus());
    expect(why).toHaveAttribute('aria-invalid', 'true');
    expect(why).toHaveAccessibleDescription(/Best experience has no answer to why it stuck/);
    // The stepper marks the steps that need work.
    const steps = screen.getByRole('navigation', { name: 'Steps of this exercise' });
    expect(within(steps).getByRole('link', { name: /Best experience, \d+ to fix/ })).toBeInTheDocument();
    // On a step, the list narrows to what is missing there.
    expect(screen.getByRole('alert')).toHaveTextContent(/to finish here \(\d+ in all before you can submit\)/);

    // Fixing the field clears its error.
    await user.type(why, 'It was the end that mattered');
    expect(why).not.toHaveAttribute('aria-invalid');
  });

  it('submits a complete answer and shows the score line by line', async () => {
    const complete = {
      best: {
        what: 'The baker stayed open ten minutes late so I could pick up the birthday cake for my daughter that evening',
        where: 'Bakery',
        elements: [
          { key: 'attitude', note: 'She was glad to help, not annoyed at all' },
          { key: 'personal-touch', note: 'She wrote my daughter’s name on the box' },
        ],
        feltThen: 5,
        feltNow: 4,
        whyItStuck: 'The end of the day turned from panic into relief because someone cared',
      },
      worst: {
        what: 'My bank froze my card abroad and I spent two hours on hold being passed between four departments',
        where: 'Bank',
        elements: [
          { key: 'effort', note: 'I repeated my story four times to four people' },
          { key: 'follow-through', note: 'Nobody owned it; nobody called me back' },
        ],
        feltThen: 5,
        feltNow: 3,
        whyItStuck: 'I felt small and helpless at the peak, and it ended without an apology',
      },
      reflection: { createdSimilar: 'yes', stageKey: 'support', unitId: 't-1', note: 'Our returns line passes people on too' },
      analogy: { industry: 'Hotels', lesson: 'The best hotels let the first person you meet solve it' },
      action: { text: 'I will call back every customer I transfer' },
      sharing: { consent: false },
    };
    const { user, server } = await setup(7, complete);
    expect(await screen.findByText('Everything is filled in.', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit my answers' }));

    const result = await screen.findByRole('heading', { level: 2, name: 'Your result' });
    await waitFor(() => expect(result).toHaveFocus());
    expect(screen.getByText('out of 100')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Points for each part of your answer' });
    expect(within(table).getByText(/Best experience, what happened: \d+ words/)).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Total' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your commitment' })).toBeInTheDocument();
    expect(screen.getByText('I will call back every customer I transfer')).toBeInTheDocument();
    expect(server.submits).toEqual([{ revision: 2 }]);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
