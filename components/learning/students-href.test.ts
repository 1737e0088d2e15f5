import { test } from 'node:test';
import assert from 'node:assert/strict';
import { studentsHref } from './students-href';

test('keeps other parameters, resets the page on a new order', () => {
  assert.equal(
    studentsHref({ site: 'demo', level: 'at_risk', page: '3' }, { sort: 'name', dir: 'asc' }),
    '/dashboard/students?site=demo&level=at_risk&sort=name&dir=asc',
  );
});
test('null removes a parameter; page changes are kept', () => {
  assert.equal(studentsHref({ level: 'elevated', sort: 'score' }, { level: null, page: '2' }), '/dashboard/students?sort=score&page=2');
  assert.equal(studentsHref({}, { level: null }), '/dashboard/students');
});
