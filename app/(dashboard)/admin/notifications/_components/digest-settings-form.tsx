'use client';
import { useActionState } from 'react';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { saveDigestSettingsAction } from '../actions';
import { WEEKDAYS, type DigestSettings } from '@/lib/digests/settings';

/** When the weekly digests go out, and whether parents get theirs before choosing. */
export function DigestSettingsForm({ saved }: { saved: DigestSettings }) {
  const [state, formAction, pending] = useActionState(saveDigestSettingsAction, IDLE);
  return (
    <form action={formAction} className={styles.row} aria-label="Digest schedule">
      <div>
        <label className="label" htmlFor="digest-day">
          Day (UTC)
        </label>
        <select id="digest-day" name="day" className="input" defaultValue={saved.day}>
          {WEEKDAYS.map((name, index) => (
            <option key={name} value={index}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="label" htmlFor="digest-hour">
          Hour (UTC)
        </label>
        <select id="digest-hour" name="hour" className="input" defaultValue={saved.hour}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {String(hour).padStart(2, '0')}:00
            </option>
          ))}
        </select>
      </div>
      <label className={styles.check}>
        <input type="checkbox" name="parentDefaultOptIn" defaultChecked={saved.parentDefaultOptIn} /> Parents get the weekly summary unless
        they opt out
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save schedule'}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
