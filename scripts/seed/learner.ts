// A student's progress through their quests, decided session by session. It only says what
// happens next; the ledger turns the resulting events into enrolments, XP and badge rows.
import type { BadgeInfo, Catalogue, CourseInfo, QuestInfo, TaskInfo } from './catalogue';
import type { Student } from './people';

export class Learner {
  readonly enrolledCourses: CourseInfo[] = [];
  private readonly queue: QuestInfo[] = [];
  private position = 0;
  /** Tasks finished in the current quest, and whether it was started. */
  private tasksDone = 0;
  private started = false;
  private totalTasks = 0;
  private totalQuests = 0;
  private readonly pillarQuests = new Map<string, number>();
  private tutorMessages = 0;
  private streak = { lastDay: -2, length: 0 };
  private readonly badges = new Set<string>();

  constructor(
    private readonly catalogue: Catalogue,
    student: Student,
  ) {
    for (const index of student.courseIndexes) {
      const course = catalogue.courses[index];
      if (course) this.enrolledCourses.push(course);
    }
    // Round-robin across courses, the way a student juggles a few at once.
    const longest = Math.max(0, ...this.enrolledCourses.map((course) => course.quests.length));
    for (let i = 0; i < longest; i++)
      for (const course of this.enrolledCourses) if (course.quests[i]) this.queue.push(course.quests[i] as QuestInfo);
  }

  current(): QuestInfo | null {
    return this.queue[this.position] ?? null;
  }

  isStarted(): boolean {
    return this.started;
  }

  /** The next task to do in the current quest. */
  nextTask(): TaskInfo | null {
    return this.current()?.tasks[this.tasksDone] ?? null;
  }

  progress(): number {
    const quest = this.current();
    return quest ? this.tasksDone / quest.tasks.length : 0;
  }

  /** Enrols in one more course when everything else is done; returns it, or null if none is left. */
  enrolMore(pick: (options: CourseInfo[]) => CourseInfo): CourseInfo | null {
    if (this.current()) return null;
    const options = this.catalogue.courses.filter((course) => !this.enrolledCourses.includes(course));
    if (options.length === 0) return null;
    const course = pick(options);
    this.enrolledCourses.push(course);
    this.queue.push(...course.quests);
    return course;
  }

  start(): void {
    this.started = true;
  }

  /** Marks the next task done; says whether that finished the quest. */
  completeTask(): { task: TaskInfo; quest: QuestInfo; questDone: boolean } {
    const quest = this.current();
    const task = this.nextTask();
    if (!quest || !task) throw new Error('no task to complete');
    this.tasksDone++;
    this.totalTasks++;
    const questDone = this.tasksDone >= quest.tasks.length;
    if (questDone) {
      this.totalQuests++;
      this.pillarQuests.set(quest.pillar, (this.pillarQuests.get(quest.pillar) ?? 0) + 1);
      this.advance();
    }
    return { task, quest, questDone };
  }

  /** Gives up on the current quest and moves on to the next. */
  abandon(): void {
    this.advance();
  }

  private advance(): void {
    this.position++;
    this.tasksDone = 0;
    this.started = false;
  }

  sentTutorMessage(): void {
    this.tutorMessages++;
  }

  /** Counts a day with activity towards the streak. */
  activeOn(dayIndex: number): void {
    if (dayIndex === this.streak.lastDay) return;
    this.streak = { lastDay: dayIndex, length: dayIndex === this.streak.lastDay + 1 ? this.streak.length + 1 : 1 };
  }

  /** Badges whose rule is now met and that were not earned before; marks them earned. */
  newBadges(): BadgeInfo[] {
    const earned = this.catalogue.badges.filter((badge) => !this.badges.has(badge.key) && this.meets(badge));
    for (const badge of earned) this.badges.add(badge.key);
    return earned;
  }

  earnedBadgeKeys(): ReadonlySet<string> {
    return this.badges;
  }

  private meets({ rule }: BadgeInfo): boolean {
    switch (rule.kind) {
      case 'tasks':
        return this.totalTasks >= rule.count;
      case 'quests':
        return this.totalQuests >= rule.count;
      case 'pillar-quests':
        return (this.pillarQuests.get(rule.pillar) ?? 0) >= rule.count;
      case 'streak':
        return this.streak.length >= rule.days;
      case 'tutor-messages':
        return this.tutorMessages >= rule.count;
    }
  }
}
