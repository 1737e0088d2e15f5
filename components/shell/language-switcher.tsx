'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useTransition } from 'react';
import { LOCALE_NAMES, LOCALES } from '@/lib/i18n/config';
import { setLocaleAction } from '@/lib/i18n/set-locale-action';
import styles from './shell.module.css';

/** Each language is named in itself (and marked with its lang), so anyone can find their own. */
export function LanguageSwitcher() {
  const t = useTranslations('shell');
  const locale = useLocale();
  const [pending, startTransition] = useTransition();

  return (
    <label className={styles.languagePicker} data-pending={pending || undefined}>
      <span className="sr-only">{t('language')}</span>
      <select
        className="select"
        value={locale}
        disabled={pending}
        data-testid="language-switcher"
        onChange={(event) => {
          const next = event.target.value;
          startTransition(() => setLocaleAction(next));
        }}
      >
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
