import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { getAuditActions, getAuditPage } from '@/lib/queries/audit';
import { RETENTION_SETTING_KEY } from './retention-config';
import { saveRetentionOverride } from './retention-override';
import { loadRetentionConfig } from './retention-settings';
import { updateSiteCollectionSettings } from './site-settings';
import { cleanup, createSite, createUser } from './int-fixtures';

const sites: string[] = [];
const users: string[] = [];
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

const latestAudit = (target: string) => db.auditLog.findFirst({ where: { target }, orderBy: { createdAt: 'desc' } });

test('site settings: only changed fields are written, each change audited with before/after', async () => {
  const site = await createSite();
  const admin = await createUser('ADMIN');
  sites.push(site.id);
  users.push(admin.id);
  const defaults = {
    respectDnt: true,
    captureText: true,
    captureMouse: true,
    requireConsent: false,
    trustBrowserLearningEvents: false,
    trustBrowserIdentity: false,
  };
  const result = await updateSiteCollectionSettings(admin, site.id, { ...defaults, captureText: false, requireConsent: true });
  assert.deepEqual(result.changed, ['captureText', 'requireConsent']);
  const stored = await db.site.findUnique({
    where: { id: site.id },
    select: {
      respectDnt: true,
      captureText: true,
      captureMouse: true,
      requireConsent: true,
      trustBrowserLearningEvents: true,
      trustBrowserIdentity: true,
    },
  });
  assert.deepEqual(stored, { ...defaults, captureText: false, requireConsent: true });
  const audit = await latestAudit(`site:${site.key}`);
  assert.deepEqual([audit?.action, audit?.actorId], ['settings.update', admin.id]);
  assert.deepEqual(audit?.details, {
    before: { captureText: true, requireConsent: false },
    after: { captureText: false, requireConsent: true },
  });

  const again = await updateSiteCollectionSettings(admin, site.id, { ...defaults, captureText: false, requireConsent: true });
  assert.deepEqual(again.changed, []);
  assert.equal(await db.auditLog.count({ where: { target: `site:${site.key}` } }), 1);
  await assert.rejects(updateSiteCollectionSettings(admin, 'no-such-site', defaults), /There is no site with id/);
});

test('retention override: saved, validated against the environment, cleared, all audited', async () => {
  const admin = await createUser('ADMIN');
  users.push(admin.id);
  const previous = await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY } });
  await db.setting.deleteMany({ where: { key: RETENTION_SETTING_KEY } });
  const env = {} as NodeJS.ProcessEnv;
  try {
    const saved = await saveRetentionOverride(admin, { deleteAfterDays: 400, anonymiseAfterDays: undefined }, env);
    assert.deepEqual([saved.anonymiseAfterDays, saved.deleteAfterDays], [90, 400]);
    assert.deepEqual((await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY } }))?.value, { deleteAfterDays: 400 });
    assert.equal((await loadRetentionConfig(db, env)).deleteAfterDays, 400);
    const audit = await latestAudit(`setting:${RETENTION_SETTING_KEY}`);
    assert.deepEqual(audit?.details, {
      before: null,
      after: { deleteAfterDays: 400 },
      effective: { anonymiseAfterDays: 90, deleteAfterDays: 400 },
    });

    await assert.rejects(
      saveRetentionOverride(admin, { anonymiseAfterDays: 500, deleteAfterDays: 400 }, env),
      /^HttpError: Delete after must be longer than the anonymisation period\.$/,
    );
    await assert.rejects(
      saveRetentionOverride(admin, { anonymiseAfterDays: 800 }, env),
      /Delete after must be longer/,
      'checked against the environment default of 730',
    );
    await assert.rejects(
      saveRetentionOverride(admin, { anonymiseAfterDays: Number.NaN }, env),
      /^HttpError: Anonymise after must be a whole number of days\.$/,
    );
    // A broken environment can be overridden from the admin page.
    const fixed = await saveRetentionOverride(admin, { anonymiseAfterDays: 30, deleteAfterDays: 60 }, {
      PATHWISE_DELETE_AFTER_DAYS: '10',
    } as unknown as NodeJS.ProcessEnv);
    assert.deepEqual([fixed.anonymiseAfterDays, fixed.deleteAfterDays], [30, 60]);
    await saveRetentionOverride(admin, { deleteAfterDays: 400 }, env);
    assert.deepEqual(
      (await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY } }))?.value,
      { deleteAfterDays: 400 },
      'refused values are not saved',
    );

    await saveRetentionOverride(admin, {}, env);
    assert.equal(await db.setting.count({ where: { key: RETENTION_SETTING_KEY } }), 0);
    assert.deepEqual((await latestAudit(`setting:${RETENTION_SETTING_KEY}`))?.details, {
      before: { deleteAfterDays: 400 },
      after: null,
      effective: { anonymiseAfterDays: 90, deleteAfterDays: 730 },
    });
  } finally {
    await db.setting.deleteMany({ where: { key: RETENTION_SETTING_KEY } });
    if (previous) await db.setting.create({ data: { key: RETENTION_SETTING_KEY, value: previous.value ?? {} } });
  }
});

test('recordAudit refuses malformed actions and stores dates and BigInts as text', async () => {
  await assert.rejects(recordAudit(db, { actorId: null, action: 'Erase User' }), /must look like area.verb/);
  const action = `test.format_${randomBytes(4).toString('hex')}`;
  const { id } = await recordAudit(db, {
    actorId: null,
    action,
    details: { at: new Date('2026-01-02T03:04:05.000Z'), big: 12n, skipped: undefined },
  });
  assert.deepEqual((await db.auditLog.findUnique({ where: { id } }))?.details, { at: '2026-01-02T03:04:05.000Z', big: '12' });
});

test('the audit page filters by action, newest first, paginated', async () => {
  const admin = await createUser('ADMIN');
  users.push(admin.id);
  const action = `test.page_${randomBytes(4).toString('hex')}`;
  for (const [index, minute] of [1, 3, 2].entries()) {
    await db.auditLog.create({
      data: { actorId: admin.id, action, target: `n:${index}`, createdAt: new Date(Date.UTC(2030, 0, 1, 0, minute)) },
    });
  }
  const first = await getAuditPage(admin, { action, page: 1, pageSize: 2 });
  assert.deepEqual([first.total, first.page, first.pageCount], [3, 1, 2]);
  assert.deepEqual(
    first.rows.map((row) => row.target),
    ['n:1', 'n:2'],
  );
  assert.deepEqual(first.rows[0]?.actor, {
    id: admin.id,
    email: (await db.user.findUnique({ where: { id: admin.id } }))?.email,
    name: (await db.user.findUnique({ where: { id: admin.id } }))?.name,
  });
  assert.equal(first.rows[0]?.createdAt, '2030-01-01T00:03:00.000Z');
  const clamped = await getAuditPage(admin, { action, page: 99, pageSize: 2 });
  assert.deepEqual([clamped.page, clamped.rows.map((row) => row.target)], [2, ['n:0']]);
  assert.deepEqual(
    (await getAuditActions(admin)).find((item) => item.action === action),
    { action, count: 3 },
  );
  await db.auditLog.deleteMany({ where: { action } });
});
