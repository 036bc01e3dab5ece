import { Link, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useCourse, useInbox } from '../api';
import { minutes, plural } from '../common/format';
import { DueLabel, KindTag, ProgressMeter, StatusTag } from '../common/parts';
import { LearningPage } from '../common/LearningPage';
import { useDocumentTitle } from '../common/useDocumentTitle';
import type { Course, ModuleProgress } from '../types';

/** A course: why it matters, its exercises in order, and where I stand in each. */
export function CoursePage() {
  const { courseId = '' } = useParams();
  const course = useCourse(courseId);
  useDocumentTitle(course.data?.title);

  return (
    <LearningPage query={course} title="Course" loading="Loading the course…" what="this course">
      {(course) => <CourseView course={course} />}
    </LearningPage>
  );
}

function CourseView({ course }: { course: Course }) {
  const inbox = useInbox();
  const assignment = inbox.data?.find((i) => i.itemType === 'course' && i.itemId === course.id);
  const progress = course.progress;
  const byModule = new Map<string, ModuleProgress>(progress.modules.map((m) => [m.moduleId, m]));
  const next = course.modules.find((m) => byModule.get(m.id)?.status !== 'completed');
  const minScore = course.completionRule.minScore;

  return (
    <div className="stack stack--lg learning">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link to="/learning">My learning</Link>
          </li>
          <li aria-current="page">{course.title}</li>
        </ol>
      </nav>
      <PageHeader title={course.title}>
        <p>{course.description}</p>
      </PageHeader>

      <section className="card course-status" aria-labelledby="course-status-title">
        <h2 id="course-status-title" className="visually-hidden">
          Your progress
        </h2>
        <div className="course-status__row">
          <StatusTag status={progress.status} overdue={progress.overdue} />
          <span>
            {progress.completedModules} of {plural(progress.totalModules, 'exercise')} completed
          </span>
          {assignment ? (
            <DueLabel
              dueAt={assignment.dueAt}
              overdue={assignment.progress.overdue}
              completed={assignment.progress.status === 'completed'}
            />
          ) : (
            <span className="muted">Not assigned: you are taking it on your own.</span>
          )}
        </div>
        <ProgressMeter
          percent={progress.percent}
          status={progress.status}
          overdue={progress.overdue}
          label="Course progress"
        />
        <p className="muted small">
          {minScore !== undefined
            ? `To complete the course, finish every exercise with a best score of at least ${minScore} out of 100. You can retry as often as you like.`
            : 'To complete the course, finish every exercise. You can retry any of them to improve your score.'}
        </p>
        {assignment && assignment.notes.length > 0 ? (
          <div className="coach-note">
            <p className="coach-note__label">Note from your coach</p>
            {assignment.notes.map((note, i) => (
              <p key={i}>{note}</p>
            ))}
          </div>
        ) : null}
        {next ? (
          <p>
            <Link className="button button--primary" to={`/learning/modules/${next.id}`}>
              {progress.status === 'not_started' ? 'Begin with' : 'Continue with'}: {next.title}
            </Link>
          </p>
        ) : null}
      </section>

      {course.outcomes.length > 0 ? (
        <section className="stack" aria-labelledby="outcomes-title">
          <h2 id="outcomes-title">What you will be able to do</h2>
          <ul className="tick-list">
            {course.outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="modules-title">
        <h2 id="modules-title">Exercises, in order</h2>
        {course.modules.length === 0 ? (
          <p className="muted">This course has no exercises yet.</p>
        ) : (
          <ol className="module-steps">
            {course.modules.map((m, i) => {
              const p = byModule.get(m.id);
              const below = progress.belowMinScore.includes(m.id);
              return (
                <li key={m.id} className={`module-step module-step--${p?.status ?? 'not_started'}`}>
                  <span className="module-step__number" aria-hidden="true">
                    {p?.status === 'completed' && !below ? '✓' : i + 1}
                  </span>
                  <div className="module-step__body">
                    <p className="module-step__meta">
                      <KindTag kind={m.kind} />
                      <span className="muted small">{minutes(m.estimatedMinutes)}</span>
                    </p>
                    <h3>
                      <Link to={`/learning/modules/${m.id}`}>
                        <span className="visually-hidden">Exercise {i + 1}: </span>
                        {m.title}
                      </Link>
                    </h3>
                    <p>{m.summary}</p>
                    <p className="module-step__status">
                      <StatusTag status={p?.status ?? 'not_started'} overdue={p?.overdue} />
                      {p?.score !== null && p?.score !== undefined ? (
                        <span>Best score {p.score} of 100</span>
                      ) : null}
                      {below && minScore !== undefined ? (
                        <span className="warning-text">Below the {minScore} this course asks for: try again</span>
                      ) : null}
                      {p?.status === 'in_progress' ? <span className="muted">{p.percent}% done</span> : null}
                    </p>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
