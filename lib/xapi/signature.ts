// Signed statements: the signature attachment must be a compact JWS (RS256/384/512) whose payload
// is the statement itself. The payload is compared on the statement's fingerprint without its
// attachments (the signature cannot list itself) and without what the LRS adds.
import { receivedHash } from './canonical';
import { bad } from './errors';
import { isObject, type Json } from './validate/primitives';

export const SIGNATURE_USAGE = 'http://adlnet.gov/expapi/attachments/signature';

function decode(segment: string, what: string): Json {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    if (isObject(value)) return value;
  } catch {
    // fall through to the refusal below
  }
  throw bad(`signature attachment: the JWS ${what} is not a JSON object`);
}

/** 2.0.0 lets an LRS keep durations to hundredths of a second, so signatures compare them so. */
function truncatedDurations(statement: Json): Json {
  const cut = (value: unknown) => (typeof value === 'string' ? value.replace(/(\d+\.\d{2})\d*S$/, '$1S') : value);
  const withResult = (s: Json): Json =>
    isObject(s.result) && s.result.duration !== undefined ? { ...s, result: { ...s.result, duration: cut(s.result.duration) } } : s;
  const out = withResult(statement);
  return isObject(out.object) && out.object.objectType === 'SubStatement' ? { ...out, object: withResult(out.object) } : out;
}

export function checkSignature(statement: Json, content: Buffer): void {
  const segments = content.toString('utf8').trim().split('.');
  if (segments.length !== 3 || segments.some((s) => !/^[A-Za-z0-9_-]*$/.test(s))) throw bad('signature attachment: must be a compact JWS');
  const [head = '', body = ''] = segments;
  const header = decode(head, 'header');
  if (!['RS256', 'RS384', 'RS512'].includes(String(header.alg)))
    throw bad('signature attachment: the JWS alg must be RS256, RS384 or RS512');
  const payload = decode(body, 'payload');
  const { attachments: _a, ...signed } = payload;
  const { attachments: _b, ...sent } = statement;
  void [_a, _b];
  if (receivedHash(truncatedDurations(signed)) !== receivedHash(truncatedDurations(sent)))
    throw bad('signature attachment: the JWS payload does not match the statement');
}
