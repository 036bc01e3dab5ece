import { isApiError } from '../api/client';

/** Why a request failed, in words, with a way to try again; for loading errors inside a page. */
export function ErrorNotice({
  error,
  title = 'This could not be loaded',
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const message =
    error instanceof Error ? error.message : 'Something went wrong. Trying again usually helps.';
  const reference = isApiError(error) ? error.correlationId : undefined;
  return (
    <div className="notice notice--error" role="alert">
      <p>
        <strong>{title}.</strong> {message}
      </p>
      {reference ? <p className="muted">If you contact support, quote reference {reference}.</p> : null}
      {onRetry ? (
        <p>
          <button type="button" className="button button--quiet button--small" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : null}
    </div>
  );
}
