// GET /agents (the Person object: every identifier known for an agent) and GET /activities (the
// activity with the definition of its latest statement).
import { db } from '@/lib/db';
import type { LrsClient } from './auth';
import { bad } from './errors';
import type { XapiRequest } from './request';
import { agent as validateAgent } from './validate/agents';
import { iri, isObject, type Json } from './validate/primitives';

function only(request: XapiRequest, name: string) {
  for (const key of request.params.keys()) if (key !== name) throw bad(`${key} is not a parameter of this resource`);
  if (!request.params.has(name)) throw bad(`the ${name} parameter is required`);
}

export async function getPerson(request: XapiRequest): Promise<Response> {
  only(request, 'agent');
  let agent: unknown;
  try {
    agent = JSON.parse(request.params.get('agent') as string);
  } catch {
    throw bad('agent: must be an Agent as JSON');
  }
  validateAgent(agent, 'agent');
  const a = agent as Json;
  const person: Json = { objectType: 'Person' };
  for (const key of ['name', 'mbox', 'mbox_sha1sum', 'openid', 'account']) if (a[key] !== undefined) person[key] = [a[key]];
  return Response.json(person);
}

/** Every definition of the activity found in a statement (object, context, sub-statement), merged. */
function collectDefinitions(value: unknown, id: string, into: Json): void {
  if (Array.isArray(value)) return value.forEach((item) => collectDefinitions(item, id, into));
  if (!isObject(value)) return;
  if (value.id === id && isObject(value.definition) && (value.objectType === undefined || value.objectType === 'Activity')) {
    for (const [key, part] of Object.entries(value.definition)) {
      into[key] = isObject(part) && isObject(into[key]) && key !== 'extensions' ? { ...(into[key] as Json), ...part } : part;
    }
  }
  for (const [key, child] of Object.entries(value)) if (key !== 'extensions' && key !== 'definition') collectDefinitions(child, id, into);
}

export async function getActivity(request: XapiRequest, client: LrsClient): Promise<Response> {
  only(request, 'activityId');
  const id = iri(request.params.get('activityId'), 'activityId');
  const links = await db.xapiStatementLink.findMany({
    where: { siteId: client.siteId, kind: 'activity', value: id },
    orderBy: { statementPk: 'asc' },
    take: 200,
    select: { statement: { select: { json: true } } },
  });
  const definition: Json = {};
  for (const link of links) collectDefinitions(JSON.parse(link.statement.json), id, definition);
  const activity: Json = { objectType: 'Activity', id };
  if (Object.keys(definition).length) activity.definition = definition;
  return Response.json(activity);
}
