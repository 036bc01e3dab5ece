/** A calm loading message; screen readers hear it once through the status role. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="loading__dot" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** Shown while the app starts and the first route's code and data load. */
export function FullPageLoading() {
  return (
    <main className="centered-page" id="main">
      <Loading label="Loading Footsteps…" />
    </main>
  );
}
