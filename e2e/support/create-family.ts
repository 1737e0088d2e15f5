// Run by ./family.ts in a child process against the e2e server's database: a parent and their
// children, created with the function `npm run user -- create` uses (so they sign in through the
// real form), each child with an external id (the LMS account name), an account dating back
// `--days` days (a school's accounts predate the history it imports) and an enrolment in a course
// the demo instructor teaches. Prints the accounts as JSON.
import { createAccount } from '../../lib/accounts/create-account';
import { db } from '../../lib/db';

type Input = { tag: string; password: string; days: number; children: string[] };

async function main() {
  const input = JSON.parse(process.argv[2] ?? '{}') as Input;
  const created = new Date(Date.now() - input.days * 86_400_000);
  const course = await db.course.findFirstOrThrow({
    where: { instructor: { email: 'instructor@pathwise.test' }, parentId: null },
    orderBy: { title: 'asc' },
    select: { id: true, title: true },
  });
  const parent = await createAccount(db, {
    role: 'PARENT',
    email: `parent-${input.tag}@family.test`,
    name: `Pat ${input.tag}`,
    password: input.password,
  });
  const children = [];
  for (const [index, first] of input.children.entries()) {
    const account = await createAccount(db, {
      role: 'STUDENT',
      email: `${first.toLowerCase()}-${input.tag}@family.test`,
      name: `${first} ${input.tag}`,
      password: input.password,
    });
    const externalId = `lms-${input.tag}-${index + 1}`;
    await db.user.update({ where: { id: account.id }, data: { externalId, createdAt: created } });
    await db.parentChild.create({ data: { parentId: parent.id, childId: account.id } });
    await db.enrollment.create({ data: { userId: account.id, courseId: course.id, enrolledAt: created } });
    children.push({ ...account, externalId });
  }
  console.log(JSON.stringify({ parent, children, course }));
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
