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

export async function getActivity(request: XapiRequest, client: LrsClient): Promise<Response> {
  only(request, 'activityId');
  const id = iri(request.params.get('activityId'), 'activityId');
  const latest = await db.xapiStatement.findFirst({
    where: { siteId: client.siteId, activity: id },
    orderBy: { pk: 'desc' },
    select: { json: true },
  });
  const object = latest ? ((JSON.parse(latest.json) as Json).object as Json) : null;
  const activity: Json = { objectType: 'Activity', id };
  if (object && isObject(object.definition)) activity.definition = object.definition;
  return Response.json(activity);
}
