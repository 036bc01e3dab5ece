import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { Link, useBlocker, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { ErrorNotice } from '../ui/ErrorNotice';
import { NumberField, TextAreaField, TextField } from '../ui/Field';
import { InlineConfirm } from '../ui/InlineConfirm';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import { StatusBadge } from '../ui/StatusBadge';
import {
  moduleQuery,
  useArchiveModule,
  useModule,
  usePublishModule,
  useUpdateModule,
  validateContent,
  type ContentIssue,
  type ModuleDetail,
} from './api';
import type { ActiveListeningContent, PurchaseFlowContent, RecallContent } from './content-types';
import { ActiveListeningEditor } from './editors/ActiveListeningEditor';
import { PurchaseFlowEditor } from './editors/PurchaseFlowEditor';
import { RecallEditor } from './editors/RecallEditor';
import { AnnouncerProvider } from './fields';
import { fieldId, focusIssue, IssuesProvider, issuesFromFieldErrors } from './issues';
import { sameJson } from './json';
import { ModulePreview } from './preview/ModulePreview';
import { KIND_NAMES, type DraftContent } from './templates';
import './authoring.css';

interface Meta {
  title: string;
  summary: string;
  industry: string;
  estimatedMinutes: number | undefined;
}

const metaOf = (m: ModuleDetail): Meta => ({
  title: m.title,
  summary: m.summary,
  industry: m.industry,
  estimatedMinutes: m.estimatedMinutes,
});

/** Kinds whose content carries its own `industry`; the module's industry field edits both. */
const CONTENT_HAS_INDUSTRY = new Set(['purchase-flow', 'active-listening']);

export function ModuleEditorPage() {
  const { moduleId = '' } = useParams();
  const query = useModule(moduleId);

  if (query.isPending) {
    return (
      <div className="stack">
        <PageHeader title="Edit module" />
        <Loading label="Loading the module…" />
      </div>
    );
  }
  if (query.isError) {
    const missing = isApiError(query.error, 404);
    return (
      <div className="stack">
        <PageHeader title={missing ? 'Module not found' : 'Edit module'} />
        {missing ? (
          <p>There is no module at this address in your organization. It may have been removed.</p>
        ) : (
          <ErrorNotice error={query.error} title="The module could not be loaded" onRetry={() => void query.refetch()} />
        )}
        <p>
          <Link to="/authoring">Back to authoring</Link>
        </p>
      </div>
    );
  }
  return <ModuleEditor key={query.data.id} initial={query.data} />;
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

function ModuleEditor({ initial }: { initial: ModuleDetail }) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(initial);
  const [meta, setMeta] = useState<Meta>(() => metaOf(initial));
  const [content, setContent] = useState<DraftContent>(() => (initial.draftContent ?? {}) as DraftContent);
  const [issues, setIssues] = useState<ContentIssue[]>(initial.issues ?? []);
  const [metaErrors, setMetaErrors] = useState<Record<string, string[]>>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [conflict, setConflict] = useState<ModuleDetail | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [view, setView] = useState<'edit' | 'preview'>('edit');
  const [confirmArchive, setConfirmArchive] = useState(false);
  const summaryRef = useRef<HTMLElement>(null);

  const update = useUpdateModule(base.id);
  const publish = usePublishModule(base.id);
  const archive = useArchiveModule(base.id);
  const kind = base.kind;

  const dirty = useMemo(
    () => !sameJson(content, base.draftContent ?? {}) || !sameJson(meta, metaOf(base)),
    [content, meta, base],
  );

  // Live validation: ask the API shortly after the author stops typing.
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      validateContent(kind, content)
        .then((report) => {
          if (!current) return;
          setIssues(report.issues);
          // Once everything a refused publish listed is fixed, its message has done its job.
          if (report.valid) setNotice((n) => (n?.tone === 'error' ? null : n));
        })
        .catch(() => {
          // Checking is a convenience; saving and publishing report problems too.
        });
    }, 500);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, content]);

  // Leaving with unsaved changes asks first (inside the app and when closing the tab).
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function changes() {
    const body: Parameters<typeof update.mutate>[0] = { version: base.version };
    const before = metaOf(base);
    if (meta.title !== before.title) body.title = meta.title;
    if (meta.summary !== before.summary) body.summary = meta.summary;
    if (meta.industry !== before.industry) body.industry = meta.industry;
    if (meta.estimatedMinutes !== before.estimatedMinutes && meta.estimatedMinutes !== undefined) {
      body.estimatedMinutes = meta.estimatedMinutes;
    }
    if (!sameJson(content, base.draftContent ?? {})) body.content = content;
    return body;
  }

  function localProblems(): Record<string, string[]> {
    const problems: Record<string, string[]> = {};
    if (!meta.title.trim()) problems.title = ['Give the module a title.'];
    if (meta.estimatedMinutes === undefined || meta.estimatedMinutes < 1 || meta.estimatedMinutes > 240) {
      problems.estimatedMinutes = ['Enter a time between 1 and 240 minutes.'];
    }
    return problems;
  }

  /** Saves the working copy; resolves to the saved module, or null when it did not save. */
  async function save(version = base.version): Promise<ModuleDetail | null> {
    if (!dirty && version === base.version) {
      setSaveState({ kind: 'saved' });
      return base;
    }
    const problems = localProblems();
    setMetaErrors(problems);
    if (Object.keys(problems).length) {
      setSaveState({ kind: 'error', message: 'Some details need fixing before saving.' });
      document.getElementById(problems.title ? 'meta-title' : 'meta-minutes')?.focus();
      return null;
    }
    setNotice(null);
    setSaveState({ kind: 'saving' });
    try {
      const saved = await update.mutateAsync({ ...changes(), version });
      setBase(saved);
      setConflict(null);
      if (saved.issues) setIssues(saved.issues);
      setSaveState({ kind: 'saved' });
      return saved;
    } catch (error) {
      if (isApiError(error, 409)) {
        setSaveState({ kind: 'idle' });
        try {
          setConflict(await queryClient.fetchQuery(moduleQuery(base.id)));
        } catch (loadError) {
          setSaveState({ kind: 'error', message: (loadError as Error).message });
        }
        return null;
      }
      if (isApiError(error, 400) && error.fieldErrors.length) {
        const mapped = issuesFromFieldErrors(error.fieldErrors);
        setMetaErrors(mapped.meta);
        if (mapped.content.length) setIssues(mapped.content);
      }
      setSaveState({ kind: 'error', message: (error as Error).message });
      return null;
    }
  }

  async function onPublish() {
    setNotice(null);
    let version = base.version;
    if (dirty) {
      const saved = await save();
      if (!saved) return;
      version = saved.version;
    }
    try {
      const published = await publish.mutateAsync(version);
      setBase(published);
      setIssues(published.issues ?? []);
      setNotice({
        tone: 'success',
        text: `Published. Learners you assign it to now get version ${published.publishedVersion}.`,
      });
    } catch (error) {
      if (isApiError(error, 400) && error.fieldErrors.length) {
        const mapped = issuesFromFieldErrors(error.fieldErrors);
        setIssues(mapped.content);
        setMetaErrors(mapped.meta);
        setNotice({
          tone: 'error',
          text: `Not published yet: ${error.fieldErrors.length === 1 ? 'one problem needs' : `${error.fieldErrors.length} problems need`} fixing first. Each is listed below and marked on its field.`,
        });
        requestAnimationFrame(() => summaryRef.current?.focus());
      } else if (isApiError(error, 409)) {
        setConflict(await queryClient.fetchQuery(moduleQuery(base.id)).catch(() => null));
      } else {
        setNotice({ tone: 'error', text: `Publishing did not work: ${(error as Error).message}` });
      }
    }
  }

  async function onArchive() {
    try {
      const archived = await archive.mutateAsync(base.version);
      setBase(archived);
      setConfirmArchive(false);
      setNotice({ tone: 'success', text: 'Archived. Learners no longer see this module; their past work stays.' });
    } catch (error) {
      setConfirmArchive(false);
      if (isApiError(error, 409)) {
        setConflict(await queryClient.fetchQuery(moduleQuery(base.id)).catch(() => null));
      } else {
        setNotice({ tone: 'error', text: `Archiving did not work: ${(error as Error).message}` });
      }
    }
  }

  function loadTheirs(theirs: ModuleDetail) {
    setBase(theirs);
    setMeta(metaOf(theirs));
    setContent((theirs.draftContent ?? {}) as DraftContent);
    setIssues(theirs.issues ?? []);
    setConflict(null);
    setSaveState({ kind: 'idle' });
    setNotice({ tone: 'success', text: 'Loaded the latest saved version. Your unsaved changes were discarded.' });
  }

  function setIndustry(industry: string) {
    setMeta((m) => ({ ...m, industry }));
    if (CONTENT_HAS_INDUSTRY.has(kind)) setContent((c) => ({ ...c, industry }));
  }

  const industryIssues = CONTENT_HAS_INDUSTRY.has(kind)
    ? issues.filter((i) => i.path === 'industry').map((i) => i.message)
    : [];

  const statusText =
    saveState.kind === 'saving'
      ? 'Saving…'
      : saveState.kind === 'error'
        ? `Not saved: ${saveState.message}`
        : dirty
          ? 'Unsaved changes'
          : saveState.kind === 'saved'
            ? 'All changes saved'
            : 'No changes since the last save';

  const editor =
    kind === 'recall' ? (
      <RecallEditor content={content as unknown as RecallContent} onChange={(c) => setContent(c as unknown as DraftContent)} />
    ) : kind === 'purchase-flow' ? (
      <PurchaseFlowEditor content={content as unknown as PurchaseFlowContent} onChange={(c) => setContent(c as unknown as DraftContent)} />
    ) : kind === 'active-listening' ? (
      <ActiveListeningEditor content={content as unknown as ActiveListeningContent} onChange={(c) => setContent(c as unknown as DraftContent)} />
    ) : (
      <div className="notice notice--info">
        <p>This kind of module has no form editor in this version of Footsteps yet. Its details can still be edited here.</p>
      </div>
    );

  return (
    <AnnouncerProvider>
      <div
        className="stack stack--lg module-editor"
        onKeyDown={(event) => {
          if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
            event.preventDefault();
            void save();
          }
        }}
      >
        <div className="stack">
          <p>
            <Link to="/authoring">← Authoring</Link>
          </p>
          <PageHeader title={base.title || 'Untitled module'}>
            <p className="editor-lead">
              <span>{KIND_NAMES[kind]}</span> <StatusBadge status={base.status} />
              {base.publishedVersion > 0 ? (
                <span className="muted"> Learners get published version {base.publishedVersion}; saved changes reach them when you publish again.</span>
              ) : null}
            </p>
          </PageHeader>
        </div>

        {blocker.state === 'blocked' ? (
          <InlineConfirm
            title="You have unsaved changes"
            confirmLabel="Leave without saving"
            danger
            onConfirm={() => blocker.proceed()}
            onCancel={() => blocker.reset()}
          >
            <p>If you leave now, the changes you made since the last save are lost.</p>
          </InlineConfirm>
        ) : null}

        <div className="editor-bar">
          <p className={`editor-bar__status${saveState.kind === 'error' ? ' text-danger' : ''}`} role="status">
            {statusText}
          </p>
          <div className="actions">
            <button type="button" className="button" aria-disabled={update.isPending} onClick={() => void save()}>
              Save
            </button>
            <button
              type="button"
              className="button button--primary"
              aria-disabled={publish.isPending || update.isPending}
              onClick={() => {
                if (!publish.isPending && !update.isPending) void onPublish();
              }}
            >
              {publish.isPending
                ? 'Publishing…'
                : base.status === 'published'
                  ? 'Publish changes'
                  : base.status === 'archived'
                    ? 'Publish again'
                    : 'Publish'}
            </button>
            {base.status === 'published' ? (
              <Link className="button" to={`/assignments/new?itemType=module&itemId=${base.id}`}>
                Assign
              </Link>
            ) : null}
            {base.status !== 'archived' ? (
              <button type="button" className="button button--quiet" onClick={() => setConfirmArchive(true)}>
                Archive
              </button>
            ) : null}
          </div>
        </div>

        {confirmArchive ? (
          <InlineConfirm
            title="Archive this module?"
            confirmLabel="Archive"
            danger
            busy={archive.isPending}
            onConfirm={() => void onArchive()}
            onCancel={() => setConfirmArchive(false)}
          >
            <p>
              Learners will no longer see it and it cannot be assigned. Work already done stays, and
              you can publish it again later.
            </p>
          </InlineConfirm>
        ) : null}

        {conflict ? (
          <div className="notice notice--warning" role="alert">
            <p>
              <strong>Someone else saved this module while you were editing.</strong> Your changes
              are still here, not saved. {describeConflict(base, conflict)}
            </p>
            <p className="actions">
              <button type="button" className="button button--primary" onClick={() => void save(conflict.version)}>
                Keep my changes and save over theirs
              </button>
              <button type="button" className="button button--quiet" onClick={() => loadTheirs(conflict)}>
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

        <IssueSummary
          issues={issues}
          refused={notice?.tone === 'error'}
          ref={summaryRef}
          onGo={(path) => {
            const go = () => {
              if (!focusIssue(path)) document.getElementById('meta-title')?.focus();
            };
            if (view === 'edit') go();
            else {
              setView('edit');
              requestAnimationFrame(go);
            }
          }}
        />

        <div className="segmented" role="group" aria-label="Show">
          <button type="button" aria-pressed={view === 'edit'} onClick={() => setView('edit')}>
            Edit
          </button>
          <button type="button" aria-pressed={view === 'preview'} onClick={() => setView('preview')}>
            Preview as a learner
          </button>
        </div>

        {view === 'preview' ? (
          <ModulePreview kind={kind} title={meta.title} content={content} />
        ) : (
          <IssuesProvider issues={issues}>
            <form
              className="stack stack--lg"
              aria-label="Module"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void save();
              }}
            >
              <section className="stack" aria-labelledby="details-title">
                <h2 id="details-title">Details</h2>
                <TextField
                  id="meta-title"
                  label="Title"
                  required
                  maxLength={200}
                  errors={metaErrors.title}
                  value={meta.title}
                  onChange={(title) => setMeta((m) => ({ ...m, title }))}
                />
                <TextAreaField
                  id="meta-summary"
                  label="Summary"
                  hint="One or two sentences on the module card learners see."
                  rows={2}
                  errors={metaErrors.summary}
                  value={meta.summary}
                  onChange={(summary) => setMeta((m) => ({ ...m, summary }))}
                />
                <div className="fields-row">
                  <TextField
                    id={fieldId('industry')}
                    label="Industry"
                    hint="Where it is set, e.g. retail, telecom, or cross-industry."
                    required={CONTENT_HAS_INDUSTRY.has(kind)}
                    errors={[...(metaErrors.industry ?? []), ...industryIssues]}
                    value={meta.industry}
                    onChange={setIndustry}
                  />
                  <NumberField
                    id="meta-minutes"
                    label="Time it takes, in minutes"
                    required
                    min={1}
                    max={240}
                    errors={metaErrors.estimatedMinutes}
                    value={meta.estimatedMinutes}
                    onChange={(estimatedMinutes) => setMeta((m) => ({ ...m, estimatedMinutes }))}
                  />
                </div>
              </section>
              {editor}
              <p className="actions">
                <button type="submit" className="button">
                  Save
                </button>
                <span className="muted editor-bar__hint">You can also press Ctrl+S (⌘S on a Mac).</span>
              </p>
            </form>
          </IssuesProvider>
        )}
      </div>
    </AnnouncerProvider>
  );
}

