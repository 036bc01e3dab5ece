import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';
import type { Course } from './api';
import { makeModule } from './test-fixtures';

// The editors are large pages and CI machines are small: give lazy pages time to appear.
configure({ asyncUtilTimeout: 5000 });

const coach = () => json(200, makeMe(['employee', 'coach']));
const body = async (r: Request) => JSON.parse(await r.clone().text());
const sent = (fetchMock: ReturnType<typeof mockApi>, method: string, path: string) =>
  fetchMock.mock.calls.map(([r]) => r as Request).filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('the recall editor', { timeout: 20_000 }, () => {
  it('edits a prompt, adds an element and saves both', async () => {
    const module = makeModule('recall', { title: 'Best and worst' });
    const fetchMock = mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'PATCH /api/modules/m-1': async (r) => json(200, { ...module, version: 4, draftContent: (await body(r)).content }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    const prompt = await screen.findByLabelText(/^Prompt for the best experience/, {}, { timeout: 5000 });
    await user.clear(prompt);
    await user.type(prompt, 'Think of a shop that made your day.');
    await user.click(screen.getByRole('button', { name: 'Add an element' }));
    const added = await screen.findByRole('heading', { level: 3, name: 'Element 9' });
    const card = added.closest('li') as HTMLElement;
    await user.type(within(card).getByLabelText(/^Name/), 'Honesty');
    await user.type(within(card).getByLabelText(/^Hint/), 'Did they tell you the truth, even when it was awkward?');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);

    await screen.findByText('All changes saved');
    const content = (await body(sent(fetchMock, 'PATCH', '/api/modules/m-1')[0]!)).content;
    expect(content.bestPrompt).toBe('Think of a shop that made your day.');
    expect(content.elements).toHaveLength(9);
    expect(content.elements[8]).toEqual({ key: 'element-1', label: 'Honesty', hint: 'Did they tell you the truth, even when it was awkward?' });
  });

  it('places an issue about the number of elements on its field', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () =>
        json(200, makeModule('recall', { issues: [{ path: 'minElements', message: 'Content asks for 12 elements but the taxonomy has only 8' }] })),
    });
    renderApp('/authoring/modules/m-1');
    const field = await screen.findByLabelText(/^Elements to choose for each experience/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Content asks for 12 elements but the taxonomy has only 8');
  });

  it('previews the wizard step by step', async () => {
    mockApi({ 'GET /api/auth/me': coach, 'GET /api/modules/m-1': () => json(200, makeModule('recall')) });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');
    await user.click(await screen.findByRole('button', { name: 'Preview as a learner' }));
    expect(screen.getByText('Step 1 of 7')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { name: 'Your best experience as a customer' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Personal touch' })).toBeDisabled();
  });
});

describe('the purchase-flow editor', { timeout: 20_000 }, () => {
  it('reorders stages and saves the new order', async () => {
    const module = makeModule('purchase-flow', { title: 'Fibre at a new flat' });
    const fetchMock = mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'PATCH /api/modules/m-1': async (r) => json(200, { ...module, version: 4, draftContent: (await body(r)).content }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    await user.click(await screen.findByRole('button', { name: 'Move stage “Order online” up' }));
    expect(await screen.findByText('Moved stage “Order online” to position 1 of 4.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '1. Order online' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);

    await screen.findByText('All changes saved');
    const content = (await body(sent(fetchMock, 'PATCH', '/api/modules/m-1')[0]!)).content;
    expect(content.stages.map((s: { key: string }) => s.key)).toEqual(['buy', 'compare', 'install', 'first-use']);
  });

  it('shows a task option’s issue on that option of that stage, and the persona’s on the persona', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () =>
        json(
          200,
          makeModule('purchase-flow', {
            issues: [
              { path: 'stages.2.tasks.0.options.1.label', message: 'Stage "install": task 1: option 2 has no label' },
              { path: 'persona.goals', message: 'Persona has no goals' },
            ],
          }),
        ),
    });
    renderApp('/authoring/modules/m-1');
    const install = (await screen.findByRole('heading', { level: 3, name: /^3\. Installation/ })).closest('article') as HTMLElement;
    expect(within(install).getByText('1 problem')).toBeInTheDocument();
    expect(within(install).getByLabelText('Option 2')).toHaveAccessibleDescription('Stage "install": task 1: option 2 has no label');
    expect(within(install).getByLabelText('Option 1')).not.toHaveAttribute('aria-invalid');
    const goals = screen.getByRole('group', { name: 'Goals' });
    expect(goals).toHaveTextContent('Persona has no goals');
  });

  it('switches a task to options and back', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, makeModule('purchase-flow')),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');
    const buy = (await screen.findByRole('heading', { level: 3, name: /^2\. Order online/ })).closest('article') as HTMLElement;
    expect(within(buy).queryByLabelText('Option 1')).not.toBeInTheDocument();
    await user.click(within(buy).getByRole('radio', { name: /Picks one of several options/ }));
    expect(within(buy).getByLabelText('Option 1')).toBeInTheDocument();
    expect(within(buy).getByLabelText('Option 2')).toBeInTheDocument();
    await user.click(within(buy).getByRole('radio', { name: /Writes what they did/ }));
    expect(within(buy).queryByLabelText('Option 1')).not.toBeInTheDocument();
  });
});

