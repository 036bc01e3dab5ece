import type { Permission } from '#contracts';

export type NavSectionId = 'learning' | 'coaching' | 'reports' | 'administration';

export interface NavItem {
  path: string;
  label: string;
  /** What the person needs to see this item; the API enforces the same permission. */
  permission: Permission;
  section: NavSectionId;
  /** One sentence for the home page: what this place lets the person do. */
  summary: string;
}

export const NAV_SECTIONS: ReadonlyArray<{ id: NavSectionId; label: string }> = [
  { id: 'learning', label: 'Learning' },
  { id: 'coaching', label: 'Coaching' },
  { id: 'reports', label: 'Reports' },
  { id: 'administration', label: 'Administration' },
];

/**
 * Every place in Footsteps besides home, in menu order. Navigation and the home page are built
 * from this list and each route checks the same permission, so what a person sees and what
 * they may open never disagree.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    path: '/learning',
    label: 'My learning',
    permission: 'attempts.own',
    section: 'learning',
    summary: 'Work through your assigned courses, see due dates and read your coach’s feedback.',
  },
  {
    path: '/authoring',
    label: 'Authoring',
    permission: 'modules.author',
    section: 'coaching',
    summary: 'Write exercises and courses, preview them as a learner will, and publish them.',
  },
  {
    path: '/assignments',
    label: 'Assignments',
    permission: 'assignments.manage',
    section: 'coaching',
    summary: 'Assign courses to people, teams or departments, with due dates.',
  },
  {
    path: '/review',
    label: 'Review',
    permission: 'reviews.manage',
    section: 'coaching',
    summary: 'Read submitted work, leave comments and adjust scores.',
  },
  {
    path: '/reports/completion',
    label: 'Completion',
    permission: 'reports.read',
    section: 'reports',
    summary: 'See who has completed what, by department, course and person, and what is overdue.',
  },
  {
    path: '/insights',
    label: 'Insights',
    permission: 'insights.read',
    section: 'reports',
    summary: 'See anonymous, organization-wide patterns: where customers feel friction, and shared stories.',
  },
  {
    path: '/admin/people',
    label: 'People',
    permission: 'people.manage',
    section: 'administration',
    summary: 'Invite people, import them from a CSV file and set their roles.',
  },
  {
    path: '/admin/organization',
    label: 'Organization',
    permission: 'org.manage',
    section: 'administration',
    summary: 'Manage departments and teams.',
  },
  {
    path: '/admin/audit',
    label: 'Audit log',
    permission: 'audit.read',
    section: 'administration',
    summary: 'See who read whose written work, and other recorded events.',
  },
];

export function navItemsFor(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission));
}

export function navSectionsFor(permissions: readonly string[]) {
  const items = navItemsFor(permissions);
  return NAV_SECTIONS.map((section) => ({
    ...section,
    items: items.filter((item) => item.section === section.id),
  })).filter((section) => section.items.length > 0);
}

export function navItemFor(path: string): NavItem {
  const item = NAV_ITEMS.find((candidate) => candidate.path === path);
  if (!item) throw new Error(`No navigation item for ${path}`);
  return item;
}
