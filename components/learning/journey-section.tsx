import type { SessionUser } from '@/lib/auth/roles';
import { getJourney, type Milestone } from '@/lib/queries/journey';
import { StatGrid } from './stat-grid';
import styles from './learning.module.css';
import { formatDay, formatDuration } from '@/lib/format';

const KIND: Record<Milestone['kind'], string> = {
  joined: 'Joined',
  first_visit: 'Visit',
  first_quest: 'Quest',
  quest_completed: 'Quest',
  course_completed: 'Course',
  badge: 'Badge',
};

/** First quest, completions, badges, streaks, time on platform, favourite pillar. */
export async function JourneySection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const journey = await getJourney(user, studentId);
  return (
    <section className={styles.section} aria-labelledby="journey-heading">
      <h2 id="journey-heading">Journey</h2>
      <StatGrid
        label="Journey summary"
        items={[
          { label: 'First quest', value: journey.firstQuest ? formatDay(journey.firstQuest.at) : '—', hint: journey.firstQuest?.title },
          { label: 'Quests completed', value: String(journey.totals.questsCompleted) },
          { label: 'Badges', value: String(journey.totals.badges) },
          { label: 'Time on platform', value: formatDuration(journey.totals.minutesOnPlatform * 60_000) },
          { label: 'Current streak', value: `${journey.currentStreak} d` },
          { label: 'Longest streak', value: `${journey.longestStreak} d` },
          {
            label: 'Favourite pillar',
            value: journey.favouritePillar?.name ?? '—',
            hint: journey.favouritePillar ? `${journey.favouritePillar.xp} XP` : undefined,
          },
          { label: 'Total XP', value: String(journey.totals.xp) },
        ]}
      />
      <div className={`card ${styles.panel}`}>
        <ol className={styles.timeline} aria-label="Milestones, newest first" data-testid="journey-timeline">
          {journey.milestones.map((milestone, index) => (
            <li key={`${milestone.at}-${index}`} data-kind={milestone.kind}>
              <span className={styles.when}>{formatDay(milestone.at)}</span>
              <span>
                <span className={styles.kind}>{KIND[milestone.kind]}</span> {milestone.title}
                {milestone.detail && <span className="muted"> · {milestone.detail}</span>}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
