// The pages of the two demo sites, the elements people click on them, and the few recurring
// front-end errors that make the behaviour dashboards worth looking at.
import type { PlatformEventName } from '../../lib/taxonomy';
import type { QuestInfo, TaskInfo } from './catalogue';
import type { Prng } from './prng';

export type Props = Record<string, string | number | boolean | null>;

/** A clickable element; `track` becomes props.track, as a data-track attribute would. */
export type Element = { id?: string; classes?: string; text?: string; tag: string; track?: string; zone?: 'nav' | 'main' };

export type Action =
  | { kind: 'click'; element: Element }
  | { kind: 'custom'; name: PlatformEventName; props?: Props; server?: boolean; authenticates?: boolean }
  | { kind: 'form'; formId: string; fieldCount: number }
  | { kind: 'video'; src: string; lengthS: number; complete: boolean }
  | { kind: 'download'; href: string; text: string }
  | { kind: 'outbound'; href: string; text: string }
  | { kind: 'image'; src: string; alt: string };

export type PageVisit = {
  path: string;
  title: string;
  /** Relative share of the session's time spent on this page. */
  weight: number;
  actions: Action[];
  /** The element clicked on the previous page to get here, if any. */
  via?: Element;
};

export type ErrorSpec = { message: string; source: string; line: number; column: number; stack: string };

const SITE = 'Pathwise Demo Academy';

export const nav = (text: string): Element => ({ classes: 'nav-link', text, tag: 'a', zone: 'nav' });

export function page(path: string, title: string, weight = 1, actions: Action[] = [], via?: Element): PageVisit {
  return { path, title, weight, actions, via };
}

export const pages = {
  home: () => page('/', `${SITE} — Learn by doing`, 0.8),
  login: () => page('/login', `Sign in · ${SITE}`, 0.5),
  quests: (via: Element = nav('Quests')) => page('/quests', `Quests · ${SITE}`, 1, [], via),
  quest: (quest: QuestInfo, via?: Element) =>
    page(`/quests/${quest.slug}`, `${quest.title} · Quests`, 1.2, [], via ?? { classes: 'quest-card card', text: quest.title, tag: 'a' }),
  task: (quest: QuestInfo, task: TaskInfo, via?: Element) =>
    page(
      `/quests/${quest.slug}/tasks/${task.position}`,
      `${task.title} · ${quest.title}`,
      3,
      [],
      via ?? { classes: 'task-link', text: `Task ${task.position}: ${task.title}`, tag: 'a' },
    ),
  badges: () => page('/badges', `Your badges · ${SITE}`, 0.7, [], nav('Badges')),
  profile: () => page('/profile', `Your profile · ${SITE}`, 0.6, [], nav('Profile')),
  tutor: () => page('/tutor', `Tutor · ${SITE}`, 2.5, [], nav('Tutor')),
  community: () => page('/community', `Community · ${SITE}`, 1.2, [], nav('Community')),
  pillar: (key: string, name: string) =>
    page(`/pillars/${key}`, `${name} · ${SITE}`, 0.8, [], { classes: 'pillar-chip chip', text: name, tag: 'a' }),
  about: () => page('/about', `About · ${SITE}`, 0.8, [], nav('About')),
  parents: () => page('/parents', `For parents · ${SITE}`, 1, [], nav('For parents')),
  signup: () =>
    page('/signup', `Create your account · ${SITE}`, 1, [], {
      id: 'signup-cta',
      classes: 'btn btn-primary',
      text: 'Join free',
      tag: 'a',
      track: 'signup-cta',
    }),
  blog: () => page('/blog', `Blog · ${SITE}`, 0.8, [], nav('Blog')),
  blogPost: (slug: string, title: string) =>
    page(`/blog/${slug}`, `${title} · ${SITE}`, 2.2, [], { classes: 'post-link', text: title, tag: 'a' }),
  parentHome: () => page('/parent', `Family dashboard · ${SITE}`, 1.5),
  parentChild: (externalId: string, name: string) =>
    page(`/parent/children/${externalId}`, `${name} · Family dashboard`, 2, [], { classes: 'child-card card', text: name, tag: 'a' }),
};

