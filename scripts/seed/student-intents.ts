// What a signed-in student does in one stretch of a session: work on the current quest, talk to
// the tutor, browse, or visit the community. Each adds pages (with their actions) to the visit.
import type { Catalogue, CourseInfo, QuestInfo } from './catalogue';
import type { Learner } from './learner';
import type { Prng } from './prng';
import { elements, pages, type Action, type PageVisit } from './site-map';

export type VisitContext = {
  rng: Prng;
  learner: Learner;
  catalogue: Catalogue;
  /** 0–1, lower while a drop-out fades: fewer completions, more abandoned quests. */
  engagement: number;
  /** False: works on tasks but completes none (an idle drop-out's last weeks). */
  finishes: boolean;
  visits: PageVisit[];
  /** How many pages the session has time for. */
  budget: number;
  /** The external id of some other student (for community actions). */
  peer: () => string;
  onEnrol: (course: CourseInfo) => void;
};

const server = (name: Action & { kind: 'custom' }) => ({ ...name, server: true });

function add(ctx: VisitContext, visit: PageVisit): PageVisit {
  ctx.visits.push(visit);
  return visit;
}

function room(ctx: VisitContext): boolean {
  return ctx.visits.length < ctx.budget;
}

/** Badges the student just qualified for are announced by the platform's server. */
export function announceBadges(ctx: VisitContext, visit: PageVisit): void {
  for (const badge of ctx.learner.newBadges())
    visit.actions.push(server({ kind: 'custom', name: 'badge_earned', props: { badgeId: badge.key, badgeName: badge.name } }));
}

export function learn(ctx: VisitContext): void {
  const { rng, learner } = ctx;
  if (!learner.current()) {
    const course = learner.enrolMore((options) => rng.pick(options));
    if (!course) return browse(ctx);
    ctx.onEnrol(course);
  }
  const quest = learner.current() as QuestInfo;
  const ids = { questId: quest.slug, courseId: quest.course.slug };
  const last = ctx.visits[ctx.visits.length - 1];
  let questPage = last?.path === `/quests/${quest.slug}` ? last : undefined;
  if (!questPage) {
    if (last?.path !== '/quests' && rng.chance(0.6)) add(ctx, pages.quests());
    questPage = add(ctx, pages.quest(quest));
    questPage.actions.push({ kind: 'custom', name: 'quest_viewed', props: ids });
  }
  // Fading students give up more often; everyone abandons the odd quest.
  if (learner.isStarted() && rng.chance(0.02 + 0.14 * (1 - ctx.engagement))) {
    questPage.actions.push(
      { kind: 'click', element: elements.leaveQuest },
      { kind: 'custom', name: 'quest_abandoned', props: { ...ids, progress: Math.round(learner.progress() * 100) / 100 } },
    );
    learner.abandon();
    return;
  }
  if (!learner.isStarted()) {
    questPage.actions.push({ kind: 'click', element: elements.startQuest }, { kind: 'custom', name: 'quest_started', props: ids });
    learner.start();
  } else questPage.actions.push({ kind: 'click', element: elements.continueQuest });

  const maxTasks = rng.int(1, 3);
  for (let done = 0; done < maxTasks && room(ctx); done++) {
    const task = learner.nextTask();
    if (!task) break;
    const taskIds = { ...ids, taskId: task.slug };
    const visit = add(
      ctx,
      pages.task(quest, task, done === 0 ? undefined : { id: 'next-task', classes: 'btn btn-link next-task', text: 'Next task', tag: 'a' }),
    );
    visit.actions.push({ kind: 'custom', name: 'task_viewed', props: taskIds });
    if (task.position === 1)
      visit.actions.push({ kind: 'video', src: `/media/${quest.slug}/intro.mp4`, lengthS: rng.int(90, 300), complete: rng.chance(0.6) });
    if (rng.chance(0.25))
      visit.actions.push({
        kind: 'image',
        src: `/media/${quest.slug}/step-${task.position}.jpg`,
        alt: `${quest.title}, step ${task.position}`,
      });
    if (task.title.startsWith('Explore') && rng.chance(0.3))
      visit.actions.push({ kind: 'download', href: `/files/${quest.slug}-worksheet.pdf`, text: 'Download worksheet' });
    if (task.title.startsWith('Explore') && rng.chance(0.1))
      visit.actions.push({
        kind: 'outbound',
        href: `https://en.wikipedia.org/wiki/${encodeURIComponent(quest.topic.replace(/ /g, '_'))}`,
        text: 'Read more',
      });
    if (task.title.startsWith('Create')) {
      visit.actions.push(
        { kind: 'click', element: elements.uploadEvidence },
        { kind: 'form', formId: 'evidence-upload', fieldCount: 2 },
        { kind: 'custom', name: 'evidence_uploaded', props: taskIds },
      );
    }
    if (!ctx.finishes || !rng.chance(0.45 + 0.4 * ctx.engagement)) break;
    const { questDone } = learner.completeTask();
    visit.actions.push(
      { kind: 'click', element: elements.completeTask },
      server({ kind: 'custom', name: 'task_completed', props: { ...taskIds, xp: task.xp } }),
    );
    if (questDone) visit.actions.push(server({ kind: 'custom', name: 'quest_completed', props: { ...ids, xp: quest.xp } }));
    announceBadges(ctx, visit);
    if (questDone) {
      if (room(ctx) && rng.chance(0.6)) badgesPage(ctx);
      break;
    }
  }
}

