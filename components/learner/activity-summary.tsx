import type { ReactNode } from 'react';
import type { LearnerActivity } from '@/lib/queries/learner-activity';
import styles from './learner.module.css';

const number = new Intl.NumberFormat('en-US');
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

function lastActive(date: Date | null, now: Date): string {
  if (!date) return 'Not active yet';
  const days = Math.floor((now.getTime() - date.getTime()) / 86_400_000);
  if (days < 1) return 'Active today';
  return `Last active ${relative.format(-days, 'day')}`;
}

/** A plain-language summary of one learner's recent activity. */
export function ActivitySummary({ activity, days, now = new Date() }: { activity: LearnerActivity; days: number; now?: Date }) {
  const stats = [
    { label: 'Sessions', value: activity.sessions },
    { label: 'Minutes learning', value: activity.activeMinutes },
    { label: 'Pages viewed', value: activity.pageviews },
    { label: 'Quests completed', value: activity.questsCompleted },
    { label: 'Badges earned', value: activity.badgesEarned },
    { label: 'XP earned', value: activity.xpEarned },
  ];
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading" style={{ marginBottom: 4 }}>
        Last {days} days
      </h2>
      <p className="muted" style={{ marginBottom: 12 }}>
        {lastActive(activity.lastActiveAt, now)}
      </p>
      <div className={styles.stats}>
        {stats.map((stat) => (
          <div key={stat.label} className={`card ${styles.stat}`} data-stat={stat.label}>
            <span className={styles.statValue}>{number.format(stat.value)}</span>
            <span className={styles.statLabel}>{stat.label}</span>
          </div>
        ))}
      </div>
    </section>
  );
}

export function ComingSoon({ children }: { children: ReactNode }) {
  return <p className={`card ${styles.note}`}>{children}</p>;
}
