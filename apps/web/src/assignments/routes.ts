import type { RouteObject } from 'react-router';

/** The assignments list, and the page to make a new assignment (its own chunk). */
export const assignmentsPage: RouteObject['lazy'] = () =>
  import('./AssignmentsPage').then((m) => ({ Component: m.AssignmentsPage }));

export const assignmentsRoutes: RouteObject[] = [
  {
    path: 'assignments/new',
    handle: { title: 'Assign a course or module', permission: 'assignments.manage' },
    lazy: () => import('./AssignPage').then((m) => ({ Component: m.AssignPage })),
  },
];
