'use client';
import { useActionState } from 'react';
import { ActionMessage } from '../../_components/action-message';
import type { SiteSettingField, SiteSettingsRow } from '@/lib/privacy/site-settings';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { saveSiteSettingsAction } from '../actions';

const OPTIONS = [
  { field: 'respectDnt', label: 'Respect Do Not Track and Global Privacy Control', hint: 'Browsers that send DNT or GPC are not tracked.' },
  { field: 'requireConsent', label: 'Wait for consent', hint: 'The SDK sends nothing until the page calls pathwise.consent(true).' },
  { field: 'captureText', label: 'Capture element text', hint: 'The visible text of clicked elements (redacted). Off: only tag and id.' },
  { field: 'captureMouse', label: 'Capture mouse activity', hint: 'Sampled movement intensity per page.' },
  {
    field: 'trustBrowserLearningEvents',
    label: 'Trust browser learning events',
    hint: 'quest_completed and similar from the page update learning records.',
  },
  {
    field: 'trustBrowserIdentity',
    label: 'Trust browser identity',
    hint: 'Warning: any script can then name any learner and write into their record. Off: only identify(uid, token) with a token your server signed links a visitor.',
  },
] as const;

export function SiteSettingsForm({ site }: { site: Pick<SiteSettingsRow, 'id' | 'key' | 'name' | SiteSettingField> }) {
  const [state, formAction, pending] = useActionState(saveSiteSettingsAction, IDLE);
  return (
    <form action={formAction} className={styles.subsection} aria-label={`Settings for ${site.name} (${site.key})`}>
      <input type="hidden" name="siteId" value={site.id} />
      <h3>Consent and collection</h3>
      <div className={styles.checks}>
        {OPTIONS.map((option) => (
          <label key={option.field} className={styles.check}>
            <input type="checkbox" name={option.field} defaultChecked={site[option.field]} />
            <span>
              {option.label}
              <span className={styles.hint}>{option.hint}</span>
            </span>
          </label>
        ))}
      </div>
      <div className={styles.row}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
