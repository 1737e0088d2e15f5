// The pages the zh-CN leftover-English spec renders, in one place: add yours here when you convert them.
// `role` signs in first (null: signed out); `path` is visited as is. One entry per line, so lists merge cleanly.
import type { DemoRole } from '../../scripts/seed/demo-accounts';

/**
 * `status`: the answer expected when it is not a success (the 404 page). `follow`: a selector of a link on
 * `path` to open and check instead (pages whose address holds an id, such as one student's).
 */
export type I18nPage = { path: string; role: DemoRole | null; status?: number; follow?: string };

export const I18N_PAGES: readonly I18nPage[] = [
  // Signed out.
  { path: '/login', role: null },
  // The instructor dashboards (the shell comes with them).
  { path: '/dashboard', role: 'INSTRUCTOR' },
  { path: '/dashboard/realtime', role: 'INSTRUCTOR' },
  { path: '/dashboard/retention', role: 'INSTRUCTOR' },
  { path: '/dashboard/sources', role: 'INSTRUCTOR' },
  { path: '/dashboard/flows', role: 'INSTRUCTOR' },
  { path: '/dashboard/behaviour', role: 'INSTRUCTOR' },
  { path: '/dashboard/pages', role: 'INSTRUCTOR' },
  { path: '/dashboard/funnels', role: 'INSTRUCTOR' },
  { path: '/dashboard/quests', role: 'INSTRUCTOR' },
  { path: '/dashboard/notifications', role: 'INSTRUCTOR' },
  // Status pages.
  { path: '/no-such-page', role: 'INSTRUCTOR', status: 404 },
  { path: '/children', role: 'INSTRUCTOR', status: 403 },
  // admin, export, parent, student: add below.
  // admin, export
  { path: '/admin/sites', role: 'ADMIN' },
  { path: '/admin/privacy', role: 'ADMIN' },
  { path: '/admin/privacy?q=student%40pathwise.test', role: 'ADMIN' },
  { path: '/admin/notifications', role: 'ADMIN' },
  { path: '/admin/risk', role: 'ADMIN' },
  { path: '/admin/audit', role: 'ADMIN' },
  { path: '/admin/exports', role: 'ADMIN' },
  { path: '/export', role: 'ADMIN' },
  // parent, student
  { path: '/children', role: 'PARENT' },
  { path: '/me', role: 'STUDENT' },
  // the instructor's students list and one student
  { path: '/dashboard/students', role: 'INSTRUCTOR' },
  { path: '/dashboard/students', role: 'INSTRUCTOR', follow: '[data-testid="students-table"] tbody a' },
];
