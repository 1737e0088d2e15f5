// Queue, site config and sending. Nothing leaves the page until the site's config has arrived
// and says sending is allowed (DNT/GPC, consent); ids are written to storage only then, too.
import { nextSession, privacySignal, type Props } from './helpers';

export type Element_ = { id?: string; cls?: string; tag?: string; text?: string };
export type Fields = {
  url?: string;
  name?: string;
  title?: string;
  ref?: string;
  el?: Element_;
  x?: number;
  y?: number;
  depth?: number;
  ms?: number;
  props?: Props;
};
type Ev = Fields & { type: string; ts: number };
type Batch = Record<string, unknown> & { events: Ev[] };
export type Config = { respectDnt: boolean; requireConsent: boolean; captureText: boolean; captureMouse: boolean };

const nav = navigator;
const dnt = privacySignal(nav as Navigator & { globalPrivacyControl?: boolean });
const memory: Record<string, string | null> = {};
let endpoint = '';
let site = '';
let queue: Ev[] = [];
let timer: ReturnType<typeof setTimeout> | 0 = 0;
let failed = false;
export let config: Config | undefined;

/** Never throws into the page: every entry point from the page goes through this. */
export const safe =
  <A extends unknown[]>(fn: (...args: A) => unknown) =>
  (...args: A): void => {
    try {
      fn(...args);
    } catch {}
  };

/** localStorage, falling back to memory where storage is blocked (private modes, sandboxed frames). */
export function storage(key: string, value?: string | null): string | null {
  try {
    if (value === undefined) return localStorage.getItem(key);
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    if (value === undefined) return memory[key] ?? null;
    memory[key] = value;
  }
  return value ?? null;
}

const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b % 36).toString(36)).join('');
const dropping = () => failed || storage('pw_c') == '0' || !!(config && config.respectDnt && dnt);
const allowed = () => !!config && !dropping() && (!config.requireConsent || storage('pw_c') == '1');

export function start(scriptSrc: string, siteKey: string): void {
  const base = new URL(scriptSrc).origin;
  endpoint = `${base}/api/collect`;
  site = siteKey;
  // Cross-origin fetches carry no cookies by default, so none are ever sent to Pathwise.
  fetch(`${base}/api/collect/config?site=${encodeURIComponent(siteKey)}`)
    .then((response) => (response.ok ? response.json() : 0))
    .then((loaded: Config | 0) => {
      failed = !loaded;
      config = loaded || undefined;
      if (dropping()) queue = [];
      flush();
    })
    .catch(() => {
      failed = true;
      queue = [];
    });
}

export function push(type: string, fields: Fields = {}): void {
  // Bounded while waiting for config or consent, so a page left open cannot grow it forever.
  if (dropping() || queue.length > 200) return;
  queue.push({ type, ts: Date.now(), url: location.href.slice(0, 4096), ...fields });
  if (queue.length >= 20) flush();
  else timer ||= setTimeout(flush, 1000);
}

export function flush(beacon?: boolean): void {
  clearTimeout(timer);
  timer = 0;
  while (allowed() && queue.length) {
    const [sid, stored] = nextSession(storage('pw_s'), Date.now(), randomId);
    storage('pw_s', stored);
    const anon = storage('pw_a') || storage('pw_a', randomId());
    const events = queue.splice(0, 20);
    if (!config!.captureText) for (const event of events) delete event.el?.text;
    const batch: Batch = {
      site,
      anon,
      sid,
      uid: storage('pw_u') || undefined,
      uidToken: storage('pw_t') || undefined,
      dnt,
      lang: nav.language,
      screen: `${screen.width}x${screen.height}`,
      events,
    };
    send(batch, beacon, 0);
  }
}

export function consent(granted: unknown): void {
  storage('pw_c', granted ? '1' : '0');
  if (granted) flush();
  else queue = [];
}

function send(batch: Batch, beacon: boolean | undefined, tries: number): void {
  batch.sent = Date.now(); // lets the server correct this device's clock skew
  const body = JSON.stringify(batch);
  // A string body is sent as text/plain: a "simple" request, so no CORS preflight.
  if (beacon && nav.sendBeacon?.(endpoint, body)) return;
  fetch(endpoint, { method: 'POST', body, keepalive: true })
    .then((response) => {
      if (response.status > 499 || response.status == 429) throw 0;
    })
    // Network errors, overload and rate limits are retried with backoff; 4xx would fail again.
    .catch(() => tries < 3 && setTimeout(() => send(batch, false, tries + 1), 2000 << tries));
}
