import type { ActionState } from './action-state';
import styles from './admin.module.css';

/** An action's outcome under its button: a polite status when it worked, an alert when not. */
export function ActionMessage({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  const ok = state.status === 'ok';
  return (
    <p className={ok ? styles.ok : styles.error} role={ok ? 'status' : 'alert'}>
      {state.message}
    </p>
  );
}
