import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '../ui/ErrorNotice';
import { InlineConfirm } from '../ui/InlineConfirm';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import '../ui/forms.css';
import { formatDate, useAssignments, useRevokeAssignment, type Assignment } from './api';
import { RecipientsProgress } from './RecipientsProgress';
import './assignments.css';

const TARGET_WORDS = { person: 'Person', team: 'Team', department: 'Department' } as const;

/** The assignments a coach made: what, to whom, by when; each one's progress; and unassigning. */
export function AssignmentsPage() {
  const assignments = useAssignments();
  const revoke = useRevokeAssignment();
  const [confirming, setConfirming] = useState<Assignment | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const now = Date.now();

  return (
    <div className="stack stack--lg">
      <PageHeader title="Assignments">
        <p>Assign courses and modules to people, teams or departments, with a due date.</p>
      </PageHeader>
      <p>
        <Link className="button button--primary" to="/assignments/new">
          Assign a course or module
        </Link>
      </p>

      {message ? (
        <div className={`notice notice--${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </div>
      ) : null}

      <section className="stack" aria-labelledby="assigned-title">
        <h2 id="assigned-title">What you have assigned</h2>
        {assignments.isPending ? (
          <Loading label="Loading assignments…" />
        ) : assignments.isError ? (
          <ErrorNotice error={assignments.error} title="Assignments could not be loaded" onRetry={() => void assignments.refetch()} />
        ) : assignments.data.length === 0 ? (
          <div className="empty-state">
            <h3>Nothing assigned yet</h3>
            <p>
              Assign a published course or module to a team, a department or a few people. People who
              join a team or department later receive its assignments too.
            </p>
            <p>
              <Link to="/assignments/new">Make your first assignment</Link>
            </p>
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Assignments, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">What</th>
                  <th scope="col">Who</th>
                  <th scope="col">Due</th>
                  <th scope="col">Note</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {assignments.data.map((a) => {
                  const overdue = a.dueAt !== null && new Date(a.dueAt).getTime() < now;
                  const expanded = open.has(a.id);
                  const panelId = `progress-${a.id}`;
                  return (
                    <Fragment key={a.id}>
                      <tr>
                        <th scope="row">
                          {a.itemTitle}
                          <br />
                          <span className="muted small">{a.itemType === 'course' ? 'Course' : 'Module'}</span>
                        </th>
                        <td>
                          {a.targetName}
                          <br />
                          <span className="muted small">
                            {TARGET_WORDS[a.targetType]}
                            {a.targetType !== 'person' ? ` · ${a.recipients} ${a.recipients === 1 ? 'person' : 'people'}` : ''}
                          </span>
                        </td>
                        <td>
                          {formatDate(a.dueAt)}
                          {overdue ? (
                            <>
                              <br />
                              <span className="small due-passed">Due date passed</span>
                            </>
                          ) : null}
                        </td>
                        <td className="note-cell">{a.note || <span className="muted">—</span>}</td>
                        <td>
                          <div className="actions">
                            <button
                              type="button"
                              className="button button--quiet button--small"
                              aria-expanded={expanded}
                              aria-controls={expanded ? panelId : undefined}
                              aria-label={`Progress on ${a.itemTitle} for ${a.targetName}`}
                              onClick={() => toggle(a.id)}
                            >
                              Progress
                            </button>
                            <button
                              type="button"
                              className="button button--quiet button--small"
                              aria-label={`Unassign ${a.itemTitle} from ${a.targetName}`}
                              onClick={() => setConfirming(a)}
                            >
                              Unassign
                            </button>
                          </div>
                        </td>
                      </tr>
                      {expanded ? (
                        <tr className="progress-row">
                          <td colSpan={5} id={panelId}>
                            <RecipientsProgress assignment={a} />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {confirming ? (
          <InlineConfirm
            title={`Unassign “${confirming.itemTitle}” from ${confirming.targetName}?`}
            confirmLabel="Unassign"
            danger
            busy={revoke.isPending}
            onCancel={() => setConfirming(null)}
            onConfirm={() => {
              const a = confirming;
              setConfirming(null);
              revoke.mutate(a.id, {
                onSuccess: () => setMessage({ tone: 'success', text: `Unassigned “${a.itemTitle}” from ${a.targetName}.` }),
                onError: (error) => setMessage({ tone: 'error', text: `Unassigning did not work: ${error.message}` }),
              });
            }}
          >
            <p>
              It leaves their to-do lists. Any work they already did stays, and other assignments of the
              same item still apply.
            </p>
          </InlineConfirm>
        ) : null}
      </section>

      <section className="stack" aria-labelledby="follow-title">
        <h2 id="follow-title">Following up</h2>
        <p className="muted">
          Open <strong>Progress</strong> on an assignment to see how far each person it reaches has
          got, and who is past their due date. Each learner sees their own progress on their home
          page. Submitted work waiting for your feedback is in <Link to="/review">Review</Link>.
        </p>
      </section>
    </div>
  );
}
