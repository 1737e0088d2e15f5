// GET /admin/privacy/visitors/:id/data — an anonymous visitor's access export (admins only).
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { db } from '@/lib/db';
import { toErrorResponse } from '@/lib/http/errors';
import { accessExportJson, exportVisitorData } from '@/lib/privacy/access-export';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const admin = await requireRole('ADMIN');
    const { id } = z.object({ id: z.string().min(1).max(200) }).parse(await params);
    const exported = await exportVisitorData(db, admin.id, id);
    return new Response(accessExportJson(exported), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="pathwise-visitor-${id.replace(/[^\w-]/g, '_')}.json"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    return toErrorResponse(error);
  }
}
