// The xAPI data types (IRI, UUID, language map, timestamp, duration, mailto) and a small checker
// that names the property path and the rule it breaks in every 400.
import { bad } from '../errors';

export type Json = Record<string, unknown>;

export function fail(path: string, rule: string): never {
  throw bad(`${path}: ${rule}`);
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function object(value: unknown, path: string): Json {
  if (!isObject(value)) fail(path, 'must be a JSON object');
  return value;
}

/** Properties are case sensitive and the specification's lists are closed. */
export function only(value: Json, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`${path}.${key}`, `is not a property of ${path} (allowed: ${allowed.join(', ')})`);
  }
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') fail(path, 'must be a string');
  return value;
}

export function boolean(value: unknown, path: string): boolean {
  if (typeof value !== 'boolean') fail(path, 'must be true or false');
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a number');
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function uuid(value: unknown, path: string): string {
  if (!isUuid(value)) fail(path, 'must be a UUID in its standard string form');
  return value;
}

const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
export const isIri = (value: unknown): value is string => typeof value === 'string' && IRI.test(value);

export function iri(value: unknown, path: string): string {
  if (!isIri(value)) fail(path, 'must be an absolute IRI (a scheme, then no spaces)');
  return value;
}

const LANGUAGE_TAG = /^(?:[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*|[xX](?:-[A-Za-z0-9]{1,8})+|i-[A-Za-z]{1,8})$/;
export const isLanguageTag = (value: string) => LANGUAGE_TAG.test(value);

export function languageMap(value: unknown, path: string): void {
  const map = object(value, path);
  for (const [tag, text] of Object.entries(map)) {
    if (!isLanguageTag(tag)) fail(`${path}.${tag}`, 'language map keys must be RFC 5646 language tags');
    string(text, `${path}.${tag}`);
  }
}

export function extensions(value: unknown, path: string): void {
  const map = object(value, path);
  for (const key of Object.keys(map)) if (!isIri(key)) fail(`${path}.${key}`, 'extension keys must be IRIs');
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

export function timestamp(value: unknown, path: string): Date {
  const text = string(value, path);
  const match = TIMESTAMP.exec(text);
  if (!match) fail(path, 'must be an ISO 8601 timestamp (e.g. 2026-03-01T09:30:00.000Z)');
  const zone = match[8] ?? '';
  if (/^-00(:?00)?$/.test(zone)) fail(path, 'must not use the offset -00:00 (RFC 3339); use Z or +00:00');
  const [month = 0, day = 0, hour = 0, minute = 0, second = 0] = [match[2], match[3], match[4], match[5], match[6]].map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) fail(path, 'is not a real date and time');
  const normalised =
    zone === ''
      ? `${text}Z`
      : zone.length === 5 && !zone.includes(':')
        ? `${text.slice(0, -2)}:${zone.slice(-2)}`
        : zone.length === 3
          ? `${text}:00`
          : text;
  const date = new Date(normalised);
  if (Number.isNaN(date.getTime())) fail(path, 'is not a real date and time');
  return date;
}

const DURATION =
  /^P(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?W)?(?:\d+(?:\.\d+)?D)?(?:T(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?$/;

export function duration(value: unknown, path: string): void {
  const text = string(value, path);
  if (!DURATION.test(text) || text === 'P' || text.endsWith('T') || (text.includes('W') && !/^P\d+(?:\.\d+)?W$/.test(text)))
    fail(path, 'must be an ISO 8601 duration (e.g. PT1H30M)');
}

const MAILTO = /^mailto:[^\s@]+@[^\s@]+$/i;
export function mailto(value: unknown, path: string): string {
  const text = string(value, path);
  if (!MAILTO.test(text)) fail(path, 'must be mailto: followed by an e-mail address');
  return text;
}

/** Nulls are refused anywhere but inside extensions (their values are free JSON). */
export function noNulls(value: unknown, path: string): void {
  if (value === null) fail(path, 'must not be null');
  if (Array.isArray(value)) value.forEach((item, i) => noNulls(item, `${path}[${i}]`));
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) if (key !== 'extensions') noNulls(child, `${path}.${key}`);
  }
}
