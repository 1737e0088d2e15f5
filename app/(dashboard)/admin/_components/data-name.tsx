import type { ReactNode } from 'react';

/**
 * An accessible name that includes user data (a site key or name, an e-mail): the text sits in a
 * hidden element the control points at with aria-labelledby, so the data part can carry
 * translate="no" (an aria-label attribute cannot mark part of itself).
 */
export function DataName({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span id={id} hidden>
      {children}
    </span>
  );
}

/** The rich-text tag for the data inside such a name (and anywhere else in a message). */
export const dataTag = (chunks: ReactNode) => <span translate="no">{chunks}</span>;
