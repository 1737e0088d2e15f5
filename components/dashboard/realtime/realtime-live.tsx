'use client';

// The realtime page's live part: starts from the server-rendered snapshot, then polls
// /api/analytics/realtime every few seconds (paused while the tab is hidden) and re-renders in place.
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { Realtime } from '@/lib/queries/realtime';
import { ColumnsChart } from '@/components/charts/columns-chart';
import { EmptyState } from '../empty-state';
import { LiveFeed } from './live-feed';
import styles from '../widgets.module.css';

export const POLL_MS = 5_000;

export function RealtimeLive({ siteKey, initial }: { siteKey: string; initial: Realtime }) {
  const t = useTranslations('realtime');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  const [data, setData] = useState(initial);
  const [stale, setStale] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      if (document.visibilityState === 'visible') {
        try {
          const response = await fetch(`/api/analytics/realtime?site=${encodeURIComponent(siteKey)}`, { cache: 'no-store' });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const next = (await response.json()) as Realtime;
          if (!cancelled) {
            setData(next);
            setStale(false);
          }
        } catch {
          // Keep showing the last figures; the badge says they are not live.
          if (!cancelled) setStale(true);
        }
      }
      if (!cancelled) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [siteKey]);

  const minutes = data.perMinute.map((m) => m.minute);
  const visitors = [{ name: t('activeVisitors'), values: data.perMinute.map((m) => m.visitors) }];
  const maxPage = Math.max(1, ...data.pages.map((p) => p.visitors));

  return (
    <div className={styles.grid}>
      <section className={`card ${styles.widget} ${styles.wide}`} data-widget="realtime-now">
        <header className={styles.widgetHead}>
          <div>
            <h2 className={styles.widgetTitle}>{t('activeVisitors')}</h2>
            <p className={styles.widgetSubtitle}>{t('activeSubtitle')}</p>
          </div>
          <span className={styles.pill} role="status" aria-live="polite">
            <span className={stale ? undefined : styles.live} aria-hidden="true" />
            {stale ? t('reconnecting') : t('live', { time: f.clock(data.to) })}
          </span>
        </header>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 24 }}>
          <div>
            <p className={styles.bigNumber} data-testid="active-visitors">
              {data.activeVisitors}
            </p>
            <p className={styles.hint}>{t('rightNow', { count: data.activeVisitors })}</p>
          </div>
          <div style={{ flex: '1 1 420px', minWidth: 0 }}>
            <ColumnsChart categories={minutes} series={visitors} bucketLabels height={180} ariaLabel={t('perMinuteAria')} />
          </div>
        </div>
      </section>

      <section className={`card ${styles.widget}`} data-widget="realtime-pages">
        <h2 className={styles.widgetTitle}>{t('pages')}</h2>
        {data.pages.length === 0 ? (
          <EmptyState title={t('pagesEmptyTitle')}>{t('pagesEmptyBody')}</EmptyState>
        ) : (
          <ul className={styles.barList}>
            {data.pages.map((page) => (
              <li key={page.path} className={styles.barRow}>
                <span className={styles.barFill} style={{ width: `${(page.visitors / maxPage) * 100}%` }} aria-hidden="true" />
                <span className={`${styles.barLabel} ${styles.mono}`} translate="no">
                  {page.path}
                </span>
                <span className={styles.barValue}>{f.number(page.visitors)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <LiveFeed events={data.feed} />
    </div>
  );
}
