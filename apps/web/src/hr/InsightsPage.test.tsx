import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';

// Pages load as lazy chunks; on a busy machine the first one can take more than a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

const JOURNEY = [
  {
    moduleId: 'aaaaaaaa-0000-4000-8000-000000000001',
    title: 'Buying a phone plan',
    people: 7,
    withheld: false,
    stages: [
      { key: 'discover', label: 'Discover' },
      { key: 'pay', label: 'Pay' },
    ],
    cells: [
      { stageKey: 'discover', unitId: 'u-sales', unitName: 'Online Sales', people: 6, withheld: false, count: 9, meanSeverity: 3.4, topEmotions: ['confused', 'annoyed'] },
      { stageKey: 'pay', unitId: 'u-sales', unitName: 'Online Sales', people: 0, withheld: true, count: null, meanSeverity: null, topEmotions: [] },
      { stageKey: 'pay', unitId: 'u-billing', unitName: 'Billing', people: 5, withheld: false, count: 5, meanSeverity: 4.8, topEmotions: ['anxious'] },
    ],
  },
  { moduleId: 'aaaaaaaa-0000-4000-8000-000000000002', title: 'Returning a parcel', people: 0, withheld: true, stages: [], cells: [] },
];

describe('insights', () => {
  it('shows the heatmap by stage and owning team, with withheld cells marked and no figures in them', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['hr'])),
      'GET /api/insights/journey': () => json(200, JOURNEY),
      'GET /api/insights/recall': () => json(200, { people: 0, withheld: true, createdSimilar: [], stages: [], units: [] }),
      'GET /api/insights/stories': () =>
        json(200, { withheld: false, stories: [{ story: 'The shop replaced my kettle without a receipt.', moduleTitle: 'Best and worst', sharedIn: '2025-03' }] }),
    });
    renderApp('/insights');

    const table = await screen.findByRole('table', { name: /Buying a phone plan: pain points by journey stage/ });
    expect(table).toHaveAccessibleName(expect.stringContaining('1 cell withheld: fewer than 5 people.'));
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Owning team', 'Discover', 'Pay']);

    const [, billing, sales] = within(table).getAllByRole('row');
    expect(within(billing!).getByRole('rowheader')).toHaveTextContent('Billing');
    const [billingDiscover, billingPay] = within(billing!).getAllByRole('cell');
    expect(billingDiscover).toHaveTextContent('No pain points');
    expect(billingPay).toHaveTextContent('5pain pointsseverity 4.8 of 55 peopleFelt: anxious');

    const [salesDiscover, salesPay] = within(sales!).getAllByRole('cell');
    expect(salesDiscover).toHaveTextContent('9');
    expect(salesDiscover).toHaveTextContent('Felt: confused, annoyed');
    expect(salesPay).toHaveTextContent('WithheldFewer than 5 people');
    expect(salesPay).toHaveClass('heat--withheld');
    expect(salesPay.textContent).not.toMatch(/pain point|severity|Felt/);

    // A simulation fewer than five people completed shows no heatmap at all.
    const withheld = screen.getByRole('article', { name: 'Returning a parcel' });
    expect(withheld).toHaveTextContent('Fewer than 5 people have completed this simulation');
    expect(within(withheld).queryByRole('table')).not.toBeInTheDocument();

    // The recall tally is withheld too; the story library is open.
    expect(screen.getByText(/have completed a recall exercise, so these figures are withheld/)).toBeInTheDocument();
    expect(screen.getByText('The shop replaced my kettle without a receipt.')).toBeInTheDocument();
    expect(screen.getByText('From “Best and worst”, shared in March 2025')).toBeInTheDocument();
  });

  it('shows the recall tallies, with small counts withheld', async () => {
    mockApi({
      'GET /api/auth/me': () => json(200, makeMe(['hr'])),
      'GET /api/insights/journey': () => json(200, []),
      'GET /api/insights/recall': () =>
        json(200, {
          people: 12,
          withheld: false,
          createdSimilar: [
            { key: 'yes', label: 'Yes', count: 7 },
            { key: 'no', label: 'No', count: null },
            { key: 'unsure', label: 'Not sure', count: 5 },
          ],
          stages: [],
          units: [],
        }),
      'GET /api/insights/stories': () => json(200, { withheld: true, stories: [] }),
    });
    renderApp('/insights');

    const table = await screen.findByRole('table', { name: 'Has our organization created experiences like these?' });
    const rows = within(table).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['Yes7', 'NoFewer than 5', 'Not sure5']);
    expect(screen.getByRole('heading', { name: 'No journey simulations completed yet' })).toBeInTheDocument();
    expect(screen.getByText(/have shared a story so far, so the library stays closed/)).toBeInTheDocument();
  });
});
