import 'server-only';
import { db } from '@/lib/db';

/** Whether a site has ever sent an event: tells "not installed yet" apart from "a quiet period". */
export async function siteHasEvents(siteId: string): Promise<boolean> {
  const first = await db.event.findFirst({ where: { siteId }, select: { id: true } });
  return first !== null;
}
