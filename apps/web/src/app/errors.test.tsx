import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderApp } from '../test/render';

describe('when the session cannot be checked', () => {
  it('a server error says so, with the reference to quote, and offers to try again', async () => {
    mockApi({
      'GET /api/auth/me': () =>
        json(500, { code: 'INTERNAL', message: 'Something went wrong on our side.', correlationId: 'corr-42' }),
    });
    renderApp('/learning');

    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent('quote reference corr-42');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('a network failure is explained as such', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    renderApp('/');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Footsteps cannot be reached' }),
    ).toBeInTheDocument();
  });
});
