// PUT /statements?statementId= (one statement, 204) and POST /statements (one or many, 200 with
// their ids), as JSON or multipart/mixed with attachments. Everything is validated before
// anything is stored, and stored together.
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import type { LrsClient } from './auth';
import { bad, XapiError } from './errors';
import { boundaryOf, parseMultipart, type Part } from './multipart';
import { prepareStatement } from './prepare';
import type { XapiRequest } from './request';
import { checkSignature, SIGNATURE_USAGE } from './signature';
import { storeStatements } from './store';
import { validateStatement } from './validate/statement';
import { isObject, uuid, type Json } from './validate/primitives';
import { onStatementsStored } from './hooks';

type Attachment = { contentType: string; sha2: string; content: Buffer };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw bad('the body is not valid JSON');
  }
}

function readStatements(request: XapiRequest): { statements: unknown[]; batch: boolean; parts: Part[] } {
  const type = (request.headers.get('content-type') ?? 'application/json').toLowerCase();
  let json: string;
  let parts: Part[] = [];
  if (type.startsWith('multipart/mixed')) {
    const boundary = boundaryOf(type);
    if (!boundary) throw bad('multipart/mixed needs a boundary');
    const all = parseMultipart(request.body, boundary);
    const first = all[0];
    if (!first || !(first.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      throw bad('the first part of a multipart body must be the statements as application/json');
    }
    json = first.body.toString('utf8');
    parts = all.slice(1);
  } else if (type.startsWith('application/json')) {
    json = request.body.toString('utf8');
  } else {
    throw bad(`Content-Type ${type} is not accepted; send application/json or multipart/mixed`);
  }
  if (!json.trim()) throw bad('the body is empty; expected a statement or an array of statements');
  const body = parseJson(json);
  return Array.isArray(body) ? { statements: body, batch: true, parts } : { statements: [body], batch: false, parts };
}

/** Every listed attachment without a fileUrl needs its part, and every part a listed attachment. */
function matchAttachments(statements: Json[], parts: Part[]): Attachment[] {
  const byHash = new Map<string, Part>();
  for (const part of parts) {
    const hash = part.headers.get('x-experience-api-hash');
    if (!hash) throw bad('every attachment part needs an X-Experience-API-Hash header');
    const encoding = part.headers.get('content-transfer-encoding');
    if (encoding && encoding.toLowerCase() !== 'binary') throw bad('attachment parts must use Content-Transfer-Encoding: binary');
    if (
      createHash(hash.length === 64 ? 'sha256' : hash.length === 96 ? 'sha384' : 'sha512')
        .update(part.body)
        .digest('hex') !== hash.toLowerCase()
    ) {
      throw bad(`attachment part ${hash}: its content does not match its hash`);
    }
    byHash.set(hash.toLowerCase(), part);
  }
  const used = new Set<string>();
  const attachments: Attachment[] = [];
  for (const statement of statements) {
    for (const listed of (statement.attachments as Json[] | undefined) ?? []) {
      const sha2 = String(listed.sha2).toLowerCase();
      const part = byHash.get(sha2);
      if (listed.usageType === SIGNATURE_USAGE) {
        if (listed.contentType !== 'application/octet-stream')
          throw bad('a signature attachment must have contentType application/octet-stream');
        if (!part) throw bad('a signature attachment must be sent in the request');
        checkSignature(statement, part.body);
      }
      if (!part) {
        if (listed.fileUrl === undefined) throw bad(`attachment ${sha2} has no fileUrl and no part in the request`);
        continue;
      }
      used.add(sha2);
      attachments.push({ contentType: String(listed.contentType), sha2, content: part.body });
    }
  }
  for (const hash of byHash.keys()) if (!used.has(hash)) throw bad(`attachment part ${hash} is not listed by any statement`);
  return attachments;
}

async function store(request: XapiRequest, client: LrsClient, statements: unknown[], parts: Part[]): Promise<string[]> {
  statements.forEach((statement, i) =>
    validateStatement(statement, request.version, statements.length > 1 ? `statement[${i}]` : 'statement'),
  );
  const attachments = matchAttachments(statements as Json[], parts);
  const stored = new Date();
  const prepared = (statements as Json[]).map((statement) => prepareStatement(statement, client, request.version, stored));
  if (attachments.length) {
    await db.$transaction(
      attachments.map((a) =>
        db.xapiAttachment.upsert({
          where: { siteId_sha2: { siteId: client.siteId, sha2: a.sha2 } },
          create: { siteId: client.siteId, sha2: a.sha2, contentType: a.contentType, content: new Uint8Array(a.content) },
          update: {},
        }),
      ),
    );
  }
  const fresh = await storeStatements(client.siteId, prepared);
  await onStatementsStored(client, fresh);
  return prepared.map((s) => s.statementId);
}

export async function putStatement(request: XapiRequest, client: LrsClient): Promise<Response> {
  const id = request.params.get('statementId');
  if (id === null) throw bad('PUT /statements needs the statementId parameter');
  const statementId = uuid(id, 'statementId').toLowerCase();
  for (const key of request.params.keys()) if (key !== 'statementId') throw bad(`PUT /statements does not take the ${key} parameter`);
  const { statements, batch, parts } = readStatements(request);
  if (batch) throw bad('PUT /statements takes one statement, not an array');
  const statement = statements[0];
  if (isObject(statement)) {
    if (statement.id !== undefined && String(statement.id).toLowerCase() !== statementId)
      throw bad('statement.id differs from the statementId parameter');
    statement.id = statement.id ?? statementId;
  }
  await store(request, client, [statement], parts);
  return new Response(null, { status: 204 });
}

export async function postStatements(request: XapiRequest, client: LrsClient): Promise<Response> {
  if ([...request.params.keys()].length > 0) throw bad('POST /statements takes no parameters');
  const { statements, parts } = readStatements(request);
  if (statements.length === 0) throw bad('the batch is empty');
  if (statements.length > 5_000) throw new XapiError(413, 'send at most 5,000 statements per request');
  return Response.json(await store(request, client, statements, parts));
}
