import type { RouteObject } from 'react-router';

/**
 * The pages under /learning besides its home. Each is its own chunk; the handle gives the
 * layout the title and the permission to check (the API enforces the same one).
 */
const permission = 'attempts.own' as const;

export const learningPage: RouteObject['lazy'] = () =>
  import('./home/LearningHomePage').then((m) => ({ Component: m.LearningHomePage }));

export const learningRoutes: RouteObject[] = [
  {
    path: 'learning/courses/:courseId',
    handle: { title: 'Course', permission },
    lazy: () => import('./course/CoursePage').then((m) => ({ Component: m.CoursePage })),
  },
  {
    path: 'learning/modules/:moduleId',
    handle: { title: 'Exercise', permission },
    lazy: () => import('./module/ModulePage').then((m) => ({ Component: m.ModulePage })),
  },
  {
    path: 'learning/attempts/:attemptId',
    handle: { title: 'Exercise', permission },
    lazy: () => import('./attempt/AttemptPage').then((m) => ({ Component: m.AttemptPage })),
  },
  {
    path: 'learning/practice',
    handle: { title: 'Practise privately', permission },
    lazy: () => import('./practice/PracticePage').then((m) => ({ Component: m.PracticePage })),
  },
  {
    path: 'learning/history',
    handle: { title: 'My history', permission },
    lazy: () => import('./history/HistoryPage').then((m) => ({ Component: m.HistoryPage })),
  },
];
