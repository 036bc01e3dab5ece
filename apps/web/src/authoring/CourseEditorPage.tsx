import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, call, isApiError } from '../api/client';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CheckboxField, FieldErrors, NumberField, SelectField, TextAreaField, TextField } from '../ui/Field';
import { InlineConfirm } from '../ui/InlineConfirm';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { StatusBadge } from '../ui/StatusBadge';
import { useCourse, useCourseAction, useCreateCourse, useModules, useUpdateCourse, type Course } from './api';
import { AnnouncerProvider, ItemTools, StringListField, moved } from './fields';
import { sameJson } from './json';
import { KIND_SHORT } from './templates';
import './authoring.css';

export function CourseEditorPage() {
  const { courseId } = useParams();
  const course = useCourse(courseId);
  if (!courseId) return <CourseEditor key="new" />;
  if (course.isPending) {
    return (
      <div className="stack">
        <PageHeader title="Edit course" />
        <Loading label="Loading the course…" />
      </div>
    );
  }
  if (course.isError) {
    const missing = isApiError(course.error, 404);
    return (
      <div className="stack">
        <PageHeader title={missing ? 'Course not found' : 'Edit course'} />
        {missing ? <p>There is no course at this address in your organization.</p> : null}
        {!missing ? <ErrorNotice error={course.error} title="The course could not be loaded" onRetry={() => void course.refetch()} /> : null}
        <p>
          <Link to="/authoring">Back to authoring</Link>
        </p>
      </div>
    );
  }
  return <CourseEditor key={course.data.id} initial={course.data} />;
}

interface Draft {
  title: string;
  description: string;
  outcomes: string[];
  moduleIds: string[];
  minScore: number | undefined;
  useMinScore: boolean;
}

const draftOf = (c?: Course): Draft => ({
  title: c?.title ?? '',
  description: c?.description ?? '',
  outcomes: c?.outcomes ?? [],
  moduleIds: c?.modules.map((m) => m.id) ?? [],
  minScore: c?.completionRule.minScore,
  useMinScore: c?.completionRule.minScore !== undefined,
});

