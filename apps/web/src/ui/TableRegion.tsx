import type { ReactNode } from 'react';

/**
 * The frame of a wide table. When the table is wider than the screen it scrolls sideways; the
 * frame is then a named, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableRegion({ label, children, busy }: { label: string; children: ReactNode; busy?: boolean }) {
  return (
    // A scrollable region must be reachable by keyboard: tabIndex 0 is intended here.
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0} aria-busy={busy || undefined}>
      {children}
    </div>
  );
}
