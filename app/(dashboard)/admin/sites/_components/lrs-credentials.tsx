// The site's LRS credentials (xAPI clients such as Moodle or Open edX log in with them).
import { formatDistanceToNowish } from './lrs-dates';
import { ActionButton } from '../../_components/action-button';
import styles from '../../_components/admin.module.css';
import { createLrsCredentialAction, revokeLrsCredentialAction, rotateLrsCredentialAction } from '../lrs-actions';
import { LrsSecretForm } from './lrs-secret-form';
import type { CredentialSummary } from '@/lib/xapi/credentials';

export function LrsCredentials({
  siteId,
  siteKey,
  origin,
  credentials,
}: {
  siteId: string;
  siteKey: string;
  origin: string;
  credentials: CredentialSummary[];
}) {
  return (
    <section className={styles.subsection} aria-label={`LRS credentials for ${siteKey}`}>
      <h3>xAPI (LRS) credentials</h3>
      <p className="muted">
        Point an xAPI client at <code>{origin}/xapi/</code> with HTTP Basic authentication: the key is the user name, the secret the
        password. Statements it sends are trusted like server events.
      </p>
      {credentials.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>Label</th>
              <th>Key</th>
              <th>Secret</th>
              <th>Account home page</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.id}>
                <td>{c.label}</td>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{c.revokedAt ? 'revoked' : c.hint}</td>
                <td>{c.homePage ?? '—'}</td>
                <td>{formatDistanceToNowish(c.lastUsedAt)}</td>
                <td>
                  <LrsSecretForm
                    action={rotateLrsCredentialAction}
                    fields={{ siteId, credentialId: c.id }}
                    label="Rotate"
                    pendingLabel="Rotating…"
                    ariaLabel={`Rotate ${c.key}`}
                  />
                  {!c.revokedAt && (
                    <ActionButton
                      action={revokeLrsCredentialAction}
                      fields={{ siteId, credentialId: c.id }}
                      label="Revoke"
                      pendingLabel="Revoking…"
                      secondary
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LrsSecretForm
        action={createLrsCredentialAction}
        fields={{ siteId }}
        label="Create LRS credential"
        pendingLabel="Creating…"
        ariaLabel={`New LRS credential for ${siteKey}`}
      >
        <label>
          Label <input name="label" placeholder="Moodle" maxLength={100} />
        </label>
        <label>
          Account home page <input name="homePage" placeholder="https://moodle.example.edu" maxLength={500} />
        </label>
      </LrsSecretForm>
    </section>
  );
}
