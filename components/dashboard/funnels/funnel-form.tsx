import { useTranslations } from 'next-intl';
import type { Filters } from '@/lib/params/filters';
import type { FunnelBy } from '@/lib/queries/funnels';
import { MAX_STEPS } from '@/lib/queries/funnel-steps';
import { HiddenFilters } from '../hidden-filters';
import styles from '../widgets.module.css';

/** The funnel definition lives in the URL (`?steps=/,/quests,event:quest_started&by=session`). */
export function FunnelForm({ filters, steps, by }: { filters: Filters; steps: string; by: FunnelBy }) {
  const t = useTranslations('funnels.form');
  return (
    <form method="get" className={`card ${styles.widget}`} aria-label={t('aria')}>
      <HiddenFilters filters={filters} />
      <div className={styles.inlineForm}>
        <label className={styles.grow}>
          {t('steps')}
          <input
            className="input"
            name="steps"
            defaultValue={steps}
            spellCheck={false}
            autoComplete="off"
            translate="no"
            style={{ fontFamily: 'var(--font-mono)' }}
          />
        </label>
        <label>
          {t('countPer')}
          <select name="by" className="select" defaultValue={by}>
            <option value="session">{t('session')}</option>
            <option value="visitor">{t('visitor')}</option>
          </select>
        </label>
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </div>
      <p className={styles.hint}>{t.rich('hint', { max: MAX_STEPS, code: (chunks) => <code>{chunks}</code> })}</p>
    </form>
  );
}
