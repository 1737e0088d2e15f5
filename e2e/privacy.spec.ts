import { studentEmail } from '../scripts/seed/demo-accounts';
import { demoAccount, expect, test } from './fixtures';
import { AuditPage } from './pages/audit-page';
import { PrivacyPage } from './pages/privacy-page';

// The last generated students of the e2e seed (60 students), so specs about the demo student or
// student001 (the demo parent's second child) are never affected. Against a reused server a
// previous run may have erased student059 already: the first one with data left is taken.
const CANDIDATES = Array.from({ length: 10 }, (_, i) => studentEmail(59 - i));

test('an admin downloads a student’s data, erases it after typing the email, and sees the audit entry', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  const privacy = new PrivacyPage(page);
  await privacy.goto();
  const STUDENT = await privacy.firstWithEvents(CANDIDATES);
  const card = privacy.userCard(STUDENT);

  const exported = await privacy.downloadData(card);
  expect(exported.format).toBe('pathwise.access-export.v1');
  expect(exported.data.user.email).toBe(STUDENT);
  expect(exported.data.events.length).toBeGreaterThan(0);

  await privacy.openErasure(card);
  await expect(privacy.eraseButton(card)).toBeDisabled();
  await privacy.confirmation(card).fill('someone-else@pathwise.test');
  await expect(privacy.eraseButton(card)).toBeDisabled();
  await privacy.confirmation(card).fill(STUDENT);
  await privacy.eraseButton(card).click();
  await expect(card.getByRole('status')).toContainText(/Erased: [1-9][\d,]* events/);

  await privacy.search(STUDENT);
  await expect(privacy.fact(privacy.userCard(STUDENT), 'Events')).toHaveText('0');

  const audit = new AuditPage(page);
  await audit.goto();
  await audit.filterBy('privacy.erase_user');
  const entry = audit.rows('privacy.erase_user').filter({ hasText: STUDENT }).first();
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(demoAccount('ADMIN').email);
  await expect(audit.rows('privacy.export_user').filter({ hasText: STUDENT })).toHaveCount(0); // filtered out
  await audit.goto('privacy.export_user');
  await expect(audit.rows('privacy.export_user').filter({ hasText: STUDENT }).first()).toBeVisible();
});

test('a site’s consent setting change is audited with before and after', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  await page.goto('/admin/sites');
  // The community site: specs about the tracker use the demo site, which this must not disturb.
  const form = page.getByRole('form', { name: /^Settings for .* \(community\)$/ });
  const consent = form.getByRole('checkbox', { name: /Wait for consent/ });
  const was = await consent.isChecked();
  await consent.setChecked(!was);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toContainText(`Wait for consent ${was ? 'off' : 'on'}`);

  const audit = new AuditPage(page);
  await audit.goto('settings.update');
  await expect(audit.rows('settings.update').first()).toContainText(`requireConsent: ${was} → ${!was}`);

  // Put it back, so other specs see the demo site as seeded.
  await page.goto('/admin/sites');
  await form.getByRole('checkbox', { name: /Wait for consent/ }).setChecked(was);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toContainText(`Wait for consent ${was ? 'on' : 'off'}`);
});

test('instructors get the 403 page and the export API refuses them', async ({ page, signInAs }) => {
  await signInAs('INSTRUCTOR');
  for (const path of ['/admin/privacy', '/admin/audit', '/admin/sites']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  const api = await page.request.get('/api/admin/users/anyone/data');
  expect(api.status()).toBe(403);
  expect(await api.json()).toEqual({ error: { code: 'forbidden', message: 'Your account does not have access to this.' } });
});
