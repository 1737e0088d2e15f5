// A statement's fingerprint for "same id, same statement?": keys sorted, and without what the LRS
// adds or may rewrite (id, stored, authority, version), so an identical re-send is a no-op.
// The text hashed is exactly JSON.stringify of a key-sorted copy (stored fingerprints depend on
// it), but written in one pass: building the sorted copy first cost ~2 µs more a statement.
import { createHash } from 'node:crypto';

const SKIPPED = new Set(['id', 'stored', 'authority', 'version']);

// Objects list integer-like keys first, in numeric order, whatever the order they were added in,
// so the sorted copy had them first too.
const INDEX = /^(?:0|[1-9]\d*)$/;
const isIndex = (key: string) => INDEX.test(key) && Number(key) < 4_294_967_295;

function keyOrder(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some(isIndex)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((key) => !isIndex(key))];
}

/** JSON.stringify's text for `value` with every object's keys in sorted order; undefined as it does. */
export function sortedJson(value: unknown, skip?: ReadonlySet<string>): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (sortedJson(value[i]) ?? 'null');
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of keyOrder(record)) {
    if (skip?.has(key)) continue;
    const text = sortedJson(record[key]);
    if (text === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${text}`;
    first = false;
  }
  return `${out}}`;
}

export function receivedHash(statement: Record<string, unknown>): string {
  return createHash('sha256')
    .update(sortedJson(statement, SKIPPED) ?? '')
    .digest('hex');
}
