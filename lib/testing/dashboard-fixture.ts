// A small, hand-built site for the dashboard integration tests: 5 visitors, 8 sessions, 46 events
// in March 2031, with every figure the tests assert worked out by hand in the comments of
// *.int.test.ts. Each call creates a fresh site (unique key), so suites never see each other's rows.
import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import { siteForSystem, type AuthorizedSite } from '@/lib/access';
import { db, type Prisma } from '@/lib/db';

export const RANGE = { from: new Date('2031-03-03T00:00:00.000Z'), to: new Date('2031-03-13T00:00:00.000Z') };

type Ev = [at: string, type: string, path: string, extra?: Partial<Prisma.EventCreateManyInput>];
type SessionSpec = {
  key: string;
  visitor: string;
  start: string;
  channel: string;
  durationMs: number;
  referrerDomain?: string;
  utm?: [source: string, medium: string, campaign: string];
  device: [device: string, browser: string, os: string];
  events: Ev[];
};

const pv = (at: string, path: string, loadMs?: number): Ev => [at, 'pageview', path, loadMs === undefined ? {} : { durationMs: loadMs }];
const exit = (at: string, path: string, durationMs: number): Ev => [at, 'page_exit', path, { durationMs }];
const click = (at: string, path: string, x: number, y: number, elementId: string, text: string, tag: string, track: string): Ev => [
  at,
  'click',
  path,
  { x, y, elementId, elementText: text, elementTag: tag, props: { track } },
];
const custom = (at: string, path: string, name: string): Ev => [at, 'custom', path, { name, category: 'quest' }];

const VISITORS: Record<string, string> = {
  V1: '2031-03-03T10:00:00.000Z',
  V2: '2031-03-03T12:00:00.000Z',
  V3: '2031-03-05T09:00:00.000Z',
  V4: '2031-03-10T08:00:00.000Z',
  V5: '2031-02-25T10:00:00.000Z',
};

const DESKTOP: SessionSpec['device'] = ['desktop', 'Chrome', 'Windows'];
const ERROR = { name: 'TypeError: x is undefined', category: 'error', props: { source: 'app.js' } };

