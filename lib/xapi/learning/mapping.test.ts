import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityRole, parseMapping, preferredName, verbAction } from './mapping';

test('verbs map by IRI segment across vocabularies, with site overrides first', () => {
  assert.equal(verbAction('http://adlnet.gov/expapi/verbs/completed'), 'complete');
  assert.equal(verbAction('http://adlnet.gov/expapi/verbs/passed'), 'complete');
  assert.equal(verbAction('https://w3id.org/xapi/adl/verbs/logged-in'), 'login');
  assert.equal(verbAction('http://id.tincanapi.com/verb/viewed'), 'view');
  assert.equal(verbAction('http://adlnet.gov/expapi/verbs/launched'), 'start');
  assert.equal(verbAction('http://adlnet.gov/expapi/verbs/failed'), 'fail');
  assert.equal(verbAction('http://id.tincanapi.com/verb/earned'), 'earn');
  assert.equal(verbAction('https://example.org/verbs/unheard-of'), 'view');
  const site = parseMapping({
    verbs: { 'https://example.org/verbs/finished': 'complete', 'https://x.org/bad': 'explode' },
    types: { 'https://x.org/t': 'task' },
  });
  assert.equal(verbAction('https://example.org/verbs/finished', site), 'complete');
  assert.equal(site.verbs['https://x.org/bad'], undefined);
  assert.equal(activityRole('https://x.org/t', site), 'task');
});

test('courses are quests; lessons, modules and assessments are tasks', () => {
  assert.equal(activityRole('http://adlnet.gov/expapi/activities/course'), 'quest');
  assert.equal(activityRole('http://adlnet.gov/expapi/activities/lesson'), 'task');
  assert.equal(activityRole('http://adlnet.gov/expapi/activities/module'), 'task');
  assert.equal(activityRole('http://adlnet.gov/expapi/activities/assessment'), 'task');
  assert.equal(activityRole('http://vocab.xapi.fr/activities/web-page'), 'task');
  assert.equal(activityRole('http://adlnet.gov/expapi/activities/cmi.interaction'), 'task');
  assert.equal(activityRole('http://id.tincanapi.com/activitytype/lms/course'), 'quest');
  assert.equal(activityRole(undefined), 'quest');
});

test('names come in the preferred language, then English, then any', () => {
  assert.equal(preferredName({ 'fr-FR': 'Algèbre', 'en-US': 'Algebra' }, 'fr'), 'Algèbre');
  assert.equal(preferredName({ 'de-DE': 'Algebra DE', 'en-GB': 'Algebra' }, 'es'), 'Algebra');
  assert.equal(preferredName({ 'de-DE': 'Algebra DE' }), 'Algebra DE');
  assert.equal(preferredName(undefined), null);
});
