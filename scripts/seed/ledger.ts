// Learning records derived from the generated events themselves (quest_started, task_completed,
// quest_completed, quest_abandoned, badge_earned, login_success), so enrolments, the XP ledger and
// badge awards agree with the event stream to the millisecond.
import type { Catalogue, CourseInfo, QuestInfo } from './catalogue';
import type { IdFactory } from './ids';
import type { EventRow } from './session-builder';
import type { Props } from './site-map';

type Status = 'ENROLLED' | 'COMPLETED' | 'ABANDONED';
type EnrollmentRecord = {
  id: string;
  userId: string;
  courseId: string;
  status: Status;
  progress: number;
  enrolledAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
};
type XpRow = { id: string; userId: string; pillarId: string; amount: number; reason: string; createdAt: Date };
type AwardRow = { userId: string; badgeId: string; awardedAt: Date };

export class Ledger {
  private readonly enrollments = new Map<string, EnrollmentRecord>();
  private readonly tasksDone = new Map<string, number>();
  private readonly xp: XpRow[] = [];
  private readonly awards: AwardRow[] = [];
  private readonly lastLogins = new Map<string, Date>();
  private readonly quests: Map<string, QuestInfo>;
  private readonly courses: Map<string, CourseInfo>;
  private readonly badgeIds: Map<string, string>;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly ids: IdFactory,
  ) {
    this.quests = new Map(catalogue.quests.map((quest) => [quest.slug, quest]));
    this.courses = new Map(catalogue.courses.map((course) => [course.slug, course]));
    this.badgeIds = new Map(catalogue.badges.map((badge) => [badge.key, badge.id]));
  }

  /** Enrols a student in a course and each of its quests. */
  enrol(userId: string, course: CourseInfo, at: Date): void {
    for (const target of [course.id, ...course.quests.map((quest) => quest.id)]) {
      const key = `${userId}:${target}`;
      if (this.enrollments.has(key)) continue;
      this.enrollments.set(key, {
        id: this.ids.next('enrollment'),
        userId,
        courseId: target,
        status: 'ENROLLED',
        progress: 0,
        enrolledAt: at,
        startedAt: null,
        completedAt: null,
      });
    }
  }

  /** Reads one session's events and updates the records they imply. */
  apply(events: readonly EventRow[]): void {
    for (const event of events) {
      if (event.type !== 'custom' || !event.userId || !event.name) continue;
      const at = new Date(event.timestamp);
      const props = (event.props ?? {}) as Props;
      const quest = typeof props.questId === 'string' ? this.quests.get(props.questId) : undefined;
      const record = quest ? this.enrollments.get(`${event.userId}:${quest.id}`) : undefined;
      switch (event.name) {
        case 'login_success':
          this.lastLogins.set(event.userId, at);
          break;
        case 'quest_started':
          if (record && quest) {
            record.startedAt ??= at;
            const course = this.enrollments.get(`${event.userId}:${quest.course.id}`);
            if (course) course.startedAt ??= at;
          }
          break;
        case 'task_completed':
          if (record && quest) {
            const done = (this.tasksDone.get(`${event.userId}:${quest.id}`) ?? 0) + 1;
            this.tasksDone.set(`${event.userId}:${quest.id}`, done);
            record.progress = done / quest.tasks.length;
            this.addXp(event.userId, quest.pillarId, Number(props.xp ?? 0), `task_completed:${String(props.taskId)}`, at);
          }
          break;
        case 'quest_completed':
          if (record && quest) {
            Object.assign(record, { status: 'COMPLETED', progress: 1, completedAt: at });
            this.addXp(event.userId, quest.pillarId, quest.xp, `quest_completed:${quest.slug}`, at);
          }
          break;
        case 'quest_abandoned':
          if (record) record.status = 'ABANDONED';
          break;
        case 'badge_earned': {
          const badgeId = typeof props.badgeId === 'string' ? this.badgeIds.get(props.badgeId) : undefined;
          if (badgeId) this.awards.push({ userId: event.userId, badgeId, awardedAt: at });
          break;
        }
      }
    }
  }

  private addXp(userId: string, pillarId: string, amount: number, reason: string, createdAt: Date): void {
    if (amount > 0) this.xp.push({ id: this.ids.next('xp'), userId, pillarId, amount, reason, createdAt });
  }

  lastLogin(userId: string): Date | null {
    return this.lastLogins.get(userId) ?? null;
  }

  /** Final rows; a course's progress is the share of its quests' tasks done. */
  rows() {
    for (const course of this.catalogue.courses) {
      const total = course.quests.reduce((sum, quest) => sum + quest.tasks.length, 0);
      for (const record of this.enrollments.values()) {
        if (record.courseId !== course.id) continue;
        const done = course.quests.reduce((sum, quest) => sum + (this.tasksDone.get(`${record.userId}:${quest.id}`) ?? 0), 0);
        record.progress = total ? Math.round((done / total) * 1000) / 1000 : 0;
        const quests = course.quests.map((quest) => this.enrollments.get(`${record.userId}:${quest.id}`));
        if (quests.every((quest) => quest?.status === 'COMPLETED')) {
          record.status = 'COMPLETED';
          record.completedAt = new Date(Math.max(...quests.map((quest) => quest?.completedAt?.getTime() ?? 0)));
        }
      }
    }
    return { enrollments: [...this.enrollments.values()], xpEntries: this.xp, badgeAwards: this.awards };
  }
}
