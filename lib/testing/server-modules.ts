// Test-only: prepares plain Node to load route handlers as the Next.js server does. Import this
// first, then import route modules dynamically (`await import(...)`), so everything here is in
// place before lib/auth.ts is linked.
import { AsyncLocalStorage } from 'node:async_hooks';
import { register } from 'node:module';

// Next's request scope (cookies(), headers()) needs the global the Next server installs at boot.
(globalThis as { AsyncLocalStorage?: typeof AsyncLocalStorage }).AsyncLocalStorage ??= AsyncLocalStorage;
register('./next-resolve-hooks.mjs', import.meta.url);
