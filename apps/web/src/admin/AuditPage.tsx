import { useSearchParams } from 'react-router';
import { formatDateTime } from '../ui/dates';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { TableRegion } from '../ui/TableRegion';
import { PageHeader } from '../ui/PageHeader';
import { Pagination } from '../ui/Pagination';
import { useAuditPage } from './api';
import './admin.css';

const PAGE_SIZE = 50;

const ACTIONS: Record<string, string> = {
  'attempt.read': 'Opened their submitted work',
};

/** The audit log: every time someone read another person's written work, newest first. */
export function AuditPage() {
  const [params] = useSearchParams();
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const audit = useAuditPage(page, PAGE_SIZE);

  return (
    <div className="stack stack--lg">
      <PageHeader title="Audit log">
        <p>
          Written work is personal: only the learner and their coach can read it, and every time someone opens another
          person’s work it is recorded here. Newest first.
        </p>
      </PageHeader>
      {audit.isPending ? (
        <Loading label="Loading the audit log…" />
      ) : audit.isError ? (
        <ErrorNotice error={audit.error} title="The audit log could not be loaded" onRetry={() => void audit.refetch()} />
      ) : audit.data.total === 0 ? (
        <div className="empty-state">
          <h2>Nothing recorded yet</h2>
          <p>When a coach opens someone’s submitted work to review it, the time, the coach and the learner appear here.</p>
        </div>
      ) : audit.data.items.length === 0 ? (
        <div className="empty-state">
          <h2>This page is empty</h2>
          <p>The log has fewer entries than this page number.</p>
          <Pagination label="Audit log pages" page={page} pageSize={PAGE_SIZE} total={audit.data.total} hrefFor={hrefFor} />
        </div>
      ) : (
        <>
          <TableRegion label="Reads of written work, newest first" busy={audit.isPlaceholderData}>
            <table className="table">
              <caption className="visually-hidden">Reads of written work, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Whose work</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Reference</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    </td>
                    <td>{entry.actorName || <span className="muted">A removed person</span>}</td>
                    <td>{entry.subjectName || <span className="muted">A removed person</span>}</td>
                    <td>{ACTIONS[entry.action] ?? entry.action}</td>
                    <td>
                      <code className="break-anywhere" title={entry.target}>
                        {entry.target.slice(0, 8)}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <Pagination
            label="Audit log pages"
            page={audit.data.page}
            pageSize={audit.data.pageSize}
            total={audit.data.total}
            hrefFor={hrefFor}
          />
        </>
      )}
    </div>
  );
}

function hrefFor(page: number): string {
  return page > 1 ? `?page=${page}` : '?';
}
