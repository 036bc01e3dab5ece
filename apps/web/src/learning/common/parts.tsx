import type { ReactNode } from 'react';
import { isApiError } from '../../api/client';
import type { ModuleKindName, ProgressStatus, ScoreLine } from '../types';
import { dueText, kindLabel, STATUS_LABELS } from './format';
import '../learning.css';

/** A progress bar with its number and words beside it, so colour is never the only cue. */
export function ProgressMeter({
  percent,
  status,
  overdue = false,
  label,
}: {
  percent: number;
  status: ProgressStatus;
  overdue?: boolean;
  /** What the bar measures, for assistive technology ("Course progress"). */
  label: string;
}) {
  const words = `${percent}%, ${STATUS_LABELS[status].toLowerCase()}${overdue ? ', overdue' : ''}`;
  return (
    <div className="progress-meter-row">
      <div
        className={`progress-meter${status === 'completed' ? ' progress-meter--done' : ''}${overdue ? ' progress-meter--overdue' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
      >
        <span className="progress-meter__fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </div>
      <span className="progress-meter-row__text" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}

export function StatusTag({ status, overdue = false }: { status: ProgressStatus; overdue?: boolean }) {
  if (overdue) return <span className="pill pill--danger">Overdue</span>;
  const tone = status === 'completed' ? 'pill--done' : status === 'in_progress' ? 'pill--active' : '';
  return <span className={`pill ${tone}`}>{STATUS_LABELS[status]}</span>;
}

export function KindTag({ kind }: { kind: ModuleKindName | string | undefined }) {
  return <span className={`kind-tag kind-tag--${kind ?? 'module'}`}>{kindLabel(kind)}</span>;
}

export function PracticeTag() {
  return (
    <span className="pill pill--practice" title="Practice attempts are private and never count">
      Practice
    </span>
  );
}

export function DueLabel({
  dueAt,
  overdue,
  completed,
}: {
  dueAt: string | null;
  overdue: boolean;
  completed: boolean;
}) {
  if (!dueAt) return <span className="due due--none">No due date</span>;
  return (
    <span className={`due${overdue ? ' due--overdue' : ''}`}>
      {overdue ? (
        <span className="due__icon" aria-hidden="true">
          !
        </span>
      ) : null}
      <time dateTime={dueAt}>{dueText(dueAt, overdue, completed)}</time>
    </span>
  );
}

/** A failed load, in plain words, with a way to try again. */
export function LoadError({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  /** What could not be loaded ("your assignments"). */
  what: string;
  onRetry?: () => void;
}) {
  let message = 'Something went wrong. Trying again usually helps.';
  if (isApiError(error)) {
    if (error.status === 0) message = 'Footsteps could not be reached. Check your connection.';
    else if (error.status === 404) message = 'It does not exist, or it is no longer available to you.';
    else message = error.message;
  }
  return (
    <div className="notice notice--error load-error" role="alert">
      <p>
        <strong>We could not load {what}.</strong> {message}
      </p>
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

/** An empty list, saying what it would hold and what to do instead. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-note">
      <p className="empty-note__title">{title}</p>
      {children}
    </div>
  );
}

/**
 * A table that scrolls sideways on narrow screens. As a scrolling region it can take focus, so
 * the keyboard can scroll it too (WCAG 2.1.1); the label names it when it does.
 */
export function TableScroller({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** The explainable score: every line with its points, so the number is never a mystery. */
export function ScoreLines({
  lines,
  caption = 'How your score was earned',
  describe,
}: {
  lines: ScoreLine[];
  caption?: string;
  /** Rewrites a line's reason for display (e.g. stage keys to their labels). */
  describe?: (line: ScoreLine) => string;
}) {
  if (lines.length === 0) {
    return <p className="muted">There were no points to earn in this exercise.</p>;
  }
  const points = lines.reduce((sum, l) => sum + l.points, 0);
  const max = lines.reduce((sum, l) => sum + l.maxPoints, 0);
  return (
    <TableScroller label={caption}>
      <table className="score-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What was looked at</th>
            <th scope="col" className="num">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.rule}>
              <td>{describe ? describe(line) : line.reason}</td>
              <td className="num">
                <span className={line.points >= line.maxPoints ? 'points points--full' : 'points'}>
                  {line.points} <span className="muted">of {line.maxPoints}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">
              {points} <span className="muted">of {max}</span>
            </td>
          </tr>
        </tfoot>
      </table>
    </TableScroller>
  );
}

/** The score as a ring-less, calm number: "72 out of 100". */
export function ScoreBadge({ score }: { score: number | null }) {
  if (score === null) return <p className="score-badge score-badge--none">Not scored yet</p>;
  return (
    <p className="score-badge">
      <span className="score-badge__value">{score}</span>
      <span className="score-badge__of">out of 100</span>
    </p>
  );
}
