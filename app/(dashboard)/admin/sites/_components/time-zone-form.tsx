'use client';
import { useActionState } from 'react';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { saveTimeZoneAction } from '../actions';

/** Every zone the browser knows, for the searchable list (typing filters it; any IANA name is accepted). */
const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? ['UTC', ...Intl.supportedValuesOf('timeZone')] : ['UTC'];

/** The site's time zone: a text box with a searchable list of IANA zones, validated on the server. */
export function TimeZoneForm({ siteId, siteKey, timeZone }: { siteId: string; siteKey: string; timeZone: string }) {
  const [state, formAction, pending] = useActionState(saveTimeZoneAction, IDLE);
  const listId = `time-zones-${siteId}`;
  return (
    <form action={formAction} className={styles.subsection} aria-label={`Time zone for ${siteKey}`}>
      <input type="hidden" name="siteId" value={siteId} />
      <h3>Time zone</h3>
      <p className="muted">
        Days, weeks and ranges like &ldquo;Last 7 days&rdquo; follow this zone&apos;s midnights. Changing it rebuilds the site&apos;s daily
        rollups in the background; dashboards stay exact meanwhile, only slower.
      </p>
      <div className={styles.row}>
        <label>
          Zone{' '}
          <input
            name="timeZone"
            list={listId}
            defaultValue={timeZone}
            required
            autoComplete="off"
            spellCheck={false}
            aria-label={`Time zone of ${siteKey}`}
          />
        </label>
        <datalist id={listId}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save zone'}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
