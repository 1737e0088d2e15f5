// multipart/mixed for statements with attachments: the first part is the statement JSON, each
// further part one attachment's raw bytes, named by its X-Experience-API-Hash (the sha2 of the
// attachment it belongs to). Also writes such a body for GET ?attachments=true.
import { randomBytes } from 'node:crypto';
import { bad } from './errors';

export type Part = { headers: Headers; body: Buffer };

export function boundaryOf(contentType: string): string | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function parseHeaders(text: string): Headers {
  const headers = new Headers();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) throw bad('multipart body: the boundary is missing');
  for (;;) {
    const start = position + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) throw bad('multipart body: the closing boundary is missing');
    let chunk = body.subarray(start, next);
    chunk = chunk.subarray(chunk.indexOf('\n') + 1);
    let split = chunk.indexOf('\r\n\r\n');
    let gap = 4;
    if (split < 0) {
      split = chunk.indexOf('\n\n');
      gap = 2;
    }
    if (split < 0) throw bad('multipart body: a part has no header block');
    let content = chunk.subarray(split + gap);
    if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
    else if (content.subarray(-1).toString() === '\n') content = content.subarray(0, -1);
    parts.push({ headers: parseHeaders(chunk.subarray(0, split).toString('utf8')), body: content });
    position = next;
  }
  return parts;
}

export function multipartResponse(json: unknown, attachments: { contentType: string; sha2: string; content: Buffer }[]): Response {
  const boundary = `pathwise-${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [Buffer.from(`--${boundary}\r\nContent-Type: application/json\r\n\r\n${JSON.stringify(json)}\r\n`)];
  for (const a of attachments) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Type: ${a.contentType}\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: ${a.sha2}\r\n\r\n`,
      ),
      a.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return new Response(Buffer.concat(chunks), { headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` } });
}
