// Document storage for the State, Activity Profile and Agent Profile resources, keyed by site,
// kind, activity, agent, registration and document id (empty string where a kind has no such
// part). The ETag is the quoted SHA-1 of the content.
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';

export type DocumentKind = 'state' | 'activity-profile' | 'agent-profile';
export type DocumentScope = { siteId: string; kind: DocumentKind; activityId: string; agent: string; registration: string };
export type StoredDocument = { documentId: string; contentType: string; content: Buffer; etag: string; updatedAt: Date };

export const etagOf = (content: Buffer) => `"${createHash('sha1').update(content).digest('hex')}"`;

const key = (scope: DocumentScope, documentId: string) => ({
  siteId_kind_activityId_agent_registration_documentId: { ...scope, documentId },
});

export async function findDocument(scope: DocumentScope, documentId: string): Promise<StoredDocument | null> {
  const row = await db.xapiDocument.findUnique({ where: key(scope, documentId) });
  return row
    ? { documentId, contentType: row.contentType, content: Buffer.from(row.content), etag: row.etag, updatedAt: row.updatedAt }
    : null;
}

export async function saveDocument(scope: DocumentScope, documentId: string, contentType: string, content: Buffer): Promise<void> {
  const data = { contentType, content: new Uint8Array(content), etag: etagOf(content), updatedAt: new Date() };
  await db.xapiDocument.upsert({ where: key(scope, documentId), create: { ...scope, documentId, ...data }, update: data });
}

export async function listDocumentIds(scope: DocumentScope, since?: Date): Promise<string[]> {
  const rows = await db.xapiDocument.findMany({
    where: { ...scope, ...(since ? { updatedAt: { gt: since } } : {}) },
    select: { documentId: true },
    orderBy: { updatedAt: 'asc' },
  });
  return rows.map((row) => row.documentId);
}

export async function deleteDocuments(scope: DocumentScope, documentId?: string): Promise<void> {
  await db.xapiDocument.deleteMany({ where: { ...scope, ...(documentId === undefined ? {} : { documentId }) } });
}
