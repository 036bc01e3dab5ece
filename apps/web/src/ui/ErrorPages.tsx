import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '../api/client';
import { PageHeader } from './PageHeader';

function describe(error: unknown): { title: string; message: string; reference?: string } {
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return { title: 'Page not found', message: 'There is no page at this address.' };
    }
    return { title: 'Something went wrong', message: error.statusText || 'The page could not be shown.' };
  }
  if (isApiError(error)) {
    if (error.status === 0) {
      return {
        title: 'Footsteps cannot be reached',
        message: 'Check your connection, then try again.',
      };
    }
    return { title: 'Something went wrong', message: error.message, reference: error.correlationId };
  }
  return {
    title: 'Something went wrong',
    message: 'This page ran into a problem. Trying again usually helps.',
  };
}

function ErrorContent() {
  const error = useRouteError();
  const { title, message, reference } = describe(error);
  return (
    <section className="stack" aria-labelledby="error-title">
      <PageHeader title={<span id="error-title">{title}</span>} />
      <div className="notice notice--error">
        <p>{message}</p>
        {reference ? (
          <p className="muted">
            If you contact support, quote reference <code>{reference}</code>.
          </p>
        ) : null}
      </div>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Try again
        </button>
        <Link className="button button--quiet" to="/">
          Go to home
        </Link>
      </p>
    </section>
  );
}

/** Error boundary for pages inside the signed-in layout: navigation stays usable. */
export function RouteErrorPage() {
  return <ErrorContent />;
}

/** Error boundary above the layout (e.g. the session could not be checked): brings its own landmarks. */
export function RootErrorPage() {
  return (
    <>
      <header className="brand-bar">
        <span className="brand">Footsteps</span>
      </header>
      <main id="main" className="centered-page">
        <div className="card card--narrow">
          <ErrorContent />
        </div>
      </main>
    </>
  );
}

export function NotFoundPage() {
  return (
    <section className="stack">
      <PageHeader title="Page not found">
        <p>There is no page at this address. It may have moved, or the link may be mistyped.</p>
      </PageHeader>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </section>
  );
}

export function NotAllowedPage({ title }: { title: string }) {
  return (
    <section className="stack">
      <PageHeader title={title}>
        <p>Your roles in this organization do not include this page.</p>
      </PageHeader>
      <p>
        If you think you need it, ask an administrator of your organization.{' '}
        <Link to="/">Go to your home page</Link>.
      </p>
    </section>
  );
}
