// Visits by people who are not working on quests: anonymous prospects on the academy, parents
// checking on their children, and readers of the community forum.
import type { Catalogue } from './catalogue';
import type { Prng } from './prng';
import type { Acquisition } from './referrers';
import { BLOG_POSTS, FORUM_TOPICS, elements, nav, page, pages, type PageVisit } from './site-map';

export function planAnonymousVisit(rng: Prng, catalogue: Catalogue, acquisition: Acquisition, budget: number): PageVisit[] {
  const visits: PageVisit[] = [];
  const questPage = () => {
    const quest = rng.pick(catalogue.quests);
    const visit = pages.quest(quest);
    visit.actions.push({ kind: 'custom', name: 'quest_viewed', props: { questId: quest.slug, courseId: quest.course.slug } });
    return visit;
  };
  if (acquisition.deepLink) {
    const [slug, title] = rng.pick(BLOG_POSTS);
    visits.push(rng.chance(0.6) ? questPage() : pages.blogPost(slug, title));
  } else visits.push(pages.home());

  while (visits.length < budget) {
    const flow = rng.weighted([
      ['explore', 5],
      ['parents', 2],
      ['blog', 2],
      ['about', 1],
      ['login', 1],
    ] as const);
    if (flow === 'explore') {
      const list = pages.quests(elements.heroCta);
      if (rng.chance(0.4)) list.actions.push({ kind: 'click', element: elements.pillarFilter(rng.pick(catalogue.pillars).name) });
      visits.push(list, questPage());
      if (rng.chance(0.12)) visits.push({ ...pages.signup(), actions: [{ kind: 'form', formId: 'signup-form', fieldCount: 4 }] });
    } else if (flow === 'parents') {
      const parents = pages.parents();
      if (rng.chance(0.35)) parents.actions.push({ kind: 'download', href: '/files/parent-guide.pdf', text: 'Download the parent guide' });
      if (rng.chance(0.1)) parents.actions.push({ kind: 'form', formId: 'newsletter', fieldCount: 1 });
      visits.push(parents);
    } else if (flow === 'blog') {
      const [slug, title] = rng.pick(BLOG_POSTS);
      const post = pages.blogPost(slug, title);
      if (rng.chance(0.15))
        post.actions.push({ kind: 'outbound', href: 'https://www.commonsense.org/education/articles', text: 'Common Sense Education' });
      visits.push(pages.blog(), post);
    } else if (flow === 'about') visits.push(pages.about());
    else {
      // Prospects who try to sign in without an account.
      const login = { ...pages.login(), via: nav('Sign in') };
      login.actions.push(
        { kind: 'click', element: elements.loginSubmit },
        { kind: 'form', formId: 'login-form', fieldCount: 2 },
        { kind: 'custom', name: 'login_failed', props: { reason: 'unknown_account' }, server: true },
      );
      visits.push(login);
    }
  }
  return visits.slice(0, Math.max(1, budget));
}

export type Child = { externalId: string; name: string };

export function planParentVisit(rng: Prng, children: readonly Child[], login: boolean): PageVisit[] {
  const visits: PageVisit[] = [];
  if (login) {
    const visit = pages.login();
    visit.actions.push(
      { kind: 'click', element: elements.loginSubmit },
      { kind: 'form', formId: 'login-form', fieldCount: 2 },
      { kind: 'custom', name: 'login_success', props: { method: 'password' }, server: true, authenticates: true },
    );
    visits.push(visit);
  }
  const home = pages.parentHome();
  home.actions.push({ kind: 'custom', name: 'parent_dashboard_opened', props: { childId: children[0]?.externalId ?? null } });
  visits.push(home);
  for (const child of children) {
    if (!rng.chance(0.8)) continue;
    const visit = pages.parentChild(child.externalId, child.name);
    if (rng.chance(0.15))
      visit.actions.push({ kind: 'download', href: `/files/progress-${child.externalId}.pdf`, text: 'Download progress report' });
    visits.push(visit);
  }
  return visits;
}

const FORUM = 'Pathwise Community Forum';

export function planForumVisit(rng: Prng, budget: number): PageVisit[] {
  const visits: PageVisit[] = [rng.chance(0.5) ? page('/', FORUM, 0.6) : topicPage(rng)];
  while (visits.length < budget) {
    const roll = rng.next();
    if (roll < 0.25) visits.push(page('/forum', `Forum · ${FORUM}`, 0.8, [], nav('Forum')));
    else if (roll < 0.85) visits.push(topicPage(rng));
    else if (roll < 0.95) visits.push(page('/events', `Events · ${FORUM}`, 0.7, [], nav('Events')));
    else visits.push(page('/members', `Members · ${FORUM}`, 0.5, [], nav('Members')));
  }
  return visits;
}

function topicPage(rng: Prng): PageVisit {
  const [slug, title] = rng.pick(FORUM_TOPICS);
  const visit = page(`/forum/t/${slug}`, `${title} · ${FORUM}`, 2, [], { classes: 'topic-link', text: title, tag: 'a' });
  if (rng.chance(0.08))
    visit.actions.push(
      { kind: 'click', element: { id: 'reply', classes: 'btn btn-primary', text: 'Reply', tag: 'button' } },
      { kind: 'form', formId: 'forum-reply', fieldCount: 1 },
    );
  if (rng.chance(0.05))
    visit.actions.push({ kind: 'outbound', href: 'https://www.nasa.gov/learning-resources/', text: 'NASA learning resources' });
  return visit;
}