function CourseEditor({ initial }: { initial?: Course }) {
  const navigate = useNavigate();
  const modules = useModules();
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => draftOf(initial));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [adding, setAdding] = useState('');
  const [confirmArchive, setConfirmArchive] = useState(false);
  const create = useCreateCourse();
  const update = useUpdateCourse(base?.id ?? '');
  const publish = useCourseAction(base?.id ?? '', 'publish');
  const archive = useCourseAction(base?.id ?? '', 'archive');
  const dirty = !sameJson(draft, draftOf(base));
  const set = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  const known = new Map((modules.data ?? []).map((m) => [m.id, m]));
  for (const m of base?.modules ?? []) if (!known.has(m.id)) known.set(m.id, { ...m, slug: '', publishedVersion: 0, version: 0, updatedAt: '' });
  const addable = (modules.data ?? []).filter((m) => m.status !== 'archived' && !draft.moduleIds.includes(m.id));

  function body() {
    return {
      title: draft.title.trim(),
      description: draft.description,
      outcomes: draft.outcomes.map((o) => o.trim()).filter(Boolean),
      moduleIds: draft.moduleIds,
      completionRule: draft.useMinScore && draft.minScore !== undefined ? { kind: 'all-completed' as const, minScore: draft.minScore } : { kind: 'all-completed' as const },
    };
  }

  function check(): boolean {
    const found: Record<string, string[]> = {};
    if (!draft.title.trim()) found.title = ['Give the course a title.'];
    if (draft.moduleIds.length === 0) found.moduleIds = ['Add at least one module.'];
    if (draft.useMinScore && (draft.minScore === undefined || draft.minScore < 0 || draft.minScore > 100)) {
      found.minScore = ['Enter a score between 0 and 100.'];
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(first === 'moduleIds' ? 'course-add-module' : `course-${first}`)?.focus();
    return !first;
  }

  function failed(error: unknown, what: string) {
    if (isApiError(error, 409)) {
      setConflict(true);
      return;
    }
    if (isApiError(error, 400) && error.fieldErrors.length) {
      const found: Record<string, string[]> = {};
      for (const e of error.fieldErrors) (found[e.field.startsWith('completionRule') ? 'minScore' : e.field] ??= []).push(e.message);
      setErrors(found);
    }
    setNotice({ tone: 'error', text: `${what} did not work: ${(error as Error).message}` });
  }

  async function save(version = base?.version): Promise<Course | null> {
    if (!check()) return null;
    setNotice(null);
    try {
      if (!base) {
        const created = await create.mutateAsync(body());
        navigate(`/authoring/courses/${created.id}`, { replace: true });
        return created;
      }
      const saved = await update.mutateAsync({ ...body(), version: version ?? base.version });
      setBase(saved);
      setDraft(draftOf(saved));
      setConflict(false);
      setNotice({ tone: 'success', text: 'Saved.' });
      return saved;
    } catch (error) {
      failed(error, 'Saving');
      return null;
    }
  }

  async function onPublish() {
    let current = base;
    if (!current || dirty) {
      current = (await save()) ?? undefined;
      if (!current || !base) return;
    }
    try {
      const published = await publish.mutateAsync(current.version);
      setBase(published);
      setNotice({ tone: 'success', text: 'Published. You can now assign this course.' });
    } catch (error) {
      failed(error, 'Publishing');
    }
  }

  const title = base ? base.title || 'Untitled course' : 'New course';

  return (
    <AnnouncerProvider>
      <div className="stack stack--lg">
        <p>
          <Link to="/authoring">← Authoring</Link>
        </p>
        <PageHeader title={title}>
          <p className="editor-lead">
            Course {base ? <StatusBadge status={base.status} /> : null}
            <span className="muted">
              {base?.status === 'published'
                ? 'Learners see the changes you save here straight away.'
                : 'A course puts modules in order, with a rule for when it is completed.'}
            </span>
          </p>
        </PageHeader>

        {conflict ? (
          <div className="notice notice--warning" role="alert">
            <p>
              <strong>Someone else saved this course while you were editing.</strong> Your changes are
              still here, not saved.
            </p>
            <p className="actions">
              <button
                type="button"
                className="button button--primary"
                onClick={async () => {
                  const latest = await fetchLatest(base!.id);
                  if (latest) await save(latest.version);
                }}
              >
                Keep my changes and save over theirs
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={async () => {
                  const latest = await fetchLatest(base!.id);
                  if (latest) {
                    setBase(latest);
                    setDraft(draftOf(latest));
                    setConflict(false);
                  }
                }}
              >
                Discard mine and load theirs
              </button>
            </p>
          </div>
        ) : null}
        {notice ? (
          <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
            <p>{notice.text}</p>
          </div>
        ) : null}

        <form
          className="stack stack--lg"
          noValidate
          aria-label="Course"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <section className="card stack" aria-labelledby="course-about">
            <h2 id="course-about">About the course</h2>
            <TextField id="course-title" label="Title" required maxLength={200} errors={errors.title} value={draft.title} onChange={(t) => set({ title: t })} />
            <TextAreaField id="course-description" label="Description" rows={3} errors={errors.description} value={draft.description} onChange={(d) => set({ description: d })} />
            <StringListField
              path="outcomes"
              legend="What learners can do afterwards"
              hint="Written from the learner’s side: “Notice…”, “Reply to…”."
              itemLabel="Outcome"
              max={10}
              values={draft.outcomes}
              onChange={(outcomes) => set({ outcomes })}
            />
          </section>

          <section className="card stack" aria-labelledby="course-modules">
            <h2 id="course-modules">Modules, in order</h2>
            <FieldErrors id="course-modules-list" errors={errors.moduleIds} />
            {draft.moduleIds.length === 0 ? <p className="muted">No modules yet. Add the first one below.</p> : null}
            <ol className="course-modules">
              {draft.moduleIds.map((id, index) => {
                const m = known.get(id);
                const name = m?.title ?? 'Unknown module';
                return (
                  <li key={id} className="course-module">
                    <div>
                      <strong>
                        {index + 1}. {name}
                      </strong>{' '}
                      {m ? (
                        <span className="muted small">
                          {KIND_SHORT[m.kind]} · {m.estimatedMinutes} min · <StatusBadge status={m.status} />
                        </span>
                      ) : null}
                      <FieldErrors id={`course-module-${index}`} errors={errors[`moduleIds.${index}`]} />
                    </div>
                    <ItemTools
                      name={`module “${name}”`}
                      index={index}
                      count={draft.moduleIds.length}
                      onMove={(from, to) => set({ moduleIds: moved(draft.moduleIds, from, to) })}
                      onRemove={(i) => set({ moduleIds: draft.moduleIds.filter((_, j) => j !== i) })}
                    />
                  </li>
                );
              })}
            </ol>
            {modules.isError ? <ErrorNotice error={modules.error} title="Modules could not be loaded" onRetry={() => void modules.refetch()} /> : null}
            <div className="toolbar">
              <SelectField
                id="course-add-module"
                label="Add a module"
                hint="Only published modules can be in a published course."
                required
                placeholder={modules.isPending ? 'Loading modules…' : addable.length ? 'Choose a module' : 'No more modules to add'}
                options={addable.map((m) => ({ value: m.id, label: `${m.title} (${KIND_SHORT[m.kind]}${m.status === 'draft' ? ', draft' : ''})` }))}
                value={adding}
                onChange={setAdding}
              />
              <button
                type="button"
                className="button"
                aria-disabled={!adding}
                onClick={() => {
                  if (!adding) return;
                  set({ moduleIds: [...draft.moduleIds, adding] });
                  setAdding('');
                }}
              >
                Add to the course
              </button>
            </div>
          </section>

          <section className="card stack" aria-labelledby="course-rule">
            <h2 id="course-rule">When is it completed?</h2>
            <p>When the learner has completed every module.</p>
            <CheckboxField
              id="course-use-min"
              label="And reached a minimum score in each"
              checked={draft.useMinScore}
              onChange={(useMinScore) => set({ useMinScore, minScore: useMinScore ? (draft.minScore ?? 60) : undefined })}
            />
            {draft.useMinScore ? (
              <NumberField id="course-minScore" label="Minimum score (0–100)" required min={0} max={100} errors={errors.minScore} value={draft.minScore} onChange={(minScore) => set({ minScore })} />
            ) : null}
          </section>

          <div className="editor-bar">
            <p className="editor-bar__status" role="status">
              {create.isPending || update.isPending ? 'Saving…' : dirty ? 'Unsaved changes' : base ? 'All changes saved' : 'Not saved yet'}
            </p>
            <div className="actions">
              <button type="submit" className="button" aria-disabled={create.isPending || update.isPending}>
                {base ? 'Save' : 'Create course'}
              </button>
              {base && base.status !== 'published' ? (
                <button type="button" className="button button--primary" aria-disabled={publish.isPending} onClick={() => void onPublish()}>
                  {publish.isPending ? 'Publishing…' : 'Publish'}
                </button>
              ) : null}
              {base?.status === 'published' ? (
                <Link className="button" to={`/assignments/new?itemType=course&itemId=${base.id}`}>
                  Assign
                </Link>
              ) : null}
              {base && base.status !== 'archived' ? (
                <button type="button" className="button button--quiet" onClick={() => setConfirmArchive(true)}>
                  Archive
                </button>
              ) : null}
            </div>
          </div>
          {confirmArchive && base ? (
            <InlineConfirm
              title="Archive this course?"
              confirmLabel="Archive"
              danger
              busy={archive.isPending}
              onCancel={() => setConfirmArchive(false)}
              onConfirm={() =>
                archive.mutate(base.version, {
                  onSuccess: (archived) => {
                    setBase(archived);
                    setConfirmArchive(false);
                    setNotice({ tone: 'success', text: 'Archived. Learners no longer see this course.' });
                  },
                  onError: (error) => {
                    setConfirmArchive(false);
                    failed(error, 'Archiving');
                  },
                })
              }
            >
              <p>Learners will no longer see it. Their progress stays.</p>
            </InlineConfirm>
          ) : null}
        </form>
      </div>
    </AnnouncerProvider>
  );
}

async function fetchLatest(id: string): Promise<Course | null> {
  try {
    return await call(() => api.GET('/api/courses/{id}', { params: { path: { id } } }));
  } catch {
    return null;
  }
}
