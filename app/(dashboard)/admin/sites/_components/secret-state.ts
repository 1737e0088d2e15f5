import type { ActionState } from '../../_components/action-state';

/** The rotate action's answer: the new secret travels to the browser once, in this state only. */
export type SecretState = ActionState & { secret?: string };
