// One weekly run: every instructor's digest (their courses' students only) and every opted-in
// parent's summary (their own children only), plus the staff's in-app alerts. Recipients whose
// digest for this week already exists are skipped before anything is computed.
import type { Db } from '@/lib/db';
import { loadCatalogue } from '@/lib/i18n/catalogue';
import { deliverDigest, DEFAULT_RETRY, type DeliveryOutcome, type DigestKind, type RetryPolicy } from './deliver';
import { instructorDigest, isEmptyDigest } from './instructor-data';
import { recordNotifications } from './in-app';
import type { Mailer } from './mailer';
import { mailText, recipientLocale, type MailText } from './mail-text';
import { parentDigest } from './parent-data';
import { renderInstructorDigest, renderParentDigest } from './render';
import { loadDigestSettings } from './settings';
import { unsubscribeUrl } from './unsubscribe';
import { isDue, isoWeek, scheduledMoment } from './week';

export type DigestRunOptions = {
  now: Date;
  mailer: Mailer | null;
  baseUrl: string;
  /** Run even before this week's scheduled moment (the CLI's --force). */
  force?: boolean;
  retry?: RetryPolicy;
  log?: (line: string) => void;
};

export type DigestRunSummary = {
  due: boolean;
  week: string;
  notifications: number;
} & Record<DeliveryOutcome | 'empty', number>;

type Recipient = { id: string; email: string; name: string };

/** One MailText per language, built on first use: each mail is in its recipient's profile language. */
function mailTexts(): (profileLocale: string | null) => MailText {
  const built = new Map<string, MailText>();
  return (profileLocale) => {
    const locale = recipientLocale(profileLocale);
    let text = built.get(locale);
    if (!text) {
      text = mailText(locale, loadCatalogue(locale));
      built.set(locale, text);
    }
    return text;
  };
}

async function alreadyDone(db: Db, kind: DigestKind, week: string): Promise<Set<string>> {
  const rows = await db.digestSend.findMany({ where: { kind, week, status: { not: 'failed' } }, select: { userId: true } });
  return new Set(rows.map((row) => row.userId));
}

export async function runDigests(db: Db, options: DigestRunOptions): Promise<DigestRunSummary> {
  const { now, mailer, baseUrl } = options;
  const log = options.log ?? (() => {});
  const settings = await loadDigestSettings(db);
  const week = isoWeek(now);
  const summary: DigestRunSummary = { due: true, week, notifications: 0, sent: 0, stored: 0, failed: 0, skipped: 0, empty: 0 };
  if (!options.force && !isDue(settings, now)) {
    log(`not due: this week's digests go out ${scheduledMoment(settings, now).toISOString()} (pass --force to send now)`);
    return { ...summary, due: false };
  }
  const retry = options.retry ?? DEFAULT_RETRY;
  const textFor = mailTexts();
  const deliver = async (kind: DigestKind, person: Recipient, mail: Parameters<typeof deliverDigest>[2]['mail']) => {
    const outcome = await deliverDigest(
      db,
      mailer,
      { userId: person.id, kind, week, to: person.email, mail, unsubscribeUrl: unsubscribeUrl(baseUrl, person.id) },
      retry,
    );
    summary[outcome]++;
    log(`${kind} ${person.email}: ${outcome}`);
  };

  // Staff alerts in the app: instructors for their courses' students, admins for everyone.
  const staff = await db.user.findMany({
    where: { OR: [{ role: 'ADMIN' }, { role: 'INSTRUCTOR', teaches: { some: {} } }] },
    select: { id: true, email: true, name: true, role: true, locale: true, mailPreference: true },
    orderBy: { email: 'asc' },
  });
  const instructorsDone = await alreadyDone(db, 'instructor', week);
  for (const person of staff) {
    const text = textFor(person.locale);
    const digest = await instructorDigest(db, { id: person.id, role: person.role }, now, text.risk);
    summary.notifications += await recordNotifications(db, person.id, week, digest, text);
    if (person.role !== 'INSTRUCTOR' || instructorsDone.has(person.id)) continue;
    const preference = person.mailPreference;
    if (preference?.unsubscribedAt || preference?.digestOptIn === false) continue;
    if (isEmptyDigest(digest)) {
      summary.empty++;
      continue;
    }
    await deliver(
      'instructor',
      person,
      renderInstructorDigest(person.name, digest, { baseUrl, unsubscribeUrl: unsubscribeUrl(baseUrl, person.id), week }, text),
    );
  }

  const parents = await db.user.findMany({
    where: { role: 'PARENT', children: { some: { child: { role: 'STUDENT' } } } },
    select: { id: true, email: true, name: true, locale: true, mailPreference: true },
    orderBy: { email: 'asc' },
  });
  const parentsDone = await alreadyDone(db, 'parent', week);
  for (const person of parents) {
    const preference = person.mailPreference;
    const optedIn = !preference?.unsubscribedAt && (preference?.digestOptIn ?? settings.parentDefaultOptIn);
    if (!optedIn || parentsDone.has(person.id)) continue;
    const text = textFor(person.locale);
    const children = await parentDigest(db, person.id, now, text);
    if (children.length === 0) continue;
    await deliver(
      'parent',
      person,
      renderParentDigest(person.name, children, { baseUrl, unsubscribeUrl: unsubscribeUrl(baseUrl, person.id), week }, text),
    );
  }
  return summary;
}
