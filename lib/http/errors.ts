// The one error shape every route answers with, { error: { code, message } }, and every code in
// one place with its HTTP status: one name per meaning, so a client can switch on it.
import { ZodError } from 'zod';

export const ERROR_STATUS = {
  /** A parameter, field or body is wrong; the message names it. */
  invalid_request: 400,
  /** The body is empty or not JSON. */
  invalid_json: 400,
  /** An event's time is too far in the past or future. */
  invalid_timestamp: 400,
  /** An export destination whose endpoint resolves to a loopback, link-local or private address. */
  destination_not_allowed: 400,
  /** A destructive action's typed confirmation does not match. */
  confirmation_mismatch: 400,
  /** No signed-in session. */
  unauthenticated: 401,
  /** A server call without a valid site secret. */
  unauthorized: 401,
  /** Signed in, but this is not theirs to see or do. */
  forbidden: 403,
  /** A browser batch from a page outside the site's domains. */
  origin_not_allowed: 403,
  /** A site secret used for another site's batch. */
  site_mismatch: 403,
  /** No site with that key (or id). */
  unknown_site: 404,
  /** The account has no site yet (pages show an empty state). */
  no_site: 404,
  /** No student with that id visible to the caller (unknown and someone else's look the same). */
  student_not_found: 404,
  user_not_found: 404,
  visitor_not_found: 404,
  /** No kept digest with that id (Admin → Notifications preview). */
  digest_not_found: 404,
  method_not_allowed: 405,
  export_in_progress: 409,
  site_key_taken: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  overloaded: 503,
  shutting_down: 503,
  sdk_not_built: 503,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type ErrorBody = { error: { code: ErrorCode; message: string } };

export class HttpError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = ERROR_STATUS[code];
  }
}

export function errorResponse(code: ErrorCode, message: string, headers: HeadersInit = {}): Response {
  const body: ErrorBody = { error: { code, message } };
  return Response.json(body, { status: ERROR_STATUS[code], headers });
}

/** Names every failing parameter, e.g. `from: Invalid date; site: Required`. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`).join('; ');
}

/** What any thrown value answers with: its code, message and extra headers (unknown ones are logged). */
export function errorParts(error: unknown): { code: ErrorCode; message: string; headers: Record<string, string> } {
  if (error instanceof HttpError) return { code: error.code, message: error.message, headers: error.headers };
  if (error instanceof ZodError) return { code: 'invalid_request', message: describeZodError(error), headers: {} };
  console.error('[pathwise] unhandled route error', error);
  return { code: 'internal_error', message: 'Something went wrong on our side. The error has been logged.', headers: {} };
}

export function toErrorResponse(error: unknown): Response {
  const { code, message, headers } = errorParts(error);
  return errorResponse(code, message, headers);
}
