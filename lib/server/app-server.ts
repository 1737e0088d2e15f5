// Our own HTTP server in front of Next's request handler. It exists so the app knows who is
// calling: the socket's address goes to route handlers in SOCKET_ADDRESS_HEADER, which it
// writes itself after deleting any copy a client sent (see lib/http/client-address.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import next from 'next';
import { SOCKET_ADDRESS_HEADER } from '../http/client-address';
import { metrics } from '../metrics/registry';
import { handleLean, LEAN_PATHS, loadLeanRoutes } from './collector';
import { serveMetrics } from './metrics-endpoint';

export type AppServerOptions = { dir: string; port: number; hostname?: string };

export type AppServer = { server: Server; url: string; close: () => Promise<void> };

/** Stamps the socket address on the request, replacing whatever the client put there. */
export function stampSocketAddress(request: IncomingMessage): void {
  delete request.headers[SOCKET_ADDRESS_HEADER];
  const address = request.socket.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
}

/**
 * Every request: the trusted address stamped, /metrics and the lean paths answered here, the rest
 * handed to `fallback` (Next's request handler).
 */
export function requestListener(fallback: (request: IncomingMessage, response: ServerResponse) => Promise<void>, origin: string) {
  return (request: IncomingMessage, response: ServerResponse) => {
    stampSocketAddress(request);
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const group = pathname === '/metrics' || (LEAN_PATHS as readonly string[]).includes(pathname) ? pathname : 'next';
    response.once('finish', () => metrics().httpResponses.inc({ route: group, status: String(response.statusCode) }));
    if (pathname === '/metrics') return void serveMetrics(request, response);
    // The collector and the SDK skip Next's pipeline (lib/server/collector.ts); the rest is Next's.
    handleLean(request, response, origin)
      .then((answered) => (answered ? undefined : fallback(request, response)))
      .catch((error: unknown) => {
        console.error('[pathwise] request failed', error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'internal_error', message: 'Something went wrong.' } }));
      });
  };
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const hostname = options.hostname ?? '0.0.0.0';
  const app = next({ dev: false, dir: options.dir, hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  await loadLeanRoutes();
  const origin = `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${options.port}`;
  const server = createServer(requestListener(handle, origin));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, hostname, () => resolve());
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Keep-alive sockets with no request in flight would hold close() open.
      server.closeIdleConnections();
    });
  return { server, url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${options.port}`, close };
}
