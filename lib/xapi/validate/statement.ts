// The specification's MUST rules for a statement (xAPI 1.0.3 and 2.0.0). Every refusal names the
// property path and the rule, e.g. `statement.result.score.scaled: must be between -1 and 1`.
import type { XapiVersion } from '../version';
import { statementVersionAllowed } from '../version';
import { agent, agentOrGroup, group } from './agents';
import { activity, statementObject, statementRef } from './objects';
import {
  boolean,
  duration,
  extensions,
  fail,
  iri,
  isLanguageTag,
  isObject,
  languageMap,
  noNulls,
  number,
  object,
  only,
  string,
  timestamp,
  uuid,
  type Json,
} from './primitives';

const STATEMENT = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const SUB_STATEMENT = ['objectType', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'attachments'];

function verb(value: unknown, path: string): void {
  const v = object(value, path);
  only(v, path, ['id', 'display']);
  if (v.id === undefined) fail(`${path}.id`, 'a Verb must have an id');
  iri(v.id, `${path}.id`);
  if (v.display !== undefined) languageMap(v.display, `${path}.display`);
}

function score(value: unknown, path: string): void {
  const s = object(value, path);
  only(s, path, ['scaled', 'raw', 'min', 'max']);
  const [scaled, raw, min, max] = (['scaled', 'raw', 'min', 'max'] as const).map((k) =>
    s[k] === undefined ? undefined : number(s[k], `${path}.${k}`),
  );
  if (scaled !== undefined && (scaled < -1 || scaled > 1)) fail(`${path}.scaled`, 'must be between -1 and 1');
  if (min !== undefined && max !== undefined && min >= max) fail(`${path}.min`, 'must be less than max');
  if (raw !== undefined && min !== undefined && raw < min) fail(`${path}.raw`, 'must not be less than min');
  if (raw !== undefined && max !== undefined && raw > max) fail(`${path}.raw`, 'must not be more than max');
}

function result(value: unknown, path: string): void {
  const r = object(value, path);
  only(r, path, ['score', 'success', 'completion', 'response', 'duration', 'extensions']);
  if (r.score !== undefined) score(r.score, `${path}.score`);
  if (r.success !== undefined) boolean(r.success, `${path}.success`);
  if (r.completion !== undefined) boolean(r.completion, `${path}.completion`);
  if (r.response !== undefined) string(r.response, `${path}.response`);
  if (r.duration !== undefined) duration(r.duration, `${path}.duration`);
  if (r.extensions !== undefined) extensions(r.extensions, `${path}.extensions`);
}

function contextActivities(value: unknown, path: string): void {
  const c = object(value, path);
  only(c, path, ['parent', 'grouping', 'category', 'other']);
  for (const [key, list] of Object.entries(c)) {
    if (Array.isArray(list)) list.forEach((item, i) => activity(item, `${path}.${key}[${i}]`));
    else activity(list, `${path}.${key}`);
  }
}

function contextAgents(value: unknown, path: string, kind: 'contextAgent' | 'contextGroup'): void {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  value.forEach((item, i) => {
    const entry = object(item, `${path}[${i}]`);
    const key = kind === 'contextAgent' ? 'agent' : 'group';
    only(entry, `${path}[${i}]`, ['objectType', key, 'relevantTypes']);
    if (entry.objectType !== kind) fail(`${path}[${i}].objectType`, `must be "${kind}"`);
    if (kind === 'contextAgent') agent(entry.agent, `${path}[${i}].agent`);
    else group(entry.group, `${path}[${i}].group`);
    if (entry.relevantTypes !== undefined) {
      if (!Array.isArray(entry.relevantTypes) || entry.relevantTypes.length === 0)
        fail(`${path}[${i}].relevantTypes`, 'must be a non-empty array of IRIs');
      entry.relevantTypes.forEach((type, j) => iri(type, `${path}[${i}].relevantTypes[${j}]`));
    }
  });
}

