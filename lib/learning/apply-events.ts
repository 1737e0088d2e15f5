// applyLearningEvents(tx, events): turns trusted platform events into learning records inside the
// caller's transaction (ingest calls it in the transaction that stores the events): enrolment status
// and progress, the XP ledger by pillar, badge awards and the last login. Idempotent: a re-sent
// event changes nothing (XP reasons and badge awards are unique per user). A fixed number of
// reads per call, then one write per changed enrolment/user plus bulk inserts.
import type { Prisma } from '@/lib/db';
import { learningEventsOf, type LearningEvent, type LearningEventInput } from './event-props';
import { loadLearningState, type EnrollmentState, type LearningState } from './learning-state';
import { saveLearningState } from './save-learning-state';

export type { LearningEventInput } from './event-props';
export type LearningApplySummary = { received: number; applied: number; ignored: number };

type Tx = Prisma.TransactionClient;

export async function applyLearningEvents(tx: Tx, events: readonly LearningEventInput[]): Promise<LearningApplySummary> {
  const learning = learningEventsOf(events);
  if (learning.length === 0) return { received: events.length, applied: 0, ignored: events.length };
  const state = await loadLearningState(tx, learning);
  let applied = 0;
  for (const event of learning) if (apply(state, event)) applied++;
  await saveLearningState(tx, state);
  return { received: events.length, applied, ignored: events.length - applied };
}

function enrollment(state: LearningState, userId: string, courseId: string, at: Date): EnrollmentState {
  const key = `${userId}:${courseId}`;
  let record = state.enrollments.get(key);
  if (!record) {
    record = {
      id: null,
      userId,
      courseId,
      status: 'ENROLLED',
      progress: 0,
      enrolledAt: at,
      startedAt: null,
      completedAt: null,
      dirty: true,
    };
    state.enrollments.set(key, record);
  }
  return record;
}

function start(state: LearningState, userId: string, questId: string, at: Date): EnrollmentState {
  const quest = state.courses.get(questId);
  const record = enrollment(state, userId, questId, at);
  if (!record.startedAt) Object.assign(record, { startedAt: at, dirty: true });
  if (record.status === 'ABANDONED') Object.assign(record, { status: 'ENROLLED', dirty: true });
  // Starting a quest means taking part in its course: instructors see the student from then on.
  if (quest?.parentId) {
    const course = enrollment(state, userId, quest.parentId, at);
    if (!course.startedAt) Object.assign(course, { startedAt: at, dirty: true });
    state.touchedParents.add(`${userId}:${quest.parentId}`);
  }
  return record;
}

function award(state: LearningState, userId: string, pillarId: string | null, amount: number, reason: string, at: Date): void {
  const key = `${userId}:${reason}`;
  if (amount <= 0 || state.xpReasons.has(key)) return;
  state.xpReasons.add(key);
  state.newXp.push({ userId, pillarId, amount, reason, createdAt: at });
}

function apply(state: LearningState, event: LearningEvent): boolean {
  const { userId, at } = event;
  switch (event.name) {
    case 'login_success': {
      const last = state.lastLogins.get(userId);
      if (!last || at > last) state.lastLogins.set(userId, at);
      return true;
    }
    case 'quest_started': {
      const quest = event.questSlug ? state.courseBySlug.get(event.questSlug) : undefined;
      if (!quest) return false;
      start(state, userId, quest.id, at);
      return true;
    }
    case 'task_completed': {
      const task = event.taskSlug ? state.tasks.get(event.taskSlug) : undefined;
      const quest = task ? state.courses.get(task.courseId) : undefined;
      if (!task || !quest) return false;
      const record = start(state, userId, quest.id, at);
      const progress = quest.taskCount > 0 ? Math.min(1, task.position / quest.taskCount) : 0;
      if (progress > record.progress && record.status !== 'COMPLETED') Object.assign(record, { progress, dirty: true });
      award(state, userId, quest.pillarId, task.xp, `task_completed:${task.slug}`, at);
      return true;
    }
    case 'quest_completed': {
      const quest = event.questSlug ? state.courseBySlug.get(event.questSlug) : undefined;
      if (!quest) return false;
      const record = start(state, userId, quest.id, at);
      if (record.status !== 'COMPLETED') Object.assign(record, { status: 'COMPLETED', progress: 1, completedAt: at, dirty: true });
      award(state, userId, quest.pillarId, quest.xp, `quest_completed:${quest.slug}`, at);
      return true;
    }
    case 'quest_abandoned': {
      const quest = event.questSlug ? state.courseBySlug.get(event.questSlug) : undefined;
      const record = quest ? state.enrollments.get(`${userId}:${quest.id}`) : undefined;
      if (!record || record.status === 'COMPLETED') return false;
      Object.assign(record, { status: 'ABANDONED', dirty: true });
      return true;
    }
    case 'badge_earned':
    case 'badge_claimed': {
      const badgeId = event.badgeKey ? state.badges.get(event.badgeKey) : undefined;
      if (!badgeId) return false;
      const key = `${userId}:${badgeId}`;
      if (!state.awards.has(key)) {
        state.awards.add(key);
        state.newAwards.push({ userId, badgeId, awardedAt: at });
      }
      return true;
    }
    default:
      // evidence_uploaded: stored as an event (it counts as activity) but changes no record.
      return true;
  }
}
