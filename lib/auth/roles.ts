// Roles as plain values, safe to import from client components (the Prisma enum is server-side).

export const ROLES = ['ADMIN', 'INSTRUCTOR', 'PARENT', 'STUDENT'] as const;
export type Role = (typeof ROLES)[number];

/** Who a signed-in person is, as the app sees them: re-read from the database on each request. */
export type SessionUser = { id: string; email: string; name: string; role: Role };

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  INSTRUCTOR: 'Instructor',
  PARENT: 'Parent',
  STUDENT: 'Student',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
