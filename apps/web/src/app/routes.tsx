import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import type { Permission } from '#contracts';
import { loginPathFor, meQuery, safeNextPath } from '../auth/session';
import { AppLayout } from '../layout/AppLayout';
import { navItemFor, type NavItem } from '../layout/navigation';
import { FullPageLoading } from '../ui/Loading';
import { NotFoundPage, RootErrorPage, RouteErrorPage } from '../ui/ErrorPages';
import { authoringPage, authoringRoutes } from '../authoring/routes';
import { assignmentsPage, assignmentsRoutes } from '../assignments/routes';
import { reviewPage, reviewRoutes } from '../review/routes';
import { learningPage, learningRoutes } from '../learning/routes';
import { adminRoutes, auditPage, organizationPage, peoplePage } from '../admin/routes';
import { completionPage, insightsPage } from '../hr/routes';

/** What a route declares about itself; read by the layout (title, permission check). */
export interface RouteHandle {
  title: string;
  /** The permission needed to open the page; the layout shows "not allowed" otherwise. */
  permission?: Permission;
  navItem?: NavItem;
}

/** The route of one navigation item: its page, loaded lazily, behind the item's permission. */
function featureRoute(path: string, lazy: RouteObject['lazy']): RouteObject {
  const navItem = navItemFor(path);
  const handle: RouteHandle = { title: navItem.label, permission: navItem.permission, navItem };
  return { path: path.slice(1), lazy, handle };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  /** Every page but login needs a session: without one, go to login and come back after. */
  async function sessionLoader({ request }: LoaderFunctionArgs) {
    const me = await queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect(loginPathFor(new URL(request.url)));
    return null;
  }

  /** Someone already signed in who opens /login goes straight where they were heading. */
  async function loginLoader({ request }: LoaderFunctionArgs) {
    const me = await queryClient.ensureQueryData(meQuery);
    if (me) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  }

  return [
    {
      id: 'root',
      HydrateFallback: FullPageLoading,
      ErrorBoundary: RootErrorPage,
      children: [
        {
          path: 'login',
          loader: loginLoader,
          handle: { title: 'Sign in' } satisfies RouteHandle,
          lazy: () => import('../auth/LoginPage').then((m) => ({ Component: m.LoginPage })),
        },
        {
          // The invitation link: the invited person has no session yet, so no gate.
          path: 'accept-invite',
          handle: { title: 'Set your password' } satisfies RouteHandle,
          lazy: () => import('../auth/AcceptInvitePage').then((m) => ({ Component: m.AcceptInvitePage })),
        },
        {
          id: 'app',
          loader: sessionLoader,
          Component: AppLayout,
          children: [
            {
              // Errors inside a page render within the layout, so navigation stays usable.
              ErrorBoundary: RouteErrorPage,
              children: [
                {
                  index: true,
                  handle: { title: 'Home' } satisfies RouteHandle,
                  lazy: () => import('../home/HomePage').then((m) => ({ Component: m.HomePage })),
                },
                featureRoute('/learning', learningPage),
                ...learningRoutes,
                featureRoute('/authoring', authoringPage),
                ...authoringRoutes,
                featureRoute('/assignments', assignmentsPage),
                ...assignmentsRoutes,
                featureRoute('/review', reviewPage),
                ...reviewRoutes,
                featureRoute('/reports/completion', completionPage),
                featureRoute('/insights', insightsPage),
                featureRoute('/admin/people', peoplePage),
                ...adminRoutes,
                featureRoute('/admin/organization', organizationPage),
                featureRoute('/admin/audit', auditPage),
                { path: '*', handle: { title: 'Page not found' } satisfies RouteHandle, Component: NotFoundPage },
              ],
            },
          ],
        },
      ],
    },
  ];
}
