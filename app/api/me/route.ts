// The signed-in user, or a 401 in the shared error shape.
import { ROLES } from '@/lib/auth/roles';
import { route } from '@/lib/http/route';

export const GET = route({ allow: ROLES }, ({ user }) => ({ user }));
