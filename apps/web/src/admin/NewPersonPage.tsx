import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Role } from '#contracts';
import { isApiError } from '../api/client';
import { CopyField } from '../ui/CopyField';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/Field';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { invitationLink, useCreatePerson, useDepartments, useTeams, type CreatedPerson } from './api';
import { fieldError, PlacementFields, RolesFieldset } from './parts';
import './admin.css';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 10;

type Errors = Partial<Record<'name' | 'email' | 'roles' | 'password' | 'teamId', string>>;

interface Draft {
  name: string;
  email: string;
  roles: Role[];
  departmentId: string;
  teamId: string;
  signIn: 'invite' | 'password';
  password: string;
}

const EMPTY: Draft = { name: '', email: '', roles: ['employee'], departmentId: '', teamId: '', signIn: 'invite', password: '' };

function validate(draft: Draft): Errors {
  const errors: Errors = {};
  if (!draft.name.trim()) errors.name = 'Enter the person’s name.';
  if (!draft.email.trim()) errors.email = 'Enter their work e-mail address.';
  else if (!EMAIL_PATTERN.test(draft.email.trim())) errors.email = 'Enter an e-mail address like name@company.com.';
  if (draft.roles.length === 0) errors.roles = 'Choose at least one role, usually Learner.';
  if (draft.signIn === 'password' && draft.password.length < MIN_PASSWORD) {
    errors.password = `Choose a password of at least ${MIN_PASSWORD} characters.`;
  }
  return errors;
}

