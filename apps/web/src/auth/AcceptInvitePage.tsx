import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, call, isApiError } from '../api/client';
import { meQuery } from './session';

const MIN_PASSWORD = 10;

type Errors = Partial<Record<'password' | 'confirm', string>>;

function useAcceptInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ['auth', 'accept-invite'],
    mutationFn: (body: { token: string; password: string }) =>
      call(() => api.POST('/api/auth/accept-invite', { body })),
    onSuccess: ({ user }) => {
      // Whoever used this browser before, the new person starts from a clean cache.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, user);
    },
  });
}

function failureMessage(error: unknown): string {
  if (isApiError(error, 404)) {
    return 'This invitation link is not valid any more: it may have been used already, replaced by a newer one, or expired. Ask your administrator for a new link.';
  }
  if (isApiError(error) && error.code === 'TOO_MANY_REQUESTS') return 'Too many attempts. Wait a few minutes, then try again.';
  if (isApiError(error, 400)) return error.fieldErrors.map((e) => e.message).join(' ') || error.message;
  return error instanceof Error ? error.message : 'Setting your password did not work. Please try again.';
}

/**
 * The page an invitation link opens (`/accept-invite?token=…`): the invited person chooses a
 * password and is signed in. It lives outside the session gate: they have no session yet.
 */
export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const accept = useAcceptInvite();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const ids = { password: useId(), confirm: useId() };

  useEffect(() => {
    document.title = 'Set your password · Footsteps';
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (accept.isPending) return;
    const found: Errors = {};
    if (password.length < MIN_PASSWORD) found.password = `Choose a password of at least ${MIN_PASSWORD} characters.`;
    else if (confirm !== password) found.confirm = 'The two passwords are not the same. Type it again.';
    setErrors(found);
    if (found.password) return passwordRef.current?.focus();
    if (found.confirm) return confirmRef.current?.focus();
    accept.mutate({ token, password }, { onSuccess: () => navigate('/', { replace: true }) });
  }

  return (
    <>
      <header className="brand-bar">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Footsteps
        </span>
      </header>
      <main id="main" className="centered-page">
        <div className="card card--narrow">
          <h1>Set your password</h1>
          {!token ? (
            <>
              <div className="notice notice--error" role="alert">
                <p>This link is missing its invitation code.</p>
              </div>
              <p>
                Open the link exactly as you received it, or ask your administrator for a new one. Already set up?{' '}
                <Link to="/login">Sign in</Link>.
              </p>
            </>
          ) : (
            <>
              <p className="muted">
                Welcome to Footsteps, where you learn to see your organization through your customers’ eyes. Choose a
                password to finish setting up your account; you will be signed in straight away.
              </p>
              {accept.isError ? (
                <div className="notice notice--error" role="alert">
                  <p>{failureMessage(accept.error)}</p>
                </div>
              ) : null}
              <form className="form" noValidate onSubmit={onSubmit} aria-label="Set your password">
                <div className="field">
                  <label htmlFor={ids.password}>New password</label>
                  <p className="muted" id={`${ids.password}-hint`}>
                    At least {MIN_PASSWORD} characters. A few unrelated words make a strong one.
                  </p>
                  <input
                    ref={passwordRef}
                    id={ids.password}
                    type="password"
                    autoComplete="new-password"
                    value={password}
                    onChange={(event) => setPassword(event.target.value)}
                    aria-invalid={errors.password ? true : undefined}
                    aria-describedby={`${errors.password ? `${ids.password}-error ` : ''}${ids.password}-hint`}
                    required
                  />
                  {errors.password ? (
                    <p className="field__error" id={`${ids.password}-error`}>
                      {errors.password}
                    </p>
                  ) : null}
                </div>
                <div className="field">
                  <label htmlFor={ids.confirm}>Type it again</label>
                  <input
                    ref={confirmRef}
                    id={ids.confirm}
                    type="password"
                    autoComplete="new-password"
                    value={confirm}
                    onChange={(event) => setConfirm(event.target.value)}
                    aria-invalid={errors.confirm ? true : undefined}
                    aria-describedby={errors.confirm ? `${ids.confirm}-error` : undefined}
                    required
                  />
                  {errors.confirm ? (
                    <p className="field__error" id={`${ids.confirm}-error`}>
                      {errors.confirm}
                    </p>
                  ) : null}
                </div>
                <button type="submit" className="button button--primary button--wide" aria-disabled={accept.isPending}>
                  {accept.isPending ? 'Setting up…' : 'Set password and sign in'}
                </button>
              </form>
              <p className="muted">
                Already have a password? <Link to="/login">Sign in</Link>.
              </p>
            </>
          )}
        </div>
      </main>
    </>
  );
}
