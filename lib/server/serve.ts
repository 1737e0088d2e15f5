// Runs the app server until a stop signal: on SIGTERM it stops taking connections, lets the open
// requests finish (batches waiting on the ingest queue are answered once committed), then exits.
import { limitBackendNote } from '../limits/backend';
import { markDraining } from '../system/draining';
import { startAppServer, type AppServer } from './app-server';

const DRAIN_LIMIT_MS = 25_000;

export async function serveApp(options: { dir: string; port: number; hostname?: string }): Promise<AppServer> {
  // NODE_ENV decides which React build Next loads; the production build needs production.
  (process.env as Record<string, string>).NODE_ENV = 'production';
  const app = await startAppServer(options);
  console.log(`▶ ${limitBackendNote()}`);
  console.log(`▶ ready on ${app.url}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`▶ ${signal}: finishing open requests`);
    markDraining();
    // A persistent listener, so the ingest queue's own SIGTERM hook drains without exiting for us.
    setTimeout(() => process.exit(1), DRAIN_LIMIT_MS).unref();
    const queue = (globalThis as { pathwiseIngest?: { close(): Promise<void> } }).pathwiseIngest;
    void app
      .close()
      .then(() => queue?.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return app;
}
