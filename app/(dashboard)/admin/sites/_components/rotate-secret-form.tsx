'use client';
import { useActionState } from 'react';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { rotateSecretAction } from '../actions';
import type { SecretState } from './secret-state';

/** The site secret (POST /api/events, identity tokens): its hint, and a button that replaces it. */
export function RotateSecretForm({ siteId, siteKey, hint }: { siteId: string; siteKey: string; hint: string | null }) {
  const [state, formAction, pending] = useActionState<SecretState, FormData>(rotateSecretAction, IDLE);
  return (
    <form action={formAction} className={styles.subsection} aria-label={`Server secret for ${siteKey}`}>
      <input type="hidden" name="siteId" value={siteId} />
      <h3>Server secret</h3>
      <p className="muted">
        Your platform&apos;s backend sends trusted events (logins, quest completions) to <code>POST /api/events</code> with{' '}
        <code>Authorization: Bearer &lt;secret&gt;</code>, and signs identity tokens for <code>pathwise.identify(uid, token)</code> with it.
        Rotating it retires both at once. Current secret: <strong>{state.secret ? 'the new one below' : (hint ?? 'none yet')}</strong>.
      </p>
      <div className={styles.row}>
        <button type="submit" className="button button-secondary" disabled={pending}>
          {pending ? 'Rotating…' : hint ? 'Rotate secret' : 'Create secret'}
        </button>
      </div>
      <ActionMessage state={state} />
      {state.secret && (
        <pre className={styles.pre} aria-label="New server secret">
          {state.secret}
        </pre>
      )}
    </form>
  );
}
