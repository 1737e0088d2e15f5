// The one shape of every /xapi route: version header in and out, Basic authentication with an LRS
// credential, the alternate request syntax, HEAD as a bodiless GET, and one error mapping.
// Route files only name the resource's methods.
import 'server-only';
import { authenticateLrs, type LrsClient } from './auth';
import { XapiError, xapiErrorBody } from './errors';
import { readBody, unwrapAlternate, type XapiRequest } from './request';
import { parseVersion, VERSION_HEADER, type XapiVersion } from './version';

export const CONSISTENT_THROUGH = 'X-Experience-API-Consistent-Through';

export type Resource = Partial<Record<'GET' | 'PUT' | 'POST' | 'DELETE', (request: XapiRequest, client: LrsClient) => Promise<Response>>>;

function finish(response: Response, version: XapiVersion, head: boolean): Response {
  const headers = new Headers(response.headers);
  headers.set(VERSION_HEADER, version);
  headers.set('Cache-Control', 'private, no-store');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Access-Control-Allow-Origin', '*');
  headers.set('Access-Control-Expose-Headers', 'ETag, Last-Modified, X-Experience-API-Version, X-Experience-API-Consistent-Through');
  return new Response(head ? null : response.body, { status: response.status, headers });
}

function failure(error: unknown, version: XapiVersion): Response {
  if (error instanceof XapiError) {
    return finish(Response.json(xapiErrorBody(error), { status: error.status, headers: error.headers }), version, false);
  }
  console.error('[pathwise] unhandled xAPI error', error);
  const body = { error: { code: 'internal_error', message: 'Something went wrong on our side. The error has been logged.' } };
  return finish(Response.json(body, { status: 500 }), version, false);
}

type Options = {
  versionRequired?: boolean;
  public?: boolean;
  /** The Statements resource: X-Experience-API-Consistent-Through on every answer. */ consistent?: boolean;
};

export function xapiResource(resource: Resource, options: Options = {}) {
  return async function handler(request: Request): Promise<Response> {
    const response = await answer(request);
    if (options.consistent && !response.headers.has(CONSISTENT_THROUGH)) response.headers.set(CONSISTENT_THROUGH, new Date().toISOString());
    return response;
  };

  async function answer(request: Request): Promise<Response> {
    let version: XapiVersion = '2.0.0';
    try {
      const url = new URL(request.url);
      const raw = await readBody(request);
      const unwrapped = unwrapAlternate(request.method, url, request.headers, raw);
      version = parseVersion(unwrapped.headers.get(VERSION_HEADER), options.versionRequired ?? true);
      if (unwrapped.alternate && version === '2.0.0') {
        throw new XapiError(400, 'xAPI 2.0.0 removed the alternate request syntax (?method=).');
      }
      const head = unwrapped.method === 'HEAD';
      const method = (head ? 'GET' : unwrapped.method) as keyof Resource;
      const run = resource[method];
      const client = options.public ? null : await authenticateLrs(unwrapped.headers);
      if (!run) throw new XapiError(405, `${unwrapped.method} is not allowed here.`, { Allow: Object.keys(resource).join(', ') });
      const xapiRequest: XapiRequest = { method, params: unwrapped.params, headers: unwrapped.headers, body: unwrapped.body, version };
      return finish(await run(xapiRequest, client as LrsClient), version, head);
    } catch (error) {
      return failure(error, version);
    }
  }
}

/** The exports of a route file: every method the resource has, HEAD wherever GET is. */
export function xapiRoute(resource: Resource, options?: Options) {
  const handler = xapiResource(resource, options);
  return { GET: handler, HEAD: handler, PUT: handler, POST: handler, DELETE: handler, OPTIONS: preflight };
}

async function preflight(): Promise<Response> {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, PUT, POST, DELETE',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  });
}