export const SESSIONS: SessionSpec[] = [
  {
    key: 'S0',
    visitor: 'V5',
    start: '2031-02-25T10:00:00Z',
    channel: 'Direct',
    durationMs: 5_000,
    device: DESKTOP,
    events: [pv('2031-02-25T10:00:00Z', '/', 100), exit('2031-02-25T10:00:05Z', '/', 5_000)],
  },
  {
    key: 'S1',
    visitor: 'V1',
    start: '2031-03-03T10:00:00Z',
    channel: 'Direct',
    durationMs: 300_000,
    device: DESKTOP,
    events: [
      pv('2031-03-03T10:00:00Z', '/', 100),
      click('2031-03-03T10:00:30Z', '/', 100, 50, 'hero-cta', 'Explore quests', 'a', 'hero-cta'),
      ['2031-03-03T10:00:40Z', 'mouse_activity', '/', { props: { intensity: 0.5 } }],
      exit('2031-03-03T10:01:00Z', '/', 60_000),
      pv('2031-03-03T10:01:00Z', '/quests', 200),
      ['2031-03-03T10:01:30Z', 'scroll', '/quests', { scrollDepth: 25 }],
      exit('2031-03-03T10:03:00Z', '/quests', 120_000),
      pv('2031-03-03T10:03:00Z', '/quests/mars', 300),
      custom('2031-03-03T10:04:00Z', '/quests/mars', 'quest_started'),
      exit('2031-03-03T10:05:00Z', '/quests/mars', 120_000),
    ],
  },
  {
    key: 'S2',
    visitor: 'V2',
    start: '2031-03-03T12:00:00Z',
    channel: 'Organic Search',
    referrerDomain: 'google.com',
    durationMs: 30_000,
    device: ['mobile', 'Safari', 'iOS'],
    events: [
      pv('2031-03-03T12:00:00Z', '/', 400),
      click('2031-03-03T12:00:10Z', '/', 110, 60, 'hero-cta', 'Explore quests', 'a', 'hero-cta'),
      ['2031-03-03T12:00:15Z', 'mouse_activity', '/', { props: { intensity: 0.25 } }],
      ['2031-03-03T12:00:20Z', 'scroll', '/', { scrollDepth: 25 }],
      exit('2031-03-03T12:00:30Z', '/', 30_000),
    ],
  },
  {
    key: 'S3',
    visitor: 'V1',
    start: '2031-03-04T09:00:00Z',
    channel: 'Social',
    referrerDomain: 'facebook.com',
    durationMs: 120_000,
    device: DESKTOP,
    events: [
      pv('2031-03-04T09:00:00Z', '/login'),
      ['2031-03-04T09:00:20Z', 'form_submit', '/login', { name: 'login-form' }],
      exit('2031-03-04T09:00:30Z', '/login', 30_000),
      pv('2031-03-04T09:00:30Z', '/quests', 250),
      exit('2031-03-04T09:01:00Z', '/quests', 30_000),
      pv('2031-03-04T09:01:00Z', '/quests', 150),
      exit('2031-03-04T09:01:30Z', '/quests', 30_000),
      pv('2031-03-04T09:01:30Z', '/badges', 50),
      ['2031-03-04T09:01:40Z', 'error', '/badges', ERROR],
      exit('2031-03-04T09:02:00Z', '/badges', 30_000),
    ],
  },
  {
    key: 'S4',
    visitor: 'V3',
    start: '2031-03-05T09:00:00Z',
    channel: 'Campaign',
    utm: ['newsletter', 'email', 'spring'],
    durationMs: 600_000,
    device: ['mobile', 'Chrome', 'Android'],
    events: [
      pv('2031-03-05T09:00:00Z', '/', 500),
      exit('2031-03-05T09:05:00Z', '/', 300_000),
      pv('2031-03-05T09:05:00Z', '/quests', 100),
      custom('2031-03-05T09:06:00Z', '/quests', 'quest_started'),
      custom('2031-03-05T09:08:00Z', '/quests', 'quest_completed'),
      ['2031-03-05T09:09:00Z', 'video', '/quests', { name: 'play', props: { src: '/v.mp4' } }],
      ['2031-03-05T09:09:30Z', 'video', '/quests', { name: 'complete', props: { src: '/v.mp4' } }],
      exit('2031-03-05T09:10:00Z', '/quests', 300_000),
    ],
  },
  {
    key: 'S5',
    visitor: 'V4',
    start: '2031-03-10T08:00:00Z',
    channel: 'Direct',
    durationMs: 10_000,
    device: ['desktop', 'Firefox', 'Linux'],
    events: [
      pv('2031-03-10T08:00:00Z', '/', 200),
      ['2031-03-10T08:00:05Z', 'error', '/', ERROR],
      exit('2031-03-10T08:00:10Z', '/', 10_000),
    ],
  },
  {
    key: 'S6',
    visitor: 'V1',
    start: '2031-03-11T14:00:00Z',
    channel: 'Referral',
    referrerDomain: 'blog.example.org',
    durationMs: 60_000,
    device: DESKTOP,
    events: [
      pv('2031-03-11T14:00:00Z', '/quests', 300),
      click('2031-03-11T14:00:30Z', '/quests', 500, 300, 'start-quest', 'Start quest', 'button', 'start-quest'),
      ['2031-03-11T14:00:40Z', 'download', '/quests', { name: 'guide.pdf' }],
      exit('2031-03-11T14:01:00Z', '/quests', 60_000),
    ],
  },
  {
    key: 'S7',
    visitor: 'V5',
    start: '2031-03-04T20:00:00Z',
    channel: 'WeChat',
    referrerDomain: 'weixin.qq.com',
    durationMs: 45_000,
    device: ['desktop', 'Edge', 'Windows'],
    events: [
      pv('2031-03-04T20:00:00Z', '/about', 600),
      exit('2031-03-04T20:00:15Z', '/about', 15_000),
      pv('2031-03-04T20:00:15Z', '/', 100),
      exit('2031-03-04T20:00:45Z', '/', 30_000),
    ],
  },
];

