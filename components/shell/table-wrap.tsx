import type { ReactNode } from 'react';

/**
 * The one wrapper for a table that may scroll sideways (a phone, a wide table): a named region
 * in the tab order, so keyboard users can focus it and scroll with the arrow keys (WCAG 2.1.1).
 */
export function TableWrap({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={className ? `table-wrap ${className}` : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