export const BLOG_POSTS = [
  ['why-quests-work', 'Why quests work better than worksheets'],
  ['screen-time-that-counts', 'Screen time that counts'],
  ['meet-the-tutor', 'Meet the Pathwise tutor'],
  ['summer-of-making', 'A summer of making'],
] as const;

export const FORUM_TOPICS = [
  ['favourite-science-experiments', 'Your favourite kitchen science experiments?'],
  ['homeschool-schedules', 'How do you plan a homeschool week?'],
  ['mars-rover-builds', 'Show us your Mars rover builds'],
  ['screen-time-rules', 'Screen time rules that actually work'],
  ['quest-ideas', 'Ideas for new quests'],
  ['welcome-thread', 'Welcome! Introduce yourself'],
] as const;

export const elements = {
  startQuest: { id: 'start-quest', classes: 'btn btn-primary', text: 'Start quest', tag: 'button', track: 'start-quest' },
  continueQuest: { id: 'continue-quest', classes: 'btn btn-primary', text: 'Continue', tag: 'button' },
  completeTask: { id: 'complete-task', classes: 'btn btn-primary', text: 'Mark task complete', tag: 'button', track: 'complete-task' },
  uploadEvidence: { id: 'upload-evidence', classes: 'btn btn-secondary', text: 'Upload evidence', tag: 'button' },
  leaveQuest: { id: 'leave-quest', classes: 'btn btn-link', text: 'Leave this quest', tag: 'button' },
  tutorSend: { id: 'tutor-send', classes: 'btn btn-primary', text: 'Send', tag: 'button' },
  tutorChip: { classes: 'suggestion-chip chip', text: 'Explain it more simply', tag: 'button' },
  connect: { classes: 'btn btn-outline connect', text: 'Connect', tag: 'button', track: 'connect' },
  badgeTile: (name: string): Element => ({ classes: 'badge-tile', text: name, tag: 'button' }),
  shareBadge: { id: 'share-badge', classes: 'btn btn-secondary', text: 'Share', tag: 'button', track: 'share-badge' },
  pillarFilter: (name: string): Element => ({ classes: 'filter-chip chip', text: name, tag: 'button' }),
  loginSubmit: { id: 'login-submit', classes: 'btn btn-primary', text: 'Sign in', tag: 'button' },
  heroCta: { id: 'hero-cta', classes: 'btn btn-primary btn-lg', text: 'Explore quests', tag: 'a', track: 'hero-cta' },
  logo: { id: 'logo', classes: 'brand', text: 'Pathwise', tag: 'a', zone: 'nav' },
  editProfile: { id: 'edit-profile', classes: 'btn btn-secondary', text: 'Edit profile', tag: 'button' },
} as const satisfies Record<string, Element | ((text: string) => Element)>;

const CHUNK = '/_next/static/chunks/app';

/** The recurring errors: a real bug on task pages, a flaky chunk load, and a benign browser warning. */
export function pickError(rng: Prng, path: string): ErrorSpec | null {
  if (path.includes('/tasks/') && rng.chance(0.015)) {
    const source = `${CHUNK}/quests/[slug]/tasks/[n]/page-8f3a2c1d.js`;
    return {
      message: "TypeError: Cannot read properties of undefined (reading 'progress')",
      source,
      line: 1,
      column: 4821,
      stack: `TypeError: Cannot read properties of undefined (reading 'progress')\n    at TaskProgress (${source}:1:4821)\n    at renderWithHooks (/_next/static/chunks/framework-2c79e2a6.js:1:59314)`,
    };
  }
  if (path === '/tutor' && rng.chance(0.02)) {
    return {
      message: 'ResizeObserver loop completed with undelivered notifications.',
      source: `${CHUNK}/tutor/page-51be07aa.js`,
      line: 0,
      column: 0,
      stack: '',
    };
  }
  if (rng.chance(0.002)) {
    const chunk = rng.pick([742, 318, 905]);
    return {
      message: `ChunkLoadError: Loading chunk ${chunk} failed.`,
      source: `/_next/static/chunks/${chunk}-a41f9e03.js`,
      line: 1,
      column: 1,
      stack: `ChunkLoadError: Loading chunk ${chunk} failed.\n(error: /_next/static/chunks/${chunk}-a41f9e03.js)\n    at __webpack_require__.f.j (/_next/static/chunks/webpack-9d1b2a4e.js:1:3712)`,
    };
  }
  return null;
}
