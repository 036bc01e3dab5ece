import type { RouteObject } from 'react-router';

/** HR's pages, one chunk each: the completion dashboard and the anonymous insight. */
export const completionPage: RouteObject['lazy'] = () =>
  import('./CompletionPage').then((m) => ({ Component: m.CompletionPage }));
export const insightsPage: RouteObject['lazy'] = () =>
  import('./InsightsPage').then((m) => ({ Component: m.InsightsPage }));
