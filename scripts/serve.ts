// Serves the production build through our own server (lib/server/): the lean collector plus Next
// for everything else, with the trusted client address. For the benches and for running replicas
// by hand; `npm start` does the same after its set-up steps. PORT and HOSTNAME as for `next start`.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { serveApp } from '../lib/server/serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

serveApp({ dir: root, port: Number(process.env.PORT ?? 3000), hostname: process.env.HOSTNAME?.trim() || '0.0.0.0' }).catch(
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
