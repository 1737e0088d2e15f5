// What the LRS adds to a valid statement before storing it: an id when none was sent, `stored`
// (now), `timestamp` (stored, when absent), `version`, and the credential as `authority` (it is
// a server credential, so the LRS vouches for the statement), and the index columns.
import { randomUUID } from 'node:crypto';
import type { LrsClient } from './auth';
import { actorColumn, agentKey, agentKeys } from './agent-key';
import { receivedHash } from './canonical';
import { isObject, timestamp as parseTimestamp, type Json } from './validate/primitives';
import type { XapiVersion } from './version';

export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';

export type Link = { kind: 'agent' | 'activity'; value: string; direct: boolean };
export type PreparedStatement = {
  statementId: string;
  json: string;
  receivedHash: string;
  verb: string;
  actor: string;
  activity: string | null;
  registration: string | null;
  refId: string | null;
  voids: boolean;
  hasAttachments: boolean;
  stored: Date;
  timestamp: Date;
  links: Link[];
};

export function authorityOf(client: LrsClient): Json {
  return { objectType: 'Agent', name: 'Pathwise LRS credential', account: { homePage: 'urn:pathwise:lrs', name: client.key } };
}

function activitiesOf(context: unknown): string[] {
  if (!isObject(context) || !isObject(context.contextActivities)) return [];
  return Object.values(context.contextActivities).flatMap((list) =>
    (Array.isArray(list) ? list : [list]).filter(isObject).map((activity) => String(activity.id)),
  );
}

function contextAgents(context: unknown): unknown[] {
  if (!isObject(context)) return [];
  const agents: unknown[] = [context.instructor, context.team];
  if (Array.isArray(context.contextAgents)) agents.push(...context.contextAgents.filter(isObject).map((entry) => entry.agent));
  if (Array.isArray(context.contextGroups)) agents.push(...context.contextGroups.filter(isObject).map((entry) => entry.group));
  return agents;
}

function linksOf(statement: Json): Link[] {
  const links = new Map<string, Link>();
  const add = (kind: Link['kind'], value: string | null, direct: boolean) => {
    if (!value) return;
    const id = `${kind} ${value}`;
    const existing = links.get(id);
    if (!existing || (direct && !existing.direct)) links.set(id, { kind, value, direct });
  };
  const object = statement.object as Json;
  for (const key of agentKeys(statement.actor)) add('agent', key, true);
  if (object.objectType === 'Agent' || object.objectType === 'Group') for (const key of agentKeys(object)) add('agent', key, true);
  if (object.objectType === undefined || object.objectType === 'Activity') add('activity', String(object.id), true);
  for (const agent of [statement.authority, ...contextAgents(statement.context)])
    for (const key of agentKeys(agent)) add('agent', key, false);
  for (const id of activitiesOf(statement.context)) add('activity', id, false);
  if (object.objectType === 'SubStatement') {
    const sub = object.object as Json;
    for (const key of agentKeys(object.actor)) add('agent', key, false);
    if (sub.objectType === 'Agent' || sub.objectType === 'Group') for (const key of agentKeys(sub)) add('agent', key, false);
    if (sub.objectType === undefined || sub.objectType === 'Activity') add('activity', String(sub.id), false);
    for (const agent of contextAgents(object.context)) for (const key of agentKeys(agent)) add('agent', key, false);
    for (const id of activitiesOf(object.context)) add('activity', id, false);
  }
  return [...links.values()];
}

/** Context activities are always answered as arrays, even when one was sent as an object. */
function normaliseContext(context: unknown): unknown {
  if (!isObject(context) || !isObject(context.contextActivities)) return context;
  const lists = Object.fromEntries(
    Object.entries(context.contextActivities).map(([key, list]) => [key, Array.isArray(list) ? list : [list]]),
  );
  return { ...context, contextActivities: lists };
}

function normalise(statement: Json): Json {
  const out: Json = statement.context === undefined ? statement : { ...statement, context: normaliseContext(statement.context) };
  const object = out.object as Json;
  if (object.objectType === 'SubStatement' && object.context !== undefined)
    out.object = { ...object, context: normaliseContext(object.context) };
  return out;
}

export function prepareStatement(received: Json, client: LrsClient, version: XapiVersion, stored: Date): PreparedStatement {
  const hash = receivedHash(received);
  const statementId = typeof received.id === 'string' ? received.id.toLowerCase() : randomUUID();
  const storedIso = stored.toISOString();
  const statement: Json = {
    ...normalise(received),
    id: statementId,
    timestamp: received.timestamp ?? storedIso,
    stored: storedIso,
    authority: authorityOf(client),
    version: received.version ?? (version === '2.0.0' ? '2.0.0' : '1.0.0'),
  };
  const object = statement.object as Json;
  const context = isObject(statement.context) ? statement.context : {};
  const isRef = object.objectType === 'StatementRef';
  return {
    statementId,
    json: JSON.stringify(statement),
    receivedHash: hash,
    verb: String((statement.verb as Json).id),
    actor: actorColumn(statement.actor as Json),
    activity: object.objectType === undefined || object.objectType === 'Activity' ? String(object.id) : null,
    registration: typeof context.registration === 'string' ? context.registration.toLowerCase() : null,
    refId: isRef ? String(object.id).toLowerCase() : null,
    voids: isRef && (statement.verb as Json).id === VOIDED_VERB,
    hasAttachments: Array.isArray(statement.attachments) && statement.attachments.length > 0,
    stored,
    timestamp: parseTimestamp(statement.timestamp, 'statement.timestamp'),
    links: linksOf(statement),
  };
}

export { agentKey };