function describeConflict(mine: ModuleDetail, theirs: ModuleDetail): string {
  const changed: string[] = [];
  if (mine.title !== theirs.title) changed.push('the title');
  if (mine.summary !== theirs.summary) changed.push('the summary');
  if (mine.industry !== theirs.industry || mine.estimatedMinutes !== theirs.estimatedMinutes) changed.push('the details');
  if (!sameJson(mine.draftContent ?? {}, theirs.draftContent ?? {})) changed.push('the content');
  if (mine.status !== theirs.status) changed.push(`the status (now ${theirs.status})`);
  return changed.length ? `They changed ${changed.join(', ')}.` : '';
}

function IssueSummary({
  issues,
  ref,
  onGo,
  refused,
}: {
  issues: readonly ContentIssue[];
  /** True after publishing was refused: the list is then an error, not a to-do list. */
  refused: boolean;
  ref: Ref<HTMLElement>;
  onGo: (path: string) => void;
}) {
  if (issues.length === 0) {
    return (
      <div className="issue-summary issue-summary--ok" ref={ref as Ref<HTMLDivElement>} tabIndex={-1}>
        <p>
          <span aria-hidden="true">✓ </span>No problems found: this module can be published.
        </p>
      </div>
    );
  }
  return (
    <section className={`issue-summary${refused ? '' : ' issue-summary--todo'}`} ref={ref} tabIndex={-1} aria-labelledby="issue-summary-title">
      <h2 id="issue-summary-title">
        {issues.length === 1 ? 'One thing to fix before publishing' : `${issues.length} things to fix before publishing`}
      </h2>
      {refused ? null : <p className="small">Drafts can be saved at any time. Each item links to its field.</p>}
      <ul>
        {issues.slice(0, 50).map((issue, index) => (
          <li key={index}>
            <a
              href={`#${fieldId(issue.path)}`}
              onClick={(event) => {
                event.preventDefault();
                onGo(issue.path);
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
      {issues.length > 50 ? <p className="muted">…and {issues.length - 50} more.</p> : null}
    </section>
  );
}
