'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { rotateSecretAction } from '../actions';
import { DataName, dataTag } from '../../_components/data-name';
import type { SecretState } from './secret-state';

/** The site secret (POST /api/events, identity tokens): its hint, and a button that replaces it. */
export function RotateSecretForm({ siteId, siteKey, hint }: { siteId: string; siteKey: string; hint: string | null }) {
  const t = useTranslations('admin.sites.secret');
  const [state, formAction, pending] = useActionState<SecretState, FormData>(rotateSecretAction, IDLE);
  return (
    <form action={formAction} className={styles.subsection} aria-labelledby={`secret-form-${siteId}`}>
      <DataName id={`secret-form-${siteId}`}>{t.rich('form', { key: siteKey, d: dataTag })}</DataName>
      <input type="hidden" name="siteId" value={siteId} />
      <h3>{t('title')}</h3>
      <p className="muted">
        {t.rich('intro', { auth: 'Authorization: Bearer <secret>', code: (chunks) => <code>{chunks}</code> })}{' '}
        {t.rich('current', {
          secret: state.secret ? t('newOneBelow') : (hint ?? t('noneYet')),
          strong: (chunks) => <strong translate={!state.secret && hint ? 'no' : undefined}>{chunks}</strong>,
        })}
      </p>
      <div className={styles.row}>
        <button type="submit" className="button button-secondary" disabled={pending}>
          {pending ? t('rotating') : hint ? t('rotate') : t('create')}
        </button>
      </div>
      <ActionMessage state={state} />
      {state.secret && (
        <pre className={styles.pre} aria-label={t('newSecret')} translate="no">
          {state.secret}
        </pre>
      )}
    </form>
  );
}
