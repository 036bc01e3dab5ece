import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useMyAttempts, useMySkills } from '../api';
import { formatDate, formatDateTime, KIND_LABELS } from '../common/format';
import { EmptyState, KindTag, LoadError, PracticeTag, TableScroller } from '../common/parts';
import type { AttemptListItem, ModuleKindName } from '../types';

type Filter = 'all' | 'counted' | 'practice';

/** Everything I have done, newest first, and how my scores have grown per kind of exercise. */
export function HistoryPage() {
  const attempts = useMyAttempts();
  const [filter, setFilter] = useState<Filter>('all');
  const all = attempts.data ?? [];
  const shown = all.filter((a) => filter === 'all' || (filter === 'practice' ? a.practice : !a.practice));

  return (
    <div className="stack stack--lg learning">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/learning">My learning</Link>
          </li>
          <li aria-current="page">My history</li>
        </ol>
      </nav>
      <PageHeader title="My history">
        <p>Every exercise you have started, with your scores, and how they have grown over time.</p>
      </PageHeader>
      {attempts.isPending ? (
        <Loading label="Loading your history…" />
      ) : attempts.isError ? (
        <LoadError error={attempts.error} what="your history" onRetry={() => void attempts.refetch()} />
      ) : all.length === 0 ? (
        <EmptyState title="Nothing here yet">
          <p>
            When you start an exercise it appears here. <Link to="/learning">Go to my learning</Link> to begin.
          </p>
        </EmptyState>
      ) : (
        <>
          <SkillGrowth attempts={all} />
          <ListeningGrowth />
          <section className="stack" aria-labelledby="attempts-title">
            <h2 id="attempts-title">All attempts</h2>
            <fieldset className="fieldset choice choice--inline filter">
              <legend className="visually-hidden">Show</legend>
              {(
                [
                  ['all', 'All'],
                  ['counted', 'Counted'],
                  ['practice', 'Practice'],
                ] as const
              ).map(([value, label]) => (
                <div className="choice__option" key={value}>
                  <input
                    type="radio"
                    id={`filter-${value}`}
                    name="history-filter"
                    checked={filter === value}
                    onChange={() => setFilter(value)}
                  />
                  <label htmlFor={`filter-${value}`}>
                    <span className="choice__label">{label}</span>
                  </label>
                </div>
              ))}
            </fieldset>
            <TableScroller label="Attempts, newest first">
              <table className="data-table">
                <caption className="visually-hidden">Your attempts, newest first ({shown.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Exercise</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Started</th>
                    <th scope="col">Finished</th>
                    <th scope="col" className="num">
                      Score
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link to={`/learning/attempts/${a.id}`}>{a.moduleTitle}</Link> {a.practice ? <PracticeTag /> : null}
                      </th>
                      <td>
                        <KindTag kind={a.kind} />
                      </td>
                      <td>{formatDateTime(a.startedAt)}</td>
                      <td>{a.submittedAt ? formatDateTime(a.submittedAt) : 'In progress'}</td>
                      <td className="num">{a.score ?? '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
            {shown.length === 0 ? <p className="muted">No attempts of this type yet.</p> : null}
          </section>
        </>
      )}
    </div>
  );
}

const KINDS: ModuleKindName[] = ['recall', 'purchase-flow', 'active-listening'];
const W = 640;
const H = 220;
const PAD = { top: 16, right: 16, bottom: 36, left: 44 };

/** Scores of finished attempts over time, one line per kind: practice included, it is my own growth. */
function SkillGrowth({ attempts }: { attempts: AttemptListItem[] }) {
  const id = useId();
  const scored = attempts
    .filter((a) => a.score !== null && a.submittedAt)
    .sort((a, b) => a.submittedAt!.localeCompare(b.submittedAt!));
  if (scored.length === 0) {
    return (
      <section className="stack" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Skill growth</h2>
        <p className="muted">Finish an exercise to start your growth chart.</p>
      </section>
    );
  }
  const times = scored.map((a) => new Date(a.submittedAt!).getTime());
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const x = (t: number) => PAD.left + (t1 === t0 ? (W - PAD.left - PAD.right) / 2 : ((t - t0) / (t1 - t0)) * (W - PAD.left - PAD.right));
  const y = (s: number) => PAD.top + ((100 - s) / 100) * (H - PAD.top - PAD.bottom);
  // Within one day the date alone would say nothing: show the time too.
  const when = (t: number) => (t1 - t0 < 86_400_000 ? formatDateTime : formatDate)(new Date(t).toISOString());
  const byKind = KINDS.map((kind) => ({ kind, points: scored.filter((a) => a.kind === kind) })).filter((k) => k.points.length > 0);
  const summary = byKind
    .map(({ kind, points }) => {
      const firstScore = points[0]!.score!;
      const lastScore = points[points.length - 1]!.score!;
      return points.length === 1
        ? `${KIND_LABELS[kind]}: one attempt, ${lastScore}`
        : `${KIND_LABELS[kind]}: from ${firstScore} to ${lastScore} over ${points.length} attempts`;
    })
    .join('; ');

  return (
    <section className="stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Skill growth</h2>
      <figure className="growth">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-svg-title`} aria-describedby={`${id}-desc`} className="growth__svg">
          <title id={`${id}-svg-title`}>Your scores over time, by kind of exercise</title>
          <desc id={`${id}-desc`}>{summary}.</desc>
          {[0, 50, 100].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="curve-axis" />
              <text x={PAD.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle" className="curve-label">
                {v}
              </text>
            </g>
          ))}
          <text x={PAD.left} y={H - 10} className="curve-label">
            {when(t0)}
          </text>
          {t1 !== t0 ? (
            <text x={W - PAD.right} y={H - 10} textAnchor="end" className="curve-label">
              {when(t1)}
            </text>
          ) : null}
          {byKind.map(({ kind, points }) => (
            <g key={kind} className={`growth-line growth-line--${kind}`}>
              {points.length > 1 ? (
                <polyline points={points.map((p) => `${x(new Date(p.submittedAt!).getTime())},${y(p.score!)}`).join(' ')} />
              ) : null}
              {points.map((p) => (
                <circle key={p.id} cx={x(new Date(p.submittedAt!).getTime())} cy={y(p.score!)} r={5} />
              ))}
            </g>
          ))}
        </svg>
        <figcaption>
          <ul className="legend">
            {byKind.map(({ kind }) => (
              <li key={kind}>
                <span className={`legend__swatch growth-line--${kind}`} aria-hidden="true" />
                {KIND_LABELS[kind]}
              </li>
            ))}
          </ul>
          <p className="muted small">{summary}. Practice attempts are included: this chart is for you alone.</p>
        </figcaption>
      </figure>
    </section>
  );
}

const percent = (rate: number | undefined) => (rate === undefined ? '–' : `${Math.round(rate * 100)}%`);

/**
 * Listening in my own words: for each conversation, how the analyzer read my free-text replies
 * and how often they showed each move. The growth that matters is in behaviour, not self-rating.
 */
function ListeningGrowth() {
  const skills = useMySkills();
  const points = (skills.data?.points ?? []).filter((p) => p.freeTextReplies > 0);
  return (
    <section className="stack" aria-labelledby="listening-title">
      <h2 id="listening-title">Listening in your own words</h2>
      {skills.isPending ? (
        <Loading label="Loading your listening growth…" />
      ) : skills.isError ? (
        <LoadError error={skills.error} what="your listening growth" onRetry={() => void skills.refetch()} />
      ) : points.length === 0 ? (
        <p className="muted">
          When you finish a conversation with replies in your own words, you will see here how often they name the
          customer’s feeling, reflect their situation and ask an open question.
        </p>
      ) : (
        <>
          <p className="muted">
            How the empathy analyzer read the replies you wrote yourself, conversation by conversation, oldest first.
          </p>
          <TableScroller label="Listening moves per conversation">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Conversation</th>
                  <th scope="col" className="num">
                    Replies
                  </th>
                  <th scope="col" className="num">
                    Analyzer score
                  </th>
                  <th scope="col" className="num">
                    Names the feeling
                  </th>
                  <th scope="col" className="num">
                    Reflects
                  </th>
                  <th scope="col" className="num">
                    Open question
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.attemptId}>
                    <th scope="row">
                      <Link to={`/learning/attempts/${p.attemptId}`}>{p.moduleTitle}</Link>{' '}
                      <span className="muted small">{formatDate(p.submittedAt)}</span> {p.practice ? <PracticeTag /> : null}
                    </th>
                    <td className="num">{p.freeTextReplies}</td>
                    <td className="num">{p.meanReplyScore === null ? '–' : Math.round(p.meanReplyScore)}</td>
                    <td className="num">{percent(p.signalRates?.emotion)}</td>
                    <td className="num">{percent(p.signalRates?.reflection)}</td>
                    <td className="num">{percent(p.signalRates?.exploration)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroller>
        </>
      )}
    </section>
  );
}
