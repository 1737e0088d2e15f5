// Reads a request body as JSON without trusting its Content-Length: the declared size is checked
// first (cheap refusal), then the bytes actually read, and reading stops at the limit.
import { HttpError } from './errors';

export function tooLarge(limit: number): HttpError {
  return new HttpError('payload_too_large', `The body is larger than ${limit} bytes; send fewer events per batch.`);
}

export async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** The SDK sends text/plain (no CORS preflight), so the content type is not required to be JSON. */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  return parseJsonText(await readLimitedText(request, limit));
}

/** A body's text as JSON: 400 invalid_json when empty or unreadable. */
export function parseJsonText(text: string): unknown {
  // \S is what trim() keeps; testing for it copies nothing.
  if (!/\S/.test(text)) throw new HttpError('invalid_json', 'The body is empty; expected a JSON batch.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    throw new HttpError('invalid_json', `The body is not valid JSON: ${detail}`);
  }
}
