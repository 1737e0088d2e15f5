import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { getAuditActions } from '@/lib/queries/audit';
import styles from '../../_components/admin.module.css';

/** A plain GET form, so the filter lives in the URL and works without JavaScript. */
export async function ActionFilter({ viewer, action }: { viewer: SessionUser; action?: string }) {
  const actions = await getAuditActions(viewer);
  const t = await getTranslations('admin.audit');
  return (
    <form className={styles.row} action="/admin/audit" method="get" aria-label={t('filterForm')}>
      <div>
        <label className="label" htmlFor="audit-action">
          {t('action')}
        </label>
        <select id="audit-action" name="action" className="select" defaultValue={action ?? ''}>
          <option value="">{t('allActions')}</option>
          {actions.map((item) => (
            <option key={item.action} value={item.action} translate="no">
              {item.action} ({item.count})
            </option>
          ))}
          {action && !actions.some((item) => item.action === action) && (
            <option value={action} translate="no">
              {action} (0)
            </option>
          )}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t('filter')}
      </button>
    </form>
  );
}
