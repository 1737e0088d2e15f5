import type { AuthorizedSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import type { Filters } from '@/lib/params/filters';
import { getPopularQuests } from '@/lib/queries/quests';
import { PopularQuestsTable } from './popular-quests-table';
import styles from './learning.module.css';

export async function PopularQuests({ user, site, filters }: { user: SessionUser; site: AuthorizedSite; filters: Filters }) {
  const quests = await getPopularQuests(user, site, filters.from, filters.to);
  if (quests.length === 0) {
    return (
      <section className={`card ${styles.panel}`}>
        <h2>No quest activity in this period</h2>
        <p className="muted" style={{ marginTop: 6 }}>
          Quests appear here once the platform sends quest_viewed, quest_started or quest_completed events with a questId
          {user.role === 'INSTRUCTOR' ? ' for the quests in your courses' : ''}. Try a longer date range.
        </p>
      </section>
    );
  }
  return <PopularQuestsTable quests={quests} />;
}
