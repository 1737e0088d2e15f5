import type { Filters } from '@/lib/params/filters';
import type { FunnelBy } from '@/lib/queries/funnels';
import { MAX_STEPS } from '@/lib/queries/funnel-steps';
import { HiddenFilters } from '../hidden-filters';
import styles from '../widgets.module.css';

/** The funnel definition lives in the URL (`?steps=/,/quests,event:quest_started&by=session`). */
export function FunnelForm({ filters, steps, by }: { filters: Filters; steps: string; by: FunnelBy }) {
  return (
    <form method="get" className={`card ${styles.widget}`} aria-label="Funnel steps">
      <HiddenFilters filters={filters} />
      <div className={styles.inlineForm}>
        <label className={styles.grow}>
          Steps, in order (comma-separated)
          <input
            className="input"
            name="steps"
            defaultValue={steps}
            spellCheck={false}
            autoComplete="off"
            style={{ fontFamily: 'var(--font-mono)' }}
          />
        </label>
        <label>
          Count per
          <select name="by" className="select" defaultValue={by}>
            <option value="session">Session</option>
            <option value="visitor">Visitor</option>
          </select>
        </label>
        <button type="submit" className="button">
          Show funnel
        </button>
      </div>
      <p className={styles.hint}>
        A step is a page path (<code>/quests</code>; end with <code>*</code> for every page under it, <code>/quests/*</code>) or a platform
        event (<code>event:quest_started</code>). Up to {MAX_STEPS} steps; each must happen after the one before, not necessarily straight
        after.
      </p>
    </form>
  );
}
