// Referrer + UTM (+ in-app browser) → one of the CHANNELS. Decided once per session, from the
// landing pageview, so a session keeps the channel that brought it.
import type { Channel } from '@/lib/taxonomy';

export type Utm = { source?: string; medium?: string; campaign?: string; term?: string; content?: string };
export type TrafficSource = { channel: Channel; referrerDomain: string | null; utm: Utm };

// Host suffixes per channel; a host matches a suffix when equal to it or a subdomain of it.
const SEARCH = [
  'bing.com',
  'baidu.com',
  'duckduckgo.com',
  'yahoo.com',
  'yandex.ru',
  'yandex.com',
  'sogou.com',
  'so.com',
  'sm.cn',
  'ecosia.org',
  'naver.com',
  'ask.com',
  'qwant.com',
  'startpage.com',
  'search.brave.com',
];
const SOCIAL = [
  'facebook.com',
  'fb.com',
  'instagram.com',
  'twitter.com',
  't.co',
  'x.com',
  'linkedin.com',
  'lnkd.in',
  'reddit.com',
  'youtube.com',
  'tiktok.com',
  'pinterest.com',
  'weibo.com',
  'weibo.cn',
  'douyin.com',
  'zhihu.com',
  'xiaohongshu.com',
  'bilibili.com',
  'qzone.qq.com',
  'threads.net',
  'mastodon.social',
  'discord.com',
  'whatsapp.com',
  't.me',
];
const WECHAT = ['weixin.qq.com', 'wechat.com', 'wx.qq.com'];
const DINGTALK = ['dingtalk.com', 'dingtalkapps.com'];
const EMAIL = [
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'mail.yahoo.com',
  'mail.qq.com',
  'exmail.qq.com',
  'mail.163.com',
  'mail.126.com',
  'mail.proton.me',
  'webmail',
];
const GOOGLE = /(^|\.)google\.[a-z]{2,3}(\.[a-z]{2})?$/;

const EMAIL_WORDS = /^(e-?mail|newsletter|mailchimp|mailing)$/i;
const SOCIAL_WORDS = /^(social|social[-_ ]?(network|media)|sm|sns)$/i;

function matches(host: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`) || (suffix === 'webmail' && host.startsWith('webmail.')));
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function utmFromUrl(url: string | null | undefined): Utm {
  if (!url) return {};
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return {};
  }
  const utm: Utm = {};
  for (const key of ['source', 'medium', 'campaign', 'term', 'content'] as const) {
    const value = params.get(`utm_${key}`)?.trim();
    if (value) utm[key] = value.slice(0, 200);
  }
  return utm;
}

/** Classifies a host or a bare source name (utm_source=wechat) the same way. */
function channelOfHost(host: string): Channel | null {
  const name = host.toLowerCase();
  if (matches(name, WECHAT) || /^(wechat|weixin)$/.test(name)) return 'WeChat';
  if (matches(name, DINGTALK) || name === 'dingtalk') return 'DingTalk';
  if (matches(name, EMAIL) || EMAIL_WORDS.test(name)) return 'Email';
  if (GOOGLE.test(name) || matches(name, SEARCH) || /^(google|bing|baidu|duckduckgo|yahoo|yandex|sogou)$/.test(name))
    return 'Organic Search';
  if (
    matches(name, SOCIAL) ||
    /^(facebook|twitter|x|linkedin|instagram|reddit|youtube|tiktok|weibo|douyin|zhihu|xiaohongshu|bilibili)$/.test(name)
  )
    return 'Social';
  return null;
}

export function classifySource(input: { url?: string | null; referrer?: string | null; userAgent?: string | null }): TrafficSource {
  const utm = utmFromUrl(input.url);
  const pageHost = hostOf(input.url);
  const refHost = hostOf(input.referrer);
  // A referrer from the site itself is navigation, not a source.
  const referrerDomain = refHost && refHost !== pageHost ? refHost : null;
  return { channel: pickChannel(utm, referrerDomain, input.userAgent ?? ''), referrerDomain, utm };
}

function pickChannel(utm: Utm, referrerDomain: string | null, userAgent: string): Channel {
  if (utm.medium || utm.source || utm.campaign) {
    const medium = utm.medium ?? '';
    if (EMAIL_WORDS.test(medium)) return 'Email';
    if (/^organic$/i.test(medium)) return 'Organic Search';
    const bySource = utm.source ? channelOfHost(utm.source) : null;
    if (SOCIAL_WORDS.test(medium)) return bySource === 'WeChat' || bySource === 'DingTalk' ? bySource : 'Social';
    // A bare utm_source with a well-known name (e.g. from a share button) is that channel;
    // anything with a paid-looking medium or a campaign name is a campaign.
    if (bySource && !medium && !utm.campaign) return bySource;
    return bySource === 'WeChat' || bySource === 'DingTalk' ? bySource : 'Campaign';
  }
  // WeChat's and DingTalk's in-app browsers usually send no referrer at all.
  if (/MicroMessenger/i.test(userAgent)) return 'WeChat';
  if (/DingTalk/i.test(userAgent)) return 'DingTalk';
  if (!referrerDomain) return 'Direct';
  return channelOfHost(referrerDomain) ?? 'Referral';
}
