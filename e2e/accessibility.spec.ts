// The accessibility gate: axe-core's WCAG 2 A/AA rules on every page, as every role, in the light
// and the dark theme (pinned through the theme cookie, as the toggle does). Zero violations.
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { THEME_COOKIE } from '../lib/theme';
import { baseURL } from './playwright.config';
import { expect, test } from './fixtures';
import { axeViolations, describeViolations, settle } from './support/axe';
import { chooseLocale, useLocaleCookie } from './support/i18n';
import type { DemoRole } from '../scripts/seed/demo-accounts';

const DASHBOARDS = ['', '/realtime', '/retention', '/sources', '/flows', '/behaviour', '/pages', '/funnels'].map(
  (path) => `/dashboard${path}`,
);
const LEARNING = ['/dashboard/students', '/dashboard/quests', '/dashboard/notifications'];
const ADMIN = ['/export', '/admin/exports', '/admin/sites', '/admin/privacy', '/admin/notifications', '/admin/risk', '/admin/audit'];

/** The pages each role reaches; pages with an id are found by following the first link to one. */
const PAGES: Record<DemoRole, string[]> = {
  ADMIN: [...DASHBOARDS, ...LEARNING, ...ADMIN],
  INSTRUCTOR: [...DASHBOARDS, ...LEARNING],
  PARENT: ['/children'],
  STUDENT: ['/me'],
};

type Finding = { path: string; violations: Result[] };

async function audit(page: Page, path: string, findings: Finding[]): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} should load`).toBeLessThan(400);
  await settle(page);
  // Open every disclosure (the charts' data tables), so their content is checked too.
  await page.locator('details').evaluateAll((all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
  const violations = await axeViolations(page);
  if (violations.length > 0) findings.push({ path: new URL(page.url()).pathname, violations });
}

/** Pages reached through a link: a student's page from the list, each child from the switcher. */
async function linkedPages(page: Page, role: DemoRole): Promise<string[]> {
  if (role === 'ADMIN' || role === 'INSTRUCTOR') {
    await page.goto('/dashboard/students');
    const href = await page.getByTestId('students-table').locator('tbody tr a[href^="/dashboard/students/"]').first().getAttribute('href');
    return href ? [href] : [];
  }
  if (role === 'PARENT') {
    await page.goto('/children');
    return page
      .getByRole('navigation', { name: 'Your children' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }
  return [];
}

function report(findings: Finding[]): string {
  return findings.map(({ path, violations }) => `${path}\n${describeViolations(violations)}`).join('\n');
}

// Both languages: Chinese text changes line lengths, wrapping and contrast-checked nodes.
for (const [theme, locale] of [
  ['light', 'en'],
  ['dark', 'en'],
  ['light', 'zh-CN'],
  ['dark', 'zh-CN'],
] as const) {
  test.describe(`WCAG 2 A/AA, ${theme} theme, ${locale}`, () => {
    test.beforeEach(async ({ context, page }) => {
      await context.addCookies([{ name: THEME_COOKIE, value: theme, url: baseURL }]);
      // The system preference agrees with the pin, so nothing depends on which one wins.
      await page.emulateMedia({ colorScheme: theme });
    });
    // The demo accounts are shared with specs that assert English: put the profile back.
    test.afterEach(async ({ page }) => {
      if (locale !== 'en' && (await page.getByTestId('language-switcher').count())) await chooseLocale(page, 'en');
    });

    test('the sign-in page', async ({ context, page }) => {
      // Signed out, the cookie decides the language.
      if (locale !== 'en') await useLocaleCookie(context, locale);
      const findings: Finding[] = [];
      await audit(page, '/login', findings);
      expect(findings, report(findings)).toEqual([]);
    });

    for (const role of ['ADMIN', 'INSTRUCTOR', 'PARENT', 'STUDENT'] as const) {
      test(`every page as ${role.toLowerCase()}`, async ({ page, signInAs }) => {
        test.setTimeout(240_000);
        await signInAs(role);
        const findings: Finding[] = [];
        const linked = await linkedPages(page, role);
        if (role !== 'STUDENT') expect(linked.length, 'a linked page to follow').toBeGreaterThan(0);
        // Signed in, the profile decides the language (the links above were found by their English names).
        await chooseLocale(page, locale);
        for (const path of [...PAGES[role], ...linked]) await audit(page, path, findings);
        expect(findings, `axe found violations:\n${report(findings)}`).toEqual([]);
      });
    }
  });
}

test.describe('keyboard', () => {
  test('the skip link comes first, shows focus and lands in the main content', async ({ page, signInAs }) => {
    await signInAs('ADMIN');
    await page.goto('/dashboard');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // The next stop after the skip target is inside the page, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  for (const { path, chart } of [
    { path: '/dashboard/flows', chart: /^User flow Sankey/ },
    { path: '/dashboard/behaviour', chart: /^Click heatmap for/ },
  ]) {
    test(`the ${path} chart's data opens as a table from the keyboard`, async ({ page, signInAs }) => {
      await signInAs('ADMIN');
      await page.goto(path);
      const figure = page.getByRole('figure', { name: chart });
      const summary = figure.getByText('Show data as a table');
      // Focus just before it, then arrive with Tab: a keyboard user's path (and :focus-visible's).
      await summary.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(summary).toBeFocused();
      expect(await summary.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      const table = figure.getByRole('table', { name: chart });
      await expect(table).toBeVisible();
      expect(await table.getByRole('rowheader').count()).toBeGreaterThan(0);
      // The table's scroll region is the next tab stop, so a long table scrolls from the keyboard.
      await page.keyboard.press('Tab');
      await expect(figure.getByRole('region', { name: chart })).toBeFocused();
    });
  }
});
