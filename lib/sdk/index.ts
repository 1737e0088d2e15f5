// Entry point of the served sdk.js:
//   <script defer src="https://HOST/sdk.js" data-site="SITE_KEY"></script>
// Public API on window.pathwise: track(name, props), identify(platformUserId, token), pageview(),
// consent(bool). The token is the platform server's signature of the id (README: Verified identity);
// without it the id is stored as an unverified claim.
// The script is deferred: call the API from DOMContentLoaded or later (deferred scripts run first).
import { cleanProps, clip } from './helpers';
import { capture, pageview } from './capture';
import { consent, push, safe, start, storage } from './transport';

type Api = Record<'track' | 'identify' | 'pageview' | 'consent', (...args: unknown[]) => void>;
const w = window as unknown as { pathwise?: Api };

safe(() => {
  if (w.pathwise) return; // loaded twice
  const script = (document.currentScript ?? document.querySelector('script[data-site]')) as HTMLScriptElement | null;
  const site = script?.getAttribute('data-site');
  if (!script || !site) return;
  const api: Api = {
    track: safe((name: unknown, props?: unknown) => {
      const label = clip(name);
      // A nameless custom event would make the server refuse the whole batch.
      if (label) push('custom', { name: label, props: cleanProps(props) });
    }),
    identify: safe((userId: unknown, token?: unknown) => {
      storage('pw_u', clip(userId) ?? null);
      storage('pw_t', clip(token, 100) ?? null);
    }),
    pageview: safe(() => pageview()),
    consent: safe(consent),
  };
  w.pathwise = api;
  start(script.src, site);
  capture();
})();
