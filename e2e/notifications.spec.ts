// The digests inside the app, on the seeded data: the job (without SMTP) keeps each digest,
// Admin → Notifications lists it with a preview that fits a phone, and an instructor's bell
// lists the same week's alerts, which can be marked read.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');

test.beforeAll(() => {
  // The same command an operator runs; a re-run in the same week adds nothing.
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/job.ts', 'digests', '--force'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, PATHWISE_SMTP_URL: '', AUTH_SECRET: 'e2e-only-secret-not-for-production' },
    stdio: 'pipe',
  });
});

test('an admin sees the kept digests and previews one at phone width', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  await page.goto('/admin/notifications');
  await expect(page.getByRole('form', { name: 'Digest schedule' })).toBeVisible();
  const rows = page.getByTestId('digest-sends').locator('tbody tr');
  await expect(rows.filter({ hasText: 'instructor@pathwise.test' }).first()).toContainText('Kept (no SMTP)');
  const href = await rows
    .filter({ hasText: 'instructor@pathwise.test' })
    .first()
    .getByRole('link', { name: 'Preview' })
    .getAttribute('href');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(href!);
  await expect(page.getByRole('heading', { name: 'Your students this week' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an instructor’s bell lists this week’s alerts, read and unread', async ({ page, signInAs }) => {
  await signInAs('INSTRUCTOR');
  await page.goto('/dashboard/students');
  await page.getByTestId('notification-bell').click();
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  const items = page.getByTestId('notifications').locator('li');
  await expect(items.first()).toBeVisible();
  const first = items.first();
  const wasRead = (await first.getAttribute('data-read')) === 'true';
  await first.getByRole('button', { name: wasRead ? 'Mark unread' : 'Mark read' }).click();
  await expect(items.first()).toHaveAttribute('data-read', wasRead ? 'false' : 'true');
});
