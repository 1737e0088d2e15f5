// GET /api/admin/users/:id/data — everything stored about one user, as JSON (access request).
// Admins only; every download is recorded in the audit log as privacy.export_user.
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { db } from '@/lib/db';
import { toErrorResponse } from '@/lib/http/errors';
import { accessExportJson, exportUserData } from '@/lib/privacy/access-export';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const admin = await requireRole('ADMIN');
    const { id } = z.object({ id: z.string().min(1).max(200) }).parse(await params);
    const exported = await exportUserData(db, admin.id, id);
    return new Response(accessExportJson(exported), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="pathwise-user-${id.replace(/[^\w-]/g, '_')}.json"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
