import { Link, useMatches } from 'react-router';
import type { RouteHandle } from '../app/routes';
import { PageHeader } from '../ui/PageHeader';

/**
 * Stand-in for a page whose API is not built yet. It says so plainly, so nobody mistakes an
 * empty screen for missing data.
 */
export function ComingSoonPage() {
  const matches = useMatches();
  const handle = matches[matches.length - 1]?.handle as RouteHandle | undefined;
  const item = handle?.navItem;
  const title = handle?.title ?? 'Coming soon';

  return (
    <div className="stack">
      <PageHeader title={title}>
        <p className="tag">Coming soon</p>
      </PageHeader>
      <section className="empty-state" aria-labelledby="coming-soon-title">
        <h2 id="coming-soon-title">This page is not ready yet</h2>
        {item ? <p>When it is, you will be able to: {lowerFirst(item.summary)}</p> : null}
        <p>
          We are still building the part of Footsteps behind it. Nothing is missing from your
          account: there is simply nothing to show here yet.
        </p>
        <p>
          <Link to="/">Back to your home page</Link>
        </p>
      </section>
    </div>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
