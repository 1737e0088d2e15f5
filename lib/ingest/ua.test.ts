import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBotAgent, parseUserAgent } from './ua';

const chromeMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

test('browser, OS and device class', () => {
  assert.deepEqual(parseUserAgent(chromeMac), { browser: 'Chrome', os: 'macOS', device: 'desktop' });
  assert.deepEqual(parseUserAgent(iphone), { browser: 'Mobile Safari', os: 'iOS', device: 'mobile' });
  assert.equal(parseUserAgent('').device, 'desktop');
});

test('bots and empty agents are bots; browsers are not', () => {
  assert.ok(isBotAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'));
  assert.ok(isBotAgent('curl/8.5.0'));
  assert.ok(isBotAgent(''));
  assert.ok(isBotAgent(null));
  assert.ok(!isBotAgent(chromeMac));
  assert.ok(!isBotAgent(iphone));
});
