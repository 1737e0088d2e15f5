// Funnel steps as written in the URL: `?steps=/,/quests,/quests/*,event:quest_started`.
// A step is a page path (a trailing `*` matches every path under the prefix) or `event:NAME`, a
// custom event sent with track(). A session (or visitor) reaches step N when it did steps 1…N in
// that order, not necessarily back to back. Pure, so the rules are unit-tested.
import { z } from 'zod';

export type FunnelStep = { kind: 'page'; path: string; prefix: boolean; label: string } | { kind: 'event'; name: string; label: string };
export type FunnelEvent = { entity: string; type: string; path: string | null; name: string | null };

export const MIN_STEPS = 2;
export const MAX_STEPS = 8;
export const DEFAULT_FUNNEL = '/,/quests,event:quest_started,event:quest_completed';

function parseStep(raw: string): FunnelStep | string {
  const text = raw.trim();
  if (text.startsWith('event:')) {
    const name = text.slice('event:'.length).trim();
    if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(name)) return `"${text}" is not a valid event step; use event:NAME with letters, digits, _ . : -`;
    return { kind: 'event', name, label: `event: ${name}` };
  }
  if (!text.startsWith('/') || text.length > 200 || /\s/.test(text))
    return `"${text}" is not a page path; start pages with / (e.g. /quests or /quests/*)`;
  const prefix = text.endsWith('*');
  const path = prefix ? text.slice(0, -1) : text;
  if (path.includes('*')) return `"${text}" may only use * at the end`;
  return { kind: 'page', path, prefix, label: text };
}

export const funnelStepsSchema = z.string().transform((value, ctx) => {
  const parts = value.split(',').filter((part) => part.trim() !== '');
  if (parts.length < MIN_STEPS || parts.length > MAX_STEPS) {
    ctx.addIssue({ code: 'custom', message: `Give ${MIN_STEPS} to ${MAX_STEPS} comma-separated steps, e.g. ${DEFAULT_FUNNEL}` });
    return z.NEVER;
  }
  const steps: FunnelStep[] = [];
  for (const part of parts) {
    const step = parseStep(part);
    if (typeof step === 'string') {
      ctx.addIssue({ code: 'custom', message: step });
      return z.NEVER;
    }
    steps.push(step);
  }
  return steps;
});

export function stepMatches(step: FunnelStep, event: Pick<FunnelEvent, 'type' | 'path' | 'name'>): boolean {
  if (step.kind === 'event') return event.type === 'custom' && event.name === step.name;
  if (event.type !== 'pageview' || event.path === null) return false;
  return step.prefix ? event.path.startsWith(step.path) : event.path === step.path;
}

/** How many entities reached each step, from events in time order (entities interleaved). */
export function countFunnel(events: readonly FunnelEvent[], steps: readonly FunnelStep[]): number[] {
  const reached = steps.map(() => 0);
  // Each entity's next step to match; greedy matching of the earliest event is optimal for "in order".
  const next = new Map<string, number>();
  for (const event of events) {
    const index = next.get(event.entity) ?? 0;
    const step = steps[index];
    if (step && stepMatches(step, event)) {
      reached[index] = (reached[index] ?? 0) + 1;
      next.set(event.entity, index + 1);
    }
  }
  return reached;
}
