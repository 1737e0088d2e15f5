'use client';
import { useActionState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { saveDigestSettingsAction } from '../actions';
import { WEEKDAYS, type DigestSettings } from '@/lib/digests/settings';
import type { Locale } from '@/lib/i18n/config';
import { hourLabel, weekdayName } from './weekday';

/** When the weekly digests go out, and whether parents get theirs before choosing. */
export function DigestSettingsForm({ saved }: { saved: DigestSettings }) {
  const t = useTranslations('admin.notifications');
  const locale = useLocale() as Locale;
  const [state, formAction, pending] = useActionState(saveDigestSettingsAction, IDLE);
  return (
    <form action={formAction} className={styles.row} aria-label={t('form')}>
      <div>
        <label className="label" htmlFor="digest-day">
          {t('day')}
        </label>
        <select id="digest-day" name="day" className="input" defaultValue={saved.day}>
          {WEEKDAYS.map((name, index) => (
            <option key={name} value={index}>
              {weekdayName(locale, index)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="label" htmlFor="digest-hour">
          {t('hour')}
        </label>
        <select id="digest-hour" name="hour" className="input" defaultValue={saved.hour}>
          {Array.from({ length: 24 }, (_, hour) => (
            <option key={hour} value={hour}>
              {hourLabel(locale, hour)}
            </option>
          ))}
        </select>
      </div>
      <label className={styles.check}>
        <input type="checkbox" name="parentDefaultOptIn" defaultChecked={saved.parentDefaultOptIn} /> {t('parentOptIn')}
      </label>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
