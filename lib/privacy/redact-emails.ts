// Anonymisation removes e-mail addresses from the free text an old event still carries (URL,
// title, referrer, element text and props). Ingest already redacts them on the way in; this is
// the second line of defence for rows written before that, by imports, or by server events.

export const EMAIL_PLACEHOLDER = '[email]';

// local@domain.tld, also when the @ was percent-encoded into a URL (%40) or a query value.
const EMAIL_LIKE = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi;

export function redactEmails(text: string): string {
  return text.replace(EMAIL_LIKE, EMAIL_PLACEHOLDER);
}

/** Walks any JSON value and redacts every string in it, keys included (props keys are free text too). */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redactEmails(value);
  if (Array.isArray(value)) return value.map(redactJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [redactEmails(key), redactJson(item)]));
  }
  return value;
}

/** Cheap pre-check mirrored by the SQL candidate filter: text that might hold an address. */
export function mightHoldEmail(text: string | null): boolean {
  return text !== null && (text.includes('@') || text.toLowerCase().includes('%40'));
}
