'use client';

import { useTranslations } from 'next-intl';
import { useFilterNavigation } from './use-filter-navigation';
import styles from './shell.module.css';

export type SiteOption = { key: string; name: string };

/** Which site the dashboards show; the first site is the default when the URL names none. */
export function SitePicker({ sites }: { sites: SiteOption[] }) {
  const t = useTranslations('shell');
  const { searchParams, update, pending } = useFilterNavigation();
  if (sites.length === 0) return null;
  const requested = searchParams.get('site');
  const current = sites.some((site) => site.key === requested) ? requested : sites[0]?.key;

  return (
    <label className={styles.sitePicker} data-pending={pending || undefined}>
      <span className="sr-only">{t('site')}</span>
      <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
      </svg>
      <select
        className="select"
        translate="no"
        value={current ?? ''}
        onChange={(event) => update((params) => params.set('site', event.target.value))}
      >
        {sites.map((site) => (
          <option key={site.key} value={site.key}>
            {site.name}
          </option>
        ))}
      </select>
    </label>
  );
}
