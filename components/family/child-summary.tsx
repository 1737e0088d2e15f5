import type { SessionUser } from '@/lib/auth/roles';
import { getChildSummary } from '@/lib/queries/child';
import { XpByPillarChart } from './xp-by-pillar-chart';
import styles from './family.module.css';
import { formatDay, formatDuration } from '@/lib/format';

/**
 * "What my child is learning right now", in plain words: the learning-rhythm light with its
 * reason, time spent, streak, favourite pillar, XP by pillar, recent completions and badges.
 * `you` switches the wording for the student's own page.
 */
export async function ChildSummary({
  viewer,
  childId,
  firstName,
  you = false,
}: {
  viewer: SessionUser;
  childId: string;
  firstName: string;
  you?: boolean;
}) {
  const summary = await getChildSummary(viewer, childId);
  const who = you ? 'You' : firstName;
  const streak = summary.currentStreak;
  return (
    <div className={styles.summary} data-testid="child-summary">
      <section className={`card ${styles.rhythm}`} aria-label="Learning rhythm" data-rhythm={summary.rhythm.light}>
        <span
          className={`${styles.light} ${styles[summary.rhythm.light]}`}
          role="img"
          aria-label={summary.rhythm.light === 'green' ? 'Green light' : 'Yellow light'}
        />
        <span className={styles.rhythmText}>
          <span className={styles.headline}>{summary.rhythm.headline}</span>
          <span className="muted">{summary.rhythm.reason}</span>
        </span>
      </section>

      <div className={styles.facts}>
        <Fact label="Time learning this week" value={formatDuration(summary.minutesThisWeek * 60_000)} />
        <Fact label="Time learning in total" value={formatDuration(summary.minutesOverall * 60_000)} />
        <Fact label="Days in a row" value={streak === 0 ? 'None right now' : `${streak} day${streak === 1 ? '' : 's'}`} />
        <Fact label="Favourite subject" value={summary.favouritePillar?.name ?? 'Not yet'} />
        <Fact label="Quests finished" value={String(summary.questsCompleted)} />
        <Fact label="Experience points" value={`${summary.totalXp} XP`} />
      </div>

      <section className={`card ${styles.card}`} aria-labelledby="xp-heading">
        <h2 id="xp-heading">Experience points by subject</h2>
        {summary.totalXp === 0 ? (
          <p className="muted">{who} will earn points by finishing tasks and quests.</p>
        ) : (
          <XpByPillarChart
            rows={summary.xpByPillar.map(({ name, xp, color }) => ({ name, xp, color }))}
            ariaLabel="Experience points by subject"
          />
        )}
      </section>

      <div className={styles.two}>
        <section className={`card ${styles.card}`} aria-labelledby="done-heading">
          <h2 id="done-heading">Recently finished</h2>
          {summary.recentCompletions.length === 0 ? (
            <p className="muted">No quests finished yet.</p>
          ) : (
            <ul className={styles.list}>
              {summary.recentCompletions.map((item, index) => (
                <li key={`${item.at}-${index}`}>
                  <span>
                    {item.title}
                    {item.pillar && <span className="muted"> · {item.pillar}</span>}
                  </span>
                  <span className="muted">{formatDay(item.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={`card ${styles.card}`} aria-labelledby="badges-heading">
          <h2 id="badges-heading">Badges ({summary.badges.length})</h2>
          {summary.badges.length === 0 ? (
            <p className="muted">No badges yet.</p>
          ) : (
            <ul className={styles.badges}>
              {summary.badges.map((badge) => (
                <li key={badge.name} className={styles.badge} title={`${badge.description ?? ''} (${formatDay(badge.at)})`.trim()}>
                  {badge.name}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className={`card ${styles.fact}`} data-fact={label}>
      <span className={styles.factValue}>{value}</span>
      <span className={styles.factLabel}>{label}</span>
    </div>
  );
}
