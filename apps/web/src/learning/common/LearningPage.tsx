import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { LoadError } from './parts';

interface Props<T> {
  query: UseQueryResult<T>;
  /** The heading while the data is not there yet ("Course", "Exercise"). */
  title: string;
  /** What is loading, for the loading label ("Loading the course…"). */
  loading: string;
  /** What failed to load, for the error ("this course"). */
  what: string;
  children: (data: T) => ReactNode;
}

/** A learning page's loading and error states around the view of its one query. */
export function LearningPage<T>({ query, title, loading, what, children }: Props<T>) {
  if (query.isPending) {
    return (
      <div className="stack learning">
        <PageHeader title={title} />
        <Loading label={loading} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div className="stack learning">
        <PageHeader title={title} />
        <LoadError error={query.error} what={what} onRetry={() => void query.refetch()} />
        <p>
          <Link to="/learning">Back to my learning</Link>
        </p>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
