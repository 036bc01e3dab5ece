import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, makeMe, mockApi, renderApp, unauthenticated } from '../test/render';

describe('login', () => {
  it('asks for the missing fields before sending anything', async () => {
    const fetchMock = mockApi({ 'GET /api/auth/me': unauthenticated });
    const user = userEvent.setup();
    renderApp('/login');

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Work e-mail')).toHaveAccessibleDescription('Enter your work e-mail address.');
    expect(screen.getByLabelText('Work e-mail')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(screen.getByLabelText('Work e-mail')).toHaveFocus();
    expect(fetchMock.mock.calls.some(([request]) => request.url.endsWith('/api/auth/login'))).toBe(false);
  });

  it('rejects an e-mail address that is not one', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(await screen.findByLabelText('Work e-mail'), 'sam.example.test');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Work e-mail')).toHaveAccessibleDescription(
      'Enter an e-mail address like name@company.com.',
    );
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('shows a clear message when the API answers 401 and stays on the form', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': () =>
        json(401, { code: 'INVALID_CREDENTIALS', message: 'Invalid e-mail or password.', correlationId: 'c-1' }),
    });
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(await screen.findByLabelText('Work e-mail'), 'sam@example.test');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That e-mail and password do not match an account.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('says to wait when there were too many attempts', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': () =>
        json(429, { code: 'TOO_MANY_REQUESTS', message: 'Too many requests.', correlationId: 'c-2' }),
    });
    const user = userEvent.setup();
    renderApp('/login');

    await user.type(await screen.findByLabelText('Work e-mail'), 'sam@example.test');
    await user.type(screen.getByLabelText('Password'), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts.');
  });

  it('sends JSON credentials and, on success, opens the page the person first asked for', async () => {
    const me = makeMe(['employee', 'coach']);
    const fetchMock = mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': () => json(200, { user: me, token: 'opaque' }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/assignments');

    // The session gate sent us to login, remembering the deep link.
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fassignments');

    await user.type(screen.getByLabelText('Work e-mail'), '  sam@example.test ');
    await user.type(screen.getByLabelText('Password'), 'footsteps-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Assignments' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/assignments');

    const loginRequest = fetchMock.mock.calls
      .map(([request]) => request)
      .find((request) => request.url.endsWith('/api/auth/login'));
    expect(loginRequest?.headers.get('Content-Type')).toBe('application/json');
    expect(await loginRequest?.json()).toEqual({ email: 'sam@example.test', password: 'footsteps-demo' });
  });

  it('never follows a "next" that leads off the site', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/login': () => json(200, { user: makeMe(['employee']), token: 't' }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/login?next=//evil.example/phish');

    await user.type(await screen.findByLabelText('Work e-mail'), 'sam@example.test');
    await user.type(screen.getByLabelText('Password'), 'footsteps-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Sam' })).toBeInTheDocument();
  });
});
