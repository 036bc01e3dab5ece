import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FieldErrors, TextField } from '../ui/Field';
import { PageHeader } from '../ui/PageHeader';
import { useCreateModule, useModuleKinds, type ModuleKindName } from './api';
import { KIND_NAMES, templateFor } from './templates';
import './authoring.css';

const KIND_ORDER: ModuleKindName[] = ['active-listening', 'recall', 'purchase-flow'];
const DEFAULT_MINUTES: Record<ModuleKindName, number> = { recall: 20, 'purchase-flow': 25, 'active-listening': 10 };
const FALLBACK_DESCRIPTION: Record<ModuleKindName, string> = {
  recall: 'Learners recall a best and a worst experience as a customer and relate them to our own customers.',
  'purchase-flow': 'Learners walk a customer persona through a purchase, stage by stage, and log every pain point.',
  'active-listening': 'A branching conversation with a customer, with choices and free-text replies.',
};

/** Creating a module: pick a kind and a title; the module starts from the kind's template. */
export function NewModulePage() {
  const navigate = useNavigate();
  const kinds = useModuleKinds();
  const create = useCreateModule();
  const [kind, setKind] = useState<ModuleKindName | ''>('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ kind?: string[]; title?: string[] }>({});

  function submit() {
    const found: typeof errors = {};
    if (!kind) found.kind = ['Choose the kind of module.'];
    if (!title.trim()) found.title = ['Give the module a title.'];
    setErrors(found);
    if (found.kind) return document.getElementById('kind-active-listening')?.focus();
    if (found.title) return document.getElementById('new-title')?.focus();
    create.mutate(
      { kind: kind as ModuleKindName, title: title.trim(), estimatedMinutes: DEFAULT_MINUTES[kind as ModuleKindName], content: templateFor(kind as ModuleKindName) },
      { onSuccess: (created) => navigate(`/authoring/modules/${created.id}`) },
    );
  }

  return (
    <div className="stack stack--lg">
      <p>
        <Link to="/authoring">← Authoring</Link>
      </p>
      <PageHeader title="New module">
        <p>Choose what kind of exercise to write. It starts from a template you then adapt.</p>
      </PageHeader>
      <form
        className="form card"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="kind-choices" aria-describedby={errors.kind ? 'kind-error' : undefined}>
          <legend>Kind of module</legend>
          {KIND_ORDER.map((name) => {
            const info = kinds.data?.find((k) => k.kind === name);
            return (
              <label key={name} className="kind-choice">
                <input
                  type="radio"
                  name="kind"
                  id={`kind-${name}`}
                  value={name}
                  checked={kind === name}
                  onChange={() => setKind(name)}
                />
                <span>
                  <strong>{KIND_NAMES[name]}</strong>
                  <span className="muted">{info?.description ?? FALLBACK_DESCRIPTION[name]}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <FieldErrors id="kind" errors={errors.kind} />
        <TextField id="new-title" label="Title" required maxLength={200} errors={errors.title} value={title} onChange={setTitle} />
        {create.isError ? <ErrorNotice error={create.error} title="The module could not be created" /> : null}
        <p className="actions">
          <button type="submit" className="button button--primary" aria-disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create and start writing'}
          </button>
          <Link className="button button--quiet" to="/authoring">
            Cancel
          </Link>
        </p>
      </form>
    </div>
  );
}
