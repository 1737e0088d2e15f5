// Where a session came from: referrer, channel (lib/taxonomy CHANNELS) and UTM tags, with a mix
// that differs for logged-in students (mostly direct or via class links) and anonymous visitors.
import type { Channel } from '../../lib/taxonomy';
import type { Prng } from './prng';

export type Utm = { source: string; medium: string; campaign: string; term?: string; content?: string };

export type Acquisition = {
  channel: Channel;
  referrer: string | null;
  referrerDomain: string | null;
  utm: Utm | null;
  /** Links opened inside these apps use the app's own browser. */
  inApp: 'WeChat' | 'DingTalk' | null;
  /** Email and messaging links usually point at one quest rather than the home page. */
  deepLink: boolean;
};

export type Audience = 'student' | 'anonymous' | 'community';

const WEIGHTS: Record<Audience, ReadonlyArray<readonly [Channel, number]>> = {
  student: [
    ['Direct', 60],
    ['Organic Search', 6],
    ['Email', 10],
    ['WeChat', 6],
    ['DingTalk', 5],
    ['Referral', 8],
    ['Social', 2],
    ['Campaign', 3],
  ],
  anonymous: [
    ['Direct', 24],
    ['Organic Search', 30],
    ['Social', 8],
    ['WeChat', 8],
    ['DingTalk', 3],
    ['Email', 4],
    ['Referral', 10],
    ['Campaign', 13],
  ],
  community: [
    ['Direct', 40],
    ['Organic Search', 25],
    ['Social', 15],
    ['WeChat', 5],
    ['Referral', 10],
    ['Email', 5],
  ],
};

const SEARCH = [
  'https://www.google.com/',
  'https://www.google.com/',
  'https://www.google.com/',
  'https://www.bing.com/',
  'https://www.baidu.com/',
] as const;
const SOCIAL = [
  'https://l.facebook.com/',
  'https://t.co/',
  'https://www.youtube.com/',
  'https://www.linkedin.com/',
  'https://www.reddit.com/r/homeschool/',
] as const;
const REFERRAL = [
  'https://classroom.google.com/',
  'https://en.wikipedia.org/wiki/Project-based_learning',
  'https://padlet.com/ms-chen/science-club',
  'https://www.commonsense.org/education/',
  'https://news.ycombinator.com/',
] as const;
const CAMPAIGNS: readonly Utm[] = [
  { source: 'google', medium: 'cpc', campaign: 'spring-enrolment', term: 'stem activities for kids' },
  { source: 'google', medium: 'cpc', campaign: 'spring-enrolment', term: 'online quests for students' },
  { source: 'facebook', medium: 'paid-social', campaign: 'parents-week', content: 'video-ad' },
  { source: 'partner-schools', medium: 'banner', campaign: 'back-to-school' },
];
const EMAILS: readonly Utm[] = [
  { source: 'newsletter', medium: 'email', campaign: 'weekly-digest' },
  { source: 'pathwise', medium: 'email', campaign: 'quest-reminder' },
  { source: 'pathwise', medium: 'email', campaign: 'badge-earned' },
];

/** The host without a leading "www.", as dashboards group it. */
export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function make(channel: Channel, referrer: string | null, utm: Utm | null, extra: Partial<Acquisition> = {}): Acquisition {
  return { channel, referrer, referrerDomain: referrer ? domainOf(referrer) : null, utm, inApp: null, deepLink: false, ...extra };
}

export function pickAcquisition(rng: Prng, audience: Audience): Acquisition {
  const channel = rng.weighted(WEIGHTS[audience]);
  switch (channel) {
    case 'Organic Search':
      return make(channel, rng.pick(SEARCH), null, { deepLink: rng.chance(0.4) });
    case 'Social':
      return make(channel, rng.pick(SOCIAL), null);
    case 'WeChat':
      return make(
        channel,
        'https://weixin.qq.com/',
        { source: 'wechat', medium: 'social', campaign: rng.pick(['class-group', 'parent-group', 'quest-share']) },
        { inApp: 'WeChat', deepLink: true },
      );
    case 'DingTalk':
      return make(channel, 'https://www.dingtalk.com/', null, { inApp: 'DingTalk', deepLink: rng.chance(0.7) });
    case 'Email':
      return make(channel, rng.chance(0.2) ? 'https://mail.google.com/' : null, rng.pick(EMAILS), { deepLink: true });
    case 'Referral':
      return make(channel, rng.pick(REFERRAL), null, { deepLink: rng.chance(0.5) });
    case 'Campaign': {
      const utm = rng.pick(CAMPAIGNS);
      return make(
        channel,
        utm.source === 'google' ? 'https://www.google.com/' : utm.source === 'facebook' ? 'https://l.facebook.com/' : null,
        utm,
      );
    }
    default:
      return make('Direct', null, null);
  }
}

/** The query string a landing URL carries for its UTM tags ("" when untagged). */
export function utmQuery(utm: Utm | null): string {
  if (!utm) return '';
  const params = new URLSearchParams({ utm_source: utm.source, utm_medium: utm.medium, utm_campaign: utm.campaign });
  if (utm.term) params.set('utm_term', utm.term);
  if (utm.content) params.set('utm_content', utm.content);
  return `?${params.toString()}`;
}
