import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isRole, ROLES, type Role } from '#contracts';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { TableRegion } from '../ui/TableRegion';
import { PageHeader } from '../ui/PageHeader';
import { Pagination } from '../ui/Pagination';
import { ROLE_LABELS, useDepartments, usePeoplePage, useTeams, type Department, type Person, type Team } from './api';
import { PersonStatus, RoleList } from './parts';
import './admin.css';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

/** The people list: search, filters and page live in the address, so a view can be shared and reloaded. */
export function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const departmentId = params.get('departmentId') ?? '';
  const teamId = params.get('teamId') ?? '';
  const roleParam = params.get('role');
  const role: Role | '' = isRole(roleParam) ? roleParam : '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const filtered = Boolean(search || departmentId || teamId || role);

  const people = usePeoplePage({ search, departmentId, teamId, role: role || undefined, page, pageSize: PAGE_SIZE });
  const departments = useDepartments();
  const teams = useTeams();

  /** Changes one filter and goes back to the first page; the address is replaced, not stacked. */
  function setFilter(name: string, value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name === 'departmentId') next.delete('teamId');
        next.delete('page');
        return next;
      },
      { replace: true },
    );
  }

  function hrefFor(target: number) {
    const next = new URLSearchParams(params);
    if (target > 1) next.set('page', String(target));
    else next.delete('page');
    return `?${next.toString()}`;
  }

  const departmentList = departments.data ?? [];
  const teamList = teams.data ?? [];
  const teamOptions = departmentId ? teamList.filter((t) => t.departmentId === departmentId) : teamList;

  return (
    <div className="stack stack--lg">
      <PageHeader title="People">
        <p>Everyone in your organization, their roles, department and team. Invite people one by one or import a list.</p>
      </PageHeader>

      <p className="actions">
        <Link className="button button--primary" to="/admin/people/new">
          Add a person
        </Link>
        <Link className="button" to="/admin/people/import">
          Import from CSV
        </Link>
      </p>

      <section className="filter-bar" aria-labelledby="people-filters">
        <h2 id="people-filters" className="visually-hidden">
          Find people
        </h2>
        <SearchBox value={search} onChange={(value) => setFilter('search', value)} />
        <FilterSelect
          label="Department"
          value={departmentId}
          onChange={(value) => setFilter('departmentId', value)}
          allLabel="All departments"
          options={departmentList.map((d) => ({ value: d.id, label: d.name }))}
        />
        <FilterSelect
          label="Team"
          value={teamId}
          onChange={(value) => setFilter('teamId', value)}
          allLabel="All teams"
          options={teamOptions.map((t) => ({ value: t.id, label: t.name }))}
        />
        <FilterSelect
          label="Role"
          value={role}
          onChange={(value) => setFilter('role', value)}
          allLabel="All roles"
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        />
        {filtered ? (
          <button type="button" className="button button--quiet button--small filter-bar__clear" onClick={() => setParams({}, { replace: true })}>
            Clear filters
          </button>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="people-results">
        <h2 id="people-results" className="visually-hidden">
          Results
        </h2>
        {people.isPending ? (
          <Loading label="Loading people…" />
        ) : people.isError ? (
          <ErrorNotice error={people.error} title="The people list could not be loaded" onRetry={() => void people.refetch()} />
        ) : (
          <>
            <p role="status" className="muted">
              {people.data.total === 0
                ? ''
                : filtered
                  ? `${people.data.total.toLocaleString('en-GB')} ${people.data.total === 1 ? 'person matches' : 'people match'}.`
                  : `${people.data.total.toLocaleString('en-GB')} ${people.data.total === 1 ? 'person' : 'people'} in your organization.`}
            </p>
            {people.data.total === 0 ? (
              filtered ? (
                <div className="empty-state">
                  <h3>No one matches these filters</h3>
                  <p>Check the spelling, or widen the search.</p>
                  <p>
                    <button type="button" className="button button--quiet" onClick={() => setParams({}, { replace: true })}>
                      Clear filters
                    </button>
                  </p>
                </div>
              ) : (
                <div className="empty-state">
                  <h3>No one here yet</h3>
                  <p>
                    Add the first people one by one, or <Link to="/admin/people/import">import them from a CSV file</Link>.
                  </p>
                </div>
              )
            ) : (
              <>
                <PeopleTable
                  people={people.data.items}
                  departments={departmentList}
                  teams={teamList}
                  busy={people.isPlaceholderData}
                />
                <Pagination
                  label="People pages"
                  page={people.data.page}
                  pageSize={people.data.pageSize}
                  total={people.data.total}
                  hrefFor={hrefFor}
                />
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function PeopleTable({
  people,
  departments,
  teams,
  busy,
}: {
  people: Person[];
  departments: Department[];
  teams: Team[];
  busy: boolean;
}) {
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  return (
    <TableRegion label="People, by name" busy={busy}>
      <table className="table">
        <caption className="visually-hidden">People, by name</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Roles</th>
            <th scope="col">Department</th>
            <th scope="col">Team</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link to={`/admin/people/${person.id}`}>{person.name}</Link>
              </th>
              <td className="break-anywhere">{person.email}</td>
              <td>
                <RoleList roles={person.roles} />
              </td>
              <td>{person.departmentId ? departmentName.get(person.departmentId) ?? '…' : <span className="muted">None</span>}</td>
              <td>{person.teamId ? teamName.get(person.teamId) ?? '…' : <span className="muted">None</span>}</td>
              <td>
                <PersonStatus status={person.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** Search as you type, a moment after the last key, so the address is not rewritten on every letter. */
function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  // Follow the address (back button, "Clear filters") without undoing a trailing space being typed.
  useEffect(() => setText((typed) => (typed.trim() === value ? typed : value)), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onChange(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="field filter-bar__search">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Name or e-mail"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange(text.trim());
        }}
      />
    </div>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  allLabel,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  allLabel: string;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
