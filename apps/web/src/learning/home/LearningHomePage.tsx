import { Link } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { Loading } from '../../ui/Loading';
import { useCourses, useInbox, useMyAttempts } from '../api';
import { formatDate, kindLabel, plural } from '../common/format';
import {
  DueLabel,
  EmptyState,
  KindTag,
  LoadError,
  PracticeTag,
  ProgressMeter,
  StatusTag,
} from '../common/parts';
import type { AttemptListItem, Course, InboxItem } from '../types';

/** My learning: what is assigned to me, what else I can explore, what I did lately. */
export function LearningHomePage() {
  return (
    <div className="stack stack--lg learning">
      <PageHeader title="My learning">
        <p>Your assigned courses and exercises, with their due dates, and everything else you can explore.</p>
      </PageHeader>
      <AssignedSection />
      <ExploreSection />
      <div className="two-columns">
        <RecentSection />
        <PracticeSection />
      </div>
    </div>
  );
}

function itemLink(item: InboxItem): string {
  return item.itemType === 'course' ? `/learning/courses/${item.itemId}` : `/learning/modules/${item.itemId}`;
}

function actionWord(item: InboxItem): string {
  if (item.progress.status === 'completed') return 'Review';
  if (item.progress.status === 'in_progress') return 'Continue';
  return 'Start';
}