export type DashboardFixture = {
  /** The fixture's site as the queries take it (tests act as the system, which reads every site). */
  site: AuthorizedSite;
  siteId: string;
  siteKey: string;
  sessionIds: Record<string, string>;
  visitorIds: Record<string, string>;
  cleanup: () => Promise<void>;
};

/** `timeZone`: the site's zone (UTC by default, which every pinned figure assumes). */
export async function createDashboardFixture(timeZone = 'UTC'): Promise<DashboardFixture> {
  const tag = randomUUID().slice(0, 8);
  const site = await db.site.create({
    data: { key: `dash-${tag}`, name: `Dashboard fixture ${tag}`, domains: ['fixture.test'], timeZone },
  });
  const visitorIds = Object.fromEntries(Object.keys(VISITORS).map((key) => [key, `${tag}-${key}`]));
  const sessionIds = Object.fromEntries(SESSIONS.map((s) => [s.key, `${tag}-${s.key}`]));
  await db.visitor.createMany({
    data: Object.entries(VISITORS).map(([key, first]) => ({
      id: visitorIds[key] as string,
      siteId: site.id,
      anonId: `${tag}-${key}`,
      firstSeen: new Date(first),
      lastSeen: new Date(first),
    })),
  });
  await db.session.createMany({
    data: SESSIONS.map((s) => {
      const pages = s.events.filter((e) => e[1] === 'pageview').map((e) => e[2]);
      const start = new Date(s.start);
      return {
        id: sessionIds[s.key] as string,
        siteId: site.id,
        clientId: `${tag}-${s.key}`,
        visitorId: visitorIds[s.visitor] as string,
        startedAt: start,
        lastSeenAt: new Date(start.getTime() + s.durationMs),
        entryPath: pages[0] ?? null,
        exitPath: pages[pages.length - 1] ?? null,
        referrerDomain: s.referrerDomain ?? null,
        channel: s.channel,
        utmSource: s.utm?.[0] ?? null,
        utmMedium: s.utm?.[1] ?? null,
        utmCampaign: s.utm?.[2] ?? null,
        device: s.device[0],
        browser: s.device[1],
        os: s.device[2],
        pageviews: pages.length,
        eventCount: s.events.length,
        durationMs: s.durationMs,
        bounce: pages.length <= 1,
      };
    }),
  });
  // createMany keeps array order, so ids increase in the order written (ties on time break by id).
  await db.event.createMany({
    data: SESSIONS.flatMap((s) =>
      s.events.map(([at, type, path, extra]) => ({
        siteId: site.id,
        sessionId: sessionIds[s.key] as string,
        visitorId: visitorIds[s.visitor] as string,
        type,
        path,
        url: `https://fixture.test${path}`,
        timestamp: new Date(at),
        ...extra,
      })),
    ),
  });
  return {
    site: siteForSystem({ id: site.id, key: site.key, name: site.name, timeZone: site.timeZone }),
    siteId: site.id,
    siteKey: site.key,
    sessionIds,
    visitorIds,
    cleanup: async () => {
      await db.setting.deleteMany({ where: { key: { startsWith: `rollups:coverage:${site.id}` } } });
      await db.site.delete({ where: { id: site.id } });
    },
  };
}

/**
 * Builds the fixture before the file's tests and removes it after them. The returned object is
 * filled in by `before`, so tests read `fixture.site` as usual.
 */
export function withDashboardFixture(): DashboardFixture {
  const fixture = {} as DashboardFixture;
  before(async () => {
    Object.assign(fixture, await createDashboardFixture());
  });
  after(async () => {
    await fixture.cleanup();
    await db.$disconnect();
  });
  return fixture;
}
