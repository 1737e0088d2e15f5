// Automatic capture of the event taxonomy. Listeners are passive, capture-phase on document (so
// a page calling stopPropagation does not hide its clicks) and wrapped so they never throw.
// Never read: input values, typed text, raw mouse trails.
import { clip, linkKind, newMilestones, type Props } from './helpers';
import { config, flush, push, safe, type Element_ } from './transport';

const d = document;
const w = window;
const now = Date.now;
const round = Math.round;

let started = 0;
let pageUrl = '';
let pagePath = '';
let depths: number[] = [];
let images = 0;
let errors = 0;
let engaged = 0;
let visibleSince = 0;
let moves = 0;
let distance = 0;
let lastX = -1;
let lastY = 0;
let lastMove = 0;

const on = <E extends Event>(target: EventTarget, type: string, fn: (event: E) => unknown) =>
  target.addEventListener(type, safe(fn as (event: Event) => unknown), { capture: target == d, passive: true });

const attr = (target: Element, name: string) => clip(target.getAttribute(name));

/** Element descriptor; never the text of form controls or editable regions. */
function describe(target: Element): Element_ {
  const tag = target.tagName.slice(0, 99); // custom element names can be long
  const html = target as HTMLElement;
  return {
    id: attr(target, 'id'),
    cls: attr(target, 'class'),
    tag,
    text: /^(INPUT|TEXTAREA|SELECT|BODY|HTML)$/.test(tag) || html.isContentEditable ? undefined : clip(html.innerText),
  };
}

const engagedMs = () => engaged + (visibleSince && now() - visibleSince);

let observer: IntersectionObserver | undefined;
const observeImages = () => d.querySelectorAll('img').forEach((image) => observer!.observe(image));

function exit() {
  if (!started) return;
  const ms = engagedMs();
  if (ms > 1000) push('page_exit', { url: pageUrl, ms });
  if (moves && config?.captureMouse) push('mouse_activity', { url: pageUrl, ms, props: { moves, px: round(distance) } });
  started = 0;
}

/** Records a pageview (ending the previous page, if any) and resets per-page state. */
export function pageview(ref?: string) {
  exit();
  const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const ms = !pageUrl && timing && timing.loadEventEnd > 0 ? round(timing.loadEventEnd) : undefined;
  pageUrl = location.href;
  push('pageview', { title: clip(d.title), ref: clip(ref ?? d.referrer, 4096), ms });
  pagePath = location.pathname + location.search;
  started = 1;
  depths = [];
  images = errors = engaged = moves = distance = 0;
  lastX = -1;
  visibleSince = d.hidden ? 0 : now();
  observeImages();
  setTimeout(safe(observeImages), 1000); // images rendered after a client-side navigation
}

/** Client-side navigation: a new pageview when the path or query changed (not just the hash). */
function route() {
  // After the router's own work, so the new title is in place.
  setTimeout(
    safe(() => location.pathname + location.search != pagePath && pageview(pageUrl)),
    50,
  );
}

export function capture() {
  // Created here, not at load time, so a missing API cannot throw outside the safe() wrapper.
  observer = new IntersectionObserver(
    safe((entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        const image = entry.target as HTMLImageElement;
        if (!entry.isIntersecting) continue;
        observer!.unobserve(image);
        if (images++ < 20)
          push('image_view', {
            el: { id: attr(image, 'id'), tag: 'IMG', text: clip(image.alt) },
            props: { src: (image.currentSrc || image.src).slice(0, 1000) },
          });
      }
    }),
    { threshold: 0.5 },
  );
  const first = () => started || pageview();
  if (d.readyState == 'complete') first();
  // After load handlers finish, so the navigation timing has its load time.
  else on(w, 'load', () => setTimeout(safe(first)));

  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      route();
      return result;
    };
  }
  on(w, 'popstate', route);

  on<MouseEvent>(d, 'click', (event) => {
    const node = event.target as Node;
    const target = node instanceof Element ? node : node.parentElement;
    if (!target) return;
    push('click', {
      x: round(event.pageX),
      y: round(event.pageY),
      name: clip(target.closest('[data-track]')?.getAttribute('data-track')),
      el: describe(target),
    });
    const link = target.closest('a[href]') as HTMLAnchorElement | null;
    const kind = link && linkKind(link.href, location.host, link.hasAttribute('download'));
    if (kind) push(kind, { el: describe(link), props: { href: link.href.slice(0, 1000) } });
  });

  on(w, 'scroll', () => {
    const percent = ((scrollY + innerHeight + 2) / d.documentElement.scrollHeight) * 100;
    for (const depth of newMilestones(percent, depths)) push('scroll', { depth });
  });

  on(d, 'submit', (event) => {
    // getAttribute, because form.id / form.action can be shadowed by fields named "id"/"action".
    const form = event.target as HTMLFormElement;
    push('form_submit', {
      name: attr(form, 'name'),
      el: { id: attr(form, 'id'), tag: 'FORM' },
      props: { action: (form.getAttribute('action') || '').slice(0, 1000), fields: form.querySelectorAll('input,select,textarea').length },
    });
  });

  on(d, 'copy', () => {
    const selection = getSelection();
    push('copy', { el: { tag: selection?.anchorNode?.parentElement?.tagName.slice(0, 99) }, props: { chars: String(selection).length } });
  });

  for (const type of ['play', 'pause', 'ended']) {
    on(d, type, (event) => {
      const media = event.target as HTMLMediaElement;
      if (media instanceof HTMLMediaElement) {
        push('video', {
          name: type == 'ended' ? 'complete' : type,
          el: { id: attr(media, 'id'), tag: media.tagName },
          props: { src: media.currentSrc.slice(0, 1000), t: round(media.currentTime), dur: round(media.duration) || 0 },
        });
      }
    });
  }

  on(d, 'visibilitychange', () => {
    if (d.hidden) {
      const ms = visibleSince && now() - visibleSince;
      engaged += ms;
      visibleSince = 0;
      push('visibility', { name: 'hidden', ms });
      flush(true);
    } else {
      visibleSince = now();
      push('visibility', { name: 'visible' });
    }
  });

  on<PageTransitionEvent>(w, 'pagehide', () => {
    first();
    exit();
    flush(true);
  });
  on<PageTransitionEvent>(w, 'pageshow', (event) => event.persisted && pageview());

  on<ErrorEvent>(w, 'error', (event) => {
    // Undefined props vanish in JSON, so missing details are simply absent.
    if (errors++ < 10)
      push('error', {
        name: clip(event.message),
        props: {
          source: clip(event.filename, 1000),
          line: event.lineno,
          col: event.colno,
          stack: event.error?.stack?.slice(0, 1000),
        } as Props,
      });
  });
  on<PromiseRejectionEvent>(w, 'unhandledrejection', (event) => {
    const reason = event.reason;
    if (errors++ < 10) push('error', { name: clip(reason?.message ?? reason), props: { stack: reason?.stack?.slice?.(0, 1000) } });
  });

  on<MouseEvent>(d, 'mousemove', (event) => {
    // Sampled at most every 100 ms: we keep how much the mouse moves, not where.
    if (event.timeStamp - lastMove < 100) return;
    lastMove = event.timeStamp;
    if (lastX >= 0) distance += Math.hypot(event.pageX - lastX, event.pageY - lastY);
    lastX = event.pageX;
    lastY = event.pageY;
    moves++;
  });
}
