import type { RouteObject } from 'react-router';

/**
 * The administration pages. The three places in the menu (People, Organization, Audit log)
 * are given to `featureRoute`; the pages under People are listed here. Each is its own chunk.
 */
export const peoplePage: RouteObject['lazy'] = () => import('./PeoplePage').then((m) => ({ Component: m.PeoplePage }));
export const organizationPage: RouteObject['lazy'] = () =>
  import('./OrganizationPage').then((m) => ({ Component: m.OrganizationPage }));
export const auditPage: RouteObject['lazy'] = () => import('./AuditPage').then((m) => ({ Component: m.AuditPage }));

export const adminRoutes: RouteObject[] = [
  {
    path: 'admin/people/new',
    handle: { title: 'Add a person', permission: 'people.manage' },
    lazy: () => import('./NewPersonPage').then((m) => ({ Component: m.NewPersonPage })),
  },
  {
    path: 'admin/people/import',
    handle: { title: 'Import people', permission: 'people.manage' },
    lazy: () => import('./ImportPage').then((m) => ({ Component: m.ImportPage })),
  },
  {
    path: 'admin/people/:personId',
    handle: { title: 'Person', permission: 'people.manage' },
    lazy: () => import('./PersonPage').then((m) => ({ Component: m.PersonPage })),
  },
];
