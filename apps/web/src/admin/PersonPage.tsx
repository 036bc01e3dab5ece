import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Role } from '#contracts';
import { isApiError } from '../api/client';
import { useSessionUser } from '../auth/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { TextField } from '../ui/Field';
import { InlineConfirm } from '../ui/InlineConfirm';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import {
  useDepartments,
  usePerson,
  useReinvite,
  useRevokeSessions,
  useTeams,
  useUpdatePerson,
  type Person,
} from './api';
import { InvitationLink } from './NewPersonPage';
import { fieldError, PersonStatus, PlacementFields, RolesFieldset } from './parts';
import './admin.css';

interface Draft {
  name: string;
  roles: Role[];
  departmentId: string;
  teamId: string;
}

type Errors = Partial<Record<'name' | 'roles' | 'teamId', string>>;

const fromPerson = (p: Person): Draft => ({
  name: p.name,
  roles: [...p.roles],
  departmentId: p.departmentId ?? '',
  teamId: p.teamId ?? '',
});

function sameDraft(a: Draft, b: Draft): boolean {
  return (
    a.name.trim() === b.name.trim() &&
    [...a.roles].sort().join() === [...b.roles].sort().join() &&
    a.departmentId === b.departmentId &&
    a.teamId === b.teamId
  );
}

/** One person: their name, roles, department and team, and their account (invitation, sessions). */
export function PersonPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const departments = useDepartments();
  const teams = useTeams();

  useEffect(() => {
    if (person.data) document.title = `${person.data.name} · People · Footsteps`;
  }, [person.data]);

  if (person.isPending || departments.isPending || teams.isPending) {
    return (
      <div className="stack">
        <PageHeader title="Person" />
        <Loading label="Loading this person…" />
      </div>
    );
  }
  if (person.isError && isApiError(person.error, 404)) {
    return (
      <div className="stack">
        <PageHeader title="Person not found" />
        <p>No one in your organization has this address. They may have been removed.</p>
        <p>
          <Link to="/admin/people">Back to people</Link>
        </p>
      </div>
    );
  }
  const loadError = person.error ?? departments.error ?? teams.error;
  if (loadError || !person.data || !departments.data || !teams.data) {
    return (
      <div className="stack">
        <PageHeader title="Person" />
        <ErrorNotice
          error={loadError}
          title="This person could not be loaded"
          onRetry={() => {
            void person.refetch();
            void departments.refetch();
            void teams.refetch();
          }}
        />
      </div>
    );
  }

  return (
    <div className="stack stack--lg">
      <PageHeader title={person.data.name}>
        <p className="break-anywhere">
          {person.data.email} · <PersonStatus status={person.data.status} />
        </p>
      </PageHeader>
      <p>
        <Link to="/admin/people">
          <span aria-hidden="true">← </span>Back to people
        </Link>
      </p>
      <EditPerson
        person={person.data}
        departments={departments.data}
        teams={teams.data}
        reload={() => person.refetch()}
      />
      <Account person={person.data} reload={() => person.refetch()} />
    </div>
  );
}

