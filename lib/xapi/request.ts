// One xAPI request as the resources see it, after the alternate request syntax (1.0.3: a POST
// with ?method=…, its headers and content in a form body) has been unwrapped.
import { bad, XapiError } from './errors';
import type { XapiVersion } from './version';

export type XapiRequest = {
  method: string;
  params: URLSearchParams;
  headers: Headers;
  body: Buffer;
  version: XapiVersion;
};

export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function readBody(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new XapiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  const bytes = Buffer.from(await request.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw new XapiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`);
  return bytes;
}

const FORM_HEADERS = ['authorization', 'x-experience-api-version', 'content-type', 'content-length', 'if-match', 'if-none-match'];

/** Unwraps `POST ?method=PUT` (etc.): returns the effective method, headers, params and body. */
export function unwrapAlternate(method: string, url: URL, headers: Headers, body: Buffer) {
  const override = url.searchParams.get('method');
  if (override === null) {
    return { method, params: url.searchParams, headers, body, alternate: false };
  }
  if (method !== 'POST') throw bad('The alternate request syntax (?method=) is only allowed on POST.');
  if ([...url.searchParams.keys()].some((key) => key !== 'method')) {
    throw bad('With the alternate request syntax, every parameter but method must be in the form body.');
  }
  const type = (headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    throw bad('The alternate request syntax needs Content-Type: application/x-www-form-urlencoded.');
  }
  const target = override.toUpperCase();
  if (!['GET', 'PUT', 'POST', 'DELETE', 'HEAD'].includes(target)) throw bad(`method=${override} is not an HTTP method.`);
  const form = new URLSearchParams(body.toString('utf8'));
  const effective = new Headers();
  const params = new URLSearchParams();
  let content = '';
  for (const [key, value] of form) {
    const lower = key.toLowerCase();
    if (lower === 'content') content = value;
    else if (FORM_HEADERS.includes(lower)) effective.set(lower, value);
    else params.append(key, value);
  }
  for (const name of ['authorization', 'x-experience-api-version']) {
    if (!effective.has(name) && headers.has(name)) effective.set(name, headers.get(name) ?? '');
  }
  if (!effective.has('content-type') && content) effective.set('content-type', 'application/json');
  return { method: target, params, headers: effective, body: Buffer.from(content, 'utf8'), alternate: true };
}
