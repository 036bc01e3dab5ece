import type { ReactNode } from 'react';

/**
 * The heading of a page. It takes focus after client-side navigation (see AppLayout), so
 * screen-reader users hear where they arrived, as they would on a full page load.
 */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-header">
      <h1 tabIndex={-1} data-page-heading>
        {title}
      </h1>
      {children ? <div className="page-header__lead">{children}</div> : null}
    </div>
  );
}
