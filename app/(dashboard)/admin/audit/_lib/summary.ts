// One readable line per audit entry's details, for the audit table; the full JSON sits beside it.

const scalar = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/**
 * `before`/`after` objects (settings changes) become "field: old → new"; anything else becomes
 * "key: value" pairs, in the order they were recorded.
 */
export function summariseDetails(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object' || Array.isArray(details)) return scalar(details);
  const record = details as Record<string, unknown>;
  const { before, after } = record;
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .map((key) => `${key}: ${scalar((before as Record<string, unknown>)[key])} → ${scalar((after as Record<string, unknown>)[key])}`)
      .join('; ');
  }
  return Object.entries(record)
    .map(([key, value]) => `${key}: ${scalar(value)}`)
    .join('; ');
}

/** `?action=…&page=…` for the audit page; page 1 and "all actions" are left out. */
export function auditHref(action: string | undefined, page: number): string {
  const params = new URLSearchParams();
  if (action) params.set('action', action);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : '/admin/audit';
}
