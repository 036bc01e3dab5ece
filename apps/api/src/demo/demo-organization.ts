import type { Role } from '#contracts';

/** The demo organization created on an empty database outside production. */
export const DEMO_PASSWORD = 'footsteps-demo';

export const DEMO_ORGANIZATION = {
  name: 'Larkspur & Co. (demo)',
  slug: 'larkspur-demo',
  departments: [
    { name: 'Customer Service', teams: ['Frontline Support', 'Escalations'] },
    { name: 'Sales', teams: ['Retail Stores', 'Online Sales'] },
    { name: 'Operations', teams: ['Fulfilment and Delivery', 'Billing'] },
    { name: 'Product and IT', teams: ['Digital Experience'] },
    { name: 'People and Culture', teams: [] },
  ],
};

export interface DemoPerson {
  email: string;
  name: string;
  roles: Role[];
  department: string;
  team?: string;
  coaches?: string[];
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'employee@demo.test', name: 'Maya Ortiz', roles: ['employee'], department: 'Customer Service', team: 'Frontline Support' },
  { email: 'coach@demo.test', name: 'Sam Whitaker', roles: ['employee', 'coach'], department: 'Customer Service', team: 'Escalations', coaches: ['Frontline Support', 'Escalations'] },
  { email: 'hr@demo.test', name: 'Priya Natarajan', roles: ['employee', 'hr'], department: 'People and Culture' },
  { email: 'admin@demo.test', name: 'Alex Morgan', roles: ['employee', 'admin'], department: 'Product and IT', team: 'Digital Experience' },
  { email: 'jonas.berg@demo.test', name: 'Jonas Berg', roles: ['employee'], department: 'Customer Service', team: 'Frontline Support' },
  { email: 'amara.okafor@demo.test', name: 'Amara Okafor', roles: ['employee'], department: 'Customer Service', team: 'Frontline Support' },
  { email: 'lucas.moreau@demo.test', name: 'Lucas Moreau', roles: ['employee'], department: 'Customer Service', team: 'Frontline Support' },
  { email: 'hana.sato@demo.test', name: 'Hana Sato', roles: ['employee'], department: 'Customer Service', team: 'Escalations' },
  { email: 'diego.ramos@demo.test', name: 'Diego Ramos', roles: ['employee'], department: 'Sales', team: 'Retail Stores' },
  { email: 'chloe.martin@demo.test', name: 'Chloé Martin', roles: ['employee'], department: 'Sales', team: 'Online Sales' },
  { email: 'rafael.costa@demo.test', name: 'Rafael Costa', roles: ['employee', 'coach'], department: 'Sales', team: 'Retail Stores', coaches: ['Retail Stores', 'Online Sales'] },
  { email: 'ingrid.larsen@demo.test', name: 'Ingrid Larsen', roles: ['employee'], department: 'Operations', team: 'Fulfilment and Delivery' },
  { email: 'tom.nguyen@demo.test', name: 'Tom Nguyen', roles: ['employee'], department: 'Operations', team: 'Billing' },
  { email: 'fatima.haddad@demo.test', name: 'Fatima Haddad', roles: ['employee'], department: 'Operations', team: 'Billing' },
];
