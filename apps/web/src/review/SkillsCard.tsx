import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { formatDateTime, usePersonSkills } from './api';

/**
 * How the person's active-listening scores have moved, most recent last, so a comment can say
 * "better than last time" with reason. Practice attempts are private and never shown here.
 */
export function SkillsCard({ personId, firstName }: { personId: string; firstName: string }) {
  const skills = usePersonSkills(personId);
  const points = (skills.data?.points ?? []).filter((p) => !p.practice).slice(-6);
  return (
    <section className="card stack" aria-labelledby="skills-title">
      <h2 id="skills-title">{firstName}’s listening over time</h2>
      {skills.isPending ? (
        <Loading label="Loading…" />
      ) : skills.isError ? (
        <ErrorNotice error={skills.error} title="This could not be loaded" onRetry={() => void skills.refetch()} />
      ) : points.length === 0 ? (
        <p className="muted">No submitted active-listening scenarios yet.</p>
      ) : (
        <ol className="skill-points">
          {points.map((p) => (
            <li key={p.attemptId}>
              <span className="skill-points__title">{p.moduleTitle}</span>
              <span className="muted small">{formatDateTime(p.submittedAt)}</span>
              <span className="skill-bar" aria-hidden="true">
                <span style={{ width: `${p.score ?? 0}%` }} />
              </span>
              <span className="small">
                Score {p.score ?? '—'}
                {p.meanReplyScore !== null ? ` · replies ${Math.round(p.meanReplyScore)}` : ''}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
