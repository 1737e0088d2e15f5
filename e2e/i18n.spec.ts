// Every page in zh-CN: no English word left in what a reader sees (see support/i18n.ts for the
// allow-list and how user data is skipped) and no axe WCAG 2 A/AA violation; and the language follows
// cookie, browser and profile.
import { expect, test } from './fixtures';
import { chooseLocale, englishLeftovers, readableText, useLocaleCookie } from './support/i18n';
import { I18N_PAGES } from './support/i18n-pages';
import { axeViolations, describeViolations, settle } from './support/axe';

test.describe('zh-CN: no English left', () => {
  // The shared demo accounts go back to English for the specs that assert English text.
  test.afterEach(async ({ page }) => {
    if (await page.getByTestId('language-switcher').count()) await chooseLocale(page, 'en');
  });

  for (const { path, role, status, follow } of I18N_PAGES) {
    test(`${path}${follow ? ` → ${follow}` : ''}${role ? ` as ${role.toLowerCase()}` : ''}`, async ({ context, page, signInAs }) => {
      // Signed out, the cookie decides; signed in, the profile (chosen in the switcher, which sets both).
      if (role) {
        await signInAs(role);
        await chooseLocale(page, 'zh-CN');
      } else await useLocaleCookie(context, 'zh-CN');
      const response = await page.goto(path);
      if (status) expect(response?.status(), `${path} answers ${status}`).toBe(status);
      else expect(response?.status(), `${path} should load`).toBeLessThan(400);
      // Pages whose address holds an id (one student) are reached through the first link that leads there.
      if (follow) {
        const link = page.locator(follow).first();
        const href = await link.getAttribute('href');
        expect(href, `${path} has a link matching ${follow}`).toBeTruthy();
        expect((await page.goto(href!))?.status(), `${href} should load`).toBeLessThan(400);
      }
      await settle(page);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect.soft(englishLeftovers(await readableText(page)), 'English words left').toEqual([]);
      // The accessibility gate in the second language too (e2e/accessibility.spec.ts covers English).
      const violations = await axeViolations(page);
      expect(violations, `axe in zh-CN:\n${describeViolations(violations)}`).toEqual([]);
    });
  }
});

test.describe('which language', () => {
  test('the browser decides for a signed-out visitor: English by default, Chinese for zh-CN', async ({ browser }) => {
    // The browser's locale is what it sends as Accept-Language.
    for (const [locale, lang, heading] of [
      ['en-US', 'en', 'Sign in'],
      ['zh-CN', 'zh-CN', '登录'],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/login');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await context.close();
    }
  });

  test('the switcher on the login page sets the cookie; signed in, it saves the profile', async ({ page, context, signInAs }) => {
    await page.goto('/login');
    await chooseLocale(page, 'zh-CN');
    expect((await context.cookies()).find((cookie) => cookie.name === 'pathwise-locale')?.value).toBe('zh-CN');
    await chooseLocale(page, 'en');

    await signInAs('INSTRUCTOR');
    await chooseLocale(page, 'zh-CN');
    // The profile wins over the cookie: clearing it changes nothing for this user.
    await context.clearCookies({ name: 'pathwise-locale' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    // Leave the shared demo account as it was for the other specs.
    await chooseLocale(page, 'en');
  });
});
