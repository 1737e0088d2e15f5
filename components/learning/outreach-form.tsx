'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { recordOutreachAction } from '@/app/(dashboard)/dashboard/students/[id]/actions';
import { ActionMessage } from '@/app/(dashboard)/admin/_components/action-message';
import { IDLE } from '@/app/(dashboard)/admin/_components/action-state';
import { OUTREACH_KINDS } from '@/lib/outreach/kinds';

/** What was done (messaged, called a parent, met, not useful, a note) with an optional short note. */
export function OutreachForm({ studentId }: { studentId: string }) {
  const [state, formAction, pending] = useActionState(recordOutreachAction.bind(null, studentId), IDLE);
  const t = useTranslations('learning.student.outreach');
  return (
    <form action={formAction} aria-label={t('formLabel')} style={{ display: 'grid', gap: 8, maxWidth: 520 }}>
      <label className="label" htmlFor="outreach-kind">
        {t('what')}
      </label>
      <select id="outreach-kind" name="kind" className="input" defaultValue="MESSAGED">
        {OUTREACH_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </select>
      <label className="label" htmlFor="outreach-note">
        {t('note')}
      </label>
      <textarea id="outreach-note" name="note" className="input" rows={2} maxLength={500} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('saving') : t('record')}
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
