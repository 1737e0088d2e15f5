// Redacts personal data from anything a page can send us: visible text, URLs, error messages and
// props. One function for all strings, because URLs turn up inside text (stacks, messages) and
// text turns up inside URLs (search queries).

// Query/fragment parameters whose values are credentials, whatever else surrounds their name.
const SENSITIVE_PARAM = /([?&#;](?:[^=&#;\s]*?(?:password|passwd|pwd|token|secret|api[_-]?key)[^=&#;\s]*)=)[^&#;\s]*/gi;
const SENSITIVE_KEY = /password|passwd|pwd|token|secret|api[_-]?key/i;
// `%40` catches an address that was percent-encoded into a URL.
const EMAIL = /[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 13–19 digits, optionally grouped by spaces or dashes. Card networks start with 2–6, which keeps
// millisecond timestamps (1…) out; the Luhn check below weeds out the rest.
const CARD_CANDIDATE = /(?<![\d.])[2-6](?:(?:[ -]|%20)?\d){12,18}(?![\d])/g;
const SSN = /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g;

export const REDACTED = '[redacted]';

export function luhnValid(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

export function redact(value: string): string {
  if (!value) return value;
  // Each pattern only runs when the string could hold a match: most text (paths, titles,
  // element names) has no '=', '@' or long digit runs, and ingest redacts every string it stores.
  let out = value;
  if (out.includes('=')) out = out.replace(SENSITIVE_PARAM, `$1${REDACTED}`);
  if (out.includes('@') || out.includes('%40')) out = out.replace(EMAIL, '[email]');
  const digits = digitCount(out);
  if (digits >= 13)
    out = out.replace(CARD_CANDIDATE, (match) => (luhnValid(match.replace(/%20/g, '').replace(/\D/g, '')) ? '[card]' : match));
  if (digits >= 9 && out.includes('-')) out = out.replace(SSN, '[ssn]');
  return out;
}

export function redactOptional(value: string | null | undefined): string | null {
  return value == null ? null : redact(value);
}

type Primitive = string | number | boolean | null;

/** Values under credential-like keys are dropped whole; every other string is redacted. */
export function redactProps(props: Record<string, Primitive> | undefined): Record<string, Primitive> | null {
  if (!props) return null;
  const out: Record<string, Primitive> = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = SENSITIVE_KEY.test(key) ? REDACTED : typeof value === 'string' ? redact(value) : value;
  }
  return out;
}