describe('creating a module', () => {
  it('starts from the template of the chosen kind and opens the editor', async () => {
    let created: Record<string, unknown> | undefined;
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/module-kinds': () => json(200, []),
      'POST /api/modules': async (r) => {
        created = await body(r);
        return json(201, makeModule('active-listening', { id: 'm-7', title: 'At the counter', draftContent: created!.content as Record<string, unknown> }));
      },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/authoring/modules/new');

    await user.click(await screen.findByRole('button', { name: 'Create and start writing' }));
    expect(screen.getByText('Choose the kind of module.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Active-listening scenario/ }));
    await user.type(screen.getByLabelText(/^Title/), 'At the counter');
    await user.click(screen.getByRole('button', { name: 'Create and start writing' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/authoring/modules/m-7'));
    expect(created).toMatchObject({ kind: 'active-listening', title: 'At the counter', estimatedMinutes: 10 });
    const content = created!.content as { start: string; nodes: { id: string; type: string }[] };
    expect(content.start).toBe('opening');
    expect(content.nodes.map((n) => n.type)).toEqual(['customer', 'choice', 'customer', 'customer', 'free-text', 'ending', 'ending']);
  });
});

describe('the course editor', { timeout: 20_000 }, () => {
  const modules = [
    { id: 'm-1', slug: 'a', kind: 'recall', title: 'Best and worst', summary: '', industry: '', estimatedMinutes: 20, status: 'published', publishedVersion: 1, version: 2, updatedAt: '2026-11-01T00:00:00.000Z' },
    { id: 'm-2', slug: 'b', kind: 'active-listening', title: 'The missed parcel', summary: '', industry: '', estimatedMinutes: 10, status: 'published', publishedVersion: 1, version: 2, updatedAt: '2026-11-01T00:00:00.000Z' },
  ];
  const course: Course = {
    id: 'c-1',
    slug: 'c',
    title: 'Listening first',
    description: '',
    outcomes: [],
    completionRule: { kind: 'all-completed' },
    status: 'draft',
    modules: [],
    progress: { status: 'not-started', percent: 0, score: null, overdue: false, completedModules: 0, totalModules: 0, belowMinScore: [], modules: [] } as unknown as Course['progress'],
    version: 1,
  };

  it('creates a course from ordered modules with a minimum score', async () => {
    let created: Record<string, unknown> | undefined;
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules': () => json(200, modules),
      'POST /api/courses': async (r) => {
        created = await body(r);
        return json(201, { ...course, modules: [] });
      },
      'GET /api/courses/c-1': () => json(200, course),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/authoring/courses/new');

    await user.type(await screen.findByLabelText(/^Title/), 'Listening first');
    await screen.findByRole('option', { name: /The missed parcel/ });
    await user.selectOptions(screen.getByLabelText(/^Add a module/), 'm-2');
    await user.click(screen.getByRole('button', { name: 'Add to the course' }));
    await user.selectOptions(screen.getByLabelText(/^Add a module/), 'm-1');
    await user.click(screen.getByRole('button', { name: 'Add to the course' }));
    await user.click(screen.getByRole('button', { name: 'Move module “Best and worst” up' }));
    await user.click(screen.getByLabelText('And reached a minimum score in each'));
    const min = screen.getByLabelText(/^Minimum score/);
    await user.clear(min);
    await user.type(min, '70');
    await user.click(screen.getByRole('button', { name: 'Create course' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/authoring/courses/c-1'));
    expect(created).toEqual({
      title: 'Listening first',
      description: '',
      outcomes: [],
      moduleIds: ['m-1', 'm-2'],
      completionRule: { kind: 'all-completed', minScore: 70 },
    });
  });

  it('keeps the author’s changes when someone else saved first', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules': () => json(200, modules),
      'GET /api/courses/c-1': () => json(200, { ...course, modules: [{ ...modules[0], status: 'published' }] }),
      'PATCH /api/courses/c-1': () => json(409, { code: 'VERSION_CONFLICT', message: 'Stale.', currentVersion: 2, correlationId: 'c' }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/courses/c-1');
    const title = await screen.findByLabelText(/^Title/);
    await user.type(title, ' (new)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else saved this course while you were editing.');
    expect(title).toHaveValue('Listening first (new)');
  });
});
