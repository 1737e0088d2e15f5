// A production instance on PostgreSQL, started the way an operator does (`npm start`, i.e.
// scripts/start.ts): nothing is seeded, no credentials are shown anywhere, and the first admin is
// created on the one-time setup page with the token from the server log — or from a shell.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { test, expect } from './fixtures';
import { LoginPage } from './pages/login-page';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.E2E_SETUP_PORT ?? Number(process.env.E2E_PORT ?? 3123) + 10);
const origin = `http://127.0.0.1:${port}`;
const adminUrl = process.env.PATHWISE_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const dbName = `${process.env.E2E_PG_PREFIX ?? 'pathwise_e2e'}_setup_${Date.now().toString(36)}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();

let server: ChildProcess | undefined;
let log = '';

async function admin(query: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(query);
  } finally {
    await client.end();
  }
}

async function inInstance(query: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(query)).rows;
  } finally {
    await client.end();
  }
}

async function waitForHealth() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) throw new Error(`npm start exited:\n${log}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start did not become healthy:\n${log}`);
}

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  await admin(`CREATE DATABASE ${dbName}`);
  const { AUTH_SECRET: _secret, NEXTAUTH_URL: _url, PATHWISE_SEED_DEMO: _seed, PATHWISE_SETUP_TOKEN: _token, ...env } = process.env;
  server = spawn(`${root}/node_modules/.bin/tsx`, ['scripts/start.ts'], {
    cwd: root,
    detached: true,
    env: { ...env, DATABASE_URL: databaseUrl, PORT: String(port), PATHWISE_URL: origin },
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForHealth();
});

test.afterAll(async () => {
  if (server?.pid) {
    process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server!.once('exit', resolve));
  }
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

const setupToken = () => /enter the setup token (\S+)/.exec(log)?.[1];

test('on PostgreSQL nothing is seeded and the first visit opens the setup page, with no credentials shown', async ({ page }) => {
  expect(await inInstance('SELECT count(*)::int AS n FROM "User"')).toEqual([{ n: 0 }]);
  expect(await inInstance(`SELECT key FROM "Setting" WHERE key = 'demo'`)).toEqual([]);
  expect(setupToken(), log).toBeTruthy();

  await page.goto(`${origin}/`);
  await expect(page).toHaveURL(`${origin}/setup`);
  await expect(page.getByRole('heading', { name: 'Set up Pathwise' })).toBeVisible();
  await page.goto(`${origin}/login`);
  await expect(page).toHaveURL(`${origin}/setup`);
  await expect(page.getByText('pathwise-demo')).toHaveCount(0);
  await expect(page.getByText('Demo data')).toHaveCount(0);
});

test('a wrong setup token is refused; the right one creates the first admin, and only once', async ({ page }) => {
  await page.goto(`${origin}/setup`);
  const fill = async (token: string) => {
    await page.getByLabel('Setup token').fill(token);
    await page.getByLabel('Your name').fill('Olu Owner');
    await page.getByLabel('Email').fill('owner@school.example');
    await page.getByLabel(/^Password/).fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create the admin account' }).click();
  };
  await fill('not-the-token');
  await expect(page.locator('form').getByRole('alert')).toContainText('setup token is not right');
  expect(await inInstance('SELECT count(*)::int AS n FROM "User"')).toEqual([{ n: 0 }]);

  await fill(setupToken()!);
  await expect(page).toHaveURL(`${origin}/login?setup=done`);
  const login = new LoginPage(page);
  await expect(login.demoAccounts).toHaveCount(0);
  await expect(page.getByText('Demo data')).toHaveCount(0);
  await login.signInAndWait('owner@school.example', 'correct horse battery staple');
  await expect(page).toHaveURL(/\/admin|\/dashboard/);

  // One-time: with an account present, /setup leads to sign-in.
  await page.context().clearCookies();
  await page.goto(`${origin}/setup`);
  await expect(page).toHaveURL(`${origin}/login`);
  expect(await inInstance(`SELECT email, role FROM "User"`)).toEqual([{ email: 'owner@school.example', role: 'ADMIN' }]);
});

test('npm run user -- create adds an account from a shell', async ({ page }) => {
  const run = (...args: string[]) =>
    spawnSync(`${root}/node_modules/.bin/tsx`, ['scripts/user.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });
  const short = run('create', '--role', 'instructor', '--email', 'teacher@school.example', '--password', 'short');
  expect(short.status).toBe(1);
  expect(short.stderr).toContain('at least 12 characters');
  const created = run(
    'create',
    '--role',
    'instructor',
    '--email',
    'teacher@school.example',
    '--name',
    'Tess Teacher',
    '--password',
    'a long teacher password',
  );
  expect(created.status, created.stderr).toBe(0);
  const login = new LoginPage(page);
  await page.goto(`${origin}/login`);
  await login.signInAndWait('teacher@school.example', 'a long teacher password');
  await expect(page).toHaveURL(/\/dashboard/);
});
