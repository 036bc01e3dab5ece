import type { Role } from './roles.js';

/**
 * Every permission a route can require, as `resource.action`. The API's global guard checks
 * them; the web app uses the same list to decide what to show. Add a permission here first.
 */
export const PERMISSIONS = [
  'profile.read',
  'empathy.analyze',
  'people.read',
  'people.manage',
  'org.manage',
  'modules.read',
  'modules.author',
  'courses.read',
  'courses.author',
  'attempts.own',
  'assignments.manage',
  'reviews.manage',
  'reports.read',
  'insights.read',
  'audit.read',
  'xapi.export',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What each role grants. A person's permissions are the union over their roles. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  employee: ['profile.read', 'empathy.analyze', 'modules.read', 'courses.read', 'attempts.own'],
  coach: [
    'profile.read',
    'empathy.analyze',
    'modules.read',
    'courses.read',
    'attempts.own',
    'people.read',
    'modules.author',
    'courses.author',
    'assignments.manage',
    'reviews.manage',
  ],
  hr: ['profile.read', 'empathy.analyze', 'people.read', 'reports.read', 'insights.read'],
  admin: [
    'profile.read',
    'empathy.analyze',
    'modules.read',
    'courses.read',
    'people.read',
    'people.manage',
    'org.manage',
    'modules.author',
    'courses.author',
    'assignments.manage',
    'audit.read',
    'xapi.export',
  ],
};

export function permissionsFor(roles: readonly Role[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p));
}
