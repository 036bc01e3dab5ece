import type { Permission, Role } from '#contracts';

/** Who is calling: set on the request by the global guard once a session is verified. */
export interface Principal {
  personId: string;
  organizationId: string;
  roles: Role[];
  permissions: Permission[];
  sessionId: string;
  via: 'cookie' | 'bearer';
}
