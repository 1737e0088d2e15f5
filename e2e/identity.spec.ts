// Issue 11, finding 1: a forged uid must not write into a student's record. Tried as the attack
// was: POST /api/collect by hand with a real student's id, an Origin header, a desktop user agent
// and a 30-minute visit. Then the legitimate path: a platform page on another origin calls
// identify(uid, token) with a token its server signed, and the visit is the student's; rotating
// the secret retires that token.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { devices, type Page } from '@playwright/test';
import { mintIdentityToken } from '../lib/ingest/identity-token';
import { DEMO_PASSWORD, demoAccount, expect, test } from './fixtures';
import config, { baseURL } from './playwright.config';
import { ChildPage } from './pages/child-page';
import { LoginPage } from './pages/login-page';
import { SitesPage } from './pages/sites-page';
import { startStaticServer, type StaticServer } from './support/static-server';
import { rotateSecretAsAdmin } from './support/site-secret';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');
const HOST_PORT = Number(process.env.E2E_IDENTITY_HOST_PORT ?? Number(process.env.E2E_PORT ?? 3123) + 10);
const DESKTOP_UA = devices['Desktop Chrome'].userAgent;
let host: StaticServer;

const launch = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), `--user-agent=${DESKTOP_UA}`] } });

function query<T>(sql: string, ...params: string[]): T[] {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

/** The risk job, run now against the server's database, as the hourly schedule would. */
function scoreRisk() {
  const run = spawnSync('npx', ['tsx', 'scripts/job.ts', 'risk'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, AUTH_SECRET: 'e2e-only-secret-not-for-production' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
}

const latestScore = (userId: string) =>
  query<{ score: number; factors: string }>(
    `SELECT "score", "factors" FROM "RiskScore" WHERE "userId" = ? ORDER BY "computedAt" DESC LIMIT 1`,
    userId,
  )[0];

async function signedIn(page: Page, role: 'ADMIN' | 'PARENT') {
  const login = new LoginPage(page);
  await login.goto();
  await login.signInAndWait(demoAccount(role).email, DEMO_PASSWORD);
}

test.beforeAll(async () => {
  host = await startStaticServer({
    root: path.join(root, 'e2e', 'fixtures'),
    port: HOST_PORT,
    fallback: 'host-page.html',
    replacements: { APP: baseURL },
  });
});
test.afterAll(async () => {
  await host?.close();
});

test('a forged uid leaves the student’s engagement, risk score and parent page unchanged', async ({ page, browser, request }) => {
  const [child] = query<{ id: string; externalId: string }>(
    `SELECT u.id, u."externalId" FROM "ParentChild" pc JOIN "User" u ON u.id = pc."childId" JOIN "User" p ON p.id = pc."parentId" WHERE p.email = ? ORDER BY u.name LIMIT 1`,
    demoAccount('PARENT').email,
  );
  expect(child?.externalId).toMatch(/^stu-\d{4}$/);
  scoreRisk();
  const scoreBefore = latestScore(child!.id);

  // What the parent and an admin see before the attack.
  const parentContext = await browser.newContext();
  const parentPage = await parentContext.newPage();
  await signedIn(parentPage, 'PARENT');
  const childPage = new ChildPage(parentPage);
  await childPage.goto(child!.id);
  const parentBefore = await childPage.summary.textContent();
  await signedIn(page, 'ADMIN');
  await page.goto(`/dashboard/students/${child!.id}`);
  const engagement = page.getByLabel('Engagement metrics');
  const engagementBefore = await engagement.textContent();
  expect(engagementBefore).toContain('Sessions');
  await new SitesPage(page).goto();
  const claims = page.getByLabel('Unverified identity claims for demo');
  const claimsBefore = Number(/^(\d+) event/.exec((await claims.textContent()) ?? '')?.[1] ?? 0);

  // The attack, exactly as filed.
  const now = Date.now();
  const id = () => randomBytes(12).toString('base64url');
  const sid = id();
  const response = await request.post('/api/collect', {
    headers: { origin: host.origin, 'user-agent': DESKTOP_UA, 'content-type': 'text/plain;charset=UTF-8' },
    data: JSON.stringify({
      site: 'demo',
      anon: id(),
      sid,
      uid: child!.externalId,
      sent: now,
      events: [
        { type: 'pageview', ts: now - 30 * 60_000, url: `${host.origin}/quests`, title: 'Quests' },
        { type: 'pageview', ts: now - 1000, url: `${host.origin}/badges`, title: 'Badges', ms: 30 * 60_000 },
      ],
    }),
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ stored: 2 });

  // Stored, but as a claim that names nobody.
  expect(query(`SELECT "userId", "identity", "unverifiedEvents" FROM "Session" WHERE "clientId" = ?`, sid)).toEqual([
    { userId: null, identity: 'claimed', unverifiedEvents: 2 },
  ]);

  scoreRisk();
  expect(latestScore(child!.id)?.score).toBe(scoreBefore?.score);
  await childPage.page.reload();
  await expect(childPage.summary).toHaveText(parentBefore ?? '');
  await page.goto(`/dashboard/students/${child!.id}`);
  await expect(engagement).toHaveText(engagementBefore ?? '');
  await new SitesPage(page).goto();
  await expect(claims).toContainText(`${claimsBefore + 2} event`);
  await parentContext.close();
});

test('a signed identify() from a host page on another origin links the visitor; rotating the secret retires the token', async ({
  page,
  browser,
}) => {
  const [student] = query<{ id: string; externalId: string }>(
    `SELECT id, "externalId" FROM "User" WHERE role = 'STUDENT' AND "externalId" IS NOT NULL ORDER BY "externalId" DESC LIMIT 1`,
  );
  const secret = await rotateSecretAsAdmin(browser, 'demo');
  const token = mintIdentityToken(secret, student!.externalId, { ttlSeconds: 600 });
  const linkedSessions = () =>
    query<{ n: number }>(`SELECT COUNT(*) AS n FROM "Session" WHERE "userId" = ? AND "identity" = 'verified'`, student!.id)[0]!.n;
  const before = linkedSessions();

  const visit = async (visitPage: Page, uidToken: string) => {
    await visitPage.goto(`${host.origin}/host-page.html`);
    await visitPage.waitForFunction(() => 'pathwise' in window);
    const anon = await visitPage.evaluate(
      ([uid, signed]) => {
        const api = (window as unknown as { pathwise: { identify: (u: string, t: string) => void; track: (n: string) => void } }).pathwise;
        api.identify(uid!, signed!);
        api.track('identity_check');
        return localStorage.getItem('pw_a');
      },
      [student!.externalId, uidToken],
    );
    await expect.poll(() => visitPage.evaluate(() => localStorage.getItem('pw_a'))).not.toBeNull();
    return anon ?? (await visitPage.evaluate(() => localStorage.getItem('pw_a')))!;
  };
  const visitorOf = (anon: string) =>
    expect.poll(() => query<{ userId: string | null }>(`SELECT "userId" FROM "Visitor" WHERE "anonId" = ?`, anon)[0], { timeout: 15_000 });

  const anon = await visit(page, token);
  await visitorOf(anon).toEqual({ userId: student!.id });
  await expect.poll(linkedSessions).toBeGreaterThan(before);

  // The student's page says where the activity came from.
  await signedIn(page, 'ADMIN');
  await page.goto(`/dashboard/students/${student!.id}`);
  await expect(page.getByRole('region', { name: 'Where this activity comes from' })).toContainText('from verified identity');

  // After a rotation the same token is only a claim: a fresh visitor, never linked.
  await rotateSecretAsAdmin(browser, 'demo');
  const fresh = await browser.newContext({ userAgent: DESKTOP_UA });
  try {
    const stale = await visit(await fresh.newPage(), token);
    await expect
      .poll(
        () =>
          query<{ identity: string }>(
            `SELECT s."identity" FROM "Session" s JOIN "Visitor" v ON v.id = s."visitorId" WHERE v."anonId" = ?`,
            stale,
          )[0],
        {
          timeout: 15_000,
        },
      )
      .toEqual({ identity: 'claimed' });
    expect(query<{ userId: string | null }>(`SELECT "userId" FROM "Visitor" WHERE "anonId" = ?`, stale)[0]).toEqual({ userId: null });
  } finally {
    await fresh.close();
  }
});
