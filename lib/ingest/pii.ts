// Redacts personal data from anything a page can send us: visible text, URLs, error messages,
// element fields, props (keys and values, numbers included). One function for all strings,
// because URLs turn up inside text (stacks, messages) and text turns up inside URLs (search
// queries). The retention anonymiser runs the same functions over old rows.

// Query/fragment parameters whose values are credentials, whatever else surrounds their name.
const SENSITIVE_PARAM = /([?&#;](?:[^=&#;\s]*?(?:password|passwd|pwd|token|secret|api[_-]?key)[^=&#;\s]*)=)[^&#;\s]*/gi;
const SENSITIVE_KEY = /password|passwd|pwd|token|secret|api[_-]?key/i;
// `%40` catches an address that was percent-encoded into a URL. The local part takes every
// character an address may hold except the URL delimiters (/ ? = & #), so a query keeps its
// shape; it may be empty, so an unusual local part still loses the @domain that identifies it.
const EMAIL = /[A-Za-z0-9.!$%'*+^_`{|}~-]*(?:@|%40)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gi;
// A run of digit groups joined by single separators: "4111 1111-1111.1111", "4111%201111…"; it
// never starts inside a percent-escape, so the "20" of "%20" is not taken for digits.
const DIGIT_RUN = /(?<!%\d?)\d+(?:(?:[ .-]|%20)\d+)*/g;
const GROUP = /(?:[ .-]|%20)?(\d+)/g;
const SSN = /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g;

export const REDACTED = '[redacted]';
export const CARD = '[card]';

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

/**
 * Card networks start with 2–6, which keeps millisecond timestamps (1…) out; the Luhn check
 * weeds out most of the rest.
 */
const cardLike = (digits: string) => digits.length >= 13 && digits.length <= 19 && /^[2-6]/.test(digits) && luhnValid(digits);

function digitCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * Within one run of digit groups, any consecutive groups that together spell a card number are
 * replaced, so neither a neighbouring number ("qty 2 4111 1111 …") nor dots as separators hide it.
 */
function redactCardsInRun(run: string): string {
  const groups = [...run.matchAll(GROUP)].map((m) => {
    const start = m.index + m[0].length - m[1]!.length;
    return { digits: m[1]!, start, end: m.index + m[0].length };
  });
  const spans: [number, number][] = [];
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]!.digits;
      if (digits.length > 19) break;
      if (cardLike(digits)) {
        spans.push([groups[i]!.start, groups[j]!.end]);
        i = j;
        break;
      }
    }
  }
  let out = run;
  for (const [start, end] of spans.reverse()) out = out.slice(0, start) + CARD + out.slice(end);
  return out;
}

export function redact(value: string): string {
  if (!value) return value;
  // Each pattern only runs when the string could hold a match: most text (paths, titles,
  // element names) has no '=', '@' or long digit runs, and ingest redacts every string it stores.
  let out = value;
  if (out.includes('=')) out = out.replace(SENSITIVE_PARAM, `$1${REDACTED}`);
  if (out.includes('@') || /%40/i.test(out)) out = out.replace(EMAIL, '[email]');
  const digits = digitCount(out);
  if (digits >= 13) out = out.replace(DIGIT_RUN, (run) => (digitCount(run) >= 13 ? redactCardsInRun(run) : run));
  if (digits >= 9 && out.includes('-')) out = out.replace(SSN, '[ssn]');
  return out;
}

export function redactOptional(value: string | null | undefined): string | null {
  return value == null ? null : redact(value);
}

/**
 * A number is written out as JSON would; if that reads as a card number it becomes "[card]".
 * Integers past 2^53 have lost their real digits, so a card-length one starting 2–6 is
 * redacted without the Luhn check: what was sent may have been a card.
 */
export function redactNumber(value: number): number | string {
  if (!Number.isFinite(value)) return value;
  const text = String(Math.abs(value));
  if (Number.isInteger(value) && !Number.isSafeInteger(value) && /^[2-6]\d{15,18}$/.test(text)) return CARD;
  return redact(text) === text ? value : CARD;
}

type Primitive = string | number | boolean | null;

/** Values under credential-like keys are dropped whole; every other key and value is redacted. */
export function redactProps(props: Record<string, Primitive> | undefined): Record<string, Primitive> | null {
  if (!props) return null;
  const out: Record<string, Primitive> = {};
  for (const [key, value] of Object.entries(props)) {
    out[redact(key)] = SENSITIVE_KEY.test(key)
      ? REDACTED
      : typeof value === 'string'
        ? redact(value)
        : typeof value === 'number'
          ? redactNumber(value)
          : value;
  }
  return out;
}

/** Any JSON value (stored props, imports): every string, key and number, at any depth. */
export function redactJson(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value === 'number') return redactNumber(value);
  if (Array.isArray(value)) return value.map(redactJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, item]) => [redact(key), redactJson(item)]));
  }
  return value;
}
