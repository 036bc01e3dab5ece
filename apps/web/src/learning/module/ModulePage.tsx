import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useModule, useMyAttempts, useMyProgress, useStartAttempt } from '../api';
import { formatDateTime, KIND_DESCRIPTIONS, minutes } from '../common/format';
import { KindTag, LoadError, PracticeTag, ProgressMeter, StatusTag, TableScroller } from '../common/parts';
import { LearningPage } from '../common/LearningPage';
import { useDocumentTitle } from '../common/useDocumentTitle';
import type { AttemptListItem, ModuleDetail, ModuleKindName } from '../types';

/** An exercise: what it asks of me, where I stand, and the ways in (start, resume, retry, practise). */
export function ModulePage() {
  const { moduleId = '' } = useParams();
  const module = useModule(moduleId);
  useDocumentTitle(module.data?.title);

  return (
    <LearningPage query={module} title="Exercise" loading="Loading the exercise…" what="this exercise">
      {(module) => <ModuleView module={module} />}
    </LearningPage>
  );
}

function introOf(module: ModuleDetail): string | null {
  const intro = module.content?.intro;
  return typeof intro === 'string' ? intro : null;
}

function whoOf(module: ModuleDetail): string | null {
  const content = module.content as Record<string, unknown> | null | undefined;
  if (!content) return null;
  if (module.kind === 'purchase-flow') {
    const persona = content.persona as { name?: string } | undefined;
    return persona?.name ? `You walk in the shoes of ${persona.name}.` : null;
  }
  if (module.kind === 'active-listening') {
    const customer = content.customer as { name?: string } | undefined;
    return customer?.name ? `You speak with ${customer.name}.` : null;
  }
  return null;
}

