import type { ReactNode } from 'react';

/**
 * The one notice: a sentence above a page's content, e.g. a filter that was ignored. `alert` for
 * something that went wrong and needs attention; otherwise a polite status.
 */
export function Notice({ children, alert = false }: { children: ReactNode; alert?: boolean }) {
  return (
    <p className="notice" role={alert ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
