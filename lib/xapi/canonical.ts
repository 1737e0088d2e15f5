// A statement's fingerprint for "same id, same statement?": keys sorted, and without what the LRS
// adds or may rewrite (id, stored, authority, version), so an identical re-send is a no-op.
import { createHash } from 'node:crypto';
import { isObject } from './validate/primitives';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted(value[key])]),
  );
}

export function receivedHash(statement: Record<string, unknown>): string {
  const { id: _id, stored: _stored, authority: _authority, version: _version, ...rest } = statement;
  void [_id, _stored, _authority, _version];
  return createHash('sha256')
    .update(JSON.stringify(sorted(rest)))
    .digest('hex');
}
