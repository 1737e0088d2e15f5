import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditHref, summariseDetails } from './summary';

test('settings changes read as before → after', () => {
  assert.equal(
    summariseDetails({ before: { captureText: true, requireConsent: false }, after: { captureText: false, requireConsent: true } }),
    'captureText: true → false; requireConsent: false → true',
  );
  assert.equal(summariseDetails({ before: null, after: { deleteAfterDays: 400 } }), 'before: —; after: {"deleteAfterDays":400}');
});

test('other details read as key: value pairs', () => {
  assert.equal(
    summariseDetails({ subject: 'a@b.test', events: 6, includeLearningRecords: false }),
    'subject: a@b.test; events: 6; includeLearningRecords: false',
  );
  assert.equal(summariseDetails(null), '');
  assert.equal(summariseDetails('plain'), 'plain');
});

test('links keep the filter and leave out defaults', () => {
  assert.equal(auditHref(undefined, 1), '/admin/audit');
  assert.equal(auditHref('privacy.erase_user', 1), '/admin/audit?action=privacy.erase_user');
  assert.equal(auditHref('settings.update', 3), '/admin/audit?action=settings.update&page=3');
});
