import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getEngagement } from '@/lib/queries/engagement';
import { Data } from '@/components/dashboard/dashboard-heading';
import { rangeLabel } from '@/components/dashboard/range-label';
import { DailyActivityChart } from './daily-activity-chart';
import { StatGrid } from './stat-grid';
import styles from './learning.module.css';

/** Engagement metrics over the page's date range, and minutes per day. */
export async function EngagementSection({ user, studentId, filters }: { user: SessionUser; studentId: string; filters: Filters }) {
  const data = await getEngagement(user, studentId, filters.from, filters.to, new Date(), filters.timeZone);
  const t = await getTranslations('learning.student.engagement');
  const f = await getFormat(data.timeZone);
  return (
    <section className={styles.section} aria-labelledby="engagement-heading">
      <div className={styles.sectionHead}>
        <h2 id="engagement-heading">{t('title', { range: await rangeLabel(filters) })}</h2>
        <span className="muted" style={{ fontSize: '0.82rem' }}>
          {data.lastActiveAt ? t('lastActive', { at: f.dayTime(data.lastActiveAt) }) : t('neverActive')} ·{' '}
          {t.rich('days', { zone: data.timeZone, data: (c) => <Data>{c}</Data> })}
        </span>
      </div>
      <StatGrid
        label={t('metrics')}
        items={[
          { key: 'Sessions', label: t('sessions'), value: f.number(data.sessions) },
          { key: 'Time learning', label: t('time'), value: f.duration(data.activeMinutes * 60_000) },
          {
            key: 'Average session',
            label: t('average'),
            value: data.averageSessionMinutes === null ? '—' : f.duration(data.averageSessionMinutes * 60_000),
          },
          { key: 'Active days', label: t('activeDays'), value: f.number(data.activeDays) },
          { key: 'Logins', label: t('logins'), value: f.number(data.logins) },
          {
            key: 'Quests started / completed',
            label: t('quests'),
            value: t('questsValue', { started: f.number(data.questsStarted), completed: f.number(data.questsCompleted) }),
          },
          { key: 'XP earned', label: t('xp'), value: f.number(data.xpEarned) },
          { key: 'Current streak', label: t('streak'), value: t('streakValue', { count: data.currentStreak }) },
        ]}
      />
      <div className={`card ${styles.panel}`}>
        {data.sessions === 0 ? (
          <p className="muted">{t('noSessions')}</p>
        ) : (
          <DailyActivityChart points={data.daily} ariaLabel={t('chart')} />
        )}
      </div>
    </section>
  );
}
