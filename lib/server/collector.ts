// The lean collector: /api/collect (POST, the pixel GET, OPTIONS) and /sdk.js answered by our
// server without Next's per-request pipeline. /api/collect goes straight from Node's request to
// the one ingest path (lib/ingest/collect-endpoint.ts, which the Next route adapts too): headers
// read in place, the body read as bytes up to its limit, the answer written as it comes — no web
// Request or Response per batch, which cost about as much as the batch's own parsing.
import { register } from 'node:module';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { HeaderReader } from '../http/client-address';
import { MAX_BODY_BYTES } from '../schemas/collect';

type Endpoint = typeof import('../ingest/collect-endpoint');
type Lean = { collect: Endpoint; sdk: (request: Request) => Promise<Response>; tooLarge: (limit: number) => Error };

export const LEAN_PATHS = ['/api/collect', '/sdk.js'] as const;

let loaded: Promise<Lean> | undefined;

/** Loads the modules once; `server-only` resolves as in Next's server bundle. */
export function loadLeanRoutes(): Promise<Lean> {
  loaded ??= (async () => {
    register(new URL('./server-only-loader.mjs', import.meta.url));
    const [collect, sdk, body] = await Promise.all([
      import('../ingest/collect-endpoint'),
      import('../../app/sdk.js/route'),
      import('../http/body'),
    ]);
    return { collect, sdk: (request) => sdk.GET(request), tooLarge: body.tooLarge };
  })();
  return loaded;
}

/** Node's header record read like a web Headers (names arrive lower-cased; repeats joined as Headers does). */
export function nodeHeaders(headers: IncomingHttpHeaders): HeaderReader {
  return {
    get(name) {
      const value = headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * The body as text, refused (413) when its declared length or the bytes actually sent pass
 * `limit`; the rest of a refused body is drained unread so the connection stays usable.
 */
export function readNodeBody(incoming: IncomingMessage, limit: number, tooLarge: (limit: number) => Error): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = incoming.headers['content-length'];
    if (declared && Number(declared) > limit) {
      incoming.resume();
      return reject(tooLarge(limit));
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      incoming.off('data', onData);
      incoming.resume();
      reject(tooLarge(limit));
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks, size).toString('utf8')));
    incoming.once('error', reject);
  });
}

function write(outgoing: ServerResponse, status: number, headers: Record<string, string>, body: string | Uint8Array | null, head: boolean) {
  const bytes = body === null ? null : typeof body === 'string' ? Buffer.from(body) : body;
  outgoing.writeHead(status, bytes ? { ...headers, 'content-length': String(bytes.length) } : headers);
  outgoing.end(head || !bytes ? undefined : bytes);
}

/** /sdk.js is one GET per page load at most (and cached): it keeps its route handler. */
async function answerSdk(incoming: IncomingMessage, outgoing: ServerResponse, origin: string, lean: Lean, head: boolean) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) value.forEach((part) => headers.append(name, part));
    else if (value !== undefined) headers.set(name, value);
  }
  const response = await lean.sdk(new Request(new URL(incoming.url ?? '/', origin), { headers }));
  const answered: Record<string, string> = {};
  response.headers.forEach((value, name) => (answered[name] = value));
  const body = response.body === null ? null : new Uint8Array(await response.arrayBuffer());
  write(outgoing, response.status, answered, body, head);
}

const NOT_ALLOWED = JSON.stringify({ error: { code: 'method_not_allowed', message: 'This method is not allowed here.' } });

/** Answers a lean path; returns false for every other request (Next's turn). */
export async function handleLean(incoming: IncomingMessage, outgoing: ServerResponse, origin: string): Promise<boolean> {
  const url = incoming.url ?? '/';
  const mark = url.indexOf('?');
  const pathname = mark < 0 ? url : url.slice(0, mark);
  if (pathname !== '/api/collect' && pathname !== '/sdk.js') return false;
  const lean = await loadLeanRoutes();
  const method = (incoming.method ?? 'GET').toUpperCase();
  const head = method === 'HEAD';
  if (pathname === '/sdk.js' && (method === 'GET' || head)) {
    await answerSdk(incoming, outgoing, origin, lean, head);
    return true;
  }
  const { collect } = lean;
  const headers = nodeHeaders(incoming.headers);
  const answer =
    pathname !== '/api/collect'
      ? null
      : method === 'POST'
        ? await collect.answerBatch(headers, () => readNodeBody(incoming, MAX_BODY_BYTES, lean.tooLarge))
        : method === 'GET' || head
          ? await collect.answerPixel(headers, new URLSearchParams(mark < 0 ? '' : url.slice(mark + 1)))
          : method === 'OPTIONS'
            ? collect.PREFLIGHT
            : null;
  if (!answer) write(outgoing, 405, { 'content-type': 'application/json', 'cache-control': 'private, no-store' }, NOT_ALLOWED, false);
  else write(outgoing, answer.status, answer.headers, answer.body, head);
  return true;
}
