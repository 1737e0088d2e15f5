import { redirect } from 'next/navigation';
import { getCurrentUser, homePathFor } from '@/lib/auth';

/** No page of its own: signed-in users go to their home, everyone else to sign in. */
export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? await homePathFor(user) : '/login');
}
