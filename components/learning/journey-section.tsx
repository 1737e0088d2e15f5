import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { getFormat } from '@/lib/i18n/server';
import { getJourney, type Milestone } from '@/lib/queries/journey';
import { Data } from '@/components/dashboard/dashboard-heading';
import { StatGrid } from './stat-grid';
import styles from './learning.module.css';

type JourneyT = Awaited<ReturnType<typeof getTranslations<'learning.student.journey'>>>;

/** The milestone in words; course, quest and badge names are data. */
function milestoneTitle(milestone: Milestone, t: JourneyT) {
  const name = milestone.subject ?? '';
  const data = (c: React.ReactNode) => <Data>{c}</Data>;
  switch (milestone.kind) {
    case 'joined':
      return t('events.joined');
    case 'first_visit':
      return t('events.first_visit');
    case 'first_quest':
      return t.rich('events.first_quest', { name, data });
    case 'badge':
      return t.rich('events.badge', { name, data });
    default:
      return t.rich('events.completed', { name, data });
  }
}

/** First quest, completions, badges, streaks, time on platform, favourite pillar. */
export async function JourneySection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const journey = await getJourney(user, studentId);
  const t = await getTranslations('learning.student.journey');
  const f = await getFormat('UTC');
  return (
    <section className={styles.section} aria-labelledby="journey-heading">
      <h2 id="journey-heading">{t('title')}</h2>
      <StatGrid
        label={t('summary')}
        items={[
          {
            key: 'First quest',
            label: t('firstQuest'),
            value: journey.firstQuest ? f.day(journey.firstQuest.at) : '—',
            hint: journey.firstQuest?.title,
            valueIsData: true,
          },
          { key: 'Quests completed', label: t('questsCompleted'), value: f.number(journey.totals.questsCompleted) },
          { key: 'Badges', label: t('badges'), value: f.number(journey.totals.badges) },
          { key: 'Time on platform', label: t('time'), value: f.duration(journey.totals.minutesOnPlatform * 60_000) },
          { key: 'Current streak', label: t('streak'), value: t('streakValue', { count: journey.currentStreak }) },
          { key: 'Longest streak', label: t('longest'), value: t('streakValue', { count: journey.longestStreak }) },
          {
            key: 'Favourite pillar',
            label: t('pillar'),
            value: journey.favouritePillar?.name ?? '—',
            valueIsData: true,
            hint: journey.favouritePillar ? t('pillarXp', { xp: f.number(journey.favouritePillar.xp) }) : undefined,
          },
          { key: 'Total XP', label: t('xp'), value: f.number(journey.totals.xp) },
        ]}
      />
      <div className={`card ${styles.panel}`}>
        <ol className={styles.timeline} aria-label={t('milestones')} data-testid="journey-timeline">
          {journey.milestones.map((milestone, index) => (
            <li key={`${milestone.at}-${index}`} data-kind={milestone.kind}>
              <span className={styles.when}>{f.day(milestone.at)}</span>
              <span>
                <span className={styles.kind}>{t(`kinds.${milestone.kind}`)}</span> {milestoneTitle(milestone, t)}
                {milestone.detail && (
                  <span className="muted" translate="no">
                    {' '}
                    · {milestone.detail}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
