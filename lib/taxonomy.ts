// The event taxonomy in one place: the SDK, ingest, the seed and the queries all
// speak these names.

export const EVENT_TYPES = [
  'pageview',
  'page_exit',
  'click',
  'scroll',
  'form_submit',
  'outbound',
  'download',
  'copy',
  'video',
  'image_view',
  'visibility',
  'error',
  'mouse_activity',
  'custom',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CATEGORIES = ['navigation', 'quest', 'badge', 'tutor', 'community', 'auth', 'parent', 'error'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Platform events sent through track(); each belongs to one category. */
export const PLATFORM_EVENTS = {
  quest_viewed: 'quest',
  quest_started: 'quest',
  quest_abandoned: 'quest',
  quest_completed: 'quest',
  task_viewed: 'quest',
  task_completed: 'quest',
  evidence_uploaded: 'quest',
  badge_viewed: 'badge',
  badge_claimed: 'badge',
  badge_earned: 'badge',
  tutor_opened: 'tutor',
  tutor_message_sent: 'tutor',
  tutor_safety_flag: 'tutor',
  connection_request_sent: 'community',
  connection_request_accepted: 'community',
  profile_viewed: 'community',
  login_success: 'auth',
  login_failed: 'auth',
  logout: 'auth',
  session_expired: 'auth',
  parent_dashboard_opened: 'parent',
} as const satisfies Record<string, Category>;
export type PlatformEventName = keyof typeof PLATFORM_EVENTS;

/** Events that change learning records or risk scores, so they must come from a trusted source. */
export const LEARNING_EVENTS: ReadonlySet<string> = new Set<PlatformEventName>([
  'quest_started',
  'quest_abandoned',
  'quest_completed',
  'task_completed',
  'evidence_uploaded',
  'badge_claimed',
  'badge_earned',
  'login_success',
]);

export function categoryOf(type: string, name?: string | null): Category {
  if (type === 'error') return 'error';
  // Own keys only: a custom name such as "constructor" or "__proto__" is no platform event.
  if (type === 'custom' && name && Object.hasOwn(PLATFORM_EVENTS, name)) return PLATFORM_EVENTS[name as PlatformEventName];
  return 'navigation';
}

export const CHANNELS = ['Direct', 'Organic Search', 'Social', 'WeChat', 'DingTalk', 'Email', 'Referral', 'Campaign'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A session ends after this long without activity. */
export const SESSION_TIMEOUT_MS = 30 * 60 * 1000;
