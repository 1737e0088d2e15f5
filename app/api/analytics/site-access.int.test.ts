// Every /api/analytics/* route refuses a site the caller may not see: an instructor naming a site
// none of their courses is on gets 403, and nothing about that site. The routes are found on disk,
// so a route added later is covered without touching this file. Each route is also called for the
// instructor's own site, which must answer 200: the 403 is the site check, not a broken route.
import { asRequestFrom } from '@/lib/testing/request-scope';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { db } from '@/lib/db';
import { Made } from '@/lib/testing/learning-fixtures';

process.env.NEXTAUTH_URL ??= 'http://localhost';

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ANALYTICS = path.dirname(fileURLToPath(import.meta.url));

/** Route files under app/api/analytics, as URL paths with their dynamic segments, e.g. `engagement/[userId]`. */
function analyticsRoutes(dir = ANALYTICS): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return analyticsRoutes(full);
    return entry.name === 'route.ts' ? [path.relative(ANALYTICS, dir).split(path.sep).join('/')] : [];
  });
}

const routes = analyticsRoutes();
const made = new Made();
const w = {} as {
  own: { key: string; name: string };
  foreign: { key: string; name: string };
  instructor: Awaited<ReturnType<Made['user']>>;
  student: string;
};

before(async () => {
  const own = await made.site();
  const foreign = await made.site();
  w.own = own;
  w.foreign = { key: foreign.key, name: `Foreign site ${foreign.key}` };
  await db.site.update({ where: { id: foreign.id }, data: { name: w.foreign.name } });
  w.instructor = await made.user('INSTRUCTOR');
  const other = await made.user('INSTRUCTOR');
  const student = await made.user('STUDENT');
  w.student = student.id;
  await made.enrol(student.id, (await made.course({ instructorId: w.instructor.id, siteId: own.id })).id);
  await made.course({ instructorId: other.id, siteId: foreign.id });
});
after(async () => {
  await made.cleanup();
  await db.$disconnect();
});

async function call(route: string, siteKey: string): Promise<Response> {
  const { GET } = (await import(pathToFileURL(path.join(ANALYTICS, route, 'route.ts')).href)) as { GET: Handler };
  const params: Record<string, string> = {};
  const urlPath = route.replace(/\[(\w+)\]/g, (_, name: string) => {
    params[name] = w.student;
    return w.student;
  });
  return asRequestFrom(w.instructor, `http://localhost/api/analytics/${urlPath}?site=${siteKey}`, (request) =>
    GET(request, { params: Promise.resolve(params) }),
  );
}

describe('an instructor naming a site they do not teach', () => {
  test('the routes are found on disk', () => {
    assert.ok(routes.length >= 12, `found ${routes.join(', ')}`);
    assert.ok(routes.includes('stats') && routes.includes('engagement/[userId]'));
  });

  for (const route of routes) {
    test(`/api/analytics/${route} → 403, and 200 for their own site`, async () => {
      const refused = await call(route, w.foreign.key);
      const body = await refused.text();
      assert.equal(refused.status, 403, body);
      assert.equal((JSON.parse(body) as { error: { code: string } }).error.code, 'forbidden');
      assert.ok(!body.includes(w.foreign.name), 'the refusal must not describe the site');
      const allowed = await call(route, w.own.key);
      assert.equal(allowed.status, 200, await allowed.text());
    });
  }
});
