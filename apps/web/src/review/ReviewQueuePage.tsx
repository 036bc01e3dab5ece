import { Link, useSearchParams } from 'react-router';
import { KIND_SHORT } from '../authoring/templates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageHeader } from '../ui/PageHeader';
import '../ui/forms.css';
import { formatDateTime, useReviewQueue, type QueueStatus } from './api';
import './review.css';

const FILTERS: { value: QueueStatus; label: string }[] = [
  { value: 'pending', label: 'Waiting for you' },
  { value: 'reviewed', label: 'Reviewed' },
  { value: 'all', label: 'All' },
];

/** Submitted work of the people this coach coaches, oldest first: who has waited longest. */
export function ReviewQueuePage() {
  const [params, setParams] = useSearchParams();
  const status = FILTERS.find((f) => f.value === params.get('status'))?.value ?? 'pending';
  const queue = useReviewQueue(status);

  return (
    <div className="stack stack--lg">
      <PageHeader title="Review">
        <p>Read submitted work, leave comments and adjust scores. The oldest submission comes first.</p>
      </PageHeader>
      <ul className="segmented" aria-label="Show submissions">
        {FILTERS.map((f) => (
          <li key={f.value}>
            <Link
              to={f.value === 'pending' ? '/review' : `/review?status=${f.value}`}
              aria-current={f.value === status ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                setParams(f.value === 'pending' ? {} : { status: f.value }, { replace: true, preventScrollReset: true });
              }}
            >
              {f.label}
            </Link>
          </li>
        ))}
      </ul>
      {queue.isPending ? (
        <Loading label="Loading submissions…" />
      ) : queue.isError ? (
        <ErrorNotice error={queue.error} title="Submissions could not be loaded" onRetry={() => void queue.refetch()} />
      ) : queue.data.length === 0 ? (
        <div className="empty-state">
          <h2>{status === 'pending' ? 'Nothing is waiting for you' : 'Nothing here yet'}</h2>
          <p>
            {status === 'pending'
              ? 'When someone you coach submits work, it appears here. Work you have commented on or re-scored moves to “Reviewed”.'
              : 'Submitted work of the people you coach appears here.'}
          </p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Submitted work, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Module</th>
                <th scope="col">Submitted</th>
                <th scope="col">Score</th>
                <th scope="col">Feedback</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.map((item) => (
                <tr key={item.attemptId}>
                  <th scope="row">
                    <Link to={`/review/${item.attemptId}`} aria-label={`${item.personName}: ${item.moduleTitle}`}>
                      {item.personName}
                    </Link>
                    {item.teamName ? (
                      <>
                        <br />
                        <span className="muted small">{item.teamName}</span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    {item.moduleTitle}
                    <br />
                    <span className="muted small">{KIND_SHORT[item.kind]}</span>
                  </td>
                  <td>{formatDateTime(item.submittedAt)}</td>
                  <td>{item.score ?? '—'}</td>
                  <td>
                    {item.reviewed ? (
                      <span>
                        {item.comments} {item.comments === 1 ? 'comment' : 'comments'}
                      </span>
                    ) : (
                      <span className="tag">Waiting</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
