import type { Role } from '@/lib/auth/roles';

export type NavItem = { href: string; label: string; roles: readonly Role[]; keepsFilters: boolean };
export type NavGroup = { label: string; items: readonly NavItem[] };

const STAFF = ['ADMIN', 'INSTRUCTOR'] as const;
const ADMIN = ['ADMIN'] as const;

const admin = (href: string, label: string): NavItem => ({ href, label, roles: ADMIN, keepsFilters: false });
const dashboard = (path: string, label: string): NavItem => ({ href: `/dashboard${path}`, label, roles: STAFF, keepsFilters: true });

/** Every dashboard destination and who may see the link (the pages check access themselves). */
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    label: 'Analytics',
    items: [
      dashboard('', 'Overview'),
      dashboard('/realtime', 'Realtime'),
      dashboard('/retention', 'Retention'),
      dashboard('/sources', 'Sources'),
      dashboard('/flows', 'Flows'),
      dashboard('/behaviour', 'Behaviour'),
      dashboard('/pages', 'Pages'),
      dashboard('/funnels', 'Funnels'),
    ],
  },
  {
    label: 'Learning',
    items: [dashboard('/students', 'Students'), dashboard('/quests', 'Quests'), dashboard('/notifications', 'Notifications')],
  },
  {
    label: 'Admin',
    items: [
      admin('/export', 'Export'),
      admin('/admin/exports', 'Scheduled exports'),
      admin('/admin/sites', 'Sites'),
      admin('/admin/privacy', 'Privacy'),
      admin('/admin/notifications', 'Digests & mail'),
      admin('/admin/audit', 'Audit log'),
    ],
  },
];

export function navFor(role: Role): NavGroup[] {
  return NAV_GROUPS.map((group) => ({ ...group, items: group.items.filter((item) => item.roles.includes(role)) })).filter(
    (group) => group.items.length > 0,
  );
}