function context(value: unknown, path: string, objectIsActivity: boolean, version: XapiVersion): void {
  const c = object(value, path);
  const allowed = [
    'registration',
    'instructor',
    'team',
    'contextActivities',
    'revision',
    'platform',
    'language',
    'statement',
    'extensions',
  ];
  only(c, path, version === '2.0.0' ? [...allowed, 'contextAgents', 'contextGroups'] : allowed);
  if (c.registration !== undefined) uuid(c.registration, `${path}.registration`);
  if (c.instructor !== undefined) agentOrGroup(c.instructor, `${path}.instructor`);
  if (c.team !== undefined) group(c.team, `${path}.team`);
  if (c.contextActivities !== undefined) contextActivities(c.contextActivities, `${path}.contextActivities`);
  for (const key of ['revision', 'platform'] as const) {
    if (c[key] === undefined) continue;
    string(c[key], `${path}.${key}`);
    if (!objectIsActivity) fail(`${path}.${key}`, 'must only be used when the object is an Activity');
  }
  if (c.language !== undefined && !isLanguageTag(string(c.language, `${path}.language`)))
    fail(`${path}.language`, 'must be an RFC 5646 language tag');
  if (c.statement !== undefined) statementRef(c.statement, `${path}.statement`);
  if (c.extensions !== undefined) extensions(c.extensions, `${path}.extensions`);
  if (c.contextAgents !== undefined) contextAgents(c.contextAgents, `${path}.contextAgents`, 'contextAgent');
  if (c.contextGroups !== undefined) contextAgents(c.contextGroups, `${path}.contextGroups`, 'contextGroup');
}

export function attachmentList(value: unknown, path: string): void {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  value.forEach((item, i) => {
    const at = `${path}[${i}]`;
    const a = object(item, at);
    only(a, at, ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl']);
    iri(a.usageType, `${at}.usageType`);
    languageMap(a.display, `${at}.display`);
    if (a.description !== undefined) languageMap(a.description, `${at}.description`);
    if (!/^[\w.+-]+\/[\w.+-]+/.test(string(a.contentType, `${at}.contentType`)))
      fail(`${at}.contentType`, 'must be an Internet Media Type');
    if (!Number.isInteger(a.length) || (a.length as number) < 0) fail(`${at}.length`, 'must be a non-negative integer');
    if (!/^[0-9a-f]{56,128}$/i.test(string(a.sha2, `${at}.sha2`))) fail(`${at}.sha2`, 'must be a SHA-2 hash in hex');
    if (a.fileUrl !== undefined) iri(a.fileUrl, `${at}.fileUrl`);
  });
}

function body(s: Json, path: string, version: XapiVersion, sub: boolean): void {
  for (const key of ['actor', 'verb', 'object'] as const) if (s[key] === undefined) fail(`${path}.${key}`, 'is required');
  agentOrGroup(s.actor, `${path}.actor`);
  verb(s.verb, `${path}.verb`);
  statementObject(s.object, `${path}.object`, (value, at) => {
    if (sub) fail(at, 'a SubStatement must not contain a SubStatement');
    subStatement(value, at, version);
  });
  const objectIsActivity = isObject(s.object) && (s.object.objectType === undefined || s.object.objectType === 'Activity');
  if (s.result !== undefined) result(s.result, `${path}.result`);
  if (s.context !== undefined) context(s.context, `${path}.context`, objectIsActivity, version);
  if (s.timestamp !== undefined) timestamp(s.timestamp, `${path}.timestamp`);
  if (s.attachments !== undefined) attachmentList(s.attachments, `${path}.attachments`);
  if (isObject(s.verb) && s.verb.id === 'http://adlnet.gov/expapi/verbs/voided') {
    if (!isObject(s.object) || s.object.objectType !== 'StatementRef')
      fail(`${path}.object`, 'a voiding statement must have a StatementRef object');
  }
}

function subStatement(value: Json, path: string, version: XapiVersion): void {
  only(value, path, SUB_STATEMENT);
  body(value, path, version, true);
}

export function validateStatement(value: unknown, version: XapiVersion, path = 'statement'): void {
  const s = object(value, path);
  noNulls(s, path);
  only(s, path, STATEMENT);
  if (s.id !== undefined) uuid(s.id, `${path}.id`);
  body(s, path, version, false);
  if (s.stored !== undefined) timestamp(s.stored, `${path}.stored`);
  if (s.authority !== undefined) authority(s.authority, `${path}.authority`);
  if (s.version !== undefined && !statementVersionAllowed(version, string(s.version, `${path}.version`))) {
    fail(`${path}.version`, version === '2.0.0' ? 'must be 1.0.x or 2.0.x' : 'must be 1.0.x');
  }
}

function authority(value: unknown, path: string): void {
  agentOrGroup(value, path);
  const a = value as Json;
  if (a.objectType !== 'Group') return;
  if (['mbox', 'mbox_sha1sum', 'openid', 'account'].some((key) => a[key] !== undefined))
    fail(path, 'a Group authority must be anonymous (an OAuth consumer and a user)');
  if (!Array.isArray(a.member) || a.member.length !== 2)
    fail(path, 'a Group authority must have exactly two members (an OAuth consumer and a user)');
}
