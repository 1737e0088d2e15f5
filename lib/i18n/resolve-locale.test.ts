import { test } from 'node:test';
import assert from 'node:assert/strict';
import { instanceDefaultLocale } from './config';
import { matchAcceptLanguage, resolveLocale } from './resolve-locale';

test('the profile wins over the cookie, the browser and the default', () => {
  assert.equal(resolveLocale({ profile: 'zh-CN', cookie: 'en', acceptLanguage: 'en-US', fallback: 'en' }), 'zh-CN');
  assert.equal(resolveLocale({ profile: 'en', cookie: 'zh-CN', acceptLanguage: 'zh-CN', fallback: 'zh-CN' }), 'en');
});

test('without a profile setting the cookie wins over the browser', () => {
  assert.equal(resolveLocale({ profile: null, cookie: 'zh-CN', acceptLanguage: 'en-US,en;q=0.9', fallback: 'en' }), 'zh-CN');
});

test('unknown stored values are ignored rather than trusted', () => {
  assert.equal(resolveLocale({ profile: 'fr', cookie: 'xx', acceptLanguage: 'zh-CN', fallback: 'en' }), 'zh-CN');
});

test('without profile or cookie the browser decides, else the instance default', () => {
  assert.equal(resolveLocale({ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8', fallback: 'en' }), 'zh-CN');
  assert.equal(resolveLocale({ acceptLanguage: 'fr-FR,de;q=0.5', fallback: 'zh-CN' }), 'zh-CN');
  assert.equal(resolveLocale({ acceptLanguage: null, fallback: 'en' }), 'en');
});

test('Accept-Language: q-values order the choices, ties keep header order', () => {
  assert.equal(matchAcceptLanguage('en;q=0.4, zh-CN;q=0.8'), 'zh-CN');
  assert.equal(matchAcceptLanguage('zh, en'), 'zh-CN');
  assert.equal(matchAcceptLanguage('en-GB, zh-CN'), 'en');
  assert.equal(matchAcceptLanguage('zh-CN;q=0, en;q=0.1'), 'en');
});

test('Accept-Language: matches by language when the region differs', () => {
  assert.equal(matchAcceptLanguage('zh-TW'), 'zh-CN');
  assert.equal(matchAcceptLanguage('zh-Hans-CN'), 'zh-CN');
  assert.equal(matchAcceptLanguage('EN-au'), 'en');
  assert.equal(matchAcceptLanguage('*'), null);
  assert.equal(matchAcceptLanguage('fr, de'), null);
  assert.equal(matchAcceptLanguage(''), null);
});

test('the instance default comes from PATHWISE_DEFAULT_LOCALE when it is supported', () => {
  assert.equal(instanceDefaultLocale('zh-CN'), 'zh-CN');
  assert.equal(instanceDefaultLocale('fr'), 'en');
  assert.equal(instanceDefaultLocale(undefined), 'en');
});
