import { Link, useSearchParams } from 'react-router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { StatusBadge } from '../ui/StatusBadge';
import '../ui/forms.css';
import { useCourses, useModules, type ModuleKindName, type ModuleSummary, type PublicationStatus } from './api';
import { KIND_NAMES, KIND_SHORT } from './templates';
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
  const kindParam = params.get('kind');
  const kind = kindParam && kindParam in KIND_NAMES ? (kindParam as ModuleKindName) : '';
  const setFilter = (changes: { status?: string; kind?: string }) => {
    const next = { status: status === 'all' ? '' : status, kind, ...changes };
    const search: Record<string, string> = {};
    if (next.status && next.status !== 'all') search.status = next.status;
    if (next.kind) search.kind = next.kind;
    setParams(search, { replace: true, preventScrollReset: true });
  };
  const modules = useModules();
  const courses = useCourses();

  const ofKind = (modules.data ?? []).filter((m) => !kind || m.kind === kind);
  const count = (value: PublicationStatus | 'all') =>
    modules.data ? (value === 'all' ? ofKind.length : ofKind.filter((m) => m.status === value).length) : undefined;
  const shown: ModuleSummary[] = ofKind.filter((m) => status === 'all' || m.status === status);

  return (
    <div className="stack stack--lg">
      <PageHeader title="Authoring">
        <p>Write exercises and courses, preview them as a learner will, and publish them.</p>
      </PageHeader>

      <section className="stack" aria-labelledby="modules-title">
        <div className="au-section-head">
          <h2 id="modules-title">Modules</h2>
          <Link className="button button--primary" to="/authoring/modules/new">
            New module
          </Link>
        </div>
        <div className="toolbar">
        <ul className="segmented" aria-label="Show modules">
          {FILTERS.map((filter) => (
            <li key={filter.value}>
              <Link
                to={`/authoring?${new URLSearchParams({ ...(filter.value === 'all' ? {} : { status: filter.value }), ...(kind ? { kind } : {}) })}`}
                aria-current={filter.value === status ? 'page' : undefined}
                preventScrollReset
                onClick={(event) => {
                  event.preventDefault();
                  setFilter({ status: filter.value });
                }}
              >
                {filter.label}
                {count(filter.value) !== undefined ? ` (${count(filter.value)})` : ''}
              </Link>
            </li>
          ))}
        </ul>
          <div className="field field--inline">
            <label htmlFor="kind-filter">Kind</label>
            <select id="kind-filter" value={kind} onChange={(event) => setFilter({ kind: event.target.value })}>
              <option value="">All kinds</option>
              {(Object.keys(KIND_NAMES) as ModuleKindName[]).map((k) => (
                <option key={k} value={k}>
                  {KIND_SHORT[k]}
                </option>
              ))}
            </select>
          </div>
        </div>
        {modules.isPending ? (
          <Loading label="Loading modules…" />
        ) : modules.isError ? (
          <ErrorNotice error={modules.error} title="Modules could not be loaded" onRetry={() => void modules.refetch()} />
        ) : shown.length === 0 ? (
          <div className="empty-state">
            <h3>
              {status === 'all' && !kind ? 'No modules yet' : 'No modules match these filters'}
            </h3>
            <p>
              {status === 'all' && !kind
                ? 'Start with a short active-listening scenario or a recall exercise: each kind starts from a template.'
                : 'Try another status or kind, or show all modules.'}
            </p>
            {status === 'all' && !kind ? (
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
        <div className="au-section-head">
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
