import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useModules, useStartAttempt } from '../api';
import { KIND_DESCRIPTIONS, KIND_LABELS, minutes } from '../common/format';
import { EmptyState, LoadError } from '../common/parts';
import type { ModuleKindName, ModuleSummary } from '../types';

const ORDER: ModuleKindName[] = ['recall', 'purchase-flow', 'active-listening'];

/** Every published exercise, to try privately: practice never counts and nobody else sees it. */
export function PracticePage() {
  const modules = useModules();
  const start = useStartAttempt();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<string | null>(null);

  function practise(module: ModuleSummary) {
    setStarting(module.id);
    start.mutate(
      { moduleId: module.id, practice: true },
      {
        onSuccess: (attempt) => void navigate(`/learning/attempts/${attempt.id}`),
        onSettled: () => setStarting(null),
      },
    );
  }

  const published = (modules.data ?? []).filter((m) => m.status === 'published');

  return (
    <div className="stack stack--lg learning">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/learning">My learning</Link>
          </li>
          <li aria-current="page">Practise privately</li>
        </ol>
      </nav>
      <PageHeader title="Practise privately">
        <p>
          Try any exercise as often as you like. Practice attempts are yours alone: they never count toward your progress or
          reports, and your coach does not see them. If you have a practice attempt open, you continue it.
        </p>
      </PageHeader>
      {start.isError ? (
        <p className="notice notice--error" role="alert">
          Could not start the practice: {start.error.message}
        </p>
      ) : null}
      {modules.isPending ? (
        <Loading label="Loading exercises…" />
      ) : modules.isError ? (
        <LoadError error={modules.error} what="the exercises" onRetry={() => void modules.refetch()} />
      ) : published.length === 0 ? (
        <EmptyState title="No exercises to practise yet">
          <p>Your organization has not published any exercises yet. Check back later.</p>
        </EmptyState>
      ) : (
        ORDER.map((kind) => {
          const list = published.filter((m) => m.kind === kind);
          if (list.length === 0) return null;
          return (
            <section key={kind} className="stack" aria-labelledby={`practice-${kind}`}>
              <div className="section-head">
                <h2 id={`practice-${kind}`}>{KIND_LABELS[kind]}</h2>
                <p className="muted">{KIND_DESCRIPTIONS[kind]}</p>
              </div>
              <ul className="card-grid">
                {list.map((m) => (
                  <li key={m.id} className="card practice-card">
                    <h3>
                      <Link to={`/learning/modules/${m.id}`}>{m.title}</Link>
                    </h3>
                    <p className="muted small">
                      {minutes(m.estimatedMinutes)}
                      {m.industry && m.industry !== 'cross-industry' ? ` · ${m.industry}` : ''}
                    </p>
                    <p className="clamp">{m.summary}</p>
                    <p>
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => practise(m)}
                        disabled={starting !== null}
                      >
                        {starting === m.id ? 'Starting…' : 'Practise'}
                        <span className="visually-hidden">: {m.title}</span>
                      </button>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </div>
  );
}
