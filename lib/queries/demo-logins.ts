import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '@/lib/db';
import { ROLES } from '@/lib/auth/roles';

const demoSchema = z.object({
  accounts: z.array(z.object({ email: z.email(), role: z.enum(ROLES) })).max(20),
  password: z.string().min(1),
});

export type DemoLogins = z.infer<typeof demoSchema>;

/**
 * The demo accounts to show on the login page, or null. Only the demo seed writes the `demo`
 * setting, so a real installation never shows credentials.
 */
export async function getDemoLogins(): Promise<DemoLogins | null> {
  const setting = await db.setting.findUnique({ where: { key: 'demo' } });
  const parsed = demoSchema.safeParse(setting?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Whether the demo seed's data is here (the banner on every page). Once per request; a database
 * that cannot answer shows no banner rather than failing a page that may not need it.
 */
export const hasDemoData = cache(async (): Promise<boolean> => {
  try {
    return (await db.setting.count({ where: { key: 'demo' } })) > 0;
  } catch {
    return false;
  }
});
