'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { recordLeftCourseAction } from '@/app/(dashboard)/dashboard/students/[id]/actions';
import { ActionMessage } from '@/app/(dashboard)/admin/_components/action-message';
import { IDLE } from '@/app/(dashboard)/admin/_components/action-state';

/** "Left the course on …": a known outcome that `risk-eval` measures the model against. `today` is the site's local day. */
export function OutcomeForm({ studentId, today }: { studentId: string; today: string }) {
  const [state, formAction, pending] = useActionState(recordLeftCourseAction.bind(null, studentId), IDLE);
  const t = useTranslations('learning.student.outcome');
  return (
    <form action={formAction} aria-label={t('formLabel')} style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
      <div style={{ display: 'grid', gap: 4 }}>
        <label className="label" htmlFor="left-on">
          {t('leftOn')}
        </label>
        <input id="left-on" name="leftOn" type="date" className="input" max={today} required />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('saving') : t('record')}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
