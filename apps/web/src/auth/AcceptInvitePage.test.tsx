import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, makeMe, mockApi, renderApp, unauthenticated } from '../test/render';

// Pages load as lazy chunks; on a busy machine the first one can take more than a second.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe('accepting an invitation', () => {
  it('sets the password with the token from the link and signs the person in', async () => {
    const me = makeMe(['employee'], { name: 'Ana Silva' });
    const fetchMock = mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/accept-invite': () => json(200, { user: me, token: 't', expiresAt: '2030-01-01T00:00:00.000Z' }),
    });
    const user = userEvent.setup();
    const { router } = renderApp('/accept-invite?token=abc123');

    await user.type(await screen.findByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Choose a password of at least 10 characters\./);

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'a long enough password');
    await user.type(screen.getByLabelText('Type it again'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ana' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    const request = fetchMock.mock.calls.map(([r]) => r).find((r) => r.url.endsWith('/api/auth/accept-invite'));
    expect(await request?.json()).toEqual({ token: 'abc123', password: 'a long enough password' });
  });

  it('explains an expired or used link', async () => {
    mockApi({
      'GET /api/auth/me': unauthenticated,
      'POST /api/auth/accept-invite': () =>
        json(404, { code: 'NOT_FOUND', message: 'This invitation is not valid or has expired.', correlationId: 'c' }),
    });
    const user = userEvent.setup();
    renderApp('/accept-invite?token=old');

    await user.type(await screen.findByLabelText('New password'), 'a long enough password');
    await user.type(screen.getByLabelText('Type it again'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is not valid any more');
  });

  it('says what to do when the link has no token', async () => {
    mockApi({ 'GET /api/auth/me': unauthenticated });
    renderApp('/accept-invite');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is missing its invitation code.');
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
  });
});