function AssignedSection() {
  const inbox = useInbox();
  const items = inbox.data ?? [];
  const open = items.filter((i) => i.progress.status !== 'completed');
  const overdue = items.filter((i) => i.progress.overdue).length;

  return (
    <section className="stack" aria-labelledby="assigned-title">
      <div className="section-head">
        <h2 id="assigned-title">Assigned to you</h2>
        {inbox.data && items.length > 0 ? (
          <p className="muted">
            {open.length === 0
              ? 'All done: everything assigned to you is completed.'
              : `${plural(open.length, 'item')} to do${overdue ? `, ${overdue} overdue` : ''}.`}
          </p>
        ) : null}
      </div>
      {inbox.isPending ? (
        <Loading label="Loading your assignments…" />
      ) : inbox.isError ? (
        <LoadError error={inbox.error} what="your assignments" onRetry={() => void inbox.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="Nothing is assigned to you right now">
          <p>
            When your coach assigns a course or an exercise, it appears here with its due date. Meanwhile, explore
            the courses below or practise privately.
          </p>
        </EmptyState>
      ) : (
        <ul className="assigned-list">
          {items.map((item) => (
            <li
              key={`${item.itemType}-${item.itemId}`}
              className={`assigned card${item.progress.overdue ? ' assigned--overdue' : ''}`}
            >
              <div className="assigned__main">
                <p className="assigned__type">
                  {item.itemType === 'course' ? <span className="kind-tag kind-tag--course">Course</span> : <KindTag kind={item.kind} />}
                  <StatusTag status={item.progress.status} overdue={item.progress.overdue} />
                </p>
                <h3>
                  <Link to={itemLink(item)}>{item.title}</Link>
                </h3>
                <p className="assigned__summary">{item.summary}</p>
                {item.notes.length > 0 ? (
                  <div className="coach-note">
                    <p className="coach-note__label">Note from your coach</p>
                    {item.notes.map((note, i) => (
                      <p key={i}>{note}</p>
                    ))}
                  </div>
                ) : null}
              </div>
              <div className="assigned__side">
                <DueLabel
                  dueAt={item.dueAt}
                  overdue={item.progress.overdue}
                  completed={item.progress.status === 'completed'}
                />
                <ProgressMeter
                  percent={item.progress.percent}
                  status={item.progress.status}
                  overdue={item.progress.overdue}
                  label={`Progress on ${item.title}`}
                />
                {item.progress.score !== null ? (
                  <p className="muted small">Best score {item.progress.score} of 100</p>
                ) : null}
                <Link
                  className={`button ${item.progress.status === 'completed' ? 'button--quiet' : 'button--primary'} button--small`}
                  to={itemLink(item)}
                  aria-label={`${actionWord(item)}: ${item.title}`}
                >
                  {actionWord(item)}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ExploreSection() {
  const courses = useCourses();
  const inbox = useInbox();
  const assigned = new Set((inbox.data ?? []).filter((i) => i.itemType === 'course').map((i) => i.itemId));
  // Courses already begun come first, finished ones last; otherwise the API's order.
  const rank = { in_progress: 0, not_started: 1, completed: 2 } as const;
  const others = (courses.data ?? [])
    .filter((c) => c.status === 'published' && !assigned.has(c.id))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[a.c.progress.status] - rank[b.c.progress.status] || a.i - b.i)
    .map(({ c }) => c);

  return (
    <section className="stack" aria-labelledby="explore-title">
      <div className="section-head">
        <h2 id="explore-title">Explore courses</h2>
        <p className="muted">Published courses you can take on your own, at your own pace.</p>
      </div>
      {courses.isPending ? (
        <Loading label="Loading courses…" />
      ) : courses.isError ? (
        <LoadError error={courses.error} what="the courses" onRetry={() => void courses.refetch()} />
      ) : others.length === 0 ? (
        <EmptyState title="No other courses yet">
          <p>
            {(courses.data ?? []).length === 0
              ? 'Your organization has not published any courses yet.'
              : 'Every published course is already assigned to you, above.'}
          </p>
        </EmptyState>
      ) : (
        <ul className="card-grid">
          {others.map((course) => (
            <CourseCard key={course.id} course={course} />
          ))}
        </ul>
      )}
    </section>
  );
}

function CourseCard({ course }: { course: Course }) {
  const minutesTotal = course.modules.reduce((sum, m) => sum + m.estimatedMinutes, 0);
  return (
    <li className="card card--link course-card">
      <h3>
        <Link to={`/learning/courses/${course.id}`}>{course.title}</Link>
      </h3>
      <p className="muted small">
        {plural(course.modules.length, 'exercise')} · about {Math.round(minutesTotal / 5) * 5} minutes
      </p>
      <p className="clamp">{course.description}</p>
      <ul className="kind-list" aria-label="Kinds of exercise">
        {[...new Set(course.modules.map((m) => m.kind))].map((kind) => (
          <li key={kind}>
            <KindTag kind={kind} />
          </li>
        ))}
      </ul>
      {course.progress.status !== 'not_started' ? (
        <ProgressMeter
          percent={course.progress.percent}
          status={course.progress.status}
          label={`Progress on ${course.title}`}
        />
      ) : null}
    </li>
  );
}

function attemptLink(a: AttemptListItem): string {
  return `/learning/attempts/${a.id}`;
}

function attemptState(a: AttemptListItem): string {
  if (a.state === 'draft') return 'In progress';
  if (a.score !== null) return `Score ${a.score} of 100`;
  return 'Submitted';
}

function RecentSection() {
  const attempts = useMyAttempts();
  const recent = (attempts.data ?? []).slice(0, 5);
  return (
    <section className="stack" aria-labelledby="recent-title">
      <div className="section-head">
        <h2 id="recent-title">Recent activity</h2>
      </div>
      {attempts.isPending ? (
        <Loading label="Loading your history…" />
      ) : attempts.isError ? (
        <LoadError error={attempts.error} what="your history" onRetry={() => void attempts.refetch()} />
      ) : recent.length === 0 ? (
        <EmptyState title="No activity yet">
          <p>The exercises you start and finish will be listed here, with your scores.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="history-list">
            {recent.map((a) => (
              <li key={a.id}>
                <Link to={attemptLink(a)}>{a.moduleTitle || kindLabel(a.kind)}</Link>
                <span className="history-list__meta">
                  <KindTag kind={a.kind} />
                  {a.practice ? <PracticeTag /> : null}
                  <span>{attemptState(a)}</span>
                  <span className="muted">
                    {a.submittedAt ? `finished ${formatDate(a.submittedAt)}` : `started ${formatDate(a.startedAt)}`}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/learning/history">All your history and scores</Link>
          </p>
        </>
      )}
    </section>
  );
}

function PracticeSection() {
  return (
    <section className="stack practice-panel" aria-labelledby="practice-title">
      <h2 id="practice-title">Practise privately</h2>
      <p>
        Try any published exercise as often as you like. Practice attempts are private to you: they never count
        toward your progress and nobody else sees them, not even your coach.
      </p>
      <p>
        <Link className="button button--small" to="/learning/practice">
          Choose an exercise to practise
        </Link>
      </p>
    </section>
  );
}
