// One signed-in student session: how it starts (login, a deep link from an email or chat, the
// home page), then a few intents until its time runs out, and sometimes an explicit logout.
import type { Slot } from './activity';
import type { Catalogue, CourseInfo } from './catalogue';
import type { Learner } from './learner';
import type { Prng } from './prng';
import type { Acquisition } from './referrers';
import { elements, nav, pages, type PageVisit } from './site-map';
import { announceBadges, browse, checkIn, community, learn, tutor, type VisitContext } from './student-intents';

export type StudentVisitInput = {
  rng: Prng;
  learner: Learner;
  catalogue: Catalogue;
  slot: Slot;
  dayIndex: number;
  acquisition: Acquisition;
  peer: () => string;
  onEnrol: (course: CourseInfo) => void;
};

const INTENTS = [
  [learn, 58],
  [tutor, 15],
  [browse, 10],
  [community, 9],
  [checkIn, 8],
] as const;

export function planStudentVisit(input: StudentVisitInput): PageVisit[] {
  const { rng, learner, slot, acquisition } = input;
  // A page every two to three minutes (tasks take a while); very short visits are a single page.
  const budget = slot.durationMs < 45_000 ? 1 : Math.min(16, 1 + Math.round(slot.durationMs / rng.float(170_000, 280_000)));
  const ctx: VisitContext = {
    rng,
    learner,
    catalogue: input.catalogue,
    engagement: slot.engagement,
    finishes: slot.finishes,
    visits: [],
    budget,
    peer: input.peer,
    onEnrol: input.onEnrol,
  };

  if (slot.login) {
    const login = pages.login();
    if (rng.chance(0.06)) {
      login.actions.push(
        { kind: 'click', element: elements.loginSubmit },
        { kind: 'form', formId: 'login-form', fieldCount: 2 },
        { kind: 'custom', name: 'login_failed', props: { reason: 'bad_password' }, server: true },
      );
    }
    login.actions.push(
      { kind: 'click', element: elements.loginSubmit },
      { kind: 'form', formId: 'login-form', fieldCount: 2 },
      { kind: 'custom', name: 'login_success', props: { method: 'password' }, server: true, authenticates: true },
    );
    ctx.visits.push(login);
  }
  const quest = learner.current();
  let entry: PageVisit;
  if (!slot.login && acquisition.deepLink && quest) {
    entry = pages.quest(quest);
    entry.actions.push({ kind: 'custom', name: 'quest_viewed', props: { questId: quest.slug, courseId: quest.course.slug } });
  } else entry = slot.login && rng.chance(0.5) ? pages.quests() : pages.home();
  if (slot.login) entry.via = undefined;
  ctx.visits.push(entry);
  if (entry.path === '/' && rng.chance(0.3)) entry.actions.push({ kind: 'click', element: elements.heroCta });

  learner.activeOn(input.dayIndex);
  announceBadges(ctx, entry);

  // An intent may add no page (an abandoned quest), so the loop is bounded as well.
  for (let round = 0; round < 40 && ctx.visits.length < ctx.budget; round++) rng.weighted(INTENTS)(ctx);

  const last = ctx.visits[ctx.visits.length - 1] as PageVisit;
  if (rng.chance(0.08)) last.actions.push({ kind: 'click', element: nav('Sign out') }, { kind: 'custom', name: 'logout' });
  else if (rng.chance(0.005)) last.actions.push({ kind: 'custom', name: 'session_expired' });
  return ctx.visits;
}
