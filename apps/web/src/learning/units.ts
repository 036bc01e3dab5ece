import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { useSessionUser } from '../auth/session';

/** A department or team a pain point or a reflection can name as the owner of a moment. */
export interface OwningUnit {
  id: string;
  name: string;
  kind: 'department' | 'team';
}

export interface OwningUnits {
  units: OwningUnit[];
  isLoading: boolean;
  /**
   * True when only the learner's own department and team could be offered (the list of the
   * organization's units failed to load).
   */
  limited: boolean;
}

export const unitsQueryKey = ['learning', 'units'] as const;

/**
 * The organization's departments and teams, which a learner names as owners of pain points and
 * reflections (GET /api/org/units). If the list cannot be loaded, the learner's own department
 * and team still let them go on.
 */
export function useOwningUnits(): OwningUnits {
  const me = useSessionUser();
  const query = useQuery({
    queryKey: unitsQueryKey,
    staleTime: 5 * 60_000,
    queryFn: () => call(() => api.GET('/api/org/units')),
  });
  if (query.data) return { units: query.data, isLoading: false, limited: false };

  const own: OwningUnit[] = [];
  if (me.department) own.push({ id: me.department.id, name: me.department.name, kind: 'department' });
  if (me.team) own.push({ id: me.team.id, name: me.team.name, kind: 'team' });
  return { units: own, isLoading: query.isPending, limited: query.isError };
}

/** Options for a <select>: departments first, then teams, each alphabetical. */
export function unitOptions(units: OwningUnit[]): { value: string; label: string }[] {
  const byName = (a: OwningUnit, b: OwningUnit) => a.name.localeCompare(b.name);
  return [
    ...units.filter((u) => u.kind === 'department').sort(byName).map((u) => ({ value: u.id, label: `${u.name} (department)` })),
    ...units.filter((u) => u.kind === 'team').sort(byName).map((u) => ({ value: u.id, label: `${u.name} (team)` })),
  ];
}

export function unitName(units: OwningUnit[], id: string | undefined): string | undefined {
  return units.find((u) => u.id === id)?.name;
}
