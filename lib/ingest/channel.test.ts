import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySource, utmFromUrl } from './channel';
import { CHANNELS } from '@/lib/taxonomy';

const page = 'https://learn.example.org/quests';
const channel = (referrer: string | null, url = page, userAgent = 'Mozilla/5.0') => classifySource({ url, referrer, userAgent }).channel;

test('no referrer and no UTM is Direct; so is a self-referral', () => {
  assert.equal(channel(null), 'Direct');
  assert.equal(channel(''), 'Direct');
  assert.equal(channel('https://learn.example.org/home'), 'Direct');
  assert.equal(classifySource({ url: page, referrer: 'https://www.learn.example.org/' }).referrerDomain, null);
});

test('search engines, including Baidu and country Googles', () => {
  for (const ref of [
    'https://www.google.com/',
    'https://www.google.co.uk/search?q=x',
    'https://www.bing.com/',
    'https://www.baidu.com/link?url=x',
    'https://duckduckgo.com/',
    'https://m.sogou.com/',
  ]) {
    assert.equal(channel(ref), 'Organic Search', ref);
  }
});

test('social, WeChat, DingTalk, email and referral referrers', () => {
  assert.equal(channel('https://t.co/abc'), 'Social');
  assert.equal(channel('https://www.facebook.com/'), 'Social');
  assert.equal(channel('https://weibo.com/u/1'), 'Social');
  assert.equal(channel('https://mp.weixin.qq.com/s/abc'), 'WeChat');
  assert.equal(channel('https://h5.dingtalk.com/x'), 'DingTalk');
  assert.equal(channel('https://mail.google.com/mail/u/0/'), 'Email');
  assert.equal(channel('https://mail.qq.com/'), 'Email');
  assert.equal(channel('https://blog.partner.edu/post'), 'Referral');
});

test('in-app browsers without a referrer', () => {
  assert.equal(channel(null, page, 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.40'), 'WeChat');
  assert.equal(channel(null, page, 'Mozilla/5.0 (Android) DingTalk/7.0.0'), 'DingTalk');
});

test('UTM parameters win over the referrer', () => {
  assert.equal(channel('https://www.google.com/', `${page}?utm_source=newsletter&utm_medium=email`), 'Email');
  assert.equal(channel(null, `${page}?utm_source=google&utm_medium=cpc&utm_campaign=spring`), 'Campaign');
  assert.equal(channel(null, `${page}?utm_source=facebook&utm_medium=social`), 'Social');
  assert.equal(channel(null, `${page}?utm_source=wechat&utm_medium=social`), 'WeChat');
  assert.equal(channel(null, `${page}?utm_source=dingtalk`), 'DingTalk');
  assert.equal(channel(null, `${page}?utm_campaign=open-day`), 'Campaign');
  assert.equal(channel(null, `${page}?utm_source=bing&utm_medium=organic`), 'Organic Search');
});

test('UTM fields are parsed and every result is a known channel', () => {
  assert.deepEqual(utmFromUrl(`${page}?utm_source=a&utm_medium=b&utm_campaign=c&utm_term=d&utm_content=e&x=1`), {
    source: 'a',
    medium: 'b',
    campaign: 'c',
    term: 'd',
    content: 'e',
  });
  assert.deepEqual(utmFromUrl('not a url'), {});
  assert.ok(CHANNELS.includes(channel('https://unknown.example/')));
});
