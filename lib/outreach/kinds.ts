// What staff can record about a student, and how the page says it. Client-safe.
export const OUTREACH_KINDS = ['MESSAGED', 'CALLED_PARENT', 'MET', 'NOT_USEFUL', 'NOTE'] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_LABELS: Record<OutreachKind, string> = {
  MESSAGED: 'Messaged the student',
  CALLED_PARENT: 'Called a parent',
  MET: 'Met the student',
  NOT_USEFUL: 'Marked the alert not useful',
  NOTE: 'Note',
};

/** Short words for the Students list's "Contacted" column. */
export const CONTACT_WORDS: Record<OutreachKind, string> = {
  MESSAGED: 'messaged',
  CALLED_PARENT: 'called parent',
  MET: 'met',
  NOT_USEFUL: 'not useful',
  NOTE: 'note',
};
