'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { DEFAULT_RANGE, RANGE_PRESETS, type RangePreset } from '@/lib/params/range-presets';
import { todayFor, type SiteTodays } from '@/lib/params/picker-today';
import { useFilterNavigation } from './use-filter-navigation';
import styles from './shell.module.css';

/**
 * Preset ranges plus custom from/to dates, kept in the URL (`range=7d` or `from=…&to=…`). `todays`
 * is each site's local date from the server: the latest day a custom range may end on.
 */
export function DateRangePicker({ todays }: { todays: SiteTodays }) {
  const t = useTranslations('shell');
  const { searchParams, update, pending } = useFilterNavigation();
  const today = todayFor(todays, searchParams.get('site'));
  const from = searchParams.get('from');
  const to = searchParams.get('to');
  const isCustom = Boolean(from && to);
  const requested = searchParams.get('range');
  const active = isCustom ? 'custom' : (RANGE_PRESETS.find((preset) => preset === requested) ?? DEFAULT_RANGE);
  const [showCustom, setShowCustom] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choosePreset(preset: RangePreset) {
    setShowCustom(false);
    update((params) => {
      params.delete('from');
      params.delete('to');
      params.set('range', preset);
    });
  }

  function applyCustom(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const start = String(data.get('from') ?? '');
    const end = String(data.get('to') ?? '');
    if (!start || !end) return setError(t('chooseBothDates'));
    if (start > end) return setError(t('startAfterEnd'));
    setError(null);
    setShowCustom(false);
    update((params) => {
      params.delete('range');
      params.set('from', start);
      params.set('to', end);
    });
  }

  return (
    <div className={styles.rangePicker} data-pending={pending || undefined}>
      <div className={styles.segmented} role="group" aria-label={t('dateRange')}>
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            title={t(`rangeTitles.${preset}`)}
            aria-pressed={active === preset}
            onClick={() => choosePreset(preset)}
          >
            {t(`ranges.${preset}`)}
          </button>
        ))}
        <button type="button" aria-pressed={active === 'custom'} aria-expanded={showCustom} onClick={() => setShowCustom(!showCustom)}>
          {isCustom ? t('ranges.customRange', { from: from ?? '', to: to ?? '' }) : t('ranges.custom')}
        </button>
      </div>
      {showCustom && (
        <form
          className={`card ${styles.customRange}`}
          onSubmit={applyCustom}
          onKeyDown={(event) => event.key === 'Escape' && setShowCustom(false)}
        >
          <label>
            <span className="label">{t('from')}</span>
            <input className="input" type="date" name="from" defaultValue={from ?? ''} max={today} required />
          </label>
          <label>
            <span className="label">{t('to')}</span>
            <input className="input" type="date" name="to" defaultValue={to ?? ''} max={today} required />
          </label>
          <button type="submit" className="button button-small">
            {t('apply')}
          </button>
          {error && (
            <p role="alert" className={styles.rangeError}>
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
