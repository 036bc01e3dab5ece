import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { KIND_NAMES } from '../authoring/templates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { NumberField, TextAreaField } from '../ui/Field';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import '../ui/forms.css';
import { formatDateTime, useOverrideScore, useReviewedAttempt, type ReviewedAttempt } from './api';
import { CommentThread } from './CommentThread';
import { SkillsCard } from './SkillsCard';
import { WorkView } from './WorkView';
import './review.css';

/** One submitted attempt, for its coach: the work step by step, comments, and the score. */
export function ReviewPage() {
  const { attemptId = '' } = useParams();
  const attempt = useReviewedAttempt(attemptId);

  if (attempt.isPending) {
    return (
      <div className="stack">
        <PageHeader title="Review" />
        <Loading label="Loading the work…" />
      </div>
    );
  }
  if (attempt.isError) {
    const missing = isApiError(attempt.error, 404);
    return (
      <div className="stack">
        <PageHeader title={missing ? 'Work not found' : 'Review'} />
        {missing ? (
          <p>This work does not exist, or it belongs to someone you do not coach.</p>
        ) : (
          <ErrorNotice error={attempt.error} title="The work could not be loaded" onRetry={() => void attempt.refetch()} />
        )}
        <p>
          <Link to="/review">Back to the review queue</Link>
        </p>
      </div>
    );
  }
  const a = attempt.data;
  const firstName = a.personName.split(/\s+/)[0] || a.personName;
  return (
    <div className="stack stack--lg">
      <p>
        <Link to="/review">← Review queue</Link>
      </p>
      <PageHeader title={`${a.personName}: ${a.moduleTitle}`}>
        <p>
          {KIND_NAMES[a.kind]} · version {a.versionNumber} · submitted {formatDateTime(a.submittedAt)}
        </p>
        <p className="small">Opening someone’s written work is recorded in the audit log.</p>
      </PageHeader>
      <div className="review-layout">
        <div className="stack stack--lg">
          <section className="stack" aria-labelledby="work-title">
            <h2 id="work-title">{firstName}’s work</h2>
            <WorkView attempt={a} />
          </section>
        </div>
        <aside className="review-aside" aria-label="Score and overall feedback">
          <ScorePanel attempt={a} />
          <section className="card stack" aria-labelledby="overall-title">
            <h2 id="overall-title">Overall feedback</h2>
            <CommentThread attemptId={a.id} anchor={null} comments={a.comments} about="the whole attempt" alwaysOpen />
          </section>
          <SkillsCard personId={a.personId} firstName={firstName} />
        </aside>
      </div>
    </div>
  );
}

function ScorePanel({ attempt }: { attempt: ReviewedAttempt }) {
  const override = useOverrideScore(attempt.id);
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState<number | undefined>(attempt.score ?? undefined);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ score?: string[]; reason?: string[] }>({});
  const [saved, setSaved] = useState(false);

  return (
    <section className="card stack" aria-labelledby="score-title">
      <h2 id="score-title">Score</h2>
      <p>
        <span className="score-big">{attempt.score ?? '—'}</span> <span className="muted">of 100</span>
      </p>
      {attempt.override ? (
        <p className="small">
          Set by {attempt.override.byName} on {formatDateTime(attempt.override.at)}
          {attempt.override.originalScore !== null ? `, from ${attempt.override.originalScore}` : ''}: “{attempt.override.reason}”
        </p>
      ) : null}
      {attempt.scoreLines.length ? (
        <details>
          <summary>How it was scored</summary>
          <ul className="score-lines">
            {attempt.scoreLines.map((line) => (
              <li key={line.rule}>
                <strong>
                  {line.points} of {line.maxPoints}
                </strong>{' '}
                {line.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {saved ? (
        <p className="notice notice--success" role="status">
          Score set. {attempt.personName.split(/\s+/)[0]} sees the new score and your reason.
        </p>
      ) : null}
      {open ? (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const found: typeof errors = {};
            if (score === undefined || score < 0 || score > 100) found.score = ['Enter a score from 0 to 100.'];
            if (!reason.trim()) found.reason = ['Say why: the learner reads it with the new score.'];
            setErrors(found);
            if (found.score) return document.getElementById('override-score')?.focus();
            if (found.reason) return document.getElementById('override-reason')?.focus();
            override.mutate(
              { score: score!, reason: reason.trim() },
              {
                onSuccess: () => {
                  setOpen(false);
                  setSaved(true);
                  setReason('');
                },
              },
            );
          }}
        >
          <NumberField id="override-score" label="New score (0–100)" required min={0} max={100} errors={errors.score} value={score} onChange={setScore} />
          <TextAreaField
            id="override-reason"
            label="Reason"
            hint="Shown to the learner with the new score."
            required
            rows={3}
            maxLength={1000}
            errors={errors.reason}
            value={reason}
            onChange={setReason}
          />
          {override.isError ? <ErrorNotice error={override.error} title="The score was not changed" /> : null}
          <p className="actions">
            <button type="submit" className="button button--primary button--small" aria-disabled={override.isPending}>
              {override.isPending ? 'Saving…' : 'Set score'}
            </button>
            <button type="button" className="button button--quiet button--small" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </p>
        </form>
      ) : (
        <p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            Adjust the score
          </button>
        </p>
      )}
    </section>
  );
}
