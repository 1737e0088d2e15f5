// Where each student is scored in the prediction-only evaluation. A drop-out is scored at a cut-off
// `horizonDays` before their outcome (rounded down to midnight UTC, so never less than that), from
// data before it only. A student who stayed is scored at a cut-off drawn (by a hash of their id)
// from the drop-outs' cut-offs, so both classes are scored at the same spread of moments and the
// moment itself tells the model nothing; never later than `horizonDays` before they were last
// known to be enrolled. Students who did not exist yet at their cut-off are left out. Pure.
import { fnv1a } from './split';

const DAY_MS = 86_400_000;

export type KnownOutcome = {
  userId: string;
  droppedOut: boolean;
  /** When they left (droppedOut) or when they were last known to be enrolled. */
  at: Date;
  createdAt: Date;
};

export type CutoffPlan = { userId: string; positive: boolean; cutoff: Date };

export const midnightUtc = (ms: number) => new Date(Math.floor(ms / DAY_MS) * DAY_MS);

export function planCutoffs(outcomes: readonly KnownOutcome[], horizonDays: number): CutoffPlan[] {
  const latestCutoff = (outcome: KnownOutcome) => midnightUtc(outcome.at.getTime() - horizonDays * DAY_MS);
  const dropoutCutoffs = outcomes
    .filter((outcome) => outcome.droppedOut)
    .map((outcome) => latestCutoff(outcome).getTime())
    .sort((a, b) => a - b);
  const plans: CutoffPlan[] = [];
  for (const outcome of outcomes) {
    let cutoff = latestCutoff(outcome);
    if (!outcome.droppedOut && dropoutCutoffs.length > 0) {
      const matched = dropoutCutoffs[fnv1a(`${outcome.userId}:cutoff`) % dropoutCutoffs.length] as number;
      cutoff = new Date(Math.min(matched, cutoff.getTime()));
    }
    if (outcome.createdAt < cutoff) plans.push({ userId: outcome.userId, positive: outcome.droppedOut, cutoff });
  }
  return plans;
}

/** The plans grouped by cut-off (one read of the data per distinct moment). */
export function byCutoff(plans: readonly CutoffPlan[]): Map<number, CutoffPlan[]> {
  const groups = new Map<number, CutoffPlan[]>();
  for (const plan of plans) {
    const key = plan.cutoff.getTime();
    const group = groups.get(key) ?? [];
    group.push(plan);
    groups.set(key, group);
  }
  return groups;
}
