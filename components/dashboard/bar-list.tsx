import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import styles from './widgets.module.css';

export type BarListItem = { key?: string; label: ReactNode; value: number; secondary?: string; title?: string };

/**
 * A ranked list with a proportional bar behind each row (the largest value fills the row).
 * Labels are data (paths, names, domains): marked translate="no" unless `translatedLabels`.
 */
export function BarList({
  items,
  labelHeading,
  valueHeading,
  translatedLabels = false,
}: {
  items: BarListItem[];
  labelHeading: string;
  valueHeading: string;
  translatedLabels?: boolean;
}) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <div>
      <div className={styles.barListHead} aria-hidden="true">
        <span>{labelHeading}</span>
        <span>{valueHeading}</span>
      </div>
      <ul className={styles.barList} aria-label={t('barListLabel', { label: labelHeading, value: valueHeading.toLowerCase() })}>
        {items.map((item, index) => (
          <li key={item.key ?? index} className={styles.barRow} title={item.title}>
            <span className={styles.barFill} style={{ width: `${(item.value / max) * 100}%` }} aria-hidden="true" />
            <span className={styles.barLabel} translate={translatedLabels ? undefined : 'no'}>
              {item.label}
            </span>
            <span className={styles.barValue} title={f.exact(item.value)}>
              {f.number(item.value)}
              {item.secondary && <span className={styles.barSecondary}>{item.secondary}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
