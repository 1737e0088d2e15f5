import type { SessionUser } from '@/lib/auth/roles';
import type { Filters } from '@/lib/params/filters';
import { describeRange } from '@/lib/params/filters';
import { getEngagement } from '@/lib/queries/engagement';
import { DailyActivityChart } from './daily-activity-chart';
import { StatGrid } from './stat-grid';
import styles from './learning.module.css';
import { formatDayTime, formatDuration } from '@/lib/format';

/** Engagement metrics over the page's date range, and minutes per day. */
export async function EngagementSection({ user, studentId, filters }: { user: SessionUser; studentId: string; filters: Filters }) {
  const data = await getEngagement(user, studentId, filters.from, filters.to, new Date(), filters.timeZone);
  return (
    <section className={styles.section} aria-labelledby="engagement-heading">
      <div className={styles.sectionHead}>
        <h2 id="engagement-heading">Engagement · {describeRange(filters)}</h2>
        <span className="muted" style={{ fontSize: '0.82rem' }}>
          {data.lastActiveAt ? `Last active ${formatDayTime(data.lastActiveAt)}` : 'Never active'} · Days in {data.timeZone}
        </span>
      </div>
      <StatGrid
        label="Engagement metrics"
        items={[
          { label: 'Sessions', value: String(data.sessions) },
          { label: 'Time learning', value: formatDuration(data.activeMinutes * 60_000) },
          {
            label: 'Average session',
            value: data.averageSessionMinutes === null ? '—' : formatDuration(data.averageSessionMinutes * 60_000),
          },
          { label: 'Active days', value: String(data.activeDays) },
          { label: 'Logins', value: String(data.logins) },
          { label: 'Quests started / completed', value: `${data.questsStarted} / ${data.questsCompleted}` },
          { label: 'XP earned', value: String(data.xpEarned) },
          { label: 'Current streak', value: `${data.currentStreak} day${data.currentStreak === 1 ? '' : 's'}` },
        ]}
      />
      <div className={`card ${styles.panel}`}>
        {data.sessions === 0 ? (
          <p className="muted">No signed-in sessions in this period.</p>
        ) : (
          <DailyActivityChart points={data.daily} ariaLabel="Minutes of learning per day" />
        )}
      </div>
    </section>
  );
}
