// Devices, browsers and network context. Names match what ua-parser-js reports for each user-agent
// string, so seeded sessions look like ones the ingest pipeline enriched itself.
import type { Prng } from './prng';

export type DeviceKind = 'desktop' | 'mobile' | 'tablet';

export type DeviceProfile = {
  device: DeviceKind;
  browser: string;
  os: string;
  userAgent: string;
  width: number;
  height: number;
};

type Template = Omit<DeviceProfile, 'width' | 'height'> & { screens: ReadonlyArray<readonly [number, number]>; weight: number };

const DESKTOP_SCREENS = [
  [1920, 1080],
  [1366, 768],
  [1536, 864],
  [1440, 900],
  [2560, 1440],
  [1280, 800],
] as const;
const PHONE_SCREENS = [
  [390, 844],
  [393, 873],
  [412, 915],
  [375, 667],
  [430, 932],
  [360, 800],
] as const;
const TABLET_SCREENS = [
  [820, 1180],
  [768, 1024],
  [810, 1080],
  [800, 1280],
] as const;

const CHROME = 'AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0';

const TEMPLATES: readonly Template[] = [
  {
    device: 'desktop',
    browser: 'Chrome',
    os: 'Windows',
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROME} Safari/537.36`,
    screens: DESKTOP_SCREENS,
    weight: 26,
  },
  {
    device: 'desktop',
    browser: 'Edge',
    os: 'Windows',
    userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${CHROME} Safari/537.36 Edg/131.0.0.0`,
    screens: DESKTOP_SCREENS,
    weight: 8,
  },
  {
    device: 'desktop',
    browser: 'Firefox',
    os: 'Windows',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    screens: DESKTOP_SCREENS,
    weight: 4,
  },
  {
    device: 'desktop',
    browser: 'Safari',
    os: 'macOS',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    screens: DESKTOP_SCREENS,
    weight: 8,
  },
  {
    device: 'desktop',
    browser: 'Chrome',
    os: 'macOS',
    userAgent: `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${CHROME} Safari/537.36`,
    screens: DESKTOP_SCREENS,
    weight: 6,
  },
  {
    device: 'desktop',
    browser: 'Chrome',
    os: 'Chrome OS',
    userAgent: `Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) ${CHROME} Safari/537.36`,
    screens: [
      [1366, 768],
      [1536, 864],
    ],
    weight: 9,
  },
  {
    device: 'desktop',
    browser: 'Firefox',
    os: 'Ubuntu',
    userAgent: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    screens: DESKTOP_SCREENS,
    weight: 1,
  },
  {
    device: 'mobile',
    browser: 'Mobile Safari',
    os: 'iOS',
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    screens: PHONE_SCREENS,
    weight: 14,
  },
  {
    device: 'mobile',
    browser: 'Mobile Chrome',
    os: 'Android',
    userAgent: `Mozilla/5.0 (Linux; Android 10; K) ${CHROME} Mobile Safari/537.36`,
    screens: PHONE_SCREENS,
    weight: 11,
  },
  {
    device: 'mobile',
    browser: 'Samsung Internet',
    os: 'Android',
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    screens: PHONE_SCREENS,
    weight: 3,
  },
  {
    device: 'tablet',
    browser: 'Mobile Safari',
    os: 'iOS',
    userAgent:
      'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    screens: TABLET_SCREENS,
    weight: 7,
  },
  {
    device: 'tablet',
    browser: 'Chrome',
    os: 'Android',
    userAgent: `Mozilla/5.0 (Linux; Android 13; SM-X710) ${CHROME} Safari/537.36`,
    screens: TABLET_SCREENS,
    weight: 3,
  },
];

/** In-app browsers: a link opened inside WeChat or DingTalk reports that app, not Safari/Chrome. */
const IN_APP: Record<'WeChat' | 'DingTalk', readonly Template[]> = {
  WeChat: [
    {
      device: 'mobile',
      browser: 'WeChat',
      os: 'iOS',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c) NetType/WIFI Language/zh_CN',
      screens: PHONE_SCREENS,
      weight: 1,
    },
    {
      device: 'mobile',
      browser: 'WeChat',
      os: 'Android',
      userAgent:
        'Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
      screens: PHONE_SCREENS,
      weight: 1,
    },
  ],
  DingTalk: [
    {
      device: 'mobile',
      browser: 'DingTalk',
      os: 'iOS',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.5.10) com.laiwang.DingTalk/30000000 Channel/201200 language/zh-Hans-CN UT4Aplus/0.0.6 WK',
      screens: PHONE_SCREENS,
      weight: 1,
    },
  ],
};

function fromTemplate(rng: Prng, template: Template): DeviceProfile {
  const [width, height] = rng.pick(template.screens);
  const { screens: _screens, weight: _weight, ...profile } = template;
  return { ...profile, width, height };
}

/** A device, optionally of one kind (a student's phone is a phone every time). */
export function pickDevice(rng: Prng, kind?: DeviceKind): DeviceProfile {
  const pool = kind ? TEMPLATES.filter((template) => template.device === kind) : TEMPLATES;
  return fromTemplate(rng, rng.weighted(pool.map((template) => [template, template.weight] as const)));
}

export function inAppDevice(rng: Prng, app: 'WeChat' | 'DingTalk'): DeviceProfile {
  return fromTemplate(rng, rng.pick(IN_APP[app]));
}

export function pickDeviceKind(rng: Prng): DeviceKind {
  return rng.weighted([
    ['desktop', 52],
    ['mobile', 33],
    ['tablet', 15],
  ] as const);
}

export function pickLanguage(rng: Prng): string {
  return rng.weighted([
    ['en-US', 46],
    ['en-GB', 14],
    ['zh-CN', 16],
    ['es-ES', 7],
    ['fr-FR', 5],
    ['de-DE', 4],
    ['en-AU', 4],
    ['pt-BR', 4],
  ] as const);
}

/** An anonymised address: the IPv4 /24 (last octet zeroed) or the IPv6 /48 — never a full IP. */
export function anonymisedIp(rng: Prng): string {
  if (rng.chance(0.12)) return `2001:db8:${rng.int(0, 0xffff).toString(16)}::`;
  const first = rng.pick([24, 31, 36, 45, 58, 61, 73, 81, 86, 92, 101, 112, 114, 121, 175, 180, 183, 198, 203, 217]);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.0`;
}
