'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionMessage } from '../../_components/action-message';
import { saveRetentionAction } from '../actions';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';

type Props = {
  saved: { anonymiseAfterDays?: number; deleteAfterDays?: number };
  placeholders: { anonymise: string; delete: string };
  envNames: { anonymise: string; delete: string };
};

/** Overrides the environment's periods; an empty field falls back to the environment. */
export function RetentionForm({ saved, placeholders, envNames }: Props) {
  const t = useTranslations('admin.privacy.retention');
  const [state, formAction, pending] = useActionState(saveRetentionAction, IDLE);
  return (
    <form action={formAction} className={styles.row} aria-label={t('form')}>
      <div>
        <label className="label" htmlFor="anonymiseAfterDays">
          {t('anonymiseAfter')}
          <span className={styles.hint}>
            {t('empty')} <code>{envNames.anonymise}</code>
          </span>
        </label>
        <input
          id="anonymiseAfterDays"
          name="anonymiseAfterDays"
          className="input"
          inputMode="numeric"
          defaultValue={saved.anonymiseAfterDays ?? ''}
          placeholder={placeholders.anonymise}
        />
      </div>
      <div>
        <label className="label" htmlFor="deleteAfterDays">
          {t('deleteAfter')}
          <span className={styles.hint}>
            {t('empty')} <code>{envNames.delete}</code>
          </span>
        </label>
        <input
          id="deleteAfterDays"
          name="deleteAfterDays"
          className="input"
          inputMode="numeric"
          defaultValue={saved.deleteAfterDays ?? ''}
          placeholder={placeholders.delete}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
