// Rotating a site's secret the way an admin does, in a browser context of its own so the test's
// page keeps its state (a host page waiting for pagehide, another user's sign-in).
import type { Browser } from '@playwright/test';
import { DEMO_PASSWORD, demoAccount, expect } from '../fixtures';
import { LoginPage } from '../pages/login-page';
import { SitesPage } from '../pages/sites-page';

export async function rotateSecretAsAdmin(browser: Browser, siteKey: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signInAndWait(demoAccount('ADMIN').email, DEMO_PASSWORD);
    const sites = new SitesPage(page);
    await sites.goto();
    const form = sites.secretForm(siteKey);
    await form.getByRole('button', { name: /^(Rotate|Create) secret$/ }).click();
    const shown = form.getByLabel('New server secret');
    await expect(shown).toBeVisible();
    const secret = ((await shown.textContent()) ?? '').trim();
    expect(secret).toMatch(/^pw_sk_/);
    return secret;
  } finally {
    await context.close();
  }
}
