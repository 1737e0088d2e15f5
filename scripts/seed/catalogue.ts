// Turns catalogue-data into rows with ids and the lookup structures the traffic generator uses.
import { BADGES, COURSES_BY_INSTRUCTOR, PILLARS, TASK_TEMPLATES, type BadgeRule, type PillarKey } from './catalogue-data';
import type { IdFactory } from './ids';
import { Prng } from './prng';

export type TaskInfo = { id: string; slug: string; title: string; position: number; xp: number };
export type QuestInfo = {
  id: string;
  slug: string;
  title: string;
  topic: string;
  pillar: PillarKey;
  pillarId: string;
  xp: number;
  course: { id: string; slug: string };
  tasks: TaskInfo[];
};
export type CourseInfo = {
  id: string;
  slug: string;
  title: string;
  pillar: PillarKey;
  pillarId: string;
  instructorId: string;
  quests: QuestInfo[];
};
export type BadgeInfo = { id: string; key: string; name: string; description: string; pillarId: string | null; rule: BadgeRule };
export type PillarInfo = { id: string; key: PillarKey; name: string; color: string };

export type Catalogue = {
  pillars: PillarInfo[];
  courses: CourseInfo[];
  quests: QuestInfo[];
  badges: BadgeInfo[];
  createdAt: Date;
};

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Builds the catalogue; `instructorIds` follows DEMO_INSTRUCTORS order. */
export function buildCatalogue(seed: number, ids: IdFactory, instructorIds: readonly string[], createdAt: Date): Catalogue {
  const rng = Prng.derive(seed, 'catalogue');
  const pillars: PillarInfo[] = PILLARS.map((pillar) => ({ id: ids.next('pillar'), ...pillar }));
  const pillarId = (key: PillarKey) => (pillars.find((pillar) => pillar.key === key) as PillarInfo).id;

  const courses: CourseInfo[] = [];
  const quests: QuestInfo[] = [];
  COURSES_BY_INSTRUCTOR.forEach((specs, instructorIndex) => {
    const instructorId = instructorIds[instructorIndex];
    if (!instructorId) throw new Error(`no instructor #${instructorIndex + 1} for the catalogue`);
    for (const spec of specs) {
      const course: CourseInfo = {
        id: ids.next('course'),
        slug: slugify(spec.title),
        title: spec.title,
        pillar: spec.pillar,
        pillarId: pillarId(spec.pillar),
        instructorId,
        quests: [],
      };
      for (const questSpec of spec.quests) {
        const slug = slugify(questSpec.title);
        const pillar = questSpec.pillar ?? spec.pillar;
        const taskCount = rng.int(3, TASK_TEMPLATES.length);
        const tasks: TaskInfo[] = TASK_TEMPLATES.slice(0, taskCount).map((template, position) => ({
          id: ids.next('task'),
          slug: `${slug}-task-${position + 1}`,
          title: template.replace('{topic}', questSpec.topic),
          position: position + 1,
          xp: 10 * rng.int(1, 3),
        }));
        const quest: QuestInfo = {
          id: ids.next('course'),
          slug,
          title: questSpec.title,
          topic: questSpec.topic,
          pillar,
          pillarId: pillarId(pillar),
          xp: 50 * rng.int(2, 4),
          course: { id: course.id, slug: course.slug },
          tasks,
        };
        course.quests.push(quest);
        quests.push(quest);
      }
      courses.push(course);
    }
  });

  const badges: BadgeInfo[] = BADGES.map((badge) => ({
    id: ids.next('badge'),
    key: badge.key,
    name: badge.name,
    description: badge.description,
    pillarId: badge.pillar ? pillarId(badge.pillar) : null,
    rule: badge.rule,
  }));
  return { pillars, courses, quests, badges, createdAt };
}

/** Rows for Course (both kinds), Task, Pillar and Badge, in foreign-key order. */
export function catalogueRows(catalogue: Catalogue, siteId: string) {
  const { createdAt } = catalogue;
  const courseRows = catalogue.courses.flatMap((course) => [
    {
      id: course.id,
      slug: course.slug,
      title: course.title,
      kind: 'COURSE' as const,
      xp: 0,
      siteId,
      pillarId: course.pillarId,
      instructorId: course.instructorId,
      parentId: null,
      createdAt,
    },
    ...course.quests.map((quest) => ({
      id: quest.id,
      slug: quest.slug,
      title: quest.title,
      kind: 'QUEST' as const,
      xp: quest.xp,
      siteId,
      pillarId: quest.pillarId,
      instructorId: course.instructorId,
      parentId: course.id,
      createdAt,
    })),
  ]);
  // Parents first: a quest's parentId must already exist when the quest is inserted.
  courseRows.sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
  return {
    pillars: catalogue.pillars.map(({ id, key, name, color }) => ({ id, key, name, color })),
    courses: courseRows,
    tasks: catalogue.quests.flatMap((quest) =>
      quest.tasks.map((task) => ({
        id: task.id,
        slug: task.slug,
        courseId: quest.id,
        title: task.title,
        position: task.position,
        xp: task.xp,
      })),
    ),
    badges: catalogue.badges.map(({ id, key, name, description, pillarId }) => ({ id, key, name, description, pillarId })),
  };
}
