import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { paths } from '../api/schema';

/**
 * HR's side of the API: completion reports (status and dates only) and anonymous insight.
 * HR never asks for written work or scores; the API refuses them anyway.
 */
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

export type CompletionReport = JsonOf<paths['/api/reports/completion']['get']['responses'][200]>;
export type CompletionGroup = CompletionReport['total'];
export type OverdueItem = JsonOf<paths['/api/reports/overdue']['get']['responses'][200]>[number];
export type TrendReport = JsonOf<paths['/api/reports/trend']['get']['responses'][200]>;
export type JourneyHeatmap = JsonOf<paths['/api/insights/journey']['get']['responses'][200]>[number];
export type HeatmapCell = JourneyHeatmap['cells'][number];
export type RecallInsight = JsonOf<paths['/api/insights/recall']['get']['responses'][200]>;
export type Tally = RecallInsight['stages'][number];
export type StoryLibrary = JsonOf<paths['/api/insights/stories']['get']['responses'][200]>;
export type Department = JsonOf<paths['/api/departments']['get']['responses'][200]>[number];

export type GroupBy = CompletionReport['groupBy'];
export type Interval = 'day' | 'week' | 'month';

/** The dashboard's filters, exactly as the report endpoints take them (and as the address holds them). */
export interface ReportFilters {
  departmentId?: string;
  itemId?: string;
  from?: string;
  to?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from the address, ignoring anything the API would refuse. */
export function filtersFrom(params: URLSearchParams): ReportFilters {
  const pick = (name: string, pattern: RegExp) => {
    const value = params.get(name);
    return value && pattern.test(value) ? value : undefined;
  };
  return { departmentId: pick('departmentId', UUID), itemId: pick('itemId', UUID), from: pick('from', DAY), to: pick('to', DAY) };
}

export function intervalFrom(params: URLSearchParams): Interval {
  const value = params.get('interval');
  return value === 'day' || value === 'month' ? value : 'week';
}

export function hasFilters(f: ReportFilters): boolean {
  return Boolean(f.departmentId || f.itemId || f.from || f.to);
}

/** Query string of the filters that are set, in a stable order. */
export function filterParams(f: ReportFilters, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...f, ...extra })) if (value) params.set(key, value);
  return params;
}

/** Where the CSV with the same numbers downloads from: the report's address with format=csv. */
export function csvHref(report: 'completion' | 'overdue' | 'trend', f: ReportFilters, extra: Record<string, string> = {}): string {
  return `/api/reports/${report}?${filterParams(f, { ...extra, format: 'csv' }).toString()}`;
}

export const hrKeys = {
  completion: (groupBy: GroupBy, f: ReportFilters) => ['hr', 'completion', groupBy, f] as const,
  overdue: (f: ReportFilters) => ['hr', 'overdue', f] as const,
  trend: (interval: Interval, f: ReportFilters) => ['hr', 'trend', interval, f] as const,
  departments: ['hr', 'departments'] as const,
  journey: ['hr', 'insights', 'journey'] as const,
  recall: ['hr', 'insights', 'recall'] as const,
  stories: ['hr', 'insights', 'stories'] as const,
};

export const completionQuery = (groupBy: GroupBy, f: ReportFilters) =>
  queryOptions({
    queryKey: hrKeys.completion(groupBy, f),
    queryFn: () => call(() => api.GET('/api/reports/completion', { params: { query: { ...f, groupBy } } })),
    placeholderData: keepPreviousData,
  });

export const overdueQuery = (f: ReportFilters) =>
  queryOptions({
    queryKey: hrKeys.overdue(f),
    queryFn: () => call(() => api.GET('/api/reports/overdue', { params: { query: { ...f } } })),
    placeholderData: keepPreviousData,
  });

export const trendQuery = (interval: Interval, f: ReportFilters) =>
  queryOptions({
    queryKey: hrKeys.trend(interval, f),
    queryFn: () => call(() => api.GET('/api/reports/trend', { params: { query: { ...f, interval } } })),
    placeholderData: keepPreviousData,
  });

export const departmentsQuery = queryOptions({
  queryKey: hrKeys.departments,
  queryFn: () => call(() => api.GET('/api/departments')),
  staleTime: 5 * 60_000,
});

export const useCompletion = (groupBy: GroupBy, f: ReportFilters) => useQuery(completionQuery(groupBy, f));
export const useOverdue = (f: ReportFilters) => useQuery(overdueQuery(f));
export const useTrend = (interval: Interval, f: ReportFilters) => useQuery(trendQuery(interval, f));
export const useDepartments = () => useQuery(departmentsQuery);

/** Courses and modules that have assignments: what the course filter offers (HR cannot list the catalogue). */
export const useAssignedItems = () => useQuery({ ...completionQuery('course', {}), staleTime: 5 * 60_000 });

export const useJourneyInsight = () =>
  useQuery({ queryKey: hrKeys.journey, queryFn: () => call(() => api.GET('/api/insights/journey')) });
export const useRecallInsight = () =>
  useQuery({ queryKey: hrKeys.recall, queryFn: () => call(() => api.GET('/api/insights/recall')) });
export const useStories = () =>
  useQuery({ queryKey: hrKeys.stories, queryFn: () => call(() => api.GET('/api/insights/stories')) });
