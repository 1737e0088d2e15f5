// Funnels: how many sessions (or visitors) did steps 1…N in order within the range, with the
// conversion from the first step and the drop-off between steps. Matching rules: funnel-steps.ts.
// Each session's (or visitor's) items come from SessionPath, with a raw live edge
// (lib/session-paths/funnel-sequences.ts), so no event of the range is scanned.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { stepMatches, type FunnelEvent, type FunnelStep } from './funnel-steps';
import { funnelSequences } from '@/lib/session-paths/funnel-sequences';
import type { PathItem } from '@/lib/session-paths/items';
import { ratio } from '@/lib/sql/run';

export type FunnelBy = 'session' | 'visitor';
export type FunnelStepResult = {
  label: string;
  count: number;
  /** count / first step's count. */
  conversion: number;
  /** count / previous step's count (1 for the first step). */
  stepConversion: number;
  /** previous step's count − count (0 for the first step). */
  dropOff: number;
};
export type Funnel = { by: FunnelBy; entered: number; completed: number; steps: FunnelStepResult[] };

const asEvent = (entity: string, item: PathItem): FunnelEvent =>
  item.type === 'pageview'
    ? { entity, type: 'pageview', path: item.path, name: null }
    : { entity, type: 'custom', path: null, name: item.name };

/** How far a funnel gets through one entity's items: the greedy in-order match. */
function stepsReached(items: readonly PathItem[], steps: readonly FunnelStep[]): number {
  let index = 0;
  for (const item of items) if (index < steps.length && stepMatches(steps[index] as FunnelStep, asEvent('', item))) index++;
  return index;
}

export async function getFunnel(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  steps: FunnelStep[],
  by: FunnelBy = 'session',
): Promise<Funnel> {
  // A cut-off summary decides when the funnel is already complete within its stored items.
  const sequences = await funnelSequences(site, from, to, by, (items) => stepsReached(items, steps) === steps.length);
  // Greedy in-order matching per entity, as countFunnel (funnel-steps.ts) does for interleaved events.
  const reached = steps.map(() => 0);
  for (const { items, weight } of sequences) {
    const k = stepsReached(items, steps);
    for (let i = 0; i < k; i++) reached[i] = (reached[i] ?? 0) + weight;
  }
  const first = reached[0] ?? 0;
  return {
    by,
    entered: first,
    completed: reached[reached.length - 1] ?? 0,
    steps: steps.map((step, i) => {
      const count = reached[i] ?? 0;
      const previous = i === 0 ? count : (reached[i - 1] ?? 0);
      return {
        label: step.label,
        count,
        conversion: ratio(count, first),
        stepConversion: i === 0 ? 1 : ratio(count, previous),
        dropOff: previous - count,
      };
    }),
  };
}
