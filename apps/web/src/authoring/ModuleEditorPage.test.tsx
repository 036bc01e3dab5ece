import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp } from '../test/render';
import type { ModuleDetail } from './api';
import { makeModule } from './test-fixtures';

// The editors are large pages and CI machines are small: give lazy pages time to appear.
configure({ asyncUtilTimeout: 5000 });

const coach = () => json(200, makeMe(['employee', 'coach']));

async function bodyOf(request: Request) {
  return JSON.parse(await request.clone().text());
}

function requestsTo(fetchMock: ReturnType<typeof mockApi>, method: string, path: string): Request[] {
  return fetchMock.mock.calls.map(([r]) => r as Request).filter((r) => r.method === method && new URL(r.url).pathname === path);
}

/** The card of one turn of the conversation, found by the id in its heading (a DOM query: the editor is large). */
async function turn(id: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const card = [...document.querySelectorAll('article.node-card')].find((a) => a.querySelector('h3 code')?.textContent === id);
      if (!card) throw new Error(`No turn "${id}" on the page`);
      return card as HTMLElement;
    },
    { timeout: 4000 },
  );
}

// The editor of a whole scenario is a large page; role queries over it take a while in jsdom.
describe('the active-listening editor', { timeout: 20_000 }, () => {
  it('edits a customer turn and saves it with the version it edited', async () => {
    const module = makeModule('active-listening');
    const fetchMock = mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'PATCH /api/modules/m-1': async (request) => {
        const body = await bodyOf(request);
        return json(200, { ...module, version: 4, draftContent: body.content });
      },
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'The missed parcel' })).toBeInTheDocument();
    const opening = await turn('open');
    const said = within(opening).getByLabelText(/What the customer says/);
    await user.clear(said);
    await user.type(said, 'Where is my parcel?');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    const [patch] = requestsTo(fetchMock, 'PATCH', '/api/modules/m-1');
    const body = await bodyOf(patch!);
    expect(body.version).toBe(3);
    expect(body.content.nodes[0].text).toBe('Where is my parcel?');
    expect(body.title).toBeUndefined();
  });

  it('shows each validation issue on the field it names, and lists them all with links', async () => {
    const module = makeModule('active-listening', {
      issues: [
        { path: 'nodes.1.options.2.next', message: 'Node "first-reply": option "doubt" leads to "nowhere", which does not exist' },
        { path: 'customer.name', message: 'Customer has no name' },
      ],
    });
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    expect(await screen.findByRole('heading', { name: '2 things to fix before publishing' })).toBeInTheDocument();
    expect(screen.getByLabelText('Customer’s name')).toHaveAccessibleDescription('Customer has no name');
    expect(screen.getByLabelText('Customer’s name')).toHaveAttribute('aria-invalid', 'true');

    const choice = await turn('first-reply');
    const leadsTo = within(choice).getAllByLabelText('Leads to');
    expect(leadsTo[2]).toHaveAttribute('aria-invalid', 'true');
    expect(leadsTo[2]).toHaveAccessibleDescription(/option "doubt" leads to "nowhere"/);
    expect(leadsTo[0]).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('link', { name: /option "doubt" leads to "nowhere"/ }));
    expect(leadsTo[2]).toHaveFocus();
  });

  it('checks the content as the author types and places what the API finds', async () => {
    const module = makeModule('active-listening');
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/validate': async (request) => {
        const { content } = await bodyOf(request);
        return json(200, content.nodes[0].emotion
          ? { valid: true, issues: [] }
          : { valid: false, issues: [{ path: 'nodes.0.emotion', message: 'Node "open" has no emotion' }] });
      },
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    const emotion = within(await turn('open')).getByLabelText(/^Emotion/);
    await user.clear(emotion);

    await waitFor(() => expect(emotion).toHaveAccessibleDescription(/Node "open" has no emotion/), { timeout: 2000 });
    expect(screen.getByRole('heading', { name: 'One thing to fix before publishing' })).toBeInTheDocument();
    expect(within(await turn('open')).getByText('1 problem')).toBeInTheDocument();
  });

  it('renaming a turn updates every turn that leads to it', async () => {
    const module = makeModule('active-listening');
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    const id = within(await turn('calmer')).getByLabelText('Id');
    await user.clear(id);
    await user.type(id, 'heard{Enter}');

    const choice = await turn('first-reply');
    expect(within(choice).getAllByLabelText('Leads to')[0]).toHaveValue('heard');
    const recover = await turn('recover');
    expect(within(recover).getAllByLabelText('Leads to')[0]).toHaveValue('heard');
    // The conversation map follows too.
    const map = screen.getByRole('table', { name: 'Each turn of the conversation and where it leads' });
    expect(within(map).getByRole('link', { name: 'heard' })).toBeInTheDocument();
  });

  it('on a save conflict keeps the author’s changes and lets them choose', async () => {
    const module = makeModule('active-listening');
    const theirs: ModuleDetail = { ...module, version: 5, title: 'Their title' };
    let server: ModuleDetail = module;
    const fetchMock = mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, server),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'PATCH /api/modules/m-1': async (request) => {
        const body = await bodyOf(request);
        if (body.version !== server.version) {
          return json(409, { code: 'VERSION_CONFLICT', message: 'Someone else changed this.', currentVersion: server.version, correlationId: 'c' });
        }
        server = { ...server, ...body, version: server.version + 1, draftContent: body.content ?? server.draftContent };
        return json(200, server);
      },
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    const title = await screen.findByLabelText(/^Title/);
    server = theirs; // someone else saves meanwhile
    await user.clear(title);
    await user.type(title, 'My title');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]!);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this module while you were editing.');
    expect(alert).toHaveTextContent('They changed the title.');
    expect(title).toHaveValue('My title');

    await user.click(within(alert).getByRole('button', { name: 'Keep my changes and save over theirs' }));

    expect(await screen.findByText('All changes saved')).toBeInTheDocument();
    const patches = requestsTo(fetchMock, 'PATCH', '/api/modules/m-1');
    expect((await bodyOf(patches.at(-1)!)).version).toBe(5);
    expect(server.title).toBe('My title');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('can discard its own changes for the version someone else saved', async () => {
    const module = makeModule('active-listening');
    let server: ModuleDetail = module;
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, server),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'PATCH /api/modules/m-1': () => json(409, { code: 'VERSION_CONFLICT', message: 'Stale.', currentVersion: 9, correlationId: 'c' }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    const title = await screen.findByLabelText(/^Title/);
    server = { ...module, version: 9, title: 'Their title' };
    await user.type(title, ' (mine)');
    await user.keyboard('{Control>}s{/Control}');

    await user.click(await screen.findByRole('button', { name: 'Discard mine and load theirs' }));
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Their title');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Their title');
    expect(screen.getByText('No changes since the last save')).toBeInTheDocument();
  });

  it('publishing refused by the API marks every problem on its field', async () => {
    const module = makeModule('active-listening');
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/m-1/publish': () =>
        json(400, {
          code: 'VALIDATION_FAILED',
          message: 'The module cannot be published until these are fixed.',
          errors: [{ field: 'content.nodes.6.branches.1.when', message: 'Node "free-reply": branch 2 has no condition' }],
          correlationId: 'c',
        }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    await user.click(await screen.findByRole('button', { name: 'Publish' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Not published yet: one problem needs fixing first.');
    const reply = await turn('free-reply');
    expect(within(reply).getByText('Node "free-reply": branch 2 has no condition')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Node "free-reply": branch 2 has no condition' })).toBeInTheDocument();
  });

  it('publishes, saving unsaved changes first', async () => {
    const module = makeModule('active-listening');
    const fetchMock = mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, module),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'PATCH /api/modules/m-1': async (request) => json(200, { ...module, ...(await bodyOf(request)), version: 4 }),
      'POST /api/modules/m-1/publish': async (request) =>
        json(200, { ...module, title: 'Renamed', version: (await bodyOf(request)).version + 1, status: 'published', publishedVersion: 1 }),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    const title = await screen.findByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, 'Renamed');
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText(/Published\. Learners you assign it to now get version 1\./)).toBeInTheDocument();
    const publish = requestsTo(fetchMock, 'POST', '/api/modules/m-1/publish');
    expect(await bodyOf(publish[0]!)).toEqual({ version: 4 });
    expect(screen.getByText('Published', { selector: '.status-badge' })).toBeInTheDocument();
  });

  it('the preview plays the conversation as a learner would, following the chosen branch', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, makeModule('active-listening')),
    });
    const user = userEvent.setup();
    renderApp('/authoring/modules/m-1');

    await user.click(await screen.findByRole('button', { name: 'Preview as a learner' }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    const chat = screen.getByRole('list', { name: 'Conversation' });
    expect(chat).toHaveTextContent('I stayed home all day for this parcel.');
    expect(screen.getByText('Dana’s mood').parentElement).toHaveTextContent('Upset (2 of 5)');

    await user.click(screen.getByRole('button', { name: /Our drivers always ring/ }));
    expect(chat).toHaveTextContent('Doubting her account turns a service failure');
    expect(chat).toHaveTextContent('So now I am making it up?');
    await user.click(screen.getByRole('button', { name: '“I can only tell you what the system says.”' }));
    expect(screen.getByRole('heading', { name: 'Customer lost' })).toBeInTheDocument();
    expect(screen.getByText('Points: 0 of 18')).toBeInTheDocument();
  });
  it('asks before leaving with unsaved changes', async () => {
    mockApi({
      'GET /api/auth/me': coach,
      'GET /api/modules/m-1': () => json(200, makeModule('active-listening')),
      'POST /api/modules/validate': () => json(200, { valid: true, issues: [] }),
      'GET /api/assignments': () => json(200, []),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/authoring/modules/m-1');

    await user.type(await screen.findByLabelText(/^Title/), '!');
    // Queries scoped to the navigation: role queries over the whole editor are slow in jsdom.
    const nav = () => within(document.querySelector('nav') as HTMLElement);
    await user.click(nav().getByRole('link', { name: 'Assignments' }));
    const confirm = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.confirm');
      if (!found) throw new Error('no confirmation yet');
      return found;
    });
    expect(confirm).toHaveAccessibleName('You have unsaved changes');
    expect(confirm).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe('/authoring/modules/m-1');
    expect(screen.getByLabelText(/^Title/)).toHaveValue('The missed parcel!');

    await user.click(nav().getByRole('link', { name: 'Assignments' }));
    await user.click(await within(document.querySelector('.confirm') as HTMLElement).findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/assignments'));
  });
});
