import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { safeNextPath, useLogin } from './session';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = 'Enter your work e-mail address.';
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'Enter an e-mail address like name@company.com.';
  if (!password) errors.password = 'Enter your password.';
  return errors;
}

function loginErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'INVALID_CREDENTIALS') {
      return 'That e-mail and password do not match an account. Check them and try again.';
    }
    if (error.code === 'TOO_MANY_REQUESTS') {
      return 'Too many attempts. Wait a few minutes, then try again.';
    }
    return error.message;
  }
  return 'Signing in did not work. Please try again.';
}

export function LoginPage() {
  const login = useLogin();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const signedOut = (location.state as { signedOut?: boolean } | null)?.signedOut === true;

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), password: useId(), emailError: useId(), passwordError: useId() };

  useEffect(() => {
    document.title = 'Sign in · Footsteps';
  }, []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (login.isPending) return;
    const errors = validate(email, password);
    setFieldErrors(errors);
    if (errors.email) return emailRef.current?.focus();
    if (errors.password) return passwordRef.current?.focus();
    login.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(safeNextPath(searchParams.get('next')), { replace: true }) },
    );
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
          <h1>Sign in</h1>
          <p className="muted">
            Footsteps helps you see your organization through your customers’ eyes.
          </p>
          {signedOut && !login.isError ? (
            <p className="notice notice--info" role="status">
              You have logged out. See you soon.
            </p>
          ) : null}
          {login.isError ? (
            <div className="notice notice--error" role="alert">
              <p>{loginErrorMessage(login.error)}</p>
            </div>
          ) : null}
          <form className="form" noValidate onSubmit={onSubmit} aria-label="Sign in">
            <div className="field">
              <label htmlFor={ids.email}>Work e-mail</label>
              <input
                ref={emailRef}
                id={ids.email}
                name="email"
                type="email"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
                aria-invalid={fieldErrors.email ? true : undefined}
                aria-describedby={fieldErrors.email ? ids.emailError : undefined}
                required
              />
              {fieldErrors.email ? (
                <p className="field__error" id={ids.emailError}>
                  {fieldErrors.email}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={ids.password}>Password</label>
              <input
                ref={passwordRef}
                id={ids.password}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-invalid={fieldErrors.password ? true : undefined}
                aria-describedby={fieldErrors.password ? ids.passwordError : undefined}
                required
              />
              {fieldErrors.password ? (
                <p className="field__error" id={ids.passwordError}>
                  {fieldErrors.password}
                </p>
              ) : null}
            </div>
            <button type="submit" className="button button--primary button--wide" aria-disabled={login.isPending}>
              {login.isPending ? 'Signing in…' : 'Sign in'}
            </button>
          </form>
        </div>
      </main>
    </>
  );
}
