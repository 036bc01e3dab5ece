import { useState, type ReactNode } from 'react';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { TableRegion } from '../ui/TableRegion';
import type { CompletionGroup } from './api';

/** A download link for a report as CSV; `what` completes its name for screen readers. */
export function CsvLink({ href, what }: { href: string; what: string }) {
  return (
    <a className="button button--quiet button--small" href={href} download aria-label={`Download CSV: ${what}`}>
      <span aria-hidden="true">⤓ </span>Download CSV
    </a>
  );
}

/** Loading, error (with a retry) or the content, for one section of a page. */
export function QueryState<T>({
  query,
  what,
  className = 'stack',
  children,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data: T | undefined;
    refetch: () => unknown;
    isPlaceholderData?: boolean;
  };
  what: string;
  /** Layout of the wrapper around the content. */
  className?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading label={`Loading ${what}…`} />;
  if (query.isError || query.data === undefined) {
    return <ErrorNotice error={query.error} title={`The ${what} could not be loaded`} onRetry={() => void query.refetch()} />;
  }
  // New filters: the previous figures stay on screen, dimmed and marked busy, until the new
  // ones arrive. The content keeps its place in the tree, so open tables stay open.
  const busy = Boolean(query.isPlaceholderData);
  return (
    <div className={className} aria-busy={busy || undefined}>
      {busy ? <Loading label={`Updating the ${what}…`} /> : null}
      <div className={`${className}${busy ? ' updating__content' : ''}`}>{children(query.data)}</div>
    </div>
  );
}

export const percent = (value: number) => `${Math.round(value)}%`;

/**
 * Completion figures per group, with the total as the last row: the same columns and numbers
 * as the CSV download.
 */
export function CompletionTable({
  caption,
  groupLabel,
  groups,
  total,
  limit,
}: {
  caption: string;
  groupLabel: string;
  groups: readonly CompletionGroup[];
  total?: CompletionGroup;
  /** Show this many rows first, with a button for the rest. */
  limit?: number;
}) {
  const [all, setAll] = useState(false);
  const shown = limit && !all ? groups.slice(0, limit) : groups;
  return (
    <div className="stack">
      <TableRegion label={caption}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{groupLabel}</th>
              <th scope="col" className="num">
                Assigned
              </th>
              <th scope="col" className="num">
                Completed
              </th>
              <th scope="col" className="num">
                In progress
              </th>
              <th scope="col" className="num">
                Not started
              </th>
              <th scope="col" className="num">
                Overdue
              </th>
              <th scope="col" className="num">
                Completion rate
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((g) => (
              <GroupRow key={g.key} group={g} />
            ))}
          </tbody>
          {total ? (
            <tfoot>
              <GroupRow group={{ ...total, label: 'All' }} />
            </tfoot>
          ) : null}
        </table>
      </TableRegion>
      {limit && groups.length > limit ? (
        <p>
          <button type="button" className="button button--quiet button--small" onClick={() => setAll((v) => !v)}>
            {all ? `Show the first ${limit} only` : `Show all ${groups.length}`}
          </button>
        </p>
      ) : null}
    </div>
  );
}

function GroupRow({ group }: { group: CompletionGroup }) {
  return (
    <tr>
      <th scope="row">{group.label}</th>
      <td className="num">{group.assigned}</td>
      <td className="num">{group.completed}</td>
      <td className="num">{group.inProgress}</td>
      <td className="num">{group.notStarted}</td>
      <td className="num">{group.overdue}</td>
      <td className="num">{percent(group.completionRate)}</td>
    </tr>
  );
}
