import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { RealtimeEvent } from '@/lib/queries/realtime';
import { EmptyState } from '../empty-state';
import styles from '../widgets.module.css';

/** The newest events, newest first (client-rendered inside the polling leaf). */
export function LiveFeed({ events }: { events: RealtimeEvent[] }) {
  const t = useTranslations('realtime.feed');
  const devices = useTranslations('dashboard.devices');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  const describe = (event: RealtimeEvent) => (t.has(`actions.${event.type}`) ? t(`actions.${event.type}`) : event.type.replace(/_/g, ' '));
  const device = (name: string | null) => (name && devices.has(name) ? devices(name) : (name ?? t('unknownDevice')));
  return (
    <section className={`card ${styles.widget}`} data-widget="realtime-feed">
      <h2 className={styles.widgetTitle}>{t('title')}</h2>
      {events.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <ol className={styles.barList} aria-label={t('aria')}>
          {events.map((event) => (
            <li key={event.id} className={styles.barRow} style={{ minHeight: 30 }}>
              <span className={styles.barLabel}>
                <span className={styles.pill} style={{ marginRight: 8 }}>
                  {t.has(`types.${event.type}`) ? t(`types.${event.type}`) : event.type}
                </span>
                {event.type === 'custom' ? <span translate="no">{event.name ?? t('customEvent')}</span> : describe(event)}{' '}
                {event.type !== 'custom' && event.path && (
                  <span className={styles.mono} translate="no">
                    {event.path}
                  </span>
                )}
              </span>
              <span className={styles.hint} title={event.timestamp}>
                {f.clock(event.timestamp)} · {device(event.device)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
