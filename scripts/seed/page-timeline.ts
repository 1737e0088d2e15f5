// Within one page view: when each planned action happens, plus what an SDK records on its own —
// scroll milestones, sampled mouse activity, tab switches, the odd copy or error, and the click
// that leads to the next page — and the Event rows for all of it.
import type { DeviceProfile } from './devices';
import { pageEvent, type EventContext } from './event-row';
import type { Prng } from './prng';
import type { EventRow } from './session-builder';
import { pickError, type Action, type Element, type ErrorSpec, type PageVisit } from './site-map';

export type Timed =
  | Action
  | { kind: 'scroll'; depth: number }
  | { kind: 'mouse' }
  | { kind: 'copy' }
  | { kind: 'visibility'; state: 'hidden' | 'visible' }
  | { kind: 'error'; error: ErrorSpec }
  | { kind: 'leave'; element: Element };

/** When, within a page's dwell time, each thing happens; planned actions keep their order. */
export function planPage(visit: PageVisit, next: PageVisit | undefined, dwell: number, device: DeviceProfile, rng: Prng) {
  const timed: Array<{ offset: number; item: Timed }> = [];
  for (const { offset, action } of actionOffsets(visit.actions, dwell, rng)) timed.push({ offset, item: action });

  // Longer reads scroll further; each depth is reached only after the one before it.
  let reach = dwell > 8000 ? 0.7 : 0.3;
  let at = 0.1;
  for (const depth of [25, 50, 75, 100]) {
    if (!rng.chance(reach)) break;
    at = rng.float(at, Math.min(0.95, at + 0.3));
    timed.push({ offset: at * dwell, item: { kind: 'scroll', depth } });
    reach = dwell > 30000 ? 0.6 : 0.4;
  }
  if (device.device === 'desktop') {
    const samples = Math.min(2, Math.floor(dwell / 45000));
    for (let i = 0; i < samples; i++) if (rng.chance(0.5)) timed.push({ offset: rng.float(0.05, 0.95) * dwell, item: { kind: 'mouse' } });
  }
  if (dwell > 60000 && rng.chance(0.12)) {
    const away = rng.float(0.2, 0.6);
    timed.push(
      { offset: away * dwell, item: { kind: 'visibility', state: 'hidden' } },
      { offset: (away + 0.2) * dwell, item: { kind: 'visibility', state: 'visible' } },
    );
  }
  if (rng.chance(0.012)) timed.push({ offset: rng.float(0.2, 0.9) * dwell, item: { kind: 'copy' } });
  const error = pickError(rng, visit.path);
  if (error) timed.push({ offset: rng.float(0.01, 0.5) * dwell, item: { kind: 'error', error } });
  // Most navigations start with a click on a link; the rest come from typing, back buttons or bookmarks.
  if (next?.via && rng.chance(0.7)) timed.push({ offset: 0.97 * dwell, item: { kind: 'leave', element: next.via } });
  return timed.sort((a, b) => a.offset - b.offset);
}

const isView = (action: Action) => action.kind === 'custom' && /_(viewed|opened)$/.test(action.name);

/**
 * Offsets (ms into the page) for the planned actions, in order. A page's "viewed" event fires as
 * it loads; what a click or a form triggers (the submit, the server's task_completed, the
 * quest_completed and badge_earned after it) follows within a second; the rest spread out.
 */
function actionOffsets(actions: readonly Action[], dwell: number, rng: Prng): Array<{ offset: number; action: Action }> {
  const chained = actions.map((action, i) => {
    const previous = actions[i - 1];
    const triggered = action.kind === 'form' || (action.kind === 'custom' && !isView(action));
    return previous !== undefined && triggered && (previous.kind === 'click' || previous.kind === 'form' || previous.kind === 'custom');
  });
  const anchors = actions.map(() => rng.float(0.08, 0.9)).sort((a, b) => a - b);
  let next = 0;
  let last = -Infinity;
  return actions.map((action, i) => {
    let offset: number;
    if (i === 0 && isView(action)) offset = Math.min(rng.float(0.005, 0.03) * dwell, rng.float(200, 1500));
    else if (chained[i]) offset = last + rng.float(150, 900);
    else offset = (anchors[next++] as number) * dwell;
    // Never before the previous action, never after the page is left (ties keep their order).
    last = Math.min(Math.max(offset, last + 50), dwell * 0.995);
    return { offset: last, action };
  });
}

export function emit(ctx: EventContext, item: Timed, at: number, pageEnd: number, out: EventRow[]): void {
  const time = Math.floor(at);
  switch (item.kind) {
    case 'click':
    case 'leave':
      out.push(pageEvent(ctx, 'click', time, { element: item.element }));
      return;
    case 'scroll':
      out.push(pageEvent(ctx, 'scroll', time, { scrollDepth: item.depth }));
      return;
    case 'mouse':
      out.push(
        pageEvent(ctx, 'mouse_activity', time, {
          props: { intensity: Math.round(ctx.rng.float(0.05, 1) * 100) / 100, moves: ctx.rng.int(5, 240) },
        }),
      );
      return;
    case 'copy':
      out.push(pageEvent(ctx, 'copy', time, { element: { tag: 'p', classes: 'task-body' }, props: { chars: ctx.rng.int(12, 400) } }));
      return;
    case 'visibility':
      out.push(pageEvent(ctx, 'visibility', time, { name: item.state }));
      return;
    case 'error':
      out.push(pageEvent(ctx, 'error', time, { name: item.error.message, props: { ...item.error } }));
      return;
    case 'form':
      out.push(
        pageEvent(ctx, 'form_submit', time, {
          name: item.formId,
          element: { id: item.formId, tag: 'form' },
          props: { formId: item.formId, fieldCount: item.fieldCount },
        }),
      );
      return;
    case 'video': {
      const props = { src: item.src, duration: item.lengthS };
      out.push(
        pageEvent(ctx, 'video', time, { name: 'play', element: { tag: 'video', classes: 'task-video' }, props: { ...props, position: 0 } }),
      );
      const watched = Math.min(item.lengthS * 1000, Math.max(0, pageEnd - time - 500));
      const name = item.complete && watched >= item.lengthS * 1000 ? 'complete' : 'pause';
      out.push(
        pageEvent(ctx, 'video', time + Math.floor(watched), {
          name,
          element: { tag: 'video', classes: 'task-video' },
          props: { ...props, position: Math.round(watched / 1000) },
        }),
      );
      return;
    }
    case 'download':
      out.push(
        pageEvent(ctx, 'download', time, {
          name: item.href.split('/').pop() ?? item.href,
          element: { tag: 'a', classes: 'resource-download', text: item.text },
          props: { href: item.href },
        }),
      );
      return;
    case 'outbound':
      out.push(
        pageEvent(ctx, 'outbound', time, {
          name: new URL(item.href).hostname,
          element: { tag: 'a', classes: 'external-link', text: item.text },
          props: { href: item.href },
        }),
      );
      return;
    case 'image':
      out.push(
        pageEvent(ctx, 'image_view', time, { name: item.alt, element: { tag: 'img', classes: 'task-image' }, props: { src: item.src } }),
      );
      return;
    case 'custom':
      if (item.authenticates) ctx.userId = ctx.spec.userId;
      out.push(pageEvent(ctx, 'custom', time, { name: item.name, props: item.props, server: item.server }));
      return;
  }
}
