// Which learning events count, and the ids they carry. Pure. The platform (and the demo seed) send
// props.questId = Course.slug, props.taskId = Task.slug, props.badgeId = Badge.key.
import { LEARNING_EVENTS } from '@/lib/taxonomy';

/** The Event columns applyLearningEvents reads; Prisma's EventCreateManyInput fits it as is. */
export type LearningEventInput = {
  type: string;
  name?: string | null;
  userId?: string | null;
  props?: unknown;
  timestamp: Date | string;
  /** True only when the platform's server (or a site that vouches for its browsers) sent it; anything else is ignored. */
  trusted: boolean;
};

export type LearningEvent = {
  name: string;
  userId: string;
  at: Date;
  questSlug: string | null;
  taskSlug: string | null;
  badgeKey: string | null;
};

function text(props: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = props[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim().slice(0, 200);
  }
  return null;
}

/**
 * The events that may change learning records: trusted `custom` events named in LEARNING_EVENTS,
 * with a user, oldest first. Everything else (untrusted, anonymous, navigation) is left out.
 */
export function learningEventsOf(events: readonly LearningEventInput[]): LearningEvent[] {
  const kept: LearningEvent[] = [];
  for (const event of events) {
    if (event.type !== 'custom' || !event.name || !LEARNING_EVENTS.has(event.name)) continue;
    // Fails closed: only an explicit true counts, whatever the caller forgot to set.
    if (event.trusted !== true || !event.userId) continue;
    const at = new Date(event.timestamp);
    if (Number.isNaN(at.getTime())) continue;
    const props =
      event.props && typeof event.props === 'object' && !Array.isArray(event.props) ? (event.props as Record<string, unknown>) : {};
    kept.push({
      name: event.name,
      userId: event.userId,
      at,
      questSlug: text(props, 'questId', 'quest', 'courseSlug'),
      taskSlug: text(props, 'taskId', 'task'),
      badgeKey: text(props, 'badgeId', 'badgeKey', 'badge'),
    });
  }
  return kept.sort((a, b) => a.at.getTime() - b.at.getTime());
}
