'use client';
import { useActionState } from 'react';
import { recordOutreachAction } from '@/app/(dashboard)/dashboard/students/[id]/actions';
import { ActionMessage } from '@/app/(dashboard)/admin/_components/action-message';
import { IDLE } from '@/app/(dashboard)/admin/_components/action-state';
import { OUTREACH_KINDS, OUTREACH_LABELS } from '@/lib/outreach/kinds';

/** What was done (messaged, called a parent, met, not useful, a note) with an optional short note. */
export function OutreachForm({ studentId }: { studentId: string }) {
  const [state, formAction, pending] = useActionState(recordOutreachAction.bind(null, studentId), IDLE);
  return (
    <form action={formAction} aria-label="Record an outreach" style={{ display: 'grid', gap: 8, maxWidth: 520 }}>
      <label className="label" htmlFor="outreach-kind">
        What happened
      </label>
      <select id="outreach-kind" name="kind" className="input" defaultValue="MESSAGED">
        {OUTREACH_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {OUTREACH_LABELS[kind]}
          </option>
        ))}
      </select>
      <label className="label" htmlFor="outreach-note">
        Short note (optional, staff only)
      </label>
      <textarea id="outreach-note" name="note" className="input" rows={2} maxLength={500} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Record'}
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
