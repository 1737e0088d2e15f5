// The pages the zh-CN leftover-English spec renders, in one place: add yours here when you convert them.
// `role` signs in first (null: signed out); `path` is visited as is.
import type { DemoRole } from '../../scripts/seed/demo-accounts';

export type I18nPage = { path: string; role: DemoRole | null };

export const I18N_PAGES: readonly I18nPage[] = [
  { path: '/login', role: null },
  // parent, student
  { path: '/children', role: 'PARENT' },
  { path: '/me', role: 'STUDENT' },
];