function ModuleView({ module }: { module: ModuleDetail }) {
  const progressQuery = useMyProgress();
  const attemptsQuery = useMyAttempts(module.id);
  const start = useStartAttempt();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<'counted' | 'practice' | null>(null);

  const progress = progressQuery.data?.modules.find((m) => m.moduleId === module.id);
  const attempts = attemptsQuery.data ?? [];
  const openCounted = attempts.find((a) => !a.practice && a.state === 'draft');
  const openPractice = attempts.find((a) => a.practice && a.state === 'draft');
  const lastFinished = attempts.find((a) => !a.practice && a.state !== 'draft');
  const published = module.status === 'published';

  function begin(practice: boolean) {
    setStarting(practice ? 'practice' : 'counted');
    start.mutate(
      { moduleId: module.id, practice },
      {
        onSuccess: (attempt) => void navigate(`/learning/attempts/${attempt.id}`),
        onSettled: () => setStarting(null),
      },
    );
  }

  const intro = introOf(module);
  const who = whoOf(module);
  const completed = progress?.status === 'completed';

  return (
    <div className="stack stack--lg learning">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/learning">My learning</Link>
          </li>
          <li aria-current="page">{module.title}</li>
        </ol>
      </nav>
      <PageHeader title={module.title}>
        <p>{module.summary}</p>
      </PageHeader>

      <div className="module-layout">
        <section className="stack" aria-labelledby="about-title">
          <h2 id="about-title">What you will do</h2>
          <p className="module-facts">
            <KindTag kind={module.kind} />
            <span>{minutes(module.estimatedMinutes)}</span>
            {module.industry && module.industry !== 'cross-industry' ? <span>Set in {module.industry}</span> : null}
          </p>
          <p>{KIND_DESCRIPTIONS[module.kind as ModuleKindName]}</p>
          {who ? <p>{who}</p> : null}
          {intro ? <blockquote className="intro-quote">{intro}</blockquote> : null}
        </section>

        <aside className="card stack module-actions" aria-labelledby="actions-title">
          <h2 id="actions-title">Your progress</h2>
          {progressQuery.isPending ? (
            <Loading label="Loading your progress…" />
          ) : progressQuery.isError ? (
            <LoadError error={progressQuery.error} what="your progress" onRetry={() => void progressQuery.refetch()} />
          ) : (
            <>
              <p>
                <StatusTag status={progress?.status ?? 'not_started'} overdue={progress?.overdue} />
              </p>
              <ProgressMeter
                percent={progress?.percent ?? 0}
                status={progress?.status ?? 'not_started'}
                overdue={progress?.overdue}
                label="Progress on this exercise"
              />
              {progress?.score !== null && progress?.score !== undefined ? (
                <p>Best score: {progress.score} of 100</p>
              ) : null}
            </>
          )}

          {!published ? (
            <p className="notice notice--info">This exercise is not published, so it cannot be started.</p>
          ) : attemptsQuery.isPending ? (
            <Loading label="Checking your attempts…" />
          ) : (
            <div className="stack stack--sm">
              {openCounted ? (
                <Link className="button button--primary" to={`/learning/attempts/${openCounted.id}`}>
                  Continue where you left off
                </Link>
              ) : (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => begin(false)}
                  aria-disabled={starting !== null}
                  disabled={starting !== null}
                >
                  {starting === 'counted' ? 'Starting…' : completed ? 'Try again' : 'Start'}
                </button>
              )}
              {lastFinished ? (
                <Link className="button button--quiet" to={`/learning/attempts/${lastFinished.id}`}>
                  See your latest result
                </Link>
              ) : null}
              {openPractice ? (
                <Link className="button button--quiet" to={`/learning/attempts/${openPractice.id}`}>
                  Continue your practice
                </Link>
              ) : (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => begin(true)}
                  disabled={starting !== null}
                >
                  {starting === 'practice' ? 'Starting…' : 'Practise privately'}
                </button>
              )}
              <p className="muted small">
                {completed
                  ? 'A new attempt never lowers your best score. '
                  : 'Your answers save as you go, so you can stop and come back. '}
                Practice attempts are private and never count.
              </p>
            </div>
          )}
          {start.isError ? (
            <p className="field__error" role="alert">
              Could not start: {start.error.message}
            </p>
          ) : null}
        </aside>
      </div>

      <AttemptsTable attempts={attempts} loading={attemptsQuery.isPending} error={attemptsQuery.error} onRetry={() => void attemptsQuery.refetch()} />
    </div>
  );
}

function AttemptsTable({
  attempts,
  loading,
  error,
  onRetry,
}: {
  attempts: AttemptListItem[];
  loading: boolean;
  error: Error | null;
  onRetry: () => void;
}) {
  return (
    <section className="stack" aria-labelledby="attempts-title">
      <h2 id="attempts-title">Your attempts</h2>
      {loading ? (
        <Loading label="Loading your attempts…" />
      ) : error ? (
        <LoadError error={error} what="your attempts" onRetry={onRetry} />
      ) : attempts.length === 0 ? (
        <p className="muted">You have not started this exercise yet.</p>
      ) : (
        <TableScroller label="Attempts at this exercise">
          <table className="data-table">
            <caption className="visually-hidden">Your attempts at this exercise, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Started</th>
                <th scope="col">Counts?</th>
                <th scope="col">State</th>
                <th scope="col" className="num">
                  Score
                </th>
                <th scope="col">
                  <span className="visually-hidden">Open</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id}>
                  <td>{formatDateTime(a.startedAt)}</td>
                  <td>{a.practice ? <PracticeTag /> : 'Counts'}</td>
                  <td>{a.state === 'draft' ? 'In progress' : 'Finished'}</td>
                  <td className="num">{a.score ?? '–'}</td>
                  <td>
                    <Link to={`/learning/attempts/${a.id}`}>
                      {a.state === 'draft' ? 'Continue' : 'See result'}
                      <span className="visually-hidden"> of the attempt started {formatDateTime(a.startedAt)}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </section>
  );
}
