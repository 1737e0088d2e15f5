// The pages the zh-CN leftover-English spec renders, in one place: add yours here when you convert them.
// `role` signs in first (null: signed out); `path` is visited as is.
import type { DemoRole } from '../../scripts/seed/demo-accounts';

export type I18nPage = { path: string; role: DemoRole | null };

export const I18N_PAGES: readonly I18nPage[] = [
  { path: '/login', role: null },
  // admin, export
  { path: '/admin/sites', role: 'ADMIN' },
  { path: '/admin/privacy', role: 'ADMIN' },
  { path: '/admin/privacy?q=student%40pathwise.test', role: 'ADMIN' },
  { path: '/admin/notifications', role: 'ADMIN' },
  { path: '/admin/risk', role: 'ADMIN' },
  { path: '/admin/audit', role: 'ADMIN' },
  { path: '/admin/exports', role: 'ADMIN' },
  { path: '/export', role: 'ADMIN' },
];
