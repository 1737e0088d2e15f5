import { DEMO_PASSWORD, demoAccount, expect, test } from './fixtures';

test.describe('signing in lands each role on its home', () => {
  for (const role of ['ADMIN', 'INSTRUCTOR'] as const) {
    test(`${role.toLowerCase()} → /dashboard with KPI figures`, async ({ page, signInAs }) => {
      await signInAs(role);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
      for (const label of ['Visitors', 'Sessions', 'Pageviews', 'Events']) {
        await expect(page.locator(`[data-kpi="${label}"]`)).toContainText(/\d/);
      }
    });
  }

  test('parent → /children/<id> showing their child', async ({ page, signInAs }) => {
    await signInAs('PARENT');
    await expect(page).toHaveURL(/\/children\/[^/]+$/);
    await expect(page.getByText('Summary for')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  });

  test('student → /me', async ({ page, signInAs }) => {
    const account = await signInAs('STUDENT');
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole('heading', { name: `Hi, ${account.name}` })).toBeVisible();
  });
});

test.describe('anonymous visitors', () => {
  for (const path of ['/dashboard', '/children/x', '/me']) {
    test(`${path} redirects to /login with a callbackUrl`, async ({ page }) => {
      await page.goto(path);
      const url = new URL(page.url());
      expect(url.pathname).toBe('/login');
      expect(url.searchParams.get('callbackUrl')).toBe(path);
    });
  }

  test('return to the page they asked for after signing in', async ({ page, loginPage }) => {
    await page.goto('/dashboard?range=30d');
    await loginPage.signInAndWait(demoAccount('ADMIN').email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard\?range=30d$/);
  });

  test('a callbackUrl to another site is ignored', async ({ page, loginPage }) => {
    await loginPage.goto('https://evil.example/');
    await loginPage.signInAndWait(demoAccount('ADMIN').email, DEMO_PASSWORD);
    expect(new URL(page.url()).origin).not.toContain('evil.example');
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test('the API answers 401 in the shared error shape', async ({ request }) => {
    const response = await request.get('/api/me');
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });
});

test('a wrong password and an unknown email get the same generic message', async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signIn(demoAccount('STUDENT').email, 'not-the-password');
  await expect(loginPage.error).toHaveText('Email or password is incorrect.');
  await loginPage.signIn('nobody@pathwise.test', 'not-the-password');
  await expect(loginPage.error).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/login$/);
});

test('demo accounts can be filled in with one click', async ({ page, loginPage }) => {
  await loginPage.goto();
  const student = demoAccount('STUDENT');
  await loginPage.fillDemo(student.email);
  await expect(loginPage.email).toHaveValue(student.email);
  await expect(loginPage.password).toHaveValue(DEMO_PASSWORD);
  await loginPage.submit.click();
  await expect(page).toHaveURL(/\/me$/);
});

test('a parent opening /dashboard gets the 403 page', async ({ page, signInAs }) => {
  await signInAs('PARENT');
  const response = await page.goto('/dashboard');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'This page is not for your account' })).toBeVisible();
});

test('the API returns the signed-in user', async ({ page, signInAs }) => {
  const account = await signInAs('INSTRUCTOR');
  const response = await page.request.get('/api/me');
  expect(response.status()).toBe(200);
  expect((await response.json()).user).toMatchObject({ email: account.email, role: 'INSTRUCTOR' });
});

test('signing out ends the session', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard$/);
  expect((await page.request.get('/api/me')).status()).toBe(401);
});
