import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import type { Filters } from '@/lib/params/filters';
import { getPopularQuests } from '@/lib/queries/quests';
import { PopularQuestsTable } from './popular-quests-table';
import styles from './learning.module.css';

export async function PopularQuests({ user, site, filters }: { user: SessionUser; site: AuthorizedSite; filters: Filters }) {
  const [quests, t] = await Promise.all([getPopularQuests(user, site, filters.from, filters.to), getTranslations('quests')]);
  if (quests.length === 0) {
    return (
      <section className={`card ${styles.panel}`}>
        <h2>{t('emptyTitle')}</h2>
        <p className="muted" style={{ marginTop: 6 }}>
          {t.rich('emptyBody', { instructor: user.role === 'INSTRUCTOR' ? 'yes' : 'no', code: (chunks) => <code>{chunks}</code> })}
        </p>
      </section>
    );
  }
  return <PopularQuestsTable quests={quests} />;
}
