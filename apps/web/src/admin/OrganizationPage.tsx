import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import { plural } from '../ui/dates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { TableRegion } from '../ui/TableRegion';
import { PageHeader } from '../ui/PageHeader';
import {
  useCoaches,
  useCreateDepartment,
  useCreateTeam,
  useDepartments,
  useRenameDepartment,
  useSetCoaches,
  useTeams,
  useUpdateTeam,
  type Department,
  type Person,
  type Team,
} from './api';
import './admin.css';

const CONFLICT_MESSAGE =
  'Someone else changed this in the meantime. The latest version is shown now; make your change again.';

function errorText(error: unknown): string {
  if (isApiError(error, 409) && error.code === 'VERSION_CONFLICT') return CONFLICT_MESSAGE;
  if (isApiError(error) && error.fieldErrors.length) return error.fieldErrors.map((e) => e.message).join(' ');
  return error instanceof Error ? error.message : 'That did not work. Please try again.';
}

/** Departments and teams, and who coaches each team. */
export function OrganizationPage() {
  const departments = useDepartments();
  const teams = useTeams();
  const coaches = useCoaches();

  return (
    <div className="stack stack--lg">
      <PageHeader title="Organization">
        <p>
          Departments and their teams. Coaches assign and review the work of the teams they coach. People are placed in
          them from <Link to="/admin/people">People</Link>.
        </p>
      </PageHeader>
      {departments.isPending || teams.isPending ? (
        <Loading label="Loading departments and teams…" />
      ) : departments.isError || teams.isError ? (
        <ErrorNotice
          error={departments.error ?? teams.error}
          title="The organization could not be loaded"
          onRetry={() => {
            void departments.refetch();
            void teams.refetch();
          }}
        />
      ) : (
        <>
          <DepartmentsSection departments={departments.data} />
          <TeamsSection
            departments={departments.data}
            teams={teams.data}
            coaches={coaches.data?.items}
            coachesError={coaches.error}
          />
        </>
      )}
    </div>
  );
}

function DepartmentsSection({ departments }: { departments: Department[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="panel stack" aria-labelledby="departments-title">
      <h2 id="departments-title">Departments</h2>
      {departments.length === 0 ? (
        <p className="muted">No departments yet. Add the first one below, or import people with a department column.</p>
      ) : (
        <TableRegion label="Departments and how many people each has">
          <table className="table">
            <caption className="visually-hidden">Departments and how many people each has</caption>
            <thead>
              <tr>
                <th scope="col">Department</th>
                <th scope="col">People</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) =>
                editing === d.id ? (
                  <tr key={d.id}>
                    <td colSpan={3}>
                      <RenameDepartment department={d} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    <td>{d.memberCount}</td>
                    <td className="table__actions">
                      <EditButton
                        label={`Rename ${d.name}`}
                        focusKey={d.id}
                        editing={editing}
                        onClick={() => setEditing(d.id)}
                      >
                        Rename
                      </EditButton>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </TableRegion>
      )}
      <AddDepartment />
    </section>
  );
}

/** An edit button that takes the focus back when its editor closes. */
function EditButton({
  label,
  focusKey,
  editing,
  onClick,
  children,
}: {
  label: string;
  focusKey: string;
  editing: string | null;
  onClick: () => void;
  children: string;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && editing === null) ref.current?.focus();
    wasEditing.current = editing === focusKey;
  }, [editing, focusKey]);
  return (
    <button ref={ref} type="button" className="button button--quiet button--small" aria-label={label} onClick={onClick}>
      {children}
    </button>
  );
}