export function tutor(ctx: VisitContext): void {
  const { rng, learner } = ctx;
  const visit = add(ctx, pages.tutor());
  const context = learner.current()?.slug ?? null;
  visit.actions.push({ kind: 'custom', name: 'tutor_opened', props: { questId: context } });
  if (rng.chance(0.3)) visit.actions.push({ kind: 'click', element: elements.tutorChip });
  const messages = rng.int(1, 5);
  for (let i = 0; i < messages; i++) {
    visit.actions.push(
      { kind: 'click', element: elements.tutorSend },
      { kind: 'form', formId: 'tutor-chat', fieldCount: 1 },
      { kind: 'custom', name: 'tutor_message_sent', props: { questId: context } },
    );
    learner.sentTutorMessage();
  }
  if (rng.chance(0.01))
    visit.actions.push(server({ kind: 'custom', name: 'tutor_safety_flag', props: { questId: context, reason: 'personal_info' } }));
  announceBadges(ctx, visit);
}

export function browse(ctx: VisitContext): void {
  const { rng, catalogue } = ctx;
  const list = add(ctx, pages.quests());
  const pillar = rng.pick(catalogue.pillars);
  list.actions.push({ kind: 'click', element: elements.pillarFilter(pillar.name) });
  if (room(ctx) && rng.chance(0.4)) add(ctx, pages.pillar(pillar.key, pillar.name));
  const quest = rng.pick(catalogue.quests);
  if (room(ctx))
    add(ctx, pages.quest(quest)).actions.push({
      kind: 'custom',
      name: 'quest_viewed',
      props: { questId: quest.slug, courseId: quest.course.slug },
    });
  if (room(ctx) && rng.chance(0.4)) badgesPage(ctx);
}

export function community(ctx: VisitContext): void {
  const { rng } = ctx;
  const visit = add(ctx, pages.community());
  const peer = ctx.peer();
  visit.actions.push({ kind: 'custom', name: 'profile_viewed', props: { profileId: peer } });
  if (rng.chance(0.35))
    visit.actions.push(
      { kind: 'click', element: elements.connect },
      { kind: 'custom', name: 'connection_request_sent', props: { profileId: peer } },
    );
  if (rng.chance(0.2)) visit.actions.push({ kind: 'custom', name: 'connection_request_accepted', props: { profileId: ctx.peer() } });
}

export function checkIn(ctx: VisitContext): void {
  if (ctx.rng.chance(0.5)) return badgesPage(ctx);
  const visit = add(ctx, pages.profile());
  if (ctx.rng.chance(0.15))
    visit.actions.push({ kind: 'click', element: elements.editProfile }, { kind: 'form', formId: 'profile-form', fieldCount: 3 });
}

function badgesPage(ctx: VisitContext): void {
  const visit = add(ctx, pages.badges());
  const earned = [...ctx.learner.earnedBadgeKeys()];
  const key = earned.length > 0 ? ctx.rng.pick(earned) : ctx.rng.pick(ctx.catalogue.badges).key;
  const badge = ctx.catalogue.badges.find((candidate) => candidate.key === key);
  if (!badge) return;
  visit.actions.push(
    { kind: 'click', element: elements.badgeTile(badge.name) },
    { kind: 'custom', name: 'badge_viewed', props: { badgeId: badge.key } },
  );
  if (earned.includes(key) && ctx.rng.chance(0.1)) visit.actions.push({ kind: 'click', element: elements.shareBadge });
}
