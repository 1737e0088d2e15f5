// GET /api/admin/users/:id/data — everything stored about one user, as JSON (access request).
// Admins only; every download is recorded in the audit log as privacy.export_user.
import { z } from 'zod';
import { attachment, filenameSafe } from '@/lib/http/attachment';
import { route } from '@/lib/http/route';
import { accessExportJson, exportUserData } from '@/lib/privacy/access-export';

export const GET = route({ allow: ['ADMIN'], params: z.object({ id: z.string().min(1).max(200) }) }, async ({ user, params }) =>
  attachment(accessExportJson(await exportUserData(user, params.id)), {
    filename: `pathwise-user-${filenameSafe(params.id)}.json`,
    contentType: 'application/json; charset=utf-8',
  }),
);
