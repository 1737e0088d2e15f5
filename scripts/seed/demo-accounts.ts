// The demo logins, shared with e2e tests and the login page (through the `demo` Setting row).
// All on the reserved .test domain, so no real mailbox can ever receive anything.

export const DEMO_PASSWORD = 'pathwise-demo';

export type DemoRole = 'ADMIN' | 'INSTRUCTOR' | 'PARENT' | 'STUDENT';

export type DemoAccount = { email: string; role: DemoRole; name: string };

export const DEMO_ADMIN = { email: 'admin@pathwise.test', role: 'ADMIN', name: 'Avery Admin' } as const satisfies DemoAccount;
export const DEMO_INSTRUCTOR = { email: 'instructor@pathwise.test', role: 'INSTRUCTOR', name: 'Maya Chen' } as const satisfies DemoAccount;
export const DEMO_INSTRUCTOR_2 = {
  email: 'instructor2@pathwise.test',
  role: 'INSTRUCTOR',
  name: 'Daniel Okafor',
} as const satisfies DemoAccount;
export const DEMO_INSTRUCTOR_3 = {
  email: 'instructor3@pathwise.test',
  role: 'INSTRUCTOR',
  name: 'Sofia Ramirez',
} as const satisfies DemoAccount;
export const DEMO_PARENT = { email: 'parent@pathwise.test', role: 'PARENT', name: 'Jordan Parker' } as const satisfies DemoAccount;
export const DEMO_STUDENT = { email: 'student@pathwise.test', role: 'STUDENT', name: 'Riley Parker' } as const satisfies DemoAccount;

export const DEMO_INSTRUCTORS = [DEMO_INSTRUCTOR, DEMO_INSTRUCTOR_2, DEMO_INSTRUCTOR_3] as const;

/** Every account that can sign in with DEMO_PASSWORD, in the order the login page lists them. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [DEMO_ADMIN, ...DEMO_INSTRUCTORS, DEMO_PARENT, DEMO_STUDENT];

/** The parent's second child: the first generated student, so it exists whenever --students ≥ 2. */
export const DEMO_PARENT_SECOND_CHILD_EMAIL = 'student001@pathwise.test';

/** Key of the Setting row whose presence tells the login page to show the demo logins. */
export const DEMO_SETTING_KEY = 'demo';

export type DemoSettingValue = { accounts: Array<{ email: string; role: DemoRole }>; password: string };

export function demoSettingValue(): DemoSettingValue {
  return { accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })), password: DEMO_PASSWORD };
}

export function studentEmail(index: number): string {
  return `student${String(index).padStart(3, '0')}@pathwise.test`;
}

export function studentExternalId(index: number): string {
  return `stu-${String(index).padStart(4, '0')}`;
}
