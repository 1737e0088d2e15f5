import type { Role } from '@/lib/auth/roles';

// Labels are message keys in the shell namespace (`nav.<label>`, `groups.<label>`), so nav-links renders them in the reader's language.
export type NavItem = { href: string; label: string; roles: readonly Role[]; keepsFilters: boolean };
export type NavGroup = { label: string; items: readonly NavItem[] };

const STAFF = ['ADMIN', 'INSTRUCTOR'] as const;
const ADMIN = ['ADMIN'] as const;

const admin = (href: string, label: string): NavItem => ({ href, label, roles: ADMIN, keepsFilters: false });
const dashboard = (path: string, label: string): NavItem => ({ href: `/dashboard${path}`, label, roles: STAFF, keepsFilters: true });

/** Every dashboard destination and who may see the link (the pages check access themselves). */
export const NAV_GROUPS: readonly NavGroup[] = [
  {
    label: 'analytics',
    items: [
      dashboard('', 'overview'),
      dashboard('/realtime', 'realtime'),
      dashboard('/retention', 'retention'),
      dashboard('/sources', 'sources'),
      dashboard('/flows', 'flows'),
      dashboard('/behaviour', 'behaviour'),
      dashboard('/pages', 'pages'),
      dashboard('/funnels', 'funnels'),
    ],
  },
  {
    label: 'learning',
    items: [dashboard('/students', 'students'), dashboard('/quests', 'quests'), dashboard('/notifications', 'notifications')],
  },
  {
    label: 'admin',
    items: [
      admin('/export', 'export'),
      admin('/admin/exports', 'scheduledExports'),
      admin('/admin/sites', 'sites'),
      admin('/admin/privacy', 'privacy'),
      admin('/admin/notifications', 'digests'),
      admin('/admin/audit', 'audit'),
    ],
  },
];

export function navFor(role: Role): NavGroup[] {
  return NAV_GROUPS.map((group) => ({ ...group, items: group.items.filter((item) => item.roles.includes(role)) })).filter(
    (group) => group.items.length > 0,
  );
}