function EditPerson({
  person,
  departments,
  teams,
  reload,
}: {
  person: Person;
  departments: Parameters<typeof PlacementFields>[0]['departments'];
  teams: Parameters<typeof PlacementFields>[0]['teams'];
  reload: () => Promise<{ data?: Person }>;
}) {
  const me = useSessionUser();
  const update = useUpdatePerson(person.id);
  const [draft, setDraft] = useState<Draft>(() => fromPerson(person));
  const [base, setBase] = useState<Person>(person);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const nameId = useId();

  const changed = !sameDraft(draft, fromPerson(base));
  const removingOwnAdmin = person.id === me.id && base.roles.includes('admin') && !draft.roles.includes('admin');

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // The person was reloaded (after a new invitation, or on returning to the tab). A change that
  // leaves the form's fields alone only moves the version on; other changes replace the form
  // unless the administrator is in the middle of editing, when saving reports the conflict.
  useEffect(() => {
    if (person.version === base.version) return;
    if (sameDraft(fromPerson(person), fromPerson(base))) setBase(person);
    else if (!changed) adopt(person);
  }, [person]);

  /** Starts again from what the server holds now. */
  function adopt(latest: Person) {
    setBase(latest);
    setDraft(fromPerson(latest));
    setErrors({});
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (update.isPending) return;
    const found: Errors = {};
    if (!draft.name.trim()) found.name = 'Enter the person’s name.';
    if (draft.roles.length === 0) found.roles = 'Choose at least one role, usually Learner.';
    setErrors(found);
    setNotice(null);
    if (Object.keys(found).length) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-describedby] input')?.focus();
      return;
    }
    update.mutate(
      {
        name: draft.name.trim(),
        roles: draft.roles,
        departmentId: draft.departmentId || null,
        teamId: draft.teamId || null,
        version: base.version,
      },
      {
        onSuccess: (saved) => {
          adopt(saved);
          setNotice('saved');
        },
        onError: async (error) => {
          if (isApiError(error, 409)) {
            // Someone saved in between: show their version instead of overwriting it.
            const { data } = await reload();
            if (data) adopt(data);
            setNotice('conflict');
          } else if (isApiError(error, 400)) {
            setErrors({
              name: fieldError(error.fieldErrors, 'name'),
              roles: fieldError(error.fieldErrors, 'roles'),
              teamId: fieldError(error.fieldErrors, 'teamId') ?? fieldError(error.fieldErrors, 'departmentId'),
            });
          }
        },
      },
    );
  }

  const otherError = update.isError && !isApiError(update.error, 409) && !isApiError(update.error, 400);

  return (
    <section className="panel stack" aria-labelledby="edit-person-title">
      <h2 id="edit-person-title">Roles and place in the organization</h2>
      {notice === 'conflict' ? (
        <div ref={noticeRef} tabIndex={-1} className="notice notice--warning" role="alert">
          <p>
            <strong>Someone else changed {base.name} while you were editing.</strong> Your changes were not saved.
          </p>
          <p>The form now shows their latest details. Make your change again, then save.</p>
        </div>
      ) : null}
      {notice === 'saved' && !changed ? (
        <div ref={noticeRef} tabIndex={-1} className="notice notice--success" role="status">
          <p>Changes saved.</p>
        </div>
      ) : null}
      {otherError ? <ErrorNotice error={update.error} title="The changes could not be saved" /> : null}
      <form ref={formRef} className="form" noValidate onSubmit={onSubmit} aria-labelledby="edit-person-title">
        <TextField
          id={nameId}
          label="Name"
          required
          value={draft.name}
          maxLength={120}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
          errors={errors.name ? [errors.name] : undefined}
        />
        <RolesFieldset value={draft.roles} onChange={(roles) => setDraft((d) => ({ ...d, roles }))} error={errors.roles} />
        {removingOwnAdmin ? (
          <p className="notice notice--warning">
            You are removing your own administrator role. After saving you can no longer manage people.
          </p>
        ) : null}
        <PlacementFields
          departments={departments}
          teams={teams}
          departmentId={draft.departmentId}
          teamId={draft.teamId}
          onChange={(placement) => setDraft((d) => ({ ...d, ...placement }))}
          teamError={errors.teamId}
        />
        <p className="field__hint">
          Assignments given to a department or team reach the people in it now, including people who join later.
        </p>
        <p className="actions">
          <button type="submit" className="button button--primary" aria-disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </button>
          {changed ? (
            <button type="button" className="button button--quiet" onClick={() => adopt(base)}>
              Undo changes
            </button>
          ) : null}
        </p>
      </form>
    </section>
  );
}

function Account({ person, reload }: { person: Person; reload: () => Promise<unknown> }) {
  const me = useSessionUser();
  const reinvite = useReinvite(person.id);
  const revoke = useRevokeSessions(person.id);
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);

  return (
    <section className="panel stack" aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      {person.status === 'invited' ? (
        <div className="stack">
          <p>
            {person.name} has not chosen a password yet. If their link was lost or has expired, create a new one: the old
            link stops working.
          </p>
          {reinvite.data?.inviteToken ? (
            <InvitationLink name={person.name} email={person.email} token={reinvite.data.inviteToken} />
          ) : null}
          {reinvite.isError ? (
            isApiError(reinvite.error) && reinvite.error.code === 'CONFLICT' ? (
              <p className="notice notice--info" role="status">
                {person.name} has already accepted their invitation and can sign in.
              </p>
            ) : (
              <ErrorNotice error={reinvite.error} title="A new invitation could not be created" />
            )
          ) : null}
          <p>
            <button
              type="button"
              className="button"
              aria-disabled={reinvite.isPending}
              onClick={() => {
                if (reinvite.isPending) return;
                // A new invitation changes the person's version: reload it either way.
                reinvite.mutate(undefined, { onSettled: () => void reload() });
              }}
            >
              {reinvite.isPending ? 'Creating…' : reinvite.data ? 'Create another invitation link' : 'Create a new invitation link'}
            </button>
          </p>
        </div>
      ) : (
        <p>{person.name} has an active account and signs in with their e-mail address and password.</p>
      )}

      <div className="stack">
        <h3>Sign out everywhere</h3>
        <p>Ends every session {person.name} has open, on every device, for example after a lost laptop.</p>
        {revoke.isSuccess ? (
          <p className="notice notice--success" role="status">
            {person.name} has been signed out everywhere. They need to sign in again to continue.
          </p>
        ) : null}
        {revoke.isError ? <ErrorNotice error={revoke.error} title="Signing out did not work" /> : null}
        {confirming ? (
          <InlineConfirm
            title={`Sign ${person.name} out on every device?`}
            confirmLabel="Sign out everywhere"
            danger
            busy={revoke.isPending}
            onConfirm={() =>
              revoke.mutate(undefined, {
                onSettled: () => {
                  setConfirming(false);
                  setTimeout(() => revokeButton.current?.focus());
                },
              })
            }
            onCancel={() => {
              setConfirming(false);
              setTimeout(() => revokeButton.current?.focus());
            }}
          >
            <p>Anything they have not saved may be lost. Their work and progress stay as they are.</p>
            {person.id === me.id ? <p>This is your own account: you will be signed out of this browser too.</p> : null}
          </InlineConfirm>
        ) : (
          <p>
            <button
              ref={revokeButton}
              type="button"
              className="button"
              onClick={() => {
                revoke.reset();
                setConfirming(true);
              }}
            >
              Sign out everywhere…
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
