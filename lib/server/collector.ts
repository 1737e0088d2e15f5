// The lean collector: /api/collect (POST, the pixel GET, OPTIONS) and /sdk.js answered by our
// server without Next's per-request pipeline. It calls the very route handlers Next would (same
// lib/http/route shape, lib/ingest code, CORS, limits, errors, ack after the group commit), only
// translating Node's request and response to and from the web Request/Response they take.
import { register } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from '../schemas/collect';
import { metrics } from '../metrics/registry';

type Handler = (request: Request) => Promise<Response>;
type Routes = Record<string, Partial<Record<string, Handler>>>;

export const LEAN_PATHS = ['/api/collect', '/sdk.js'] as const;

let loaded: Promise<Routes> | undefined;

/** Loads the route modules once; `server-only` resolves as in Next's server bundle. */
export function loadLeanRoutes(): Promise<Routes> {
  loaded ??= (async () => {
    register(new URL('./server-only-loader.mjs', import.meta.url));
    const [collect, sdk] = await Promise.all([import('../../app/api/collect/route'), import('../../app/sdk.js/route')]);
    return {
      '/api/collect': {
        POST: (request) => collect.POST(request),
        GET: (request) => collect.GET(request),
        OPTIONS: async () => collect.OPTIONS(),
      },
      '/sdk.js': { GET: (request) => sdk.GET(request) },
    };
  })();
  return loaded;
}

/**
 * The body is read here, as Node bytes, up to one byte past the largest batch a lean path takes:
 * a web stream per request costs more than the batch's own parsing, and the route still sees a
 * longer body as too large (413) because the extra byte is kept.
 */
function readBody(incoming: IncomingMessage, cap: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > cap) {
        incoming.off('data', onData);
        incoming.resume(); // the rest is drained unread
        resolve(Buffer.concat(chunks, size));
      }
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(Buffer.concat(chunks, size)));
    incoming.once('error', reject);
  });
}

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((part) => headers.append(name, part));
    else if (value !== undefined) headers.set(name, value);
  }
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? new Uint8Array(await readBody(incoming, MAX_BODY_BYTES + 1)) : undefined,
  });
}

async function send(response: Response, outgoing: ServerResponse, head: boolean): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = name === 'set-cookie' ? response.headers.getSetCookie() : value;
  });
  const body = head || response.body === null ? null : Buffer.from(await response.arrayBuffer());
  // Acknowledgements ({"stored":n}) are counted by the ingest queue; only refusals and drops here.
  if (body && outgoing.req.url?.startsWith('/api/collect') && (response.status >= 400 || body.includes(DROPPED)))
    countOutcome(response.status, body);
  if (body) headers['content-length'] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(body ?? undefined);
}

const DROPPED = Buffer.from('"dropped"');

/** Refusals by their error code, and batches dropped on purpose (bots, Do Not Track) by that reason. */
function countOutcome(status: number, body: Buffer): void {
  if (body.length > 2048 || !body.length || body[0] !== 0x7b) return;
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { error?: { code?: string }; dropped?: string };
    const reason = status >= 400 ? parsed.error?.code : parsed.dropped;
    if (reason) metrics().eventsRefused.inc({ reason });
  } catch {
    // not JSON: nothing to count
  }
}

const NOT_ALLOWED = JSON.stringify({ error: { code: 'method_not_allowed', message: 'This method is not allowed here.' } });

/** Answers a lean path; returns false for every other request (Next's turn). */
export async function handleLean(incoming: IncomingMessage, outgoing: ServerResponse, origin: string): Promise<boolean> {
  const pathname = (incoming.url ?? '/').split('?')[0] ?? '/';
  if (!(LEAN_PATHS as readonly string[]).includes(pathname)) return false;
  const routes = await loadLeanRoutes();
  const method = (incoming.method ?? 'GET').toUpperCase();
  const handler = routes[pathname]?.[method === 'HEAD' ? 'GET' : method];
  if (!handler) {
    outgoing.writeHead(405, { 'content-type': 'application/json', 'cache-control': 'private, no-store' });
    outgoing.end(NOT_ALLOWED);
    return true;
  }
  await send(await handler(await toRequest(incoming, origin)), outgoing, method === 'HEAD');
  return true;
}
