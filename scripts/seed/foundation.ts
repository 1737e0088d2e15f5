// Everything the traffic refers to, written before it: both sites, every account and family link,
// the catalogue, the demo Setting row, and the members' browsers (Visitor rows).
import type { Db, Prisma } from '../../lib/db';
import type { DatabaseProvider } from '../../lib/database-url';
import { demoSettingRow, parentChildRows } from './accounts';
import type { SiteRef } from './anonymous-traffic';
import { insertStatements } from './bulk-insert';
import type { catalogueRows } from './catalogue';
import type { People } from './people';
import { VISITOR_TABLE } from './tables';
import type { VisitorRow } from './writer';

export type Foundation = {
  academy: SiteRef;
  forum: SiteRef;
  siteCreated: Date;
  users: Prisma.UserCreateManyInput[];
  people: People;
  createdAt: ReadonlyMap<string, Date>;
  catalogueData: ReturnType<typeof catalogueRows>;
  visitors: VisitorRow[];
  now: Date;
};

export async function writeFoundation(db: Db, provider: DatabaseProvider, input: Foundation): Promise<void> {
  const { academy, forum, siteCreated, catalogueData } = input;
  const forumCreated = new Date(siteCreated.getTime() + 60_000);
  await db.$transaction([
    db.site.createMany({
      data: [
        // The demo pages are served by Pathwise itself, on any port of localhost.
        {
          id: academy.id,
          key: 'demo',
          name: 'Pathwise Demo Academy',
          domains: ['localhost', '127.0.0.1'],
          trustBrowserLearningEvents: true,
          createdAt: siteCreated,
          updatedAt: siteCreated,
        },
        // A minute later: sites are listed oldest first, and the demo academy should be the default.
        {
          id: forum.id,
          key: 'community',
          name: 'Pathwise Community Forum',
          domains: ['community.pathwise.test'],
          createdAt: forumCreated,
          updatedAt: forumCreated,
        },
      ],
    }),
    db.user.createMany({ data: input.users }),
    db.parentChild.createMany({ data: parentChildRows(input.people, input.createdAt) }),
    db.pillar.createMany({ data: catalogueData.pillars }),
    db.course.createMany({ data: catalogueData.courses }),
    db.task.createMany({ data: catalogueData.tasks }),
    db.badge.createMany({ data: catalogueData.badges }),
    db.setting.createMany({ data: [demoSettingRow(input.now)] }),
    ...insertStatements(db, provider, VISITOR_TABLE, input.visitors),
  ]);
}
