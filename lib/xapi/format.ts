// The `format` parameter of GET /statements: `exact` as stored; `ids` keeps only identifiers of
// agents, groups and activities; `canonical` keeps one language of every language map (the
// caller's Accept-Language, else the first).
import { isObject, type Json } from './validate/primitives';

export type StatementFormat = 'exact' | 'ids' | 'canonical';

const IFIS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];
/** Where an Activity can stand: a statement's object and the context activity lists. */
const ACTIVITY_KEYS = new Set(['object', 'parent', 'grouping', 'category', 'other']);

function idsOnly(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => idsOnly(item, key));
  if (!isObject(value)) return value;
  const type = value.objectType;
  const agentLike = type === 'Agent' || type === 'Group' || (type === undefined && IFIS.some((k) => k in value) && key !== 'definition');
  if (agentLike) {
    const out: Json = {};
    if (type !== undefined) out.objectType = type;
    for (const k of IFIS) if (k in value) out[k] = value[k];
    if (type === 'Group' && !IFIS.some((k) => k in value) && Array.isArray(value.member)) out.member = idsOnly(value.member, 'member');
    return out;
  }
  if (key === 'verb') return { id: value.id };
  if (ACTIVITY_KEYS.has(key) && (type === undefined || type === 'Activity') && typeof value.id === 'string') return { id: value.id };
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'extensions' ? v : idsOnly(v, k)]));
}

function pickLanguage(map: Json, languages: string[]): Json {
  const keys = Object.keys(map);
  const chosen = languages
    .map((l) => keys.find((k) => k.toLowerCase() === l) ?? keys.find((k) => k.toLowerCase().split('-')[0] === l.split('-')[0]))
    .find(Boolean);
  const key = chosen ?? keys[0];
  return !key ? {} : { [key]: map[key] };
}

const LANGUAGE_MAPS = new Set(['display', 'name', 'description']);

function canonical(value: unknown, languages: string[], key = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item, languages, key));
  if (!isObject(value)) return value;
  if (key !== '' && LANGUAGE_MAPS.has(key) && Object.values(value).every((v) => typeof v === 'string'))
    return pickLanguage(value, languages);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'extensions' ? v : canonical(v, languages, k)]));
}

export function acceptedLanguages(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((part) => (part.split(';')[0] ?? '').trim().toLowerCase())
    .filter((tag) => tag && tag !== '*');
}

export function formatStatement(statement: Json, format: StatementFormat, languages: string[]): Json {
  if (format === 'ids') return idsOnly(statement) as Json;
  if (format === 'canonical') return canonical(statement, languages) as Json;
  return statement;
}
