import { Link } from 'react-router';
import './pagination.css';

/**
 * Previous / next through a paged list, with where you are in words. Each page is a link (the
 * page number lives in the address), so a page can be bookmarked, shared and reloaded.
 */
export function Pagination({
  label,
  page,
  pageSize,
  total,
  hrefFor,
}: {
  /** Names the navigation landmark, e.g. "People pages". */
  label: string;
  page: number;
  pageSize: number;
  total: number;
  /** The address of a page, e.g. `?page=3&search=ana`. */
  hrefFor: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination__where">
        {total === 0 ? 'Nothing to show' : `Showing ${first}–${last} of ${total.toLocaleString('en-GB')}`}
        {pages > 1 ? ` · page ${page} of ${pages}` : null}
      </p>
      {pages > 1 ? (
        <ul className="pagination__links">
          <li>
            {page > 1 ? (
              <Link className="button button--quiet button--small" to={hrefFor(page - 1)} rel="prev" aria-label="Previous page">
                <span aria-hidden="true">← </span>Previous
              </Link>
            ) : null}
          </li>
          <li>
            {page < pages ? (
              <Link className="button button--quiet button--small" to={hrefFor(page + 1)} rel="next" aria-label="Next page">
                Next<span aria-hidden="true"> →</span>
              </Link>
            ) : null}
          </li>
        </ul>
      ) : null}
    </nav>
  );
}
