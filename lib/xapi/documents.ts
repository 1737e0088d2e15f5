// The three document resources. GET returns one document (with ETag and Last-Modified) or the
// list of ids; PUT replaces; POST merges JSON objects (both sides must be JSON objects); DELETE
// removes one (or, for State, all of an activity/agent/registration). Concurrency: If-Match and
// If-None-Match are honoured (412), and a PUT over an existing document without either is a 409
// (profiles on 1.0.3, every document on 2.0.0).
import type { LrsClient } from './auth';
import { agentKey } from './agent-key';
import { bad, XapiError } from './errors';
import {
  deleteDocuments,
  findDocument,
  listDocumentIds,
  saveDocument,
  type DocumentKind,
  type DocumentScope,
  type StoredDocument,
} from './documents-store';
import type { XapiRequest } from './request';
import type { Resource } from './handler';
import { agent as validateAgent } from './validate/agents';
import { iri, isObject, timestamp, uuid } from './validate/primitives';

type Spec = { kind: DocumentKind; idParam: 'stateId' | 'profileId'; activity: boolean; agent: boolean; registration: boolean };

export const STATE: Spec = { kind: 'state', idParam: 'stateId', activity: true, agent: true, registration: true };
export const ACTIVITY_PROFILE: Spec = { kind: 'activity-profile', idParam: 'profileId', activity: true, agent: false, registration: false };
export const AGENT_PROFILE: Spec = { kind: 'agent-profile', idParam: 'profileId', activity: false, agent: true, registration: false };

export function parseAgentParam(text: string | null, name = 'agent'): string {
  if (text === null) throw bad(`the ${name} parameter is required`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad(`${name}: must be an Agent as JSON`);
  }
  validateAgent(value, name);
  return agentKey(value) as string;
}

function scopeOf(spec: Spec, request: XapiRequest, client: LrsClient, method: string): { scope: DocumentScope; documentId: string | null } {
  const p = request.params;
  const allowed: string[] = [spec.idParam];
  if (spec.activity) allowed.push('activityId');
  if (spec.agent) allowed.push('agent');
  if (spec.registration) allowed.push('registration');
  if (method === 'GET') allowed.push('since');
  for (const name of p.keys()) if (!allowed.includes(name)) throw bad(`${name} is not a parameter of this resource`);
  if (spec.activity && !p.has('activityId')) throw bad('the activityId parameter is required');
  const scope: DocumentScope = {
    siteId: client.siteId,
    kind: spec.kind,
    activityId: spec.activity ? iri(p.get('activityId'), 'activityId') : '',
    agent: spec.agent ? parseAgentParam(p.get('agent')) : '',
    registration: spec.registration && p.has('registration') ? uuid(p.get('registration'), 'registration').toLowerCase() : '',
  };
  return { scope, documentId: p.get(spec.idParam) };
}

function checkPreconditions(request: XapiRequest, existing: StoredDocument | null, spec: Spec, method: string) {
  const ifMatch = request.headers.get('if-match');
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifMatch !== null) {
    const tags = ifMatch.split(',').map((tag) => tag.trim());
    if (!existing || !(tags.includes('*') || tags.includes(existing.etag)))
      throw new XapiError(412, 'If-Match does not match the current document.');
  }
  if (ifNoneMatch !== null && existing) {
    const tags = ifNoneMatch.split(',').map((tag) => tag.trim());
    if (tags.includes('*') || tags.includes(existing.etag)) throw new XapiError(412, 'If-None-Match: the document already exists.');
  }
  const guarded = request.version === '2.0.0' || spec.kind !== 'state';
  if (method === 'PUT' && request.version === '1.0.3' && spec.kind !== 'state' && !existing && ifMatch === null && ifNoneMatch === null) {
    throw bad('A profile PUT needs If-None-Match: * (create) or If-Match with the ETag (replace).');
  }
  if (method === 'PUT' && guarded && existing && ifMatch === null && ifNoneMatch === null) {
    throw new XapiError(409, 'The document exists: send If-Match with its ETag (or If-None-Match: * to create only) to overwrite it.');
  }
}

function isJsonType(type: string) {
  return type.toLowerCase().startsWith('application/json');
}

function parseObject(content: Buffer, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(content.toString('utf8'));
    if (isObject(value)) return value;
  } catch {
    // refused below
  }
  throw bad(`${what} must be a JSON object to be merged`);
}

export function documentResource(spec: Spec): Resource {
  return {
    GET: async (request, client) => {
      const { scope, documentId } = scopeOf(spec, request, client, 'GET');
      if (documentId === null) {
        const since = request.params.has('since') ? timestamp(request.params.get('since'), 'since') : undefined;
        return Response.json(await listDocumentIds(scope, since));
      }
      if (request.params.has('since')) throw bad(`since cannot be combined with ${spec.idParam}`);
      const found = await findDocument(scope, documentId);
      if (!found) throw new XapiError(404, `No document ${documentId}.`);
      return new Response(new Uint8Array(found.content), {
        headers: { 'Content-Type': found.contentType, ETag: found.etag, 'Last-Modified': found.updatedAt.toUTCString() },
      });
    },
    PUT: async (request, client) => write(spec, request, client, 'PUT'),
    POST: async (request, client) => write(spec, request, client, 'POST'),
    DELETE: async (request, client) => {
      const { scope, documentId } = scopeOf(spec, request, client, 'DELETE');
      if (documentId === null) {
        if (spec.kind !== 'state') throw bad(`the ${spec.idParam} parameter is required`);
        await deleteDocuments(scope);
        return new Response(null, { status: 204 });
      }
      checkPreconditions(request, await findDocument(scope, documentId), spec, 'DELETE');
      await deleteDocuments(scope, documentId);
      return new Response(null, { status: 204 });
    },
  };
}

async function write(spec: Spec, request: XapiRequest, client: LrsClient, method: 'PUT' | 'POST'): Promise<Response> {
  const { scope, documentId } = scopeOf(spec, request, client, method);
  if (documentId === null) throw bad(`the ${spec.idParam} parameter is required`);
  const type = request.headers.get('content-type') ?? 'application/octet-stream';
  const existing = await findDocument(scope, documentId);
  checkPreconditions(request, existing, spec, method);
  if (method === 'POST' && isJsonType(type)) {
    const incoming = parseObject(request.body, 'the document');
    if (existing) {
      if (!isJsonType(existing.contentType)) throw bad('the stored document is not JSON, so it cannot be merged');
      const merged = { ...parseObject(existing.content, 'the stored document'), ...incoming };
      await saveDocument(scope, documentId, 'application/json', Buffer.from(JSON.stringify(merged)));
      return new Response(null, { status: 204 });
    }
  } else if (method === 'POST' && existing && isJsonType(existing.contentType)) {
    throw bad('the stored document is JSON: POST a JSON object to merge, or PUT to replace it');
  } else if (isJsonType(type)) {
    try {
      JSON.parse(request.body.toString('utf8'));
    } catch {
      throw bad('the document is sent as application/json but is not valid JSON');
    }
  }
  await saveDocument(scope, documentId, type, request.body);
  return new Response(null, { status: 204 });
}
