'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { createSiteAction } from '../actions';

export function NewSiteForm() {
  const t = useTranslations('admin.sites.add');
  const [state, formAction, pending] = useActionState(createSiteAction, IDLE);
  return (
    <form action={formAction} className={`card ${styles.section}`} aria-label={t('form')}>
      <h2>{t('title')}</h2>
      <div className={styles.row}>
        <label className={styles.grow}>
          <span className="label">{t('name')}</span>
          <input className="input" name="name" required maxLength={120} placeholder={t('namePlaceholder')} />
        </label>
        <label className={styles.grow}>
          <span className="label">{t('key')}</span>
          <input
            className="input"
            name="key"
            required
            pattern="[a-z0-9][a-z0-9\-]{1,62}"
            placeholder="riverside-maths"
            translate="no"
            aria-describedby="site-key-hint"
          />
          <span id="site-key-hint" className={styles.hint}>
            {t('keyHint')}
          </span>
        </label>
        <label className={styles.grow}>
          <span className="label">{t('domains')}</span>
          <input
            className="input"
            name="domains"
            required
            placeholder="maths.riverside.edu, *.riverside.edu"
            translate="no"
            aria-describedby="site-domains-hint"
          />
          <span id="site-domains-hint" className={styles.hint}>
            {t('domainsHint')}
          </span>
        </label>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('pending') : t('submit')}
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
