import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import type { RouteHandle } from '../app/routes';
import { can, loginPathFor, useLogout, useMe } from '../auth/session';
import { NotAllowedPage } from '../ui/ErrorPages';
import { AppHeader } from './AppHeader';
import { MainNav } from './MainNav';

function useRouteHandle(): RouteHandle | undefined {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle as RouteHandle | undefined;
    if (handle?.title) return handle;
  }
  return undefined;
}

/** Moves focus to the new page's heading after client-side navigation (not on first load). */
function useFocusOnNavigate(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('[data-page-heading]')?.focus();
  }, [pathname]);
}

/** The signed-in shell: skip link, header, role-based navigation and the page. */
export function AppLayout() {
  const { data: me } = useMe();
  const location = useLocation();
  const navigation = useNavigation();
  const handle = useRouteHandle();
  const title = handle?.title;

  useEffect(() => {
    document.title = title ? `${title} · Footsteps` : 'Footsteps';
  }, [title]);
  useFocusOnNavigate(location.pathname);

  const logout = useLogout();
  // Set before logging out, so that when the person disappears from the cache the redirect
  // below knows why: a chosen logout goes to a plain login page that says so.
  const loggingOut = useRef(false);
  function onLogout() {
    loggingOut.current = true;
    logout.mutate(undefined, { onError: () => (loggingOut.current = false) });
  }

  if (!me) {
    if (loggingOut.current) return <Navigate to="/login" replace state={{ signedOut: true }} />;
    // The session ended while the page was open (expiry, revoked elsewhere): sign in again
    // and come back here.
    return <Navigate to={loginPathFor(location)} replace />;
  }

  const allowed = !handle?.permission || can(me, handle.permission);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader
        me={me}
        onLogout={onLogout}
        loggingOut={logout.isPending}
        logoutError={logout.error}
      />
      <div className="shell__body">
        <MainNav permissions={me.permissions} />
        <main id="main" className="shell__main" tabIndex={-1}>
          {navigation.state === 'loading' ? (
            <div className="progress" role="status">
              <span className="visually-hidden">Loading page…</span>
            </div>
          ) : null}
          {allowed ? <Outlet /> : <NotAllowedPage title={title ?? 'Not available'} />}
        </main>
      </div>
      <footer className="shell__footer">
        <p>Footsteps: see your organization through your customers’ eyes.</p>
      </footer>
    </div>
  );
}
