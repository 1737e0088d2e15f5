import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFormula, neutraliseFormula } from './neutralise';

test('text starting with = + - @ tab or CR is prefixed with an apostrophe', () => {
  for (const text of ['=HYPERLINK("http://x","y")', '+1+2', '-3', '@SUM(A1)', '\t=1', '\r=1']) {
    assert.equal(looksLikeFormula(text), true, JSON.stringify(text));
    assert.equal(neutraliseFormula(text), `'${text}`);
  }
});

test('ordinary text, a formula sign later on, and empty text are left alone', () => {
  for (const text of ['Start quest', 'a=b', ' =1', '', "'already", '1+1']) {
    assert.equal(looksLikeFormula(text), false, JSON.stringify(text));
    assert.equal(neutraliseFormula(text), text);
  }
});
