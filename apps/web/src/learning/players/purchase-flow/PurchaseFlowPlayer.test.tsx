import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { purchaseFlowSample } from '../../../../../../libs/module-kinds/src/purchase-flow/sample.js';
import { json, makeMe, mockApi, renderApp } from '../../../test/render';
import { fakeAttemptServer } from '../../test/fakeAttemptServer';

async function setup(stage = 1, saved?: Record<string, unknown>) {
  const server = fakeAttemptServer('purchase-flow', purchaseFlowSample);
  if (saved) server.saveElsewhere(saved);
  mockApi({ 'GET /api/auth/me': () => json(200, makeMe(['employee'])), ...server.handlers });
  const user = userEvent.setup();
  const utils = renderApp(`/learning/attempts/${server.id}?stage=${stage}`);
  await screen.findByRole('region', { name: 'Journey simulation' }, { timeout: 8000 });
  return { server, user, ...utils };
}

const stages = purchaseFlowSample.stages;

/** A complete journey: every task done and every stage rated; one pain point at the first stage. */
function completeAnswer() {
  return {
    stages: Object.fromEntries(
      stages.map((s, i) => [
        s.key,
        {
          tasks: Object.fromEntries(
            s.tasks.map((t) => [t.id, t.options ? { optionId: t.options[0]!.id } : { text: 'She tries and it fails.' }]),
          ),
          emotion: [-1, -2, 0, 1][i % 4],
        },
      ]),
    ),
    painPoints: [{ stageKey: stages[0]!.key, severity: 3, emotion: 'distrustful', note: 'The fee is hidden', unitId: 't-billing' }],
  };
}

describe('purchase-flow player', () => {
  it('keeps the persona in view and shows what happens after a choice, then saves it', async () => {
    const { user, server } = await setup();
    const persona = screen.getByRole('complementary', { name: purchaseFlowSample.persona.name });
    expect(persona).toHaveTextContent(purchaseFlowSample.persona.quote);
    expect(screen.getByRole('heading', { level: 2, name: new RegExp(stages[0]!.label) })).toBeInTheDocument();

    const task = stages[0]!.tasks[0]!;
    const option = task.options![1]!;
    await user.click(screen.getByRole('radio', { name: option.label }));
    expect(screen.getByText(option.outcome)).toBeInTheDocument();

    await waitFor(
      () =>
        expect(server.saves.at(-1)).toEqual({
          answer: { stages: { [stages[0]!.key]: { tasks: { [task.id]: { optionId: option.id } } } }, painPoints: [] },
          revision: 1,
        }),
      { timeout: 3000 },
    );
    expect(await screen.findByText(/^Saved at/)).toBeInTheDocument();
  });

  it('captures a pain point quickly, checking every field, with the owning team from the organization', async () => {
    const { user, server } = await setup();
    await user.click(screen.getByRole('button', { name: 'Log a pain point' }));
    const form = screen.getByRole('group', { name: 'Log a pain point' });
    await waitFor(() => expect(within(form).getByLabelText(/What costs Amira here/)).toHaveFocus());

    await user.click(within(form).getByRole('button', { name: 'Add pain point' }));
    expect(within(form).getByText('Say in a few words what happened.')).toBeInTheDocument();
    expect(within(form).getByText('Choose how severe it is.')).toBeInTheDocument();
    expect(within(form).getByText('Choose the team whose work produces it.')).toBeInTheDocument();
    expect(server.saves).toHaveLength(0);

    await user.type(within(form).getByLabelText(/What costs Amira here/), 'The setup fee hides behind a small link');
    await user.click(within(form).getByRole('radio', { name: /4 Major/ }));
    await user.selectOptions(within(form).getByLabelText('Amira feels'), 'distrustful');
    await user.selectOptions(within(form).getByLabelText('Owning team'), 'Billing (team)');
    expect(within(form).getByLabelText('Stage')).toHaveValue(stages[0]!.key);
    await user.click(within(form).getByRole('button', { name: 'Add pain point' }));

    expect(screen.queryByRole('group', { name: 'Log a pain point' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log a pain point' })).toHaveFocus());
    expect(screen.getByText('Pain point added. 1 logged at this stage.')).toBeInTheDocument();
    expect(screen.getByText('The setup fee hides behind a small link')).toBeInTheDocument();
    expect(screen.getByText('Severity 4: Major')).toBeInTheDocument();

    await waitFor(
      () =>
        expect(server.current().answer).toEqual({
          stages: {},
          painPoints: [
            { stageKey: stages[0]!.key, severity: 4, emotion: 'distrustful', note: 'The setup fee hides behind a small link', unitId: 't-billing' },
          ],
        }),
      { timeout: 3000 },
    );
  });

  it('rates the emotion per stage and draws the curve at the end, with a table', async () => {
    const { user } = await setup(1, completeAnswer());
    await user.click(screen.getByRole('link', { name: /Your journey/ }));
    const chart = await screen.findByRole('img', { name: 'Emotion curve of the journey' });
    expect(chart).toHaveAccessibleDescription(/Lowest at .* \(−2, very upset\)/);
    const table = screen.getByRole('table', { name: 'Emotion and pain points per stage' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(stages.length + 1);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent(stages[0]!.label);
    expect(rows[1]).toHaveTextContent('−1 Unhappy');
    expect(rows[1]).toHaveTextContent('3');
    expect(screen.getByText(/Every stage is done/)).toBeInTheDocument();
  });

  it('shows what the API says is missing at the stage where it is', async () => {
    const partial = completeAnswer();
    delete (partial.stages as Record<string, unknown>)[stages[1]!.key];
    const { user } = await setup(stages.length + 1, partial);
    expect(screen.getByText(/1 stage still to finish/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit my journey' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: new RegExp(`Stage "${stages[1]!.key}" has not been visited`) });
    expect(link).toHaveTextContent(`${stages[1]!.label}:`);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: new RegExp(stages[1]!.label) })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Stages of the journey' });
    expect(within(nav).getByRole('link', { current: 'step' })).toHaveAccessibleName(/, 1 to fix/);
  });

  it('submits and debriefs: the friction built into each stage beside what was logged', async () => {
    const { user, server } = await setup(stages.length + 1, completeAnswer());
    await user.click(screen.getByRole('button', { name: 'Submit my journey' }));
    const focused = await screen.findByRole('heading', { level: 2, name: 'Your result' });
    await waitFor(() => expect(focused).toHaveFocus());
    expect(server.submits).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'The friction at each stage' })).toBeInTheDocument();
    expect(screen.getByText(stages[0]!.friction[0]!.description, { exact: false })).toBeInTheDocument();
    expect(screen.getByText('The fee is hidden', { exact: false })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Points for each part of your answer' });
    expect(within(table).getByText(new RegExp(`${stages[0]!.label}: 1 moment of friction built in; you logged 1 pain point`))).toBeInTheDocument();
  });
});
