import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { StatusBadge } from '../ui/StatusBadge';
import '../ui/forms.css';
import { useCourses, useModules, type ModuleSummary, type PublicationStatus } from './api';
import { KIND_SHORT } from './templates';
import './authoring.css';

const FILTERS: { value: PublicationStatus | 'all'; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'published', label: 'Published' },
  { value: 'archived', label: 'Archived' },
];

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** Authoring home: the organization's modules by status, and its courses. */
export function AuthoringPage() {
  const [params, setParams] = useSearchParams();
  const status = (FILTERS.find((f) => f.value === params.get('status'))?.value ?? 'all') as PublicationStatus | 'all';
  const modules = useModules();
  const courses = useCourses();

  const count = (value: PublicationStatus | 'all') =>
    modules.data ? (value === 'all' ? modules.data.length : modules.data.filter((m) => m.status === value).length) : undefined;
  const shown: ModuleSummary[] = (modules.data ?? []).filter((m) => status === 'all' || m.status === status);

  return (
    <div className="stack stack--lg">
      <PageHeader title="Authoring">
        <p>Write exercises and courses, preview them as a learner will, and publish them.</p>
      </PageHeader>

      <section className="stack" aria-labelledby="modules-title">
        <div className="section-head">
          <h2 id="modules-title">Modules</h2>
          <Link className="button button--primary" to="/authoring/modules/new">
            New module
          </Link>
        </div>
        <ul className="segmented" aria-label="Show modules">
          {FILTERS.map((filter) => (
            <li key={filter.value}>
              <Link
                to={filter.value === 'all' ? '/authoring' : `/authoring?status=${filter.value}`}
                aria-current={filter.value === status ? 'page' : undefined}
                preventScrollReset
                onClick={(event) => {
                  event.preventDefault();
                  setParams(filter.value === 'all' ? {} : { status: filter.value }, { replace: true, preventScrollReset: true });
                }}
              >
                {filter.label}
                {count(filter.value) !== undefined ? ` (${count(filter.value)})` : ''}
              </Link>
            </li>
          ))}
        </ul>
        {modules.isPending ? (
          <Loading label="Loading modules…" />
        ) : modules.isError ? (
          <ErrorNotice error={modules.error} title="Modules could not be loaded" onRetry={() => void modules.refetch()} />
        ) : shown.length === 0 ? (
          <div className="empty-state">
            <h3>{status === 'all' ? 'No modules yet' : `No ${FILTERS.find((f) => f.value === status)?.label.toLowerCase()}`}</h3>
            <p>
              {status === 'all'
                ? 'Start with a short active-listening scenario or a recall exercise: each kind starts from a template.'
                : 'Modules appear here when they reach this status.'}
            </p>
            {status === 'all' ? (
              <p>
                <Link to="/authoring/modules/new">Create your first module</Link>
              </p>
            ) : null}
          </div>
        ) : (
          <ul className="module-list" aria-labelledby="modules-title">
            {shown.map((m) => (
              <li key={m.id} className="module-row">
                <div className="stack stack--tight">
                  <h3>
                    <Link to={`/authoring/modules/${m.id}`}>{m.title || 'Untitled module'}</Link>
                  </h3>
                  {m.summary ? <p className="muted">{m.summary}</p> : null}
                </div>
                <div className="module-row__meta">
                  <StatusBadge status={m.status} />
                  <span>{KIND_SHORT[m.kind]}</span>
                  <span>{m.estimatedMinutes} min</span>
                  {m.industry ? <span>{m.industry}</span> : null}
                  <span>Updated {dateFormat.format(new Date(m.updatedAt))}</span>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="stack" aria-labelledby="courses-title">
        <div className="section-head">
          <h2 id="courses-title">Courses</h2>
          <Link className="button" to="/authoring/courses/new">
            New course
          </Link>
        </div>
        {courses.isPending ? (
          <Loading label="Loading courses…" />
        ) : courses.isError ? (
          <ErrorNotice error={courses.error} title="Courses could not be loaded" onRetry={() => void courses.refetch()} />
        ) : courses.data.length === 0 ? (
          <div className="empty-state">
            <h3>No courses yet</h3>
            <p>A course puts published modules in order, with a rule for when it counts as completed.</p>
          </div>
        ) : (
          <ul className="module-list" aria-labelledby="courses-title">
            {courses.data.map((c) => (
              <li key={c.id} className="module-row">
                <div className="stack stack--tight">
                  <h3>
                    <Link to={`/authoring/courses/${c.id}`}>{c.title}</Link>
                  </h3>
                  {c.description ? <p className="muted">{c.description}</p> : null}
                </div>
                <div className="module-row__meta">
                  <StatusBadge status={c.status} />
                  <span>
                    {c.modules.length} {c.modules.length === 1 ? 'module' : 'modules'}
                  </span>
                  {c.completionRule.minScore !== undefined ? <span>Minimum score {c.completionRule.minScore}</span> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