function RenameDepartment({ department, onDone }: { department: Department; onDone: () => void }) {
  const rename = useRenameDepartment();
  const [name, setName] = useState(department.name);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // After a version conflict the list reloads: start again from the name saved now.
  useEffect(() => setName(department.name), [department.name, department.version]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (rename.isPending) return;
    if (!name.trim()) {
      setError('Enter a name for the department.');
      return;
    }
    if (name.trim() === department.name) return onDone();
    rename.mutate(
      { id: department.id, name: name.trim(), version: department.version },
      { onSuccess: onDone, onError: (e) => setError(errorText(e)) },
    );
  }

  return (
    <form className="inline-form" noValidate onSubmit={onSubmit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={id}>New name for {department.name}</label>
        <input
          ref={input}
          id={id}
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <p className="actions">
        <button type="submit" className="button button--primary button--small" aria-disabled={rename.isPending}>
          {rename.isPending ? 'Saving…' : 'Save name'}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}

function AddDepartment() {
  const create = useCreateDepartment();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setAdded(null);
    if (!name.trim()) {
      setError('Enter a name for the new department.');
      return;
    }
    setError(null);
    create.mutate(name.trim(), {
      onSuccess: (d) => {
        setAdded(`${d.name} was added.`);
        setName('');
      },
      onError: (e) => setError(errorText(e)),
    });
  }

  return (
    <form className="inline-form" noValidate onSubmit={onSubmit} aria-label="Add a department">
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={id}>New department</label>
        <input
          id={id}
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <p className="actions">
        <button type="submit" className="button button--small" aria-disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add department'}
        </button>
      </p>
      <p role="status" className="inline-form__status">
        {added}
      </p>
    </form>
  );
}

function TeamsSection({
  departments,
  teams,
  coaches,
  coachesError,
}: {
  departments: Department[];
  teams: Team[];
  coaches: Person[] | undefined;
  coachesError: unknown;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const coachName = new Map((coaches ?? []).map((p) => [p.id, p.name]));
  const sorted = [...teams].sort(
    (a, b) =>
      (departmentName.get(a.departmentId ?? '') ?? '\uffff').localeCompare(departmentName.get(b.departmentId ?? '') ?? '\uffff') ||
      a.name.localeCompare(b.name),
  );

  return (
    <section className="panel stack" aria-labelledby="teams-title">
      <h2 id="teams-title">Teams and their coaches</h2>
      {coachesError ? <ErrorNotice error={coachesError} title="The list of coaches could not be loaded" /> : null}
      {teams.length === 0 ? (
        <p className="muted">No teams yet. Add the first one below.</p>
      ) : (
        <TableRegion label="Teams, by department">
          <table className="table">
            <caption className="visually-hidden">Teams, by department</caption>
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Department</th>
                <th scope="col">People</th>
                <th scope="col">Coaches</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((team) =>
                editing === team.id ? (
                  <tr key={team.id}>
                    <td colSpan={5}>
                      <TeamEditor
                        team={team}
                        departments={departments}
                        coaches={coaches}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={team.id}>
                    <th scope="row">{team.name}</th>
                    <td>{team.departmentId ? departmentName.get(team.departmentId) ?? '…' : <span className="muted">None</span>}</td>
                    <td>{team.memberCount}</td>
                    <td>
                      {team.coachIds.length === 0 ? (
                        <span className="muted">No coach yet</span>
                      ) : (
                        team.coachIds.map((id) => coachName.get(id) ?? 'Someone who is no longer a coach').join(', ')
                      )}
                    </td>
                    <td className="table__actions">
                      <EditButton
                        label={`Edit ${team.name}`}
                        focusKey={team.id}
                        editing={editing}
                        onClick={() => setEditing(team.id)}
                      >
                        Edit
                      </EditButton>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </TableRegion>
      )}
      <AddTeam departments={departments} />
    </section>
  );
}

function TeamEditor({
  team,
  departments,
  coaches,
  onDone,
}: {
  team: Team;
  departments: Department[];
  coaches: Person[] | undefined;
  onDone: () => void;
}) {
  const updateTeam = useUpdateTeam();
  const setCoaches = useSetCoaches();
  const [name, setName] = useState(team.name);
  const [departmentId, setDepartmentId] = useState(team.departmentId ?? '');
  const [coachIds, setCoachIds] = useState<string[]>(team.coachIds);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);
  // After a version conflict the list reloads: start again from what is saved now.
  useEffect(() => {
    setName(team.name);
    setDepartmentId(team.departmentId ?? '');
    setCoachIds(team.coachIds);
    // Only when the saved team changes (its version or its coaches), not on every render.
  }, [team.version, team.coachIds.join()]);

  const busy = updateTeam.isPending || setCoaches.isPending;
  // Coaches of this team who lost the coach role stay listed so they can be removed.
  const choices = [
    ...(coaches ?? []),
    ...team.coachIds
      .filter((cid) => !(coaches ?? []).some((p) => p.id === cid))
      .map((cid) => ({ id: cid, name: 'Someone who is no longer a coach' }) as Person),
  ];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setError('Enter a name for the team.');
      return;
    }
    setError(null);
    try {
      if (name.trim() !== team.name || (departmentId || null) !== team.departmentId) {
        await updateTeam.mutateAsync({ id: team.id, name: name.trim(), departmentId: departmentId || null, version: team.version });
      }
      if ([...coachIds].sort().join() !== [...team.coachIds].sort().join()) {
        await setCoaches.mutateAsync({ id: team.id, personIds: coachIds });
      }
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <form className="stack team-editor" noValidate onSubmit={onSubmit} aria-label={`Edit ${team.name}`} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="fields-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Team name</label>
          <input ref={firstField} id={`${id}-name`} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-department`}>Department</label>
          <select id={`${id}-department`} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">No department</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="group">
        <legend>Coaches of {team.name}</legend>
        {coaches === undefined ? (
          <p className="muted">Loading the people who can coach…</p>
        ) : choices.length === 0 ? (
          <p className="muted">
            No one holds the coach role yet. Give someone the Coach role from their page in{' '}
            <Link to="/admin/people?role=coach">People</Link> first.
          </p>
        ) : (
          <>
            <p className="field__hint">Only people with the Coach role can coach a team.</p>
            <div className="check-grid">
              {choices.map((person) => (
                <div className="check" key={person.id}>
                  <input
                    id={`${id}-coach-${person.id}`}
                    type="checkbox"
                    checked={coachIds.includes(person.id)}
                    onChange={(e) =>
                      setCoachIds((current) =>
                        e.target.checked ? [...current, person.id] : current.filter((c) => c !== person.id),
                      )
                    }
                  />
                  <label htmlFor={`${id}-coach-${person.id}`}>{person.name}</label>
                </div>
              ))}
            </div>
          </>
        )}
      </fieldset>
      <p className="actions">
        <button type="submit" className="button button--primary button--small" aria-disabled={busy}>
          {busy ? 'Saving…' : 'Save team'}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onDone}>
          Cancel
        </button>
      </p>
      <p className="muted">{plural(team.memberCount, 'person', 'people')} in this team.</p>
    </form>
  );
}

function AddTeam({ departments }: { departments: Department[] }) {
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    setAdded(null);
    if (!name.trim()) {
      setError('Enter a name for the new team.');
      return;
    }
    setError(null);
    create.mutate(
      { name: name.trim(), departmentId: departmentId || null },
      {
        onSuccess: (t) => {
          setAdded(`${t.name} was added. Choose its coaches with Edit.`);
          setName('');
        },
        onError: (e) => setError(errorText(e)),
      },
    );
  }

  return (
    <form className="inline-form" noValidate onSubmit={onSubmit} aria-label="Add a team">
      <div className={`field${error ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-name`}>New team</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={120}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-department`}>In department</label>
        <select id={`${id}-department`} value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
          <option value="">No department</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <p className="actions">
        <button type="submit" className="button button--small" aria-disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add team'}
        </button>
      </p>
      <p role="status" className="inline-form__status">
        {added}
      </p>
    </form>
  );
}
