import type { RouteObject } from 'react-router';

/** The review queue, and one attempt under review (its own chunk). */
export const reviewPage: RouteObject['lazy'] = () => import('./ReviewQueuePage').then((m) => ({ Component: m.ReviewQueuePage }));

export const reviewRoutes: RouteObject[] = [
  {
    path: 'review/:attemptId',
    handle: { title: 'Review work', permission: 'reviews.manage' },
    lazy: () => import('./ReviewPage').then((m) => ({ Component: m.ReviewPage })),
  },
];
