// xAPI end to end: an admin creates an LRS credential under Admin → Sites and reads its key and
// secret (shown once); a client posts a Moodle-shaped and an Open edX-shaped batch of historical
// statements with it (lib/xapi/learning/fixtures/, moved to 9–16 days ago, their actors the
// test's own students by LMS account name and by e-mail); then the student's journey, the
// instructor's student list and the parent's page show them, and risk history was backfilled
// for the past days they are dated on (the LRS asked for the risk-backfill job itself).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { formatBucketLong } from '../lib/format';
import { floorDay } from '../lib/time/site-day';
import { expect, test } from './fixtures';
import { LoginPage } from './pages/login-page';
import { SitesPage } from './pages/sites-page';
import { StudentDetailPage, StudentsPage } from './pages/students-page';
import { ChildPage } from './pages/child-page';
import { createFamily } from './support/family';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');
const DAY = 86_400_000;
const MOODLE = 'https://moodle.example.edu';

function query<T>(sql: string, ...params: string[]): T[] {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

type Statement = Record<string, unknown> & { timestamp: string };

/** A fixture batch moved so it starts `daysAgo` days ago, sent by `actor`, with fresh ids. */
function historical(name: 'moodle' | 'open-edx', daysAgo: number, actor: Record<string, unknown>): Statement[] {
  const file = path.join(root, 'lib', 'xapi', 'learning', 'fixtures', `${name}.json`);
  const statements = JSON.parse(readFileSync(file, 'utf8')) as Statement[];
  const first = Date.parse(statements[0]?.timestamp ?? '');
  const start = Date.now() - daysAgo * DAY;
  return statements.map((statement) => ({
    ...statement,
    id: randomUUID(),
    actor: { objectType: 'Agent', ...actor },
    timestamp: new Date(start + Date.parse(statement.timestamp) - first).toISOString(),
  }));
}

const utcDay = (at: string | number | Date) => new Date(at).toISOString().slice(0, 10);

test('history posted to the LRS with a credential made in Admin → Sites reaches the student, instructor and parent pages, risk backfilled', async ({
  page,
  signInAs,
  request,
}) => {
  test.setTimeout(240_000);
  // Accounts a month old, as a school's are before it connects its LMS.
  const family = createFamily(['Ada', 'Ben'], 30);
  const [ada, ben] = family.children;
  if (!ada || !ben) throw new Error('no children created');

  await signInAs('ADMIN');
  const sites = new SitesPage(page);
  await sites.goto();
  await expect(sites.lrsCredentials('demo')).toContainText('xAPI (LRS) credentials');
  const credential = await sites.createLrsCredential('demo', { label: `Moodle ${ada.externalId}`, homePage: MOODLE });
  await expect(sites.lrsCredentials('demo').getByRole('row', { name: new RegExp(credential.key) })).toContainText(MOODLE);

  // Moodle sends the LMS account (name = the Pathwise external id under the credential's home
  // page); the Open edX batch names its learners by e-mail.
  const moodle = [
    ...historical('moodle', 16, { name: ada.name, account: { homePage: MOODLE, name: ada.externalId } }),
    ...historical('moodle', 12, { name: ben.name, mbox: `mailto:${ben.email}` }),
  ];
  const openEdx = historical('open-edx', 9, { name: ada.name, mbox: `mailto:${ada.email}` });
  const posted = Date.now();
  const authorization = `Basic ${Buffer.from(`${credential.key}:${credential.secret}`).toString('base64')}`;
  for (const batch of [moodle, openEdx]) {
    const response = await request.post('/xapi/statements', {
      headers: { authorization, 'X-Experience-API-Version': '1.0.3', 'content-type': 'application/json' },
      data: batch,
    });
    expect(response.status(), await response.text()).toBe(200);
    expect(await response.json()).toEqual(batch.map((statement) => statement.id));
  }

  // The LRS asked for a risk backfill from the earliest statement's local day (widened to the
  // UTC day it starts in); Admin → Sites shows the run, refreshing until it is done.
  const [site] = query<{ timeZone: string }>(`SELECT "timeZone" FROM "Site" WHERE key = 'demo'`);
  const from = utcDay(floorDay(site?.timeZone ?? 'UTC', new Date(moodle[0]!.timestamp)));
  type Run = { startedAt: string | number; finishedAt: string | number | null; ok: number | null; details: string | null };
  const ours = () =>
    query<Run>(`SELECT "startedAt", "finishedAt", ok, details FROM "JobRun" WHERE job = 'risk-backfill'`).filter(
      (run) => new Date(run.startedAt).getTime() >= posted - 1000 && (JSON.parse(run.details ?? '{}') as { from?: string }).from === from,
    );
  await expect.poll(() => ours().map((run) => [run.finishedAt !== null, run.ok]), { timeout: 120_000 }).toEqual([[true, 1]]);
  await sites.goto();
  const run = sites.historyRuns().filter({ hasText: 'LRS · demo' }).filter({ hasText: from }).first();
  await expect(run).toContainText('done');

  // The student's journey (seen by an admin, who sees every course): the Moodle course and the
  // Open edX course, by the names the statements gave them.
  await page.goto(`/dashboard/students/${ada.id}`);
  const detail = new StudentDetailPage(page);
  await expect(detail.timeline).toContainText('Started a first quest: Algebra 101');
  await expect(detail.timeline).toContainText('Completed Physics 101');

  // The instructor's student list holds both (their course enrols them), and the student page
  // draws the risk history of the past days, the figures the server stored for them.
  await page.context().clearCookies();
  await signInAs('INSTRUCTOR');
  const students = new StudentsPage(page);
  await students.goto('?sort=name&dir=asc');
  for (const child of [ada, ben]) await expect(students.table.locator(`tr[data-student-id="${child.id}"]`)).toContainText(child.name);
  await page.goto(`/dashboard/students/${ada.id}`);
  const scores = query<{ computedAt: string | number; score: number }>(
    `SELECT "computedAt", score FROM "RiskScore" WHERE "userId" = ?`,
    ada.id,
  );
  const byDay = new Map(scores.map((row) => [utcDay(row.computedAt), row.score]));
  const historyDay = utcDay(moodle[0]!.timestamp);
  expect(byDay.has(historyDay), `a risk score on ${historyDay}`).toBe(true);
  expect(byDay.has(from) && byDay.has(utcDay(Date.now()))).toBe(true);
  const history = page.getByRole('region', { name: 'Risk score per day; higher is more at risk' });
  await page.locator('[data-chart="risk-history"]').getByText('Show data as a table').click();
  const point = history.getByRole('row').filter({ has: page.getByRole('rowheader', { name: formatBucketLong(historyDay), exact: true }) });
  await expect(point.getByRole('cell').first()).toHaveText(byDay.get(historyDay)!.toFixed(2));

  // The parent's page for each child.
  await page.context().clearCookies();
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWait(family.parent.email, family.password);
  const child = new ChildPage(page);
  await child.goto(ada.id);
  await expect(child.summary.getByRole('region', { name: 'Recently finished' })).toContainText('Physics 101');
  await child.goto(ben.id);
  await expect(child.rhythm).toContainText('Last learned');

  // And the student's own page.
  await page.context().clearCookies();
  await login.goto();
  await login.signInAndWait(ada.email, family.password);
  await page.goto('/me');
  await expect(child.summary).toContainText('Physics 101');
});
