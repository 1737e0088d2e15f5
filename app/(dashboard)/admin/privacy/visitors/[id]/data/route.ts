// GET /admin/privacy/visitors/:id/data — an anonymous visitor's access export (admins only).
import { z } from 'zod';
import { attachment, filenameSafe } from '@/lib/http/attachment';
import { route } from '@/lib/http/route';
import { accessExportJson, exportVisitorData } from '@/lib/privacy/access-export';

export const GET = route({ allow: ['ADMIN'], params: z.object({ id: z.string().min(1).max(200) }) }, async ({ user, params }) =>
  attachment(accessExportJson(await exportVisitorData(user, params.id)), {
    filename: `pathwise-visitor-${filenameSafe(params.id)}.json`,
    contentType: 'application/json; charset=utf-8',
  }),
);
