// Creating sites and rotating their server secrets from the admin page: validation, the unique
// key, the audit trail, and that a rotated secret replaces the old one at once.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ZodError } from 'zod';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { cleanup, createUser } from '@/lib/privacy/int-fixtures';
import { createSite } from './create-site';
import { rotateSiteSecret } from './secret';
import { hashSecret } from './secret-hash';

const users: string[] = [];
const keys: string[] = [];
after(async () => {
  const sites = await db.site.findMany({ where: { key: { in: keys } }, select: { id: true } });
  await cleanup(
    sites.map((site) => site.id),
    users,
  );
  await db.$disconnect();
});

async function admin() {
  const user = await createUser('ADMIN');
  users.push(user.id);
  return user;
}

const newKey = () => {
  const key = `it-${randomBytes(4).toString('hex')}`;
  keys.push(key);
  return key;
};

test('a valid site is created with normalised domains and audited', async () => {
  const actor = await admin();
  const key = newKey();
  const created = await createSite(actor, {
    name: '  Riverside Maths ',
    key: key.toUpperCase(),
    domains: 'Maths.Riverside.edu, *.riverside.edu\nlocalhost:3000, maths.riverside.edu',
  });
  assert.equal(created.key, key);
  const stored = await db.site.findUniqueOrThrow({ where: { id: created.id } });
  assert.equal(stored.name, 'Riverside Maths');
  assert.deepEqual(stored.domains, ['maths.riverside.edu', '*.riverside.edu', 'localhost:3000']);
  assert.equal(stored.respectDnt, true);
  assert.equal(stored.secretHash, null);
  const audit = await db.auditLog.findFirstOrThrow({ where: { target: `site:${key}` } });
  assert.deepEqual([audit.action, audit.actorId], ['site.create', actor.id]);
});

test('a key already in use is refused with 409 and nothing is audited', async () => {
  const actor = await admin();
  const key = newKey();
  await createSite(actor, { name: 'First', key, domains: 'a.test' });
  await assert.rejects(createSite(actor, { name: 'Second', key, domains: 'b.test' }), (error: unknown) => {
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 409);
    assert.match(error.message, new RegExp(`"${key}" is already used`));
    return true;
  });
  assert.equal(await db.site.count({ where: { key } }), 1);
  assert.equal(await db.auditLog.count({ where: { target: `site:${key}` } }), 1);
});

for (const [what, input, message] of [
  ['a key with spaces', { name: 'X', key: 'two words', domains: 'a.test' }, /lowercase letters, digits and dashes/],
  ['no domains', { name: 'X', key: 'no-domains', domains: ' , ' }, /at least one domain/],
  ['a URL path as a domain', { name: 'X', key: 'bad-domain', domains: 'https://a.test/path' }, /Domains look like/],
  ['an empty name', { name: '   ', key: 'no-name', domains: 'a.test' }, /Give the site a name/],
] as const) {
  test(`${what} is refused with a readable message and stores nothing`, async () => {
    const actor = await admin();
    const before = await db.site.count();
    await assert.rejects(createSite(actor, input), (error: unknown) => {
      assert.ok(error instanceof ZodError);
      assert.match(error.issues.map((issue) => issue.message).join('; '), message);
      return true;
    });
    assert.equal(await db.site.count(), before);
  });
}

test('rotating a secret from the admin page stores only its hash, audits it and retires the old one', async () => {
  const actor = await admin();
  const key = newKey();
  const site = await createSite(actor, { name: 'Secret site', key, domains: 'a.test' });
  const first = await rotateSiteSecret(site.id, actor.id);
  const second = await rotateSiteSecret(site.id, actor.id);
  assert.notEqual(first.secret, second.secret);
  const stored = await db.site.findUniqueOrThrow({ where: { id: site.id }, select: { secretHash: true, secretHint: true } });
  assert.deepEqual(stored, { secretHash: hashSecret(second.secret), secretHint: second.hint });
  const audits = await db.auditLog.findMany({
    where: { target: `site:${key}`, action: 'site.rotate_secret' },
    orderBy: { createdAt: 'asc' },
  });
  assert.deepEqual(
    audits.map((audit) => audit.details),
    [{ hint: first.hint }, { hint: second.hint }],
  );
  assert.ok(audits.every((audit) => !JSON.stringify(audit.details).includes(second.secret.slice(8))));
  await assert.rejects(rotateSiteSecret('no-such-site', actor.id), /No site with id/);
});
