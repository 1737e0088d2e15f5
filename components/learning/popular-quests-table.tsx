import { useLocale, useTranslations } from 'next-intl';
import type { PopularQuest } from '@/lib/queries/quests';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import styles from './learning.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

/** Quests by popularity = views + 2·starts + 5·completions, with the parts beside it. */
export function PopularQuestsTable({ quests }: { quests: PopularQuest[] }) {
  const t = useTranslations('quests.table');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  const top = Math.max(1, ...quests.map((quest) => quest.popularity));
  return (
    <TableWrap label={t('label')} className="card">
      <table className="table" data-testid="popular-quests">
        <thead>
          <tr>
            <th scope="col">{t('quest')}</th>
            <th scope="col" className="num">
              {t('views')}
            </th>
            <th scope="col" className="num">
              {t('starts')}
            </th>
            <th scope="col" className="num">
              {t('completions')}
            </th>
            <th scope="col" className="num">
              {t('completionRate')}
            </th>
            <th scope="col" className="num" title={t('formula')}>
              {t('popularity')}
            </th>
          </tr>
        </thead>
        <tbody>
          {quests.map((quest) => (
            <tr key={quest.id} data-quest={quest.slug}>
              <td translate="no">
                {quest.title}
                <div className="muted" style={{ fontSize: '0.78rem' }}>
                  {[quest.course, quest.pillar].filter(Boolean).join(' · ')}
                </div>
              </td>
              <td className="num">{f.exact(quest.views)}</td>
              <td className="num">{f.exact(quest.starts)}</td>
              <td className="num">{f.exact(quest.completions)}</td>
              <td className="num">{quest.completionRate === null ? '—' : f.percent(quest.completionRate)}</td>
              <td className="num">
                <b>{f.exact(quest.popularity)}</b>
                <span className={styles.bar} aria-hidden="true" style={{ marginTop: 4 }}>
                  <span style={{ width: `${Math.round((quest.popularity / top) * 100)}%`, background: 'var(--accent)' }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
