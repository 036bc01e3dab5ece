/** The roles a person can hold in an organization; a person may hold several. */
export const ROLES = ['employee', 'coach', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
