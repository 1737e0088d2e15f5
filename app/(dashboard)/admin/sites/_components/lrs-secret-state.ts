import type { ActionState } from '../../_components/action-state';

/** A created or rotated LRS credential: the key and secret travel to the browser once, here only. */
export type LrsSecretState = ActionState & { key?: string; secret?: string };
