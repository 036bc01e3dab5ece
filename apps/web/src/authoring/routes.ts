import type { RouteObject } from 'react-router';

/**
 * The pages under /authoring besides its home (a module, a course, creating either). Each is
 * its own chunk; the handle gives the layout the title and the permission to check.
 */
export const authoringRoutes: RouteObject[] = [
  {
    path: 'authoring/modules/new',
    handle: { title: 'New module', permission: 'modules.author' },
    lazy: () => import('./NewModulePage').then((m) => ({ Component: m.NewModulePage })),
  },
  {
    path: 'authoring/modules/:moduleId',
    handle: { title: 'Edit module', permission: 'modules.author' },
    lazy: () => import('./ModuleEditorPage').then((m) => ({ Component: m.ModuleEditorPage })),
  },
  {
    path: 'authoring/courses/new',
    handle: { title: 'New course', permission: 'courses.author' },
    lazy: () => import('./CourseEditorPage').then((m) => ({ Component: m.CourseEditorPage })),
  },
  {
    path: 'authoring/courses/:courseId',
    handle: { title: 'Edit course', permission: 'courses.author' },
    lazy: () => import('./CourseEditorPage').then((m) => ({ Component: m.CourseEditorPage })),
  },
];

export const authoringPage: RouteObject['lazy'] = () =>
  import('./AuthoringPage').then((m) => ({ Component: m.AuthoringPage }));
