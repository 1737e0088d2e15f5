// Who a statement is about: a platform user by account (the credential's homePage, name =
// User.externalId) or by e-mail (mbox, or mbox_sha1sum of a known user's address), else an
// unknown learner, kept as a visitor of the site under a stable id derived from the agent.
import { createHash } from 'node:crypto';
import { db } from '@/lib/db';
import { agentKey } from '../agent-key';
import { isObject } from '../validate/primitives';

export type Learner = { userId: string | null; anonId: string };

const trimSlash = (url: string) => url.replace(/\/+$/, '').toLowerCase();
const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export function anonIdFor(actor: unknown): string {
  return `xapi-${createHash('sha256')
    .update(agentKey(actor) ?? JSON.stringify(actor))
    .digest('base64url')
    .slice(0, 22)}`;
}

export async function resolveLearner(actor: unknown, homePage: string | null, cache: Map<string, Learner>): Promise<Learner> {
  const key = agentKey(actor) ?? JSON.stringify(actor);
  const hit = cache.get(key);
  if (hit) return hit;
  let userId: string | null = null;
  if (isObject(actor)) {
    const account = isObject(actor.account) ? actor.account : null;
    if (account && homePage && trimSlash(String(account.homePage)) === trimSlash(homePage)) {
      userId = (await db.user.findUnique({ where: { externalId: String(account.name) }, select: { id: true } }))?.id ?? null;
    } else if (typeof actor.mbox === 'string') {
      userId =
        (await db.user.findUnique({ where: { email: actor.mbox.replace(/^mailto:/i, '').toLowerCase() }, select: { id: true } }))?.id ??
        null;
    } else if (typeof actor.mbox_sha1sum === 'string') {
      userId = await userBySha1(actor.mbox_sha1sum.toLowerCase());
    }
  }
  const learner = { userId, anonId: anonIdFor(actor) };
  cache.set(key, learner);
  return learner;
}

/** mbox_sha1sum hides the address; compare against the students' (one read per process). */
let sha1Index: { at: number; map: Map<string, string> } | null = null;
async function userBySha1(hash: string): Promise<string | null> {
  if (!sha1Index || Date.now() - sha1Index.at > 60_000) {
    const users = await db.user.findMany({ where: { role: 'STUDENT' }, select: { id: true, email: true } });
    sha1Index = { at: Date.now(), map: new Map(users.map((user) => [sha1(`mailto:${user.email.toLowerCase()}`), user.id])) };
  }
  return sha1Index.map.get(hash) ?? null;
}
