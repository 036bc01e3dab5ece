import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../api/client';
import { useCourses, useModules } from '../authoring/api';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FieldErrors, SelectField, TextAreaField, TextField } from '../ui/Field';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import '../ui/forms.css';
import {
  endOfDay,
  formatDate,
  useCreateAssignment,
  useDepartments,
  usePeopleSearch,
  useTeams,
  type AssignmentTarget,
  type CreatedAssignments,
} from './api';
import './assignments.css';

type ItemType = 'course' | 'module';
interface Chosen extends AssignmentTarget {
  name: string;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Assigning a published course or module to people, teams or departments. */
export function AssignPage() {
  const [params] = useSearchParams();
  const [itemType, setItemType] = useState<ItemType>(params.get('itemType') === 'course' ? 'course' : 'module');
  const [itemId, setItemId] = useState(params.get('itemId') ?? '');
  const [targets, setTargets] = useState<Chosen[]>([]);
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<{ created: CreatedAssignments; title: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const create = useCreateAssignment();
  const modules = useModules({ status: 'published' });
  const courses = useCourses();

  const items =
    itemType === 'module'
      ? (modules.data ?? []).map((m) => ({ value: m.id, label: m.title }))
      : (courses.data ?? []).filter((c) => c.status === 'published').map((c) => ({ value: c.id, label: c.title }));
  const itemsQuery = itemType === 'module' ? modules : courses;

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const has = (t: AssignmentTarget) => targets.some((x) => x.type === t.type && x.id === t.id);
  const toggle = (t: Chosen) => setTargets((list) => (has(t) ? list.filter((x) => !(x.type === t.type && x.id === t.id)) : [...list, t]));

  function submit() {
    const found: Record<string, string[]> = {};
    if (!itemId) found.itemId = [`Choose the ${itemType} to assign.`];
    if (targets.length === 0) found.targets = ['Choose at least one team, department or person.'];
    if (due && due < today()) found.dueAt = ['Choose a due date from today on.'];
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(first === 'itemId' ? 'assign-item' : first === 'targets' ? 'targets-group' : 'assign-due')?.focus();
      return;
    }
    const title = items.find((i) => i.value === itemId)?.label ?? '';
    create.mutate(
      {
        itemType,
        itemId,
        targets: targets.map(({ type, id }) => ({ type, id })),
        dueAt: due ? endOfDay(due) : null,
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: (created) => setResult({ created, title }),
        onError: (error) => {
          if (isApiError(error, 400) && error.fieldErrors.length) {
            const mapped: Record<string, string[]> = {};
            for (const e of error.fieldErrors) (mapped[e.field.startsWith('targets') ? 'targets' : e.field] ??= []).push(e.message);
            setErrors(mapped);
          }
        },
      },
    );
  }

  if (result) {
    const { created, title } = result;
    return (
      <div className="stack stack--lg">
        <PageHeader title="Assigned" />
        <div className="notice notice--success assign-result" ref={resultRef} tabIndex={-1} role="status">
          <p>
            <strong>
              “{title}” is assigned to {created.recipients} {created.recipients === 1 ? 'person' : 'people'}.
            </strong>{' '}
            They see it on their home page{due ? `, due ${formatDate(endOfDay(due))}` : ''}.
          </p>
          {created.merged.length ? (
            <>
              <p>
                {created.merged.length === 1 ? 'One person' : `${created.merged.length} people`} already had it from
                another assignment. Nobody gets it twice: each keeps one, with the earliest due date.
              </p>
              <ul>
                {created.merged.map((m) => (
                  <li key={m.personId}>
                    {m.name}: {m.dueAt ? `due ${formatDate(m.dueAt)}` : 'no due date'}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
        <p className="actions">
          <Link className="button button--primary" to="/assignments">
            See all assignments
          </Link>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setResult(null);
              setTargets([]);
              setNote('');
            }}
          >
            Assign something else
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className="stack stack--lg">
      <p>
        <Link to="/assignments">← Assignments</Link>
      </p>
      <PageHeader title="Assign a course or module">
        <p>People see what you assign on their home page, with its due date and your note.</p>
      </PageHeader>
      <form
        className="stack stack--lg"
        aria-label="Assign"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <section className="card stack" aria-labelledby="what-title">
          <h2 id="what-title">What</h2>
          <fieldset className="radio-row">
            <legend>Assign a</legend>
            {(['module', 'course'] as const).map((type) => (
              <label key={type}>
                <input
                  type="radio"
                  name="itemType"
                  checked={itemType === type}
                  onChange={() => {
                    setItemType(type);
                    setItemId('');
                  }}
                />{' '}
                {type === 'module' ? 'Module' : 'Course'}
              </label>
            ))}
          </fieldset>
          {itemsQuery.isError ? (
            <ErrorNotice error={itemsQuery.error} title="What you can assign could not be loaded" onRetry={() => void itemsQuery.refetch()} />
          ) : (
            <SelectField
              id="assign-item"
              label={itemType === 'module' ? 'Module' : 'Course'}
              hint={`Only published ${itemType}s can be assigned.`}
              required
              errors={errors.itemId}
              placeholder={itemsQuery.isPending ? 'Loading…' : items.length ? `Choose a ${itemType}` : `No published ${itemType}s yet`}
              options={items}
              value={itemId}
              onChange={setItemId}
            />
          )}
        </section>

        <section className="card stack" aria-labelledby="who-title">
          <h2 id="who-title">Who</h2>
          <div id="targets-group" tabIndex={-1} className="stack">
            <FieldErrors id="targets" errors={errors.targets} />
            {targets.length ? (
              <div>
                <p id="chosen-label" className="muted">
                  Chosen:
                </p>
                <ul className="as-chips" aria-labelledby="chosen-label">
                  {targets.map((t) => (
                    <li key={`${t.type}-${t.id}`} className="as-chip">
                      {t.name}
                      <span className="visually-hidden"> ({t.type})</span>
                      <button type="button" aria-label={`Remove ${t.name}`} onClick={() => toggle(t)}>
                        <span aria-hidden="true">×</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="muted">Nobody chosen yet.</p>
            )}
          </div>
          <div className="target-columns">
            <TeamPicker isChosen={(id) => has({ type: 'team', id })} onToggle={(id, name) => toggle({ type: 'team', id, name })} />
            <DepartmentPicker isChosen={(id) => has({ type: 'department', id })} onToggle={(id, name) => toggle({ type: 'department', id, name })} />
            <PersonPicker isChosen={(id) => has({ type: 'person', id })} onAdd={(id, name) => toggle({ type: 'person', id, name })} />
          </div>
        </section>

        <section className="card stack" aria-labelledby="when-title">
          <h2 id="when-title">By when, and why</h2>
          <TextField
            id="assign-due"
            type="date"
            label="Due date"
            hint="Reminders go out before it; overdue work is flagged to you."
            errors={errors.dueAt}
            value={due}
            onChange={setDue}
          />
          <TextAreaField
            id="assign-note"
            label="Note to the learners"
            hint="Why this matters now, in a sentence or two."
            rows={3}
            maxLength={1000}
            errors={errors.note}
            value={note}
            onChange={setNote}
          />
        </section>

        {create.isError && !(isApiError(create.error, 400) && create.error.fieldErrors.length) ? (
          <ErrorNotice error={create.error} title="The assignment was not made" />
        ) : null}
        <p className="actions">
          <button type="submit" className="button button--primary" aria-disabled={create.isPending}>
            {create.isPending ? 'Assigning…' : 'Assign'}
          </button>
          <Link className="button button--quiet" to="/assignments">
            Cancel
          </Link>
        </p>
      </form>
    </div>
  );
}

function TeamPicker({ isChosen, onToggle }: { isChosen: (id: string) => boolean; onToggle: (id: string, name: string) => void }) {
  const teams = useTeams();
  return (
    <fieldset className="group">
      <legend>Teams</legend>
      {teams.isPending ? (
        <Loading label="Loading teams…" />
      ) : teams.isError ? (
        <ErrorNotice error={teams.error} title="Teams could not be loaded" onRetry={() => void teams.refetch()} />
      ) : teams.data.length === 0 ? (
        <p className="muted">Your organization has no teams yet.</p>
      ) : (
        <ul className="check-list">
          {teams.data.map((t) => (
            <li key={t.id} className="check">
              <input type="checkbox" id={`team-${t.id}`} checked={isChosen(t.id)} onChange={() => onToggle(t.id, t.name)} />
              <label htmlFor={`team-${t.id}`}>
                {t.name} <span className="muted small">({t.memberCount} {t.memberCount === 1 ? 'person' : 'people'})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function DepartmentPicker({ isChosen, onToggle }: { isChosen: (id: string) => boolean; onToggle: (id: string, name: string) => void }) {
  const departments = useDepartments();
  return (
    <fieldset className="group">
      <legend>Departments</legend>
      {departments.isPending ? (
        <Loading label="Loading departments…" />
      ) : departments.isError ? (
        <ErrorNotice error={departments.error} title="Departments could not be loaded" onRetry={() => void departments.refetch()} />
      ) : departments.data.length === 0 ? (
        <p className="muted">Your organization has no departments yet.</p>
      ) : (
        <ul className="check-list">
          {departments.data.map((d) => (
            <li key={d.id} className="check">
              <input type="checkbox" id={`dept-${d.id}`} checked={isChosen(d.id)} onChange={() => onToggle(d.id, d.name)} />
              <label htmlFor={`dept-${d.id}`}>
                {d.name} <span className="muted small">({d.memberCount} {d.memberCount === 1 ? 'person' : 'people'})</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function PersonPicker({ isChosen, onAdd }: { isChosen: (id: string) => boolean; onAdd: (id: string, name: string) => void }) {
  const [search, setSearch] = useState('');
  const term = useDebounced(search, 250);
  const people = usePeopleSearch(term);
  const found = people.data?.items ?? [];
  return (
    <fieldset className="group">
      <legend>People</legend>
      <TextField id="person-search" type="search" label="Find a person" hint="Type two letters of a name or e-mail." required value={search} onChange={setSearch} />
      <div aria-live="polite" className="stack">
        {term.trim().length < 2 ? null : people.isPending ? (
          <Loading label="Searching…" />
        ) : people.isError ? (
          <ErrorNotice error={people.error} title="People could not be searched" onRetry={() => void people.refetch()} />
        ) : found.length === 0 ? (
          <p className="muted">Nobody matches “{term.trim()}”.</p>
        ) : (
          <ul className="search-results" aria-label="People found">
            {found.map((p) => (
              <li key={p.id}>
                <span>
                  {p.name} <span className="muted small">{p.email}</span>
                </span>
                {isChosen(p.id) ? (
                  <span className="muted small">Chosen</span>
                ) : (
                  <button type="button" className="button button--quiet button--small" aria-label={`Add ${p.name}`} onClick={() => onAdd(p.id, p.name)}>
                    Add
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
