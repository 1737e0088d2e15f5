'use client';

import { useFilterNavigation } from '@/components/shell/use-filter-navigation';
import type { RiskLevel } from '@/lib/risk/config';
import { LEVEL_ORDER, LEVELS } from '@/lib/risk/levels';
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
          Course
        </label>
        <select id="student-course-filter" className="select" value={course ?? ''} onChange={(event) => set('course', event.target.value)}>
          <option value="">All courses</option>
          {courses.map((item) => (
            <option key={item.id} value={item.id}>
              {item.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label className="label" htmlFor="student-level-filter">
          Level
        </label>
        <select id="student-level-filter" className="select" value={level ?? ''} onChange={(event) => set('level', event.target.value)}>
          <option value="">All levels</option>
          {[...LEVEL_ORDER].reverse().map((key) => (
            <option key={key} value={key}>
              {LEVELS[key].label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
