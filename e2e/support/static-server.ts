// A tiny static server for e2e host pages: a different origin from the app, like a real school
// site embedding the tag. Serves .html files from one folder with {{PLACEHOLDERS}} filled in.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

export type StaticServer = { origin: string; close: () => Promise<void> };

export async function startStaticServer(options: {
  root: string;
  port: number;
  /** Served for any path without a file of its own, so client-side routes survive a reload. */
  fallback: string;
  replacements: Record<string, string>;
}): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://host').pathname;
    const name = path.basename(pathname).endsWith('.html') ? path.basename(pathname) : options.fallback;
    readFile(path.join(options.root, name), 'utf8')
      .then((html) => {
        const body = Object.entries(options.replacements).reduce((text, [key, value]) => text.replaceAll(`{{${key}}}`, value), html);
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404, { 'Content-Type': 'text/plain' });
        response.end('not found');
      });
  });
  // No host: listen on every interface, so both localhost (::1 or 127.0.0.1) and 127.0.0.1 work.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, resolve);
  });
  return {
    origin: `http://localhost:${options.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
