import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import { rhythmText } from '@/lib/learning/rhythm-text';
import { getChildSummary } from '@/lib/queries/child';
import { XpByPillarChart } from './xp-by-pillar-chart';
import styles from './family.module.css';

/**
 * "What my child is learning right now", in plain words: the learning-rhythm light with its
 * reason, time spent, streak, favourite pillar, XP by pillar, recent completions and badges.
 * `you` switches the wording for the student's own page. Names, titles and pillars are the
 * school's data (translate="no"); dates are the child's site's days.
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
  const [summary, locale, t] = await Promise.all([getChildSummary(viewer, childId), getLocale(), getTranslations('parent')]);
  const f = createFormatter(isLocale(locale) ? locale : 'en', summary.timeZone);
  const rhythm = rhythmText(summary.rhythm, t as unknown as Translate);
  const streak = summary.currentStreak;
  const user = (chunks: React.ReactNode) => <span translate="no">{chunks}</span>;
  return (
    <div className={styles.summary} data-testid="child-summary">
      <section className={`card ${styles.rhythm}`} aria-label={t('summary.rhythm')} data-rhythm={summary.rhythm.light}>
        <span
          className={`${styles.light} ${styles[summary.rhythm.light]}`}
          role="img"
          aria-label={summary.rhythm.light === 'green' ? t('summary.greenLight') : t('summary.yellowLight')}
        />
        <span className={styles.rhythmText}>
          <span className={styles.headline}>{rhythm.headline}</span>
          <span className="muted">{rhythm.reason}</span>
        </span>
      </section>

      <div className={styles.facts}>
        <Fact id="week" label={t('summary.timeThisWeek')} value={f.duration(summary.minutesThisWeek * 60_000)} />
        <Fact id="total" label={t('summary.timeInTotal')} value={f.duration(summary.minutesOverall * 60_000)} />
        <Fact
          id="streak"
          label={t('summary.daysInRow')}
          value={streak === 0 ? t('summary.noneRightNow') : t('summary.days', { count: streak })}
        />
        <Fact
          id="favourite"
          label={t('summary.favourite')}
          value={summary.favouritePillar ? <span translate="no">{summary.favouritePillar.name}</span> : t('summary.notYet')}
        />
        <Fact id="quests" label={t('summary.questsFinished')} value={f.number(summary.questsCompleted)} />
        <Fact id="xp" label={t('summary.xp')} value={t('summary.xpValue', { xp: f.number(summary.totalXp) })} />
      </div>

      <section className={`card ${styles.card}`} aria-labelledby="xp-heading">
        <h2 id="xp-heading">{t('summary.xpHeading')}</h2>
        {summary.totalXp === 0 ? (
          <p className="muted">{you ? t('summary.xpEmptyYou') : t.rich('summary.xpEmpty', { name: firstName, user })}</p>
        ) : (
          <XpByPillarChart
            rows={summary.xpByPillar.map(({ name, xp, color }) => ({ name, xp, color }))}
            ariaLabel={t('summary.xpHeading')}
          />
        )}
      </section>

      <div className={styles.two}>
        <section className={`card ${styles.card}`} aria-labelledby="done-heading">
          <h2 id="done-heading">{t('summary.recent')}</h2>
          {summary.recentCompletions.length === 0 ? (
            <p className="muted">{t('summary.noQuests')}</p>
          ) : (
            <ul className={styles.list}>
              {summary.recentCompletions.map((item, index) => (
                <li key={`${item.at}-${index}`}>
                  <span>
                    <span translate="no">{item.title}</span>
                    {item.pillar && (
                      <span className="muted" translate="no">
                        {' '}
                        · {item.pillar}
                      </span>
                    )}
                  </span>
                  <span className={`muted ${styles.date}`}>{f.day(item.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className={`card ${styles.card}`} aria-labelledby="badges-heading">
          <h2 id="badges-heading">{t('summary.badges', { count: summary.badges.length })}</h2>
          {summary.badges.length === 0 ? (
            <p className="muted">{t('summary.noBadges')}</p>
          ) : (
            <ul className={styles.badges}>
              {summary.badges.map((badge) => (
                <li
                  key={badge.name}
                  className={styles.badge}
                  translate="no"
                  title={t('summary.badgeTitle', { description: badge.description ?? '', date: f.day(badge.at) }).trim()}
                >
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

function Fact({ id, label, value }: { id: string; label: string; value: React.ReactNode }) {
  return (
    <div className={`card ${styles.fact}`} data-fact={id}>
      <span className={styles.factValue}>{value}</span>
      <span className={styles.factLabel}>{label}</span>
    </div>
  );
}
