// `npm run demo -- remove`: takes the demo seed back out before an instance goes live, so no
// account with the published password remains. Real sites and accounts are left alone: the demo's
// are recognised by the seed's own site keys and its reserved .test e-mail domain.
import type { Db } from '../../lib/db';
import { SETUP_SETTING_KEY } from '../../lib/accounts/create-account';
import { BADGES, PILLARS } from './catalogue-data';
import { DEMO_SETTING_KEY } from './demo-accounts';

export const DEMO_SITE_KEYS = ['demo', 'community'] as const;
export const DEMO_EMAIL_DOMAIN = '@pathwise.test';

export type DemoRemoval = { sites: number; users: number; courses: number; usersLeft: number };

export async function removeDemo(db: Db): Promise<DemoRemoval> {
  const sites = await db.site.findMany({ where: { key: { in: [...DEMO_SITE_KEYS] } }, select: { id: true } });
  const siteIds = sites.map((site) => site.id);
  // Sites cascade to their traffic, rollups and destinations; users to their learning records.
  const [courses, , , , removedSites, users] = await db.$transaction([
    db.course.deleteMany({ where: { siteId: { in: siteIds } } }),
    db.badge.deleteMany({ where: { key: { in: BADGES.map((badge) => badge.key) } } }),
    db.pillar.deleteMany({ where: { key: { in: PILLARS.map((pillar) => pillar.key) } } }),
    db.setting.deleteMany({ where: { key: DEMO_SETTING_KEY } }),
    db.site.deleteMany({ where: { id: { in: siteIds } } }),
    db.user.deleteMany({ where: { email: { endsWith: DEMO_EMAIL_DOMAIN } } }),
  ]);
  const usersLeft = await db.user.count();
  // With nobody left, the next visit must be able to run the first-run setup again.
  if (usersLeft === 0) await db.setting.deleteMany({ where: { key: SETUP_SETTING_KEY } });
  return { sites: removedSites.count, users: users.count, courses: courses.count, usersLeft };
}
