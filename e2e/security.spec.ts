// Security headers, a CSP that the app's own pages pass, status codes, the demo's visibility and
// the destinations guard, on the seeded e2e instance (a demo instance).
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ANALYTICS_PAGES } from './pages/dashboard-page';

/** Records every CSP violation a page reports, from the DOM event and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function browse(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState('networkidle');
  }
}

test('app pages carry framing protection, nosniff, a referrer policy and a nonce CSP', async ({ request }) => {
  const login = await request.get('/login');
  const headers = login.headers();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain('unsafe-eval');
  // Each page view gets its own nonce, and Next puts it on its scripts.
  const again = (await request.get('/login')).headers()['content-security-policy'];
  expect(again).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(await login.text()).toContain(`nonce="${nonce}"`);
});

test('the SDK and the collect endpoints can still be embedded and called from other sites', async ({ request }) => {
  for (const path of ['/sdk.js', '/api/collect/config?site=demo']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-frame-options'], path).toBeUndefined();
    expect(headers['content-security-policy'], path).toBeUndefined();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
  }
});

test('browsing the main pages as each role raises no CSP violation', async ({ page, signInAs }) => {
  test.setTimeout(240_000);
  const violations = await watchCsp(page);
  await browse(page, ['/login']);
  await signInAs('ADMIN');
  await browse(page, ['/admin/sites', '/admin/exports', '/admin/privacy', '/admin/audit', '/export']);
  await page.context().clearCookies();
  await signInAs('INSTRUCTOR');
  await browse(page, [...ANALYTICS_PAGES.map((section) => `/dashboard${section ? `/${section}` : ''}`), '/dashboard/students']);
  await page.context().clearCookies();
  await signInAs('PARENT');
  await browse(page, ['/children']);
  await page.context().clearCookies();
  await signInAs('STUDENT');
  await browse(page, ['/me']);
  expect(violations).toEqual([]);
  // The watcher itself works: an inline event handler is just what the policy forbids.
  await page.evaluate(() => {
    document.body.setAttribute('onclick', 'void 0');
    document.body.click();
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test('an unknown page answers 404 and a forbidden one 403, as the HTTP status', async ({ page, signInAs }) => {
  expect((await page.goto('/no-such-page'))?.status()).toBe(404);
  await signInAs('INSTRUCTOR');
  // The demo forum carries none of the instructor's courses.
  expect((await page.goto('/dashboard?site=community'))?.status()).toBe(403);
  await expect(page.getByText('403 · Forbidden')).toBeVisible();
});

test('a demo instance says so on every page and shows the demo logins', async ({ page, loginPage, signInAs }) => {
  await loginPage.goto();
  await expect(page.getByRole('note').filter({ hasText: 'Demo data' })).toBeVisible();
  await expect(loginPage.demoAccounts).toBeVisible();
  await signInAs('INSTRUCTOR');
  await expect(page.getByRole('note').filter({ hasText: 'Demo data' })).toBeVisible();
});

test('a destination on 127.0.0.1 is refused with a generic message, and nothing is saved', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  await page.goto('/admin/exports');
  const form = page.getByRole('form', { name: 'Add a destination' });
  const name = `loopback-${Date.now()}`;
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Endpoint').fill('http://127.0.0.1:6379');
  await form.getByLabel('Bucket', { exact: true }).fill('probe-bucket');
  await form.getByLabel('Access key id').fill('probe-key');
  await form.getByLabel('Secret access key').fill('probe-secret');
  await form.getByRole('button', { name: 'Add destination' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('This endpoint is not allowed');
  await expect(alert).not.toContainText(/ECONNREFUSED|6379|127\.0\.0\.1/);
  await page.reload();
  await expect(page.getByText(name)).toHaveCount(0);
});
