import { useId } from 'react';
import { ROLES, type Role } from '#contracts';
import { ROLE_HINTS, ROLE_LABELS, type Department, type Person, type Team } from './api';

export function RoleList({ roles }: { roles: readonly Role[] }) {
  if (roles.length === 0) return <span className="muted">No role</span>;
  const ordered = ROLES.filter((role) => roles.includes(role));
  return <>{ordered.map((role) => ROLE_LABELS[role]).join(', ')}</>;
}

/** Invited (has not chosen a password yet) or active, in words and colour. */
export function PersonStatus({ status }: { status: Person['status'] }) {
  return (
    <span className={`status-badge status-badge--${status}`}>{status === 'invited' ? 'Invited' : 'Active'}</span>
  );
}

/** The roles a person holds, as checkboxes with what each lets them do. */
export function RolesFieldset({
  value,
  onChange,
  error,
}: {
  value: readonly Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Roles</legend>
      <p className="field__hint">A person can hold several roles. Every coach should also be a learner.</p>
      {ROLES.map((role) => (
        <div className="check" key={role}>
          <input
            id={`${id}-${role}`}
            type="checkbox"
            checked={value.includes(role)}
            aria-describedby={`${id}-${role}-hint`}
            onChange={(event) =>
              onChange(
                event.target.checked
                  ? ROLES.filter((r) => r === role || value.includes(r))
                  : value.filter((r) => r !== role),
              )
            }
          />
          <label htmlFor={`${id}-${role}`}>{ROLE_LABELS[role]}</label>
          <p className="field__hint check__hint" id={`${id}-${role}-hint`}>
            {ROLE_HINTS[role]}
          </p>
        </div>
      ))}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * Department and team, kept consistent: the team list shows the chosen department's teams (and
 * teams without a department), and choosing a team sets its department.
 */
export function PlacementFields({
  departments,
  teams,
  departmentId,
  teamId,
  onChange,
  teamError,
}: {
  departments: readonly Department[];
  teams: readonly Team[];
  departmentId: string;
  teamId: string;
  onChange: (placement: { departmentId: string; teamId: string }) => void;
  teamError?: string;
}) {
  const id = useId();
  const teamOptions = teams.filter((t) => !departmentId || !t.departmentId || t.departmentId === departmentId);
  return (
    <div className="fields-row">
      <div className="field">
        <label htmlFor={`${id}-department`}>
          Department <span className="field__optional">(optional)</span>
        </label>
        <select
          id={`${id}-department`}
          value={departmentId}
          onChange={(event) => {
            const next = event.target.value;
            const team = teams.find((t) => t.id === teamId);
            const keepTeam = team && (!next || !team.departmentId || team.departmentId === next);
            onChange({ departmentId: next, teamId: keepTeam ? teamId : '' });
          }}
        >
          <option value="">No department</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className={`field${teamError ? ' field--invalid' : ''}`}>
        <label htmlFor={`${id}-team`}>
          Team <span className="field__optional">(optional)</span>
        </label>
        <select
          id={`${id}-team`}
          value={teamId}
          aria-invalid={teamError ? true : undefined}
          aria-describedby={teamError ? `${id}-team-error` : undefined}
          onChange={(event) => {
            const next = event.target.value;
            const team = teams.find((t) => t.id === next);
            onChange({ departmentId: team?.departmentId ?? departmentId, teamId: next });
          }}
        >
          <option value="">No team</option>
          {teamOptions.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        {teamError ? (
          <p className="field__error" id={`${id}-team-error`}>
            {teamError}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The message of an API field error for `field`, if any. */
export function fieldError(errors: readonly { field: string; message: string }[], field: string): string | undefined {
  return errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
}
