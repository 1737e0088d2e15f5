// Activities become catalogue entries: a quest (Course, kind QUEST) or a task of its parent
// quest, keyed by a slug derived from the site and the activity IRI, titled by definition.name.
// Created on first sight; a later, better name (the IRI was the only title) replaces it.
import { createHash } from 'node:crypto';
import type { Prisma } from '@/lib/db';
import { activityRole, preferredName, type Mapping } from './mapping';

type Tx = Prisma.TransactionClient;
export type ActivityRef = { iri: string; name: string | null; type: string | undefined };
export type CatalogueEntry = { questSlug: string; taskSlug: string | null };

export function slugFor(siteId: string, iri: string): string {
  return `xapi-${createHash('sha256').update(`${siteId} ${iri}`).digest('hex').slice(0, 20)}`;
}

const fallbackTitle = (iri: string) => (iri.split(/[/#?]/).filter(Boolean).pop() ?? iri).slice(0, 200);

export function activityRef(value: unknown, language: string): ActivityRef | null {
  if (typeof value !== 'object' || value === null) return null;
  const object = value as { objectType?: string; id?: unknown; definition?: { name?: unknown; type?: unknown } };
  if ((object.objectType ?? 'Activity') !== 'Activity' || typeof object.id !== 'string') return null;
  const type = typeof object.definition?.type === 'string' ? object.definition.type : undefined;
  return { iri: object.id, name: preferredName(object.definition?.name, language), type };
}

async function ensureQuest(tx: Tx, siteId: string, ref: ActivityRef): Promise<string> {
  const slug = slugFor(siteId, ref.iri);
  const title = ref.name ?? fallbackTitle(ref.iri);
  const existing = await tx.course.findUnique({ where: { slug }, select: { title: true } });
  if (!existing) await tx.course.create({ data: { slug, title, kind: 'QUEST', siteId } });
  else if (ref.name && existing.title !== ref.name) await tx.course.update({ where: { slug }, data: { title: ref.name } });
  return slug;
}

async function ensureTask(tx: Tx, siteId: string, ref: ActivityRef, questSlug: string): Promise<string> {
  const slug = slugFor(siteId, ref.iri);
  if (await tx.task.findUnique({ where: { slug }, select: { id: true } })) return slug;
  const quest = await tx.course.findUniqueOrThrow({
    where: { slug: questSlug },
    select: { id: true, _count: { select: { tasks: true } } },
  });
  await tx.task.create({ data: { slug, courseId: quest.id, title: ref.name ?? fallbackTitle(ref.iri), position: quest._count.tasks + 1 } });
  return slug;
}

/**
 * The entry for a statement's activity: a task when its type says lesson/module/assessment and
 * a parent (or grouping) activity names its course; otherwise a quest of its own.
 */
export async function catalogueEntry(
  tx: Tx,
  siteId: string,
  activity: ActivityRef,
  parent: ActivityRef | null,
  mapping: Mapping,
): Promise<CatalogueEntry> {
  if (activityRole(activity.type, mapping) === 'task' && parent) {
    const questSlug = await ensureQuest(tx, siteId, parent);
    return { questSlug, taskSlug: await ensureTask(tx, siteId, activity, questSlug) };
  }
  return { questSlug: await ensureQuest(tx, siteId, activity), taskSlug: null };
}
