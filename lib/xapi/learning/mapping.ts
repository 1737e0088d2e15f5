// The default mapping from xAPI verbs and activity types to Pathwise learning events. Verbs are
// matched by IRI, then by their last path segment, so the ADL vocabulary, the xAPI profiles'
// w3id.org IRIs and TinCan's id.tincanapi.com all work; this covers what Moodle's xAPI log store
// (logstore_xapi) and Open edX's event routing backends send. A site overrides entries with the
// Setting `xapi.mapping.<siteKey>` = { "verbs": { IRI: action }, "types": { IRI: "quest" | "task" } }.
import { isObject } from '../validate/primitives';

export type VerbAction = 'start' | 'complete' | 'fail' | 'score' | 'earn' | 'login' | 'logout' | 'view' | 'ignore';
export type ActivityRole = 'quest' | 'task';
export type Mapping = { verbs: Record<string, VerbAction>; types: Record<string, ActivityRole> };

const BY_SEGMENT: Record<string, VerbAction> = {
  launched: 'start',
  initialized: 'start',
  attempted: 'start',
  registered: 'start',
  enrolled: 'start',
  completed: 'complete',
  passed: 'complete',
  failed: 'fail',
  scored: 'score',
  answered: 'score',
  earned: 'earn',
  'logged-in': 'login',
  loggedin: 'login',
  'logged-out': 'logout',
  loggedout: 'logout',
  experienced: 'view',
  viewed: 'view',
  interacted: 'view',
  progressed: 'view',
  played: 'view',
  paused: 'view',
  watched: 'view',
  accessed: 'view',
  read: 'view',
  submitted: 'view',
  commented: 'view',
  posted: 'view',
  replied: 'view',
  terminated: 'view',
  exited: 'view',
  voided: 'ignore',
};

/** Lessons, modules and assessments are tasks of the course (quest) they belong to. */
const TASK_SEGMENTS = [
  'lesson',
  'module',
  'assessment',
  'interaction',
  'question',
  'objective',
  'video',
  'problem',
  'link',
  'file',
  'page',
  'media',
];

export const DEFAULT_MAPPING: Mapping = { verbs: {}, types: {} };

const segment = (iri: string) => (iri.split(/[/#]/).filter(Boolean).pop() ?? '').toLowerCase();

export function verbAction(verb: string, mapping: Mapping = DEFAULT_MAPPING): VerbAction {
  return mapping.verbs[verb] ?? BY_SEGMENT[segment(verb)] ?? 'view';
}

export function activityRole(type: string | undefined, mapping: Mapping = DEFAULT_MAPPING): ActivityRole {
  if (!type) return 'quest';
  const override = mapping.types[type];
  if (override) return override;
  const last = segment(type);
  const words = last.split(/[-.]/);
  return TASK_SEGMENTS.some((word) => words.includes(word)) ? 'task' : 'quest';
}

/** A site's override, read from its Setting; anything malformed is ignored entry by entry. */
export function parseMapping(value: unknown): Mapping {
  const mapping: Mapping = { verbs: {}, types: {} };
  if (!isObject(value)) return mapping;
  const actions = new Set(
    Object.values(BY_SEGMENT).concat(['start', 'complete', 'fail', 'score', 'earn', 'login', 'logout', 'view', 'ignore']),
  );
  if (isObject(value.verbs))
    for (const [iri, action] of Object.entries(value.verbs))
      if (typeof action === 'string' && actions.has(action as VerbAction)) mapping.verbs[iri] = action as VerbAction;
  if (isObject(value.types))
    for (const [iri, role] of Object.entries(value.types)) if (role === 'quest' || role === 'task') mapping.types[iri] = role;
  return mapping;
}

/** The name of a language map in the preferred language, else English, else the first. */
export function preferredName(map: unknown, language = 'en'): string | null {
  if (!isObject(map)) return null;
  const entries = Object.entries(map).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  const pick = (tag: string) => entries.find(([key]) => key.toLowerCase() === tag || key.toLowerCase().split('-')[0] === tag.split('-')[0]);
  const found = pick(language.toLowerCase()) ?? pick('en') ?? entries[0];
  return found ? found[1].trim().slice(0, 200) : null;
}