/** Adds one person: invited by a link (the usual way) or with a password set now. */
export function NewPersonPage() {
  const departments = useDepartments();
  const teams = useTeams();
  const create = useCreatePerson();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<CreatedPerson | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = { name: useId(), email: useId(), password: useId() };

  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (create.isPending) return;
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    create.mutate(
      {
        name: draft.name.trim(),
        email: draft.email.trim(),
        roles: draft.roles,
        departmentId: draft.departmentId || null,
        teamId: draft.teamId || null,
        ...(draft.signIn === 'password' ? { password: draft.password } : {}),
      },
      {
        onSuccess: (person) => setCreated(person),
        onError: (error) => {
          if (isApiError(error) && error.code === 'EMAIL_TAKEN') {
            setErrors({ email: 'Someone already uses this e-mail address in Footsteps.' });
          } else if (isApiError(error, 400)) {
            const fields = error.fieldErrors;
            setErrors({
              name: fieldError(fields, 'name'),
              email: fieldError(fields, 'email'),
              roles: fieldError(fields, 'roles'),
              password: fieldError(fields, 'password'),
              teamId: fieldError(fields, 'teamId') ?? fieldError(fields, 'departmentId'),
            });
          } else {
            return;
          }
          // Let the messages render, then take the person to the first one.
          setTimeout(() => focusFirstInvalid(formRef.current));
        },
      },
    );
  }

  if (created) {
    return (
      <Created
        person={created}
        onAnother={() => {
          setCreated(null);
          setDraft(EMPTY);
          create.reset();
        }}
      />
    );
  }

  const loadError = departments.error ?? teams.error;
  const unexpected = create.isError && !(isApiError(create.error) && (create.error.status === 400 || create.error.code === 'EMAIL_TAKEN'));

  return (
    <div className="stack stack--lg">
      <PageHeader title="Add a person">
        <p>
          They get an invitation link to choose their own password. To add many people at once,{' '}
          <Link to="/admin/people/import">import a CSV file</Link>.
        </p>
      </PageHeader>
      <p>
        <Link to="/admin/people">
          <span aria-hidden="true">← </span>Back to people
        </Link>
      </p>

      {departments.isPending || teams.isPending ? (
        <Loading label="Loading departments and teams…" />
      ) : loadError ? (
        <ErrorNotice
          error={loadError}
          title="Departments and teams could not be loaded"
          onRetry={() => {
            void departments.refetch();
            void teams.refetch();
          }}
        />
      ) : (
        <form ref={formRef} className="form panel" noValidate onSubmit={onSubmit} aria-label="Add a person">
          {unexpected ? <ErrorNotice error={create.error} title="The person could not be added" /> : null}
          <TextField
            id={ids.name}
            label="Name"
            required
            value={draft.name}
            onChange={(name) => update({ name })}
            autoComplete="off"
            maxLength={120}
            errors={errors.name ? [errors.name] : undefined}
          />
          <TextField
            id={ids.email}
            label="Work e-mail"
            type="email"
            required
            value={draft.email}
            onChange={(email) => update({ email })}
            autoComplete="off"
            errors={errors.email ? [errors.email] : undefined}
          />
          <RolesFieldset value={draft.roles} onChange={(roles) => update({ roles })} error={errors.roles} />
          <PlacementFields
            departments={departments.data ?? []}
            teams={teams.data ?? []}
            departmentId={draft.departmentId}
            teamId={draft.teamId}
            onChange={update}
            teamError={errors.teamId}
          />
          <fieldset className="group">
            <legend>How they sign in the first time</legend>
            <div className="check">
              <input
                id={`${ids.password}-invite`}
                type="radio"
                name="sign-in"
                checked={draft.signIn === 'invite'}
                onChange={() => update({ signIn: 'invite', password: '' })}
                aria-describedby={`${ids.password}-invite-hint`}
              />
              <label htmlFor={`${ids.password}-invite`}>Send an invitation link</label>
              <p className="field__hint check__hint" id={`${ids.password}-invite-hint`}>
                Recommended. You get a link to pass on; they choose their own password.
              </p>
            </div>
            <div className="check">
              <input
                id={`${ids.password}-set`}
                type="radio"
                name="sign-in"
                checked={draft.signIn === 'password'}
                onChange={() => update({ signIn: 'password' })}
                aria-describedby={`${ids.password}-set-hint`}
              />
              <label htmlFor={`${ids.password}-set`}>Set a password now</label>
              <p className="field__hint check__hint" id={`${ids.password}-set-hint`}>
                For shared or test accounts. Tell them the password in person.
              </p>
            </div>
            {draft.signIn === 'password' ? (
              <div className={`field${errors.password ? ' field--invalid' : ''}`}>
                <label htmlFor={ids.password}>Password</label>
                <p className="field__hint" id={`${ids.password}-hint`}>
                  At least {MIN_PASSWORD} characters.
                </p>
                <input
                  id={ids.password}
                  type="password"
                  autoComplete="new-password"
                  value={draft.password}
                  onChange={(event) => update({ password: event.target.value })}
                  aria-invalid={errors.password ? true : undefined}
                  aria-describedby={`${errors.password ? `${ids.password}-error ` : ''}${ids.password}-hint`}
                />
                {errors.password ? (
                  <p className="field__error" id={`${ids.password}-error`}>
                    {errors.password}
                  </p>
                ) : null}
              </div>
            ) : null}
          </fieldset>
          <p className="actions">
            <button type="submit" className="button button--primary" aria-disabled={create.isPending}>
              {create.isPending ? 'Adding…' : draft.signIn === 'invite' ? 'Add and create invitation' : 'Add person'}
            </button>
            <Link className="button button--quiet" to="/admin/people">
              Cancel
            </Link>
          </p>
        </form>
      )}
    </div>
  );
}

function Created({ person, onAnother }: { person: CreatedPerson; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="stack stack--lg">
      <PageHeader title="Add a person" />
      <section className="panel stack" aria-labelledby="created-title">
        <h2 id="created-title" ref={heading} tabIndex={-1}>
          {person.name} has been added
        </h2>
        {person.inviteToken ? <InvitationLink name={person.name} email={person.email} token={person.inviteToken} /> : (
          <p>They can sign in now with their e-mail address and the password you set.</p>
        )}
        <p className="actions">
          <button type="button" className="button button--primary" onClick={onAnother}>
            Add another person
          </button>
          <Link className="button" to={`/admin/people/${person.id}`}>
            Open {person.name}’s page
          </Link>
          <Link className="button button--quiet" to="/admin/people">
            Back to people
          </Link>
        </p>
      </section>
    </div>
  );
}

/** The one-time invitation link, to pass on by hand: e-mail may not be set up. */
export function InvitationLink({ name, email, token }: { name: string; email: string; token: string }) {
  return (
    <div className="stack">
      <p>
        Send {name} this link (for example to {email}). It lets them choose a password and sign in. It works once and
        expires in 14 days.
      </p>
      <CopyField
        label="Invitation link"
        value={invitationLink(token)}
        hint="Footsteps only e-mails it when your organization has e-mail set up, so pass it on yourself to be sure. This is the only time it is shown."
      />
    </div>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null) {
  form?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')?.focus();
}
