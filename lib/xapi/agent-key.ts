// One string per Agent or identified Group (its inverse functional identifier), the value the
// `agent` filter, documents and actor columns compare on. Anonymous Groups have none.
import { isObject, type Json } from './validate/primitives';

export function agentKey(value: unknown): string | null {
  if (!isObject(value)) return null;
  if (typeof value.mbox === 'string') return `mbox:${value.mbox.toLowerCase()}`;
  if (typeof value.mbox_sha1sum === 'string') return `sha1:${value.mbox_sha1sum.toLowerCase()}`;
  if (typeof value.openid === 'string') return `openid:${value.openid}`;
  if (isObject(value.account)) return `account:${String(value.account.homePage)}|${String(value.account.name)}`;
  return null;
}

/** The keys an actor stands for: itself (if identified) and every member of a Group. */
export function agentKeys(value: unknown): string[] {
  const keys: string[] = [];
  const own = agentKey(value);
  if (own) keys.push(own);
  if (isObject(value) && Array.isArray(value.member)) {
    for (const member of value.member) {
      const key = agentKey(member);
      if (key) keys.push(key);
    }
  }
  return keys;
}

/** The actor column: an anonymous Group is known by its sorted members. */
export function actorColumn(actor: Json): string {
  return agentKey(actor) ?? `group:${agentKeys(actor).sort().join(',')}`;
}
