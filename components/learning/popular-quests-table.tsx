import type { PopularQuest } from '@/lib/queries/quests';
import { formatExact, formatPercent } from '@/lib/format';
import styles from './learning.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

/** Quests by popularity = views + 2·starts + 5·completions, with the parts beside it. */
export function PopularQuestsTable({ quests }: { quests: PopularQuest[] }) {
  const top = Math.max(1, ...quests.map((quest) => quest.popularity));
  return (
    <TableWrap label="Popular quests" className="card">
      <table className="table" data-testid="popular-quests">
        <thead>
          <tr>
            <th scope="col">Quest</th>
            <th scope="col" className="num">
              Views
            </th>
            <th scope="col" className="num">
              Starts
            </th>
            <th scope="col" className="num">
              Completions
            </th>
            <th scope="col" className="num">
              Completion rate
            </th>
            <th scope="col" className="num" title="views + 2 × starts + 5 × completions">
              Popularity
            </th>
          </tr>
        </thead>
        <tbody>
          {quests.map((quest) => (
            <tr key={quest.id} data-quest={quest.slug}>
              <td>
                {quest.title}
                <div className="muted" style={{ fontSize: '0.78rem' }}>
                  {[quest.course, quest.pillar].filter(Boolean).join(' · ')}
                </div>
              </td>
              <td className="num">{formatExact(quest.views)}</td>
              <td className="num">{formatExact(quest.starts)}</td>
              <td className="num">{formatExact(quest.completions)}</td>
              <td className="num">{quest.completionRate === null ? '—' : formatPercent(quest.completionRate)}</td>
              <td className="num">
                <b>{formatExact(quest.popularity)}</b>
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
