import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { StudentListParams, StudentSort } from '@/lib/params/students';
import { defaultDir } from '@/lib/params/students';
import type { StudentScoreRow } from '@/lib/queries/students';
import { FACTOR_KEYS } from '@/lib/risk/config';
import { FactorCell } from './factor-cell';
import { LevelBadge } from './level-badge';
import { studentsHref } from './students-href';
import type { SearchParamsRecord } from '@/lib/params/search-params';
import type { LastContact } from '@/lib/queries/outreach';
import { Data } from '@/components/dashboard/dashboard-heading';
import { useRiskText } from './use-risk-text';
import styles from './learning.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

function SortHeader({
  label,
  sort,
  params,
  query,
  className,
}: {
  label: string;
  sort: StudentSort;
  params: StudentListParams;
  query: SearchParamsRecord;
  className?: string;
}) {
  const active = params.sort === sort;
  const dir = active ? (params.dir === 'asc' ? 'desc' : 'asc') : defaultDir(sort);
  return (
    <th aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : undefined} className={className} scope="col">
      <Link href={studentsHref(query, { sort, dir })}>
        {label}
        {active ? (params.dir === 'asc' ? ' ↑' : ' ↓') : ''}
      </Link>
    </th>
  );
}

/** Every row: the score, its level and each factor's raw value, normalised value and contribution. */
export function StudentsTable({
  rows,
  params,
  query,
  contacts = {},
}: {
  rows: StudentScoreRow[];
  params: StudentListParams;
  query: SearchParamsRecord;
  /** The latest recorded contact per student id (lib/queries/outreach.ts). */
  contacts?: Record<string, LastContact>;
}) {
  const t = useTranslations('students.table');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  const tc = useTranslations('learning.contact');
  const { factors } = useRiskText();
  return (
    <TableWrap label={t('label')} className="card">
      <table className="table" data-testid="students-table">
        <thead>
          <tr>
            <SortHeader label={t('student')} sort="name" params={params} query={query} />
            <SortHeader label={t('risk')} sort="score" params={params} query={query} className="num" />
            <th scope="col">{t('level')}</th>
            {FACTOR_KEYS.map((key) => (
              <SortHeader key={key} label={factors[key].label} sort={key} params={params} query={query} />
            ))}
            <th scope="col">{t('contacted')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-student-id={row.id}>
              <td>
                <Link href={`/dashboard/students/${row.id}`} translate="no">
                  {row.name}
                </Link>
                <div className="muted" style={{ fontSize: '0.78rem' }}>
                  {row.email}
                </div>
              </td>
              <td className={`num ${styles.score}`}>
                {/* The tooltip names the model by its id (data), so it sits on an untranslated span. */}
                <span title={t('computed', { at: row.computedAt.slice(0, 16).replace('T', ' '), model: row.modelVersion })} translate="no">
                  {row.score.toFixed(2)}
                </span>
              </td>
              <td>
                <LevelBadge level={row.level} />
              </td>
              {FACTOR_KEYS.map((key) => (
                <td key={key}>
                  <FactorCell factor={row.factors.find((factor) => factor.key === key)} />
                </td>
              ))}
              <td data-testid="contacted">
                {contacts[row.id] ? (
                  <>
                    {f.day(contacts[row.id]!.at)}
                    <div className="muted" style={{ fontSize: '0.78rem' }}>
                      {contacts[row.id]!.by
                        ? tc.rich('by', {
                            kind: tc(contacts[row.id]!.kind),
                            name: contacts[row.id]!.by!,
                            data: (c) => <Data>{c}</Data>,
                          })
                        : tc(contacts[row.id]!.kind)}
                    </div>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
