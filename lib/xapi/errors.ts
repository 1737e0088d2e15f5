// xAPI answers errors with a status the specification fixes per rule (400, 401, 403, 404, 409,
// 412, 428) and a message naming the rule; the body keeps Pathwise's { error: { code, message } }.
export class XapiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'XapiError';
  }
}

const CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  428: 'precondition_required',
};

export const bad = (message: string) => new XapiError(400, message);

export function xapiErrorBody(error: XapiError): { error: { code: string; message: string } } {
  return { error: { code: CODES[error.status] ?? 'error', message: error.message } };
}
