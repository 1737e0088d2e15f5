'use client';

import { useTranslations } from 'next-intl';
import { useFilterNavigation } from '@/components/shell/use-filter-navigation';
import type { RiskLevel } from '@/lib/risk/config';
import { LEVEL_ORDER, levelInfo } from '@/lib/risk/levels';
import type { Translate } from '@/lib/i18n/translate';
import styles from './learning.module.css';

/** Course and level filters, kept in the URL (`course=…&level=…`); changing one resets the page. */
export function StudentFilters({
  courses,
  course,
  level,
}: {
  courses: Array<{ id: string; title: string }>;
  course?: string;
  level?: RiskLevel;
}) {
  const t = useTranslations('students.filters');
  const levels = levelInfo(undefined, useTranslations('risk') as unknown as Translate);
  const { update, pending } = useFilterNavigation();
  const set = (key: 'course' | 'level', value: string) =>
    update((params) => {
      params.delete('page');
      if (value) params.set(key, value);
      else params.delete(key);
    });
  return (
    <div className={styles.toolbar} data-pending={pending || undefined}>
      <div>
        <label className="label" htmlFor="student-course-filter">
          {t('course')}
        </label>
        <select id="student-course-filter" className="select" value={course ?? ''} onChange={(event) => set('course', event.target.value)}>
          <option value="">{t('allCourses')}</option>
          {courses.map((item) => (
            <option key={item.id} value={item.id} translate="no">
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="label" htmlFor="student-level-filter">
          {t('level')}
        </label>
        <select id="student-level-filter" className="select" value={level ?? ''} onChange={(event) => set('level', event.target.value)}>
          <option value="">{t('allLevels')}</option>
          {[...LEVEL_ORDER].reverse().map((key) => (
            <option key={key} value={key}>
              {levels[key].label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
