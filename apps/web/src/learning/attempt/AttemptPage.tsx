import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useAttempt, useStartAttempt } from '../api';
import { formatDateTime } from '../common/format';
import { KindTag, ScoreBadge } from '../common/parts';
import { LearningPage } from '../common/LearningPage';
import { useDocumentTitle } from '../common/useDocumentTitle';
import type { Attempt, ModuleKindName } from '../types';

interface PlayerProps {
  attempt: Attempt;
}
interface ResultProps {
  attempt: Attempt;
}

// Each kind's player and debrief is its own chunk, loaded when an attempt of that kind opens.
const PLAYERS: Record<ModuleKindName, ComponentType<PlayerProps>> = {
  recall: lazy(() => import('../players/recall/RecallPlayer')),
  'purchase-flow': lazy(() => import('../players/purchase-flow/PurchaseFlowPlayer')),
  'active-listening': lazy(() => import('../players/active-listening/ActiveListeningPlayer')),
};
const DEBRIEFS: Record<ModuleKindName, ComponentType<ResultProps>> = {
  recall: lazy(() => import('../players/recall/RecallResult')),
  'purchase-flow': lazy(() => import('../players/purchase-flow/PurchaseFlowResult')),
  'active-listening': lazy(() => import('../players/active-listening/ActiveListeningResult')),
};

/** One attempt: the player while it is a draft, the result once it is submitted. */
export function AttemptPage() {
  const { attemptId = '' } = useParams();
  const query = useAttempt(attemptId);
  useDocumentTitle(query.data?.moduleTitle);

  return (
    <LearningPage query={query} title="Exercise" loading="Opening your exercise…" what="this attempt">
      {(attempt) => <AttemptView attempt={attempt} />}
    </LearningPage>
  );
}

function AttemptView({ attempt }: { attempt: Attempt }) {
  const kind = attempt.kind as ModuleKindName;
  const Player = PLAYERS[kind];
  const finished = attempt.state !== 'draft';
  // When a submit turns the player into the result, the result's heading takes focus.
  const wasDraft = useRef(!finished);
  const justSubmitted = finished && wasDraft.current;

  return (
    <div className="stack stack--lg learning">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/learning">My learning</Link>
          </li>
          <li>
            <Link to={`/learning/modules/${attempt.moduleId}`}>{attempt.moduleTitle}</Link>
          </li>
          <li aria-current="page">{finished ? 'Result' : attempt.practice ? 'Practice' : 'Attempt'}</li>
        </ol>
      </nav>
      <PageHeader title={attempt.moduleTitle}>
        <p className="attempt-meta">
          <KindTag kind={kind} />
          {attempt.practice ? (
            <span className="pill pill--practice">Practice: private, never counts</span>
          ) : null}
          <span className="muted small">Started {formatDateTime(attempt.startedAt)}</span>
        </p>
      </PageHeader>
      {!Player ? (
        <p className="notice notice--error">This kind of exercise cannot be shown here yet.</p>
      ) : finished ? (
        <Result attempt={attempt} focus={justSubmitted} />
      ) : (
        <Suspense fallback={<Loading label="Loading the exercise…" />}>
          <Player key={attempt.id} attempt={attempt} />
        </Suspense>
      )}
    </div>
  );
}

function Result({ attempt, focus }: { attempt: Attempt; focus: boolean }) {
  const kind = attempt.kind as ModuleKindName;
  const Debrief = DEBRIEFS[kind];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const start = useStartAttempt();
  const navigate = useNavigate();

  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  return (
    <div className="stack stack--lg result">
      <section className="card result__score" aria-labelledby="result-title">
        <h2 id="result-title" tabIndex={-1} ref={headingRef}>
          {attempt.practice ? 'Your practice result' : 'Your result'}
        </h2>
        <ScoreBadge score={attempt.score} />
        {attempt.override ? (
          <p className="coach-note">
            <span className="coach-note__label">Score adjusted by {attempt.override.byName}</span>
            <br />
            From {attempt.override.originalScore ?? 'no score'} to {attempt.override.score}: {attempt.override.reason}
          </p>
        ) : null}
        <p className="muted">
          {attempt.submittedAt ? `Submitted ${formatDateTime(attempt.submittedAt)}. ` : ''}
          {attempt.practice
            ? 'This was practice: it is private to you and does not count toward your progress.'
            : 'Your coach can read this attempt and may leave you feedback.'}
        </p>
        <p className="actions">
          <button
            type="button"
            className="button button--primary"
            disabled={start.isPending}
            onClick={() =>
              start.mutate(
                { moduleId: attempt.moduleId, practice: attempt.practice },
                { onSuccess: (next) => void navigate(`/learning/attempts/${next.id}`) },
              )
            }
          >
            {start.isPending ? 'Starting…' : attempt.practice ? 'Practise again' : 'Try again'}
          </button>
          <Link className="button button--quiet" to={`/learning/modules/${attempt.moduleId}`}>
            Back to the exercise
          </Link>
          <Link className="button button--quiet" to="/learning">
            My learning
          </Link>
        </p>
        {start.isError ? (
          <p className="field__error" role="alert">
            Could not start a new attempt: {start.error.message}
          </p>
        ) : null}
      </section>
      <CoachFeedback attempt={attempt} />
      <Suspense fallback={<Loading label="Loading your debrief…" />}>{Debrief ? <Debrief attempt={attempt} /> : null}</Suspense>
    </div>
  );
}

/** What the coach wrote about this attempt, newest last; practice stays private, so it has none. */
function CoachFeedback({ attempt }: { attempt: Attempt }) {
  if (attempt.practice) return null;
  const comments = attempt.comments ?? [];
  return (
    <section className="stack" aria-labelledby="feedback-title">
      <h2 id="feedback-title">Feedback from your coach</h2>
      {comments.length === 0 ? (
        <p className="muted">No feedback yet. When your coach comments on this attempt, you will read it here.</p>
      ) : (
        <ul className="feedback-list">
          {comments.map((c) => (
            <li key={c.id} className="coach-note">
              <p className="coach-note__label">
                {c.authorName}, {formatDateTime(c.createdAt)}
                {c.anchor ? <span className="muted"> · about {anchorWords(c.anchor)}</span> : null}
              </p>
              <p className="feedback-body">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function anchorWords(anchor: string): string {
  const [head, rest] = anchor.split('.');
  const words: Record<string, string> = {
    best: 'your best experience',
    worst: 'your worst experience',
    reflection: 'your reflection',
    analogy: 'the other industry',
    action: 'your action',
    sharing: 'sharing',
  };
  if (head === 'stages' && rest) return `the stage “${rest}”`;
  return words[head ?? ''] ?? `“${anchor}”`;
}
