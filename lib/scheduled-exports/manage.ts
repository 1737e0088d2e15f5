// Creating, switching, running and removing destinations; the admin page's server actions call
// these; each checks the admin itself. The secret is sealed before it reaches the database and never read back out.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { HttpError } from '@/lib/http/errors';
import { deliverDestination, type DeliveryReport } from './deliver';
import { assertPublicEndpoint, DestinationNotAllowed } from './endpoint-guard';
import type { DestinationInput } from './schema';
import { sealSecret } from './secret-box';

/** The admin learns that the endpoint is refused and why in general; which addresses it resolved to goes to the log. */
async function refusePrivateEndpoint(admin: SessionUser, endpoint: string): Promise<void> {
  try {
    await assertPublicEndpoint(endpoint);
  } catch (error) {
    if (!(error instanceof DestinationNotAllowed)) throw error;
    console.warn(`[pathwise] destination endpoint refused for ${admin.email}: ${error.message}`);
    throw new HttpError(
      'destination_not_allowed',
      'This endpoint is not allowed: destinations must be reachable on the public internet, not loopback, link-local or private addresses. ' +
        'For an on-premises object store, the operator can set PATHWISE_ALLOW_PRIVATE_DESTINATIONS=1.',
    );
  }
}

/** Admins only (checked here); every change lands in the audit log under their name. */
export async function createDestination(admin: SessionUser, input: DestinationInput): Promise<{ id: string }> {
  requireAdmin(admin);
  const site = await db.site.findUnique({ where: { key: input.siteKey }, select: { id: true } });
  if (!site) throw new HttpError('unknown_site', `There is no site with key "${input.siteKey}".`);
  await refusePrivateEndpoint(admin, input.endpoint);
  const { siteKey: _siteKey, secretAccessKey, backupBucket, ...fields } = input;
  // The watermark starts at 0: the first run delivers the site's whole history.
  return db.$transaction(async (tx) => {
    const created = await tx.exportDestination.create({
      data: {
        ...fields,
        siteId: site.id,
        backupBucket: backupBucket ?? null,
        secretEncrypted: sealSecret(secretAccessKey, input.accessKeyId),
      },
      select: { id: true },
    });
    const { endpoint, bucket, prefix, format, schedule, name } = input;
    await recordAudit(tx, {
      actorId: admin.id,
      action: 'export.destination_create',
      target: `export_destination:${created.id}`,
      details: { name, site: input.siteKey, endpoint, bucket, prefix, backupBucket: backupBucket ?? null, format, schedule },
    });
    return created;
  });
}

export async function setDestinationEnabled(admin: SessionUser, id: string, enabled: boolean): Promise<void> {
  requireAdmin(admin);
  await db.$transaction(async (tx) => {
    await tx.exportDestination.update({ where: { id }, data: { enabled } });
    await recordAudit(tx, {
      actorId: admin.id,
      action: enabled ? 'export.destination_resume' : 'export.destination_pause',
      target: `export_destination:${id}`,
    });
  });
}

export async function deleteDestination(admin: SessionUser, id: string): Promise<void> {
  requireAdmin(admin);
  await db.$transaction(async (tx) => {
    const removed = await tx.exportDestination.delete({ where: { id }, select: { name: true, bucket: true, watermark: true } });
    await recordAudit(tx, { actorId: admin.id, action: 'export.destination_delete', target: `export_destination:${id}`, details: removed });
  });
}

/** "Run now" from the admin page: delivers whatever is new, due or not, and audits the run. */
export async function runDestinationNow(admin: SessionUser, id: string): Promise<DeliveryReport> {
  requireAdmin(admin);
  const report = await deliverDestination(db, id);
  await recordAudit(db, {
    actorId: admin.id,
    action: 'export.destination_run',
    target: `export_destination:${id}`,
    details: { ...report },
  });
  // The admin sees the generic sentence; the detail is in the audit entry above and the server log.
  const { errorDetail: _detail, ...shown } = report;
  return shown;
}
