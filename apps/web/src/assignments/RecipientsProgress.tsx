import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { formatDate, useAssignmentRecipients, type Assignment, type RecipientProgress } from './api';

type Status = RecipientProgress['progress']['status'];

const STATUS_WORDS: Record<Status, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
};

/**
 * How far a person has got, as a badge with its word. The shared StatusBadge (ui/) only knows
 * publication statuses, so this reuses its look (`status-badge`) with progress colours.
 */
function ProgressBadge({ status }: { status: Status }) {
  return <span className={`status-badge progress-badge--${status}`}>{STATUS_WORDS[status]}</span>;
}

/** "4 of 7 completed, 1 overdue": the line a coach reads first. */
export function progressSummary(rows: RecipientProgress[]): string {
  const completed = rows.filter((r) => r.progress.status === 'completed').length;
  const overdue = rows.filter((r) => r.progress.overdue).length;
  return `${completed} of ${rows.length} completed, ${overdue === 0 ? 'none' : overdue} overdue`;
}

/** Each recipient of one assignment and their progress on it; loaded when the coach opens it. */
export function RecipientsProgress({ assignment }: { assignment: Assignment }) {
  const recipients = useAssignmentRecipients(assignment.id);
  const what = `“${assignment.itemTitle}”`;

  if (recipients.isPending) return <Loading label={`Loading progress on ${what}…`} />;
  if (recipients.isError) {
    return (
      <ErrorNotice
        error={recipients.error}
        title={`Progress on ${what} could not be loaded`}
        onRetry={() => void recipients.refetch()}
      />
    );
  }
  if (recipients.data.length === 0) {
    return (
      <p className="muted">
        Nobody receives {what} through this assignment right now.
        {assignment.targetType !== 'person'
          ? ` People who join ${assignment.targetName} later receive it too.`
          : null}
      </p>
    );
  }

  const rows = recipients.data;
  return (
    <div className="stack recipients-progress">
      <p className="recipients-progress__summary">
        <strong>{progressSummary(rows)}</strong>
      </p>
      <table className="table table--compact">
        <caption className="visually-hidden">
          Progress on {what}, assigned to {assignment.targetName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Team</th>
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const percent = Math.max(0, Math.min(100, Math.round(r.progress.percent)));
            return (
              <tr key={r.personId} className={r.progress.overdue ? 'recipient--overdue' : undefined}>
                <th scope="row">{r.name}</th>
                <td>{r.team ?? <span className="muted">No team</span>}</td>
                <td>
                  <ProgressBadge status={r.progress.status} />
                </td>
                <td>
                  <div className="progress-cell">
                    <div
                      className="progress-track"
                      role="progressbar"
                      aria-label={`Progress of ${r.name}`}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={percent}
                      aria-valuetext={`${percent}%`}
                    >
                      <span className="progress-track__fill" style={{ width: `${percent}%` }} />
                    </div>
                    <span aria-hidden="true">{percent}%</span>
                  </div>
                </td>
                <td>
                  {formatDate(r.dueAt)}
                  {r.progress.overdue ? (
                    <>
                      <br />
                      <span className="small due-passed">Overdue</span>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
