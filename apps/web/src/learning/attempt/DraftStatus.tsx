import { useEffect, useRef } from 'react';
import { formatDateTime } from '../common/format';
import type { AnswerError, AttemptDraft } from './useAttemptDraft';

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * "Saving… / Saved / Not saved / Conflict": always visible next to the player, and announced
 * politely to screen readers when it changes.
 */
export function SaveIndicator({ draft }: { draft: Pick<AttemptDraft<object>, 'status' | 'savedAt' | 'retry'> }) {
  const { status, savedAt } = draft;
  let text: string;
  switch (status) {
    case 'pending':
      text = 'Unsaved changes…';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = savedAt ? `Saved at ${TIME.format(savedAt)}` : 'All changes saved';
      break;
    case 'error':
      text = 'Not saved yet';
      break;
    case 'conflict':
      text = 'Conflict: saved elsewhere';
      break;
    case 'closed':
      text = 'Submitted';
      break;
  }
  return (
    <div className={`save-indicator save-indicator--${status}`}>
      <span className="save-indicator__dot" aria-hidden="true" />
      <span role="status" className="save-indicator__text">
        {text}
      </span>
      {status === 'error' ? (
        <button type="button" className="link-button" onClick={draft.retry}>
          Retry now
        </button>
      ) : null}
    </div>
  );
}

/** A failed save, and a conflict with another tab or device, with the way out of each. */
export function DraftProblems({ draft }: { draft: AttemptDraft<object> }) {
  const ref = useRef<HTMLDivElement>(null);
  const { status, conflict, problem } = draft;
  useEffect(() => {
    if (status === 'conflict') ref.current?.focus();
  }, [status]);

  if (status === 'conflict') {
    return (
      <div className="notice notice--caution conflict" role="alert" tabIndex={-1} ref={ref} aria-labelledby="conflict-title">
        <h2 id="conflict-title" className="notice__title">
          This exercise was changed in another tab or window
        </h2>
        <p>
          {conflict
            ? `Another copy of this attempt was saved ${conflict.submittedAt ? 'and submitted' : ''} since you opened it here. `
            : 'Another copy of this attempt was saved since you opened it here. '}
          Nothing was overwritten, and your changes on this page are not saved yet. Choose how to continue.
        </p>
        <p className="actions">
          <button type="button" className="button button--primary button--small" onClick={() => void draft.loadLatest()}>
            Load the latest saved version
          </button>
          {conflict?.state === 'draft' || !conflict ? (
            <button type="button" className="button button--quiet button--small" onClick={draft.keepMine}>
              Keep my version here
            </button>
          ) : null}
        </p>
        {conflict ? (
          <p className="muted small">
            The latest saved version is revision {conflict.revision}
            {conflict.submittedAt ? `, submitted ${formatDateTime(conflict.submittedAt)}` : ''}.
          </p>
        ) : null}
      </div>
    );
  }
  if (status === 'closed' && problem) {
    return (
      <div className="notice notice--caution" role="alert">
        <p>{problem}</p>
        <p>
          <button type="button" className="button button--small" onClick={() => void draft.loadLatest()}>
            Show the submitted attempt
          </button>
        </p>
      </div>
    );
  }
  if (status === 'error' && problem) {
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>Your latest changes are not saved.</strong> {problem}
        </p>
      </div>
    );
  }
  if (problem) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{problem}</p>
      </div>
    );
  }
  return null;
}

/** The id of the field that holds an answer path, so errors can link to it. */
export function fieldId(path: string): string {
  return `answer-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

/** Focuses the field of an answer path, or the nearest enclosing part that is on the page. */
export function focusAnswerPath(path: string): boolean {
  const parts = path.split('.');
  while (parts.length) {
    const el = document.getElementById(fieldId(parts.join('.')));
    if (el) {
      const target =
        el.matches('input, select, textarea, button, [tabindex]')
          ? el
          : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el);
      if (target === el && !el.matches('input, select, textarea, button, [tabindex]')) el.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
      return true;
    }
    parts.pop();
  }
  return false;
}

/**
 * "There is a problem": the missing parts the API named, each a link to where it is. The
 * player decides how to reach a path (open the step, then focus the field). It takes focus
 * after each refused submit, not when the learner moves between steps.
 */
export function ErrorSummary({
  errors,
  total,
  refusals,
  onGo,
  describe,
}: {
  errors: AnswerError[];
  /** All errors, when `errors` is the part of them on the current step. */
  total?: number;
  refusals: number;
  onGo: (path: string) => void;
  /** Optional: where each path lives, in words ("Discover: searching at 22:40"). */
  describe?: (path: string) => string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const count = errors.length;
  const all = total ?? count;
  useEffect(() => {
    if (refusals > 0) ref.current?.focus();
  }, [refusals]);
  if (count === 0) return null;
  const scoped = all > count;
  const title = scoped
    ? `${count === 1 ? 'One thing' : `${count} things`} to finish here (${all} in all before you can submit)`
    : count === 1
      ? 'One thing to finish before you submit'
      : `${count} things to finish before you submit`;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {errors.map((error, i) => {
          const where = describe?.(error.path);
          const prefix = where && !error.message.startsWith(where) ? where : null;
          return (
            <li key={`${error.path}-${i}`}>
              <a
                href={`#${fieldId(error.path)}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(error.path);
                }}
              >
                {prefix ? <span className="error-summary__where">{prefix}: </span> : null}
                {error.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
