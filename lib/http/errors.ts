// The one error shape every route answers with: { error: { code, message } }.
import { ZodError } from 'zod';

export type ErrorBody = { error: { code: string; message: string } };

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorResponse(status: number, code: string, message: string, headers: HeadersInit = {}): Response {
  const body: ErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers });
}

/** Names every failing parameter, e.g. `from: Invalid date; site: Required`. */
export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : 'body'}: ${issue.message}`).join('; ');
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) return errorResponse(error.status, error.code, error.message, error.headers);
  if (error instanceof ZodError) return errorResponse(400, 'invalid_request', describeZodError(error));
  console.error('[pathwise] unhandled route error', error);
  return errorResponse(500, 'internal_error', 'Something went wrong on our side. The error has been logged.');
}
