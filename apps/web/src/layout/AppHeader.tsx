import { Link } from 'react-router';
import type { Me } from '../api/types';

interface AppHeaderProps {
  me: Me;
  onLogout: () => void;
  loggingOut: boolean;
  logoutError: Error | null;
}

export function AppHeader({ me, onLogout, loggingOut, logoutError }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link to="/" className="brand" aria-label="Footsteps home">
        <span className="brand__mark" aria-hidden="true" />
        Footsteps
      </Link>
      <div className="app-header__person">
        <p className="person">
          <span className="person__name">{me.name}</span>
          <span className="person__org">{me.organization.name}</span>
        </p>
        {/* Everything Footsteps holds about the person, as a JSON file (the API sends it as a download). */}
        <a className="button button--quiet" href="/api/me/export" download="footsteps-my-data.json">
          Download my data
        </a>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            if (!loggingOut) onLogout();
          }}
          aria-disabled={loggingOut}
        >
          {loggingOut ? 'Logging out…' : 'Log out'}
        </button>
      </div>
      {logoutError ? (
        <p className="app-header__error" role="alert">
          Logging out did not work: {logoutError.message}
        </p>
      ) : null}
    </header>
  );
}
