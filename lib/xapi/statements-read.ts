// GET /statements: one statement by statementId / voidedStatementId, or a StatementResult page
// with the filters and a `more` link (an opaque cursor carrying the query), as JSON or, with
// attachments=true, multipart/mixed with the attachments' bytes.
import { db } from '@/lib/db';
import type { LrsClient } from './auth';
import { agentKey } from './agent-key';
import { bad, XapiError } from './errors';
import { acceptedLanguages, formatStatement, type StatementFormat } from './format';
import { multipartResponse } from './multipart';
import { queryStatements, type StatementFilters } from './query';
import type { XapiRequest } from './request';
import { agentOrGroup } from './validate/agents';
import { iri, timestamp, uuid, type Json } from './validate/primitives';

const FILTERS = [
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
];
const MAX_LIMIT = 500;
import { CONSISTENT_THROUGH } from './handler';

function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  if (value === null) return false;
  if (value !== 'true' && value !== 'false') throw bad(`${name} must be true or false`);
  return value === 'true';
}

function formatOf(params: URLSearchParams): StatementFormat {
  const format = params.get('format') ?? 'exact';
  if (format !== 'exact' && format !== 'ids' && format !== 'canonical') throw bad('format must be exact, ids or canonical');
  return format;
}

function agentParam(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw bad('agent: must be an Agent or Group as JSON');
  }
  agentOrGroup(value, 'agent');
  const key = agentKey(value);
  if (!key) throw bad('agent: must be identified (an anonymous Group cannot be searched for)');
  return key;
}

function filtersOf(params: URLSearchParams): StatementFilters {
  const limit = params.get('limit') === null ? 0 : Number(params.get('limit'));
  if (!Number.isInteger(limit) || limit < 0) throw bad('limit must be a non-negative integer');
  return {
    agent: params.has('agent') ? agentParam(params.get('agent') as string) : undefined,
    verb: params.has('verb') ? iri(params.get('verb'), 'verb') : undefined,
    activity: params.has('activity') ? iri(params.get('activity'), 'activity') : undefined,
    registration: params.has('registration') ? uuid(params.get('registration'), 'registration').toLowerCase() : undefined,
    relatedActivities: flag(params, 'related_activities'),
    relatedAgents: flag(params, 'related_agents'),
    since: params.has('since') ? timestamp(params.get('since'), 'since') : undefined,
    until: params.has('until') ? timestamp(params.get('until'), 'until') : undefined,
    ascending: flag(params, 'ascending'),
    limit: limit === 0 || limit > MAX_LIMIT ? MAX_LIMIT : limit,
  };
}

type Cursor = { q: string; after: number };

async function attachmentsFor(siteId: string, statements: Json[]) {
  const hashes = [
    ...new Set(statements.flatMap((s) => ((s.attachments as Json[] | undefined) ?? []).map((a) => String(a.sha2).toLowerCase()))),
  ];
  if (hashes.length === 0) return [];
  const rows = await db.xapiAttachment.findMany({ where: { siteId, sha2: { in: hashes } } });
  return rows.map((row) => ({ contentType: row.contentType, sha2: row.sha2, content: Buffer.from(row.content) }));
}

async function answer(siteId: string, body: unknown, statements: Json[], withAttachments: boolean, headers: Record<string, string>) {
  const response = withAttachments ? multipartResponse(body, await attachmentsFor(siteId, statements)) : Response.json(body);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

async function single(request: XapiRequest, client: LrsClient, name: 'statementId' | 'voidedStatementId'): Promise<Response> {
  for (const key of request.params.keys()) {
    if (key !== name && key !== 'format' && key !== 'attachments') throw bad(`${name} cannot be combined with ${key}`);
  }
  const id = uuid(request.params.get(name), name).toLowerCase();
  const format = formatOf(request.params);
  const withAttachments = flag(request.params, 'attachments');
  const row = await db.xapiStatement.findUnique({ where: { siteId_statementId: { siteId: client.siteId, statementId: id } } });
  if (!row || row.voided !== (name === 'voidedStatementId')) {
    throw new XapiError(
      404,
      name === 'statementId' ? `No statement ${id} (or it was voided: use voidedStatementId).` : `No voided statement ${id}.`,
    );
  }
  const statement = formatStatement(JSON.parse(row.json) as Json, format, acceptedLanguages(request.headers.get('accept-language')));
  return answer(client.siteId, statement, [statement], withAttachments, {
    'Last-Modified': row.stored.toUTCString(),
    [CONSISTENT_THROUGH]: new Date().toISOString(),
  });
}

export async function getStatements(request: XapiRequest, client: LrsClient): Promise<Response> {
  const params = request.params;
  if (params.has('statementId') && params.has('voidedStatementId')) throw bad('statementId and voidedStatementId cannot be combined');
  if (params.has('statementId')) return single(request, client, 'statementId');
  if (params.has('voidedStatementId')) return single(request, client, 'voidedStatementId');
  let query = params;
  let after: number | undefined;
  if (params.has('more')) {
    try {
      const cursor = JSON.parse(Buffer.from(params.get('more') as string, 'base64url').toString('utf8')) as Cursor;
      query = new URLSearchParams(cursor.q);
      after = Number(cursor.after);
    } catch {
      throw bad('more: not a link this LRS gave');
    }
  } else {
    for (const key of params.keys()) if (!FILTERS.includes(key)) throw bad(`${key} is not a parameter of GET /statements`);
  }
  const consistentThrough = new Date().toISOString();
  const filters = { ...filtersOf(query), after };
  const { rows, more } = await queryStatements(client.siteId, filters);
  const format = formatOf(query);
  const languages = acceptedLanguages(request.headers.get('accept-language'));
  const statements = rows.map((row) => formatStatement(JSON.parse(row.json) as Json, format, languages));
  const next = more
    ? Buffer.from(JSON.stringify({ q: query.toString(), after: rows[rows.length - 1]?.pk ?? 0 } satisfies Cursor)).toString('base64url')
    : '';
  const body = { statements, more: next ? `/xapi/statements?more=${next}` : '' };
  return answer(client.siteId, body, statements, flag(query, 'attachments'), { [CONSISTENT_THROUGH]: consistentThrough });
}
