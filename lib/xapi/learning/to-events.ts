// One stored statement → at most one Pathwise event (pure): the verb's action picks the event
// name (quest_started, quest_completed, task_completed, badge_earned, login_success, or a plain
// activity event), the catalogue entry gives its ids, and the statement keeps its own time.
import type { CollectEvent } from '@/lib/schemas/collect';
import type { CatalogueEntry } from './catalogue';
import type { VerbAction } from './mapping';

export type StatementFacts = {
  statementId: string;
  verb: string;
  action: VerbAction;
  activityIri: string | null;
  title: string | null;
  timestamp: Date;
  scaled: number | null;
  success: boolean | null;
};

function eventName(action: VerbAction, entry: CatalogueEntry | null, success: boolean | null): string | null {
  switch (action) {
    case 'start':
      return entry ? 'quest_started' : null;
    case 'complete':
      if (!entry || success === false) return entry ? 'activity_failed' : null;
      return entry.taskSlug ? 'task_completed' : 'quest_completed';
    case 'fail':
      return 'activity_failed';
    case 'score':
      return 'activity_scored';
    case 'earn':
      return entry ? 'badge_earned' : null;
    case 'login':
      return 'login_success';
    case 'logout':
      return 'logout';
    case 'view':
      return 'activity_viewed';
    case 'ignore':
      return null;
  }
}

export function toEvent(facts: StatementFacts, entry: CatalogueEntry | null, badgeKey: string | null): CollectEvent | null {
  const name = eventName(facts.action, entry, facts.success);
  if (!name) return null;
  const props: Record<string, string | number | boolean> = {
    source: 'xapi',
    statementId: facts.statementId,
    verb: facts.verb.slice(0, 1000),
  };
  if (facts.activityIri) props.activity = facts.activityIri.slice(0, 1000);
  if (entry) props.questId = entry.questSlug;
  if (entry?.taskSlug) props.taskId = entry.taskSlug;
  if (badgeKey && name === 'badge_earned') props.badgeId = badgeKey;
  if (facts.scaled !== null) props.scaled = facts.scaled;
  if (facts.success !== null) props.success = facts.success;
  return { type: 'custom', name, ts: facts.timestamp.getTime(), ...(facts.title ? { title: facts.title } : {}), props };
}
